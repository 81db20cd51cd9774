package kz.oralman.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.examples.batch.BatchRunner;
import org.junit.jupiter.api.Test;

/** The progress bar of {@code oralman batch}: compilation shown, the real rate, 100% at the end. */
class ProgressBarTest {
    @Test
    void theProgressBar_showsCompilation_theRate_andReaches100Percent() {
        String compiling = BatchCommand.ProgressBar.line(new BatchRunner.Progress(0, 0, 10, 1_000_000_000L,
                900_000_000L, "Z1100000477@2021-01-02"), 1000);
        assertTrue(compiling.contains("compiling Z1100000477@2021-01-02"), compiling);
        String done = BatchCommand.ProgressBar.line(new BatchRunner.Progress(200, 1, 1000, 3_000_000_000L,
                1_000_000_000L, null), 1000);
        assertTrue(done.contains("100%"), done);
        assertTrue(done.contains("100 decisions/s"), "200 lines in the 2 s not spent compiling: " + done);
        Matcher m = Pattern.compile("\\[(#*) *]").matcher(done);
        assertTrue(m.find() && m.group(1).length() == 30, done);
        String half = BatchCommand.ProgressBar.line(new BatchRunner.Progress(5, 0, 500, 1_000_000_000L, 0, null), 1000);
        assertTrue(half.contains(" 50%"), half);
    }
}
