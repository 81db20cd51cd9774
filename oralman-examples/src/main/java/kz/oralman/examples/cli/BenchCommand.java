package kz.oralman.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.oralman.examples.batch.BatchRunner;
import kz.oralman.examples.bench.PlainStatusLogic;
import kz.oralman.examples.bench.RegistryGenerator;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.OralmanEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oralman bench}: generates a synthetic national registry and decides it end to end, with the
 * engine and with the plain-Java status logic, and reports the times, the rates, the peak heap and the
 * ratio. See docs/performance.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic national registry and decides it end to end, beside plain Java.",
            "The registry has a fixed seed and the proportions of law-notes §8 (origins, ages, family sizes; one",
            "case a family, as JSONL); it is decided (read, decide, write) with the engine, then once more with",
            "the plain-Java status logic, on the same file.",
            "Prints the generation time, the engine build, a read-only pass, then for each run the wall and CPU",
            "time with its decide and write phases apart, decisions per second and per CPU-second, the peak heap",
            "and the ratios. Families (cases) are decided on --threads threads, the output in input order.",
            "Run it with the heap you mean to measure, e.g. java -Xmx512m -jar oralman-cli.jar bench",
            "Example: oralman bench --persons 200000 --threads 2"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--persons", paramLabel = "N", defaultValue = "1200000",
            description = "persons in the registry (default: ${DEFAULT-VALUE})")
    long persons;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "20240301",
            description = "the generator's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--file", paramLabel = "PATH", description = "where the registry JSONL goes (default: a temp file)")
    Path file;

    @Option(names = "--keep", description = "keep the registry and the decision files (default: delete them)")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new UserError("--threads " + n + " is outside 1..256");
        }
        if (persons < 1) {
            throw new UserError("--persons " + persons + " must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path registry = file != null ? file : Files.createTempFile("oralman-registry-", ".jsonl");
        Path engineOut = Files.createTempFile(registry.toAbsolutePath().getParent(), "oralman-decisions-", ".jsonl");
        Path plainOut = Files.createTempFile(registry.toAbsolutePath().getParent(), "oralman-plain-", ".jsonl");
        try {
            out.printf(Locale.ROOT, "bench: %,d persons, seed %d, %d thread(s), %d cores, max heap %,d MB, Java %s%n",
                    persons, seed, n, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            out.printf(Locale.ROOT, "load average before the run: %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            long t0 = System.nanoTime();
            RegistryGenerator.Stats stats;
            try (Writer w = Files.newBufferedWriter(registry, StandardCharsets.UTF_8)) {
                stats = new RegistryGenerator(seed).write(w, persons);
            }
            long generation = System.nanoTime() - t0;
            out.printf(Locale.ROOT, "generated %s in %.1f s (%,d MB): %s%n", registry, generation / 1e9,
                    Files.size(registry) >> 20, stats.describe().replace("\n", "\n  "));
            out.flush();

            t0 = System.nanoTime();
            OralmanEngine engine = OralmanEngine.bundled();
            for (LawVersion v : engine.versions()) {
                engine.ruleset(v);
            }
            long build = System.nanoTime() - t0;
            out.printf(Locale.ROOT, "engine built: %d law versions compiled in %.1f s%n", engine.versions().size(),
                    build / 1e9);

            // the read phase alone: every line read through the batch pipeline, nothing decided or written
            Cpu cpu = Cpu.start();
            BatchRunner.Summary readRun;
            try (java.io.InputStream r = Files.newInputStream(registry)) {
                readRun = new BatchRunner(n, c -> new BatchRunner.Decided("", null)).run(r, Writer.nullWriter(),
                        p -> { });
            }
            double[] readCpu = cpu.stop(readRun.nanos());
            out.printf(Locale.ROOT, "read only: %,d cases read in %.1f s, %.1f CPU-s (%.2f µs CPU a case)%n",
                    readRun.cases(), readRun.nanos() / 1e9, readCpu[0], readCpu[0] * 1e6 / readRun.cases());

            Phases enginePhases = new Phases();
            HeapWatch heap = HeapWatch.start();
            cpu = Cpu.start();
            BatchRunner.Summary engineRun;
            try (java.io.InputStream r = Files.newInputStream(registry);
                 Writer w = Files.newBufferedWriter(engineOut, StandardCharsets.UTF_8)) {
                // what BatchRunner's engine constructor does, with the decide and write phases timed apart
                engineRun = new BatchRunner(n, c -> enginePhases.run(
                        () -> engine.decide(c, c.application().question(), c.application().filed()),
                        d -> new BatchRunner.Decided(DecisionJson.writeLine(d), d.outcome()))).run(r, w, p -> { });
            }
            double[] engineCpu = cpu.stop(engineRun.nanos());
            long[] enginePeak = heap.stop();
            out.printf(Locale.ROOT, "engine: %,d cases (%,d decided, %,d errors) read, decided and written in %.1f s:"
                            + " %,.0f decisions/s, %,.0f persons/s; peak heap %,d MB (sampled), %,d MB (sum of pool peaks)%n",
                    engineRun.cases(), engineRun.decided(), engineRun.errors(), engineRun.nanos() / 1e9,
                    engineRun.perSecond(), stats.persons() * 1e9 / engineRun.nanos(), enginePeak[0] >> 20,
                    enginePeak[1] >> 20);
            out.printf(Locale.ROOT, "  %s; %,.0f decisions per CPU-second%n",
                    enginePhases.describe(engineCpu, engineRun.cases()), engineRun.cases() / engineCpu[0]);
            engineRun.outcomes().forEach((o, c) -> out.printf(Locale.ROOT, "  %-28s %,d%n", o, c));
            out.printf(Locale.ROOT, "engine end to end with the build: %.1f s%n", (build + engineRun.nanos()) / 1e9);
            out.flush();

            PlainStatusLogic plain = PlainStatusLogic.bundled();
            Phases plainPhases = new Phases();
            heap = HeapWatch.start();
            cpu = Cpu.start();
            BatchRunner.Summary plainRun;
            try (java.io.InputStream r = Files.newInputStream(registry);
                 Writer w = Files.newBufferedWriter(plainOut, StandardCharsets.UTF_8)) {
                plainRun = new BatchRunner(n, c -> plainPhases.run(() -> plain.decide(c), BenchCommand::plainLine))
                        .run(r, w, p -> { });
            }
            double[] plainCpu = cpu.stop(plainRun.nanos());
            long[] plainPeak = heap.stop();
            out.printf(Locale.ROOT, "plain Java: %,d cases (%,d errors) read, decided and written in %.1f s:"
                            + " %,.0f decisions/s; peak heap %,d MB (sampled), %,d MB (sum of pool peaks)%n",
                    plainRun.cases(), plainRun.errors(), plainRun.nanos() / 1e9, plainRun.perSecond(),
                    plainPeak[0] >> 20, plainPeak[1] >> 20);
            out.printf(Locale.ROOT, "  %s; %,.0f decisions per CPU-second%n",
                    plainPhases.describe(plainCpu, plainRun.cases()), plainRun.cases() / plainCpu[0]);
            boolean same = plainRun.outcomes().equals(engineRun.outcomes());
            out.printf(Locale.ROOT, "ratio engine / plain Java, end to end: %.2fx the time, %.2fx the CPU time%s%n",
                    (double) engineRun.nanos() / plainRun.nanos(), engineCpu[0] / plainCpu[0],
                    same ? " (same outcome counts)" : " (OUTCOME COUNTS DIFFER: " + plainRun.outcomes() + ")");
            out.printf(Locale.ROOT, "ratio of the decide phase alone (CPU): %.1fx%n",
                    enginePhases.decideSeconds() / plainPhases.decideSeconds());
            if (keep) {
                out.printf("kept: %s, %s, %s%n", registry, engineOut, plainOut);
            }
            out.flush();
            return same ? OralmanCli.OK : OralmanCli.INTERNAL;
        } finally {
            if (!keep) {
                Files.deleteIfExists(engineOut);
                Files.deleteIfExists(plainOut);
                Files.deleteIfExists(registry);
            }
        }
    }

    private static BatchRunner.Decided plainLine(PlainStatusLogic.PlainDecision d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("format", "oralman-plain-decision/1");
        o.put("outcome", d.outcome().name());
        o.put("lawVersion", d.lawVersion());
        if (d.termFrom() != null) {
            o.putObject("term").put("from", d.termFrom().toString()).put("to", d.termTo().toString());
        }
        ArrayNode reasons = o.putArray("reasons");
        for (PlainStatusLogic.PlainReason r : d.reasons()) {
            ObjectNode reason = reasons.addObject().put("ruleId", r.ruleId());
            ObjectNode args = reason.putObject("arguments");
            r.arguments().forEach(args::put);
            ArrayNode facts = reason.putArray("facts");
            r.pointers().forEach(facts::add);
        }
        ArrayNode requests = o.putArray("evidenceRequests");
        d.evidenceRequests().forEach(e -> {
            ObjectNode req = requests.addObject().put("fact", e.fact()).put("person", e.person())
                    .put("ruleId", e.ruleId());
            ArrayNode docs = req.putArray("documents");
            e.documents().forEach(docs::add);
        });
        return new BatchRunner.Decided(Canonical.printLine(o), d.outcome());
    }

    /**
     * The decide and write phases of a run, timed apart in CPU time of the worker threads; what is left of
     * the run's CPU time is reading, the batch plumbing, GC and the JIT.
     */
    private static final class Phases {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final LongAdder decide = new LongAdder();
        private final LongAdder write = new LongAdder();

        <D> BatchRunner.Decided run(Supplier<D> decider, Function<D, BatchRunner.Decided> writer) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            D d = decider.get();
            long t1 = THREADS.getCurrentThreadCpuTime();
            BatchRunner.Decided line = writer.apply(d);
            long t2 = THREADS.getCurrentThreadCpuTime();
            decide.add(t1 - t0);
            write.add(t2 - t1);
            return line;
        }

        double decideSeconds() {
            return decide.sum() / 1e9;
        }

        String describe(double[] cpu, long cases) {
            double d = decide.sum() / 1e9;
            double w = write.sum() / 1e9;
            return String.format(Locale.ROOT, "CPU %.1f s (%.0f%% of the wall time on %s cores, load average %.1f):"
                            + " decide %.1f s (%.1f µs a case), write %.1f s (%.1f µs), read and the rest %.1f s",
                    cpu[0], cpu[1] * 100, Runtime.getRuntime().availableProcessors(), cpu[2], d, d * 1e6 / cases, w,
                    w * 1e6 / cases, cpu[0] - d - w);
        }
    }

    /** The process's CPU time over a run, and the load average at its end. */
    private static final class Cpu {
        private final long start;

        private Cpu(long start) {
            this.start = start;
        }

        static Cpu start() {
            return new Cpu(processCpu());
        }

        /** @return CPU seconds, CPU time / wall time, the system load average */
        double[] stop(long wallNanos) {
            double seconds = (processCpu() - start) / 1e9;
            return new double[] {seconds, seconds * 1e9 / wallNanos,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        }

        private static long processCpu() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }
    }

    /**
     * Peak heap during a run, two ways: the heap in use sampled every 10 ms (what the run held at its worst),
     * and the sum of the heap pools' peak usage since the start (an upper bound: the pools peak at different
     * moments).
     */
    private static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapWatch() {
            sampler = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "oralman-heap-watch");
            sampler.setDaemon(true);
        }

        static HeapWatch start() {
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    p.resetPeakUsage();
                }
            }
            HeapWatch w = new HeapWatch();
            w.sampler.start();
            return w;
        }

        long[] stop() throws InterruptedException {
            running = false;
            sampler.join();
            long pools = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    pools += p.getPeakUsage().getUsed();
                }
            }
            return new long[] {max.get(), pools};
        }
    }
}
