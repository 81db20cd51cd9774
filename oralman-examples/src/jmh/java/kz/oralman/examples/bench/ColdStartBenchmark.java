package kz.oralman.examples.bench;

import java.time.LocalDate;
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
 * Cold start, per law version: from building the engine to its first decision under that version
 * (the version's rules compile on first use). Single shot, no warm-up: in each fork the first
 * iteration is a cold JVM (Drools classes not yet loaded), the later ones a warm JVM building a new
 * engine. Target (docs/performance.md), read from the results, never asserted: the first decision
 * within 500 ms of the engine build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(2)
public class ColdStartBenchmark {
    /** The law version, by id. */
    @Param({"Z1100000477@2011-07-22", "Z1100000477@2014-03-20", "Z1100000477@2015-11-24", "Z1100000477@2020-05-25",
        "Z1100000477@2021-01-02", "Z1100000477@2024-07-17", "Z1100000477@2025-10-26"})
    public String version;

    private Case sample;
    private LocalDate asOf;

    /** Picks the governing date (the version's first day) and a generated case. */
    @Setup
    public void setUp() throws Exception {
        LawVersion v = LawBook.byId(version).orElseThrow(() -> new IllegalArgumentException("no version " + version));
        asOf = v.from();
        sample = CaseJson.read(RegistryGenerator.line(RegistryGenerator.cases(20240301L, 1).get(0)));
    }

    /** @return the first decision of a new engine */
    @Benchmark
    public Decision buildEngineAndDecide() {
        OralmanEngine engine = OralmanEngine.bundled();
        return engine.decide(sample, Question.STATUS_ASSIGNMENT, asOf);
    }
}
