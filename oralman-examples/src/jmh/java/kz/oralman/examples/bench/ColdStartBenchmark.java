package kz.oralman.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.CaseJson;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.LawVersion;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start, per law version, in single shots with no warm-up; each fork is a new JVM and measures once.
 * <ul>
 * <li>{@code firstDecision}: a cold JVM builds the bundled engine and decides its first case under the
 * version (its rules loaded precompiled, or compiled from DRL with {@code -Doralman.classic=true});</li>
 * <li>{@code secondDecision}: a JVM that has decided one case under the latest version decides one under
 * another version: the second decision of a process, whose version's rules are not loaded yet.</li>
 * </ul>
 * Targets (issue #13; read from the results, never asserted): the second decision under 300 ms. The
 * whole cold CLI {@code decide}, JVM start included, is timed by {@code bench/cold-start.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {
    /** The law version, by id. */
    @Param({"LAW-1997-MIGRATION@1997-12-13", "Z1100000477@2011-08-17", "Z1100000477@2020-05-25",
        "Z1100000477@2023-07-01"})
    public String version;

    private Case sample;
    private LocalDate asOf;

    /** Picks the governing date (the version's first day) and a generated case; decides one under the latest version. */
    @Setup
    public void setUp() throws Exception {
        LawVersion v = LawBook.byId(version).orElseThrow(() -> new IllegalArgumentException("no version " + version));
        asOf = v.from();
        sample = CaseJson.read(RegistryGenerator.line(RegistryGenerator.cases(20240301L, 1).get(0)));
    }

    /** @return the first decision of a new engine in a new JVM */
    @Benchmark
    public Decision firstDecision() {
        OralmanEngine engine = OralmanEngine.bundled();
        return engine.decide(sample, Question.STATUS_ASSIGNMENT, asOf);
    }

    /** The engine of {@link #secondDecision()}, with one decision under the latest law version made. */
    @State(Scope.Benchmark)
    public static class Warm {
        OralmanEngine engine;

        /** Builds the engine and decides one case under the latest version. */
        @Setup
        public void setUp() throws Exception {
            engine = OralmanEngine.bundled();
            List<LawVersion> versions = engine.versions();
            LawVersion latest = versions.get(versions.size() - 1);
            Case c = CaseJson.read(RegistryGenerator.line(RegistryGenerator.cases(20240302L, 1).get(0)));
            engine.decide(c, Question.STATUS_ASSIGNMENT, latest.from());
        }
    }

    /**
     * @param warm an engine that has decided under the latest version
     * @return the second decision of the process, under another version
     */
    @Benchmark
    public Decision secondDecision(Warm warm) {
        return warm.engine.decide(sample, Question.STATUS_ASSIGNMENT, asOf);
    }
}
