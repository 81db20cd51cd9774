package kz.oralman.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.OralmanEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a decision as a JSONL line (what {@code batch} and {@code bench} write), before and after the
 * streaming rewrite, in one JVM, on the engine's decisions of registry cases: {@code writeLine_tree}
 * builds the tree and prints it (as {@code DecisionJson.writeLine} did before); {@code writeLine_streamed}
 * is {@code DecisionJson.writeLine} now.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class DecisionJsonBenchmark {
    /** Decisions in the corpus. */
    @Param("500")
    public int corpusSize;

    /** The generator's seed. */
    @Param("20240301")
    public long seed;

    private Decision[] decisions;

    /** Decides the corpus and checks that both ways give the same line. */
    @Setup
    public void setUp() throws Exception {
        OralmanEngine engine = OralmanEngine.bundled();
        List<Case> cases = RegistryGenerator.cases(seed, corpusSize);
        decisions = new Decision[cases.size()];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = engine.decide(CaseJson.read(RegistryGenerator.line(cases.get(i))));
            if (!DecisionJson.writeLine(decisions[i]).equals(Canonical.printLine(DecisionJson.toTree(decisions[i])))) {
                throw new IllegalStateException("the two ways differ on decision " + i);
            }
        }
    }

    /** @return the line, through the tree */
    @Benchmark
    public String writeLine_tree(CpuCursor cursor) {
        return Canonical.printLine(DecisionJson.toTree(decisions[cursor.next(decisions.length)]));
    }

    /** @return the line, streamed */
    @Benchmark
    public String writeLine_streamed(CpuCursor cursor) {
        return DecisionJson.writeLine(decisions[cursor.next(decisions.length)]);
    }
}
