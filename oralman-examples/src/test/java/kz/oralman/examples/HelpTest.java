package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.examples.CliTest.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help texts are whole sentences, and the files their examples name exist. */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"decide", "validate", "batch", "impact", "rules", "serve", "bench", "unverified", "sources", "site"})
    void help_isWhole_andItsExamplesExist(String command) {
        Run r = CliTest.run(command, "--help");
        assertEquals(0, r.code(), r.err());
        Matcher example = Pattern.compile("(oralman-examples|docs)/[A-Za-z0-9_./-]+").matcher(r.out());
        while (example.find()) {
            String path = example.group().replaceAll("[.]$", "");
            assertTrue(Files.exists(Repo.root().resolve(path)), command + " --help names " + path
                    + ", which does not exist:\n" + r.out());
        }
        Run top = CliTest.run("--help");
        List<String> lines = top.out().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  " + command + " ")) {
                at = i;
            }
        }
        assertTrue(at >= 0, top.out());
        StringBuilder sb = new StringBuilder(lines.get(at).strip());
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("        "); i++) {
            sb.append(' ').append(lines.get(i).strip());
        }
        String summary = sb.toString();
        assertTrue(summary.endsWith("."), "the summary of " + command + " is a whole sentence: " + summary);
        assertFalse(r.out().contains("${"), r.out());
    }
}
