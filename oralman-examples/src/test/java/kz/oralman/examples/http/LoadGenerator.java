package kz.oralman.examples.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kz.oralman.examples.cli.OralmanCli;
import kz.oralman.rules.OralmanEngine;

/**
 * Measures the decision service's throughput and latency (p50, p99) with 1, 4 and 32 concurrent
 * clients posting the sample cases round-robin, and the CLI {@code batch} throughput on the same cases,
 * for docs/service.md. A tool, not a test: it asserts nothing and runs only when asked:
 *
 * <pre>{@code
 * java -cp "$CP" kz.oralman.examples.http.LoadGenerator [SECONDS_PER_LEVEL] [BATCH_REPEATS]
 * }</pre>
 *
 * <p>The service runs in this JVM on loopback with its default settings (workers = cores); the clients
 * share the machine's cores with it, as a co-located integration would. Every request should answer
 * 200; anything else is counted and printed.
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    /**
     * Runs the measurement.
     *
     * @param args seconds per concurrency level (default 20), repeats of the samples for batch (default 100)
     * @throws Exception if the service cannot start
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("oralman-examples/cases"))) {
            root = root.getParent();
        }
        List<String> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("oralman-examples/cases"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(Files.readString(p));
            }
        }
        System.out.printf(Locale.ROOT, "%d sample cases, %d cores, load average %s%n", cases.size(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        DecisionService service = DecisionService.create(OralmanEngine.bundled(), "127.0.0.1", 0);
        service.start();
        long t0 = System.nanoTime();
        while (!service.ready()) {
            Thread.sleep(50);
        }
        System.out.printf(Locale.ROOT, "ready after %.1f s (every law version compiled)%n",
                (System.nanoTime() - t0) / 1e9);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).build();
        URI uri = URI.create(service.uri() + "v1/decisions");
        level(client, uri, cases, 4, Math.max(5, seconds / 2), false); // warm-up: the JIT, the session pools
        System.out.println("| clients | requests | decisions/s | p50 ms | p99 ms | non-200 | CPU ms per decision |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int clients : new int[] {1, 4, 32}) {
            level(client, uri, cases, clients, seconds, true);
        }
        service.stop();

        Path registry = Files.createTempFile("oralman-load-", ".jsonl");
        Path out = Files.createTempFile("oralman-load-", ".out.jsonl");
        try {
            StringBuilder sb = new StringBuilder();
            for (String c : cases) {
                sb.append(c.replace("\r", "").replace("\n", " ")).append('\n');
            }
            Files.writeString(registry, sb.toString().repeat(repeats));
            for (int run = 0; run < 2; run++) { // the first run compiles; the second is what counts
                StringWriter err = new StringWriter();
                long cpu = cpuNanos();
                int code = OralmanCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "batch",
                        registry.toString(), "--out", out.toString());
                System.out.printf(Locale.ROOT, "batch run %d (exit %d), %d lines: %s; process CPU %.1f s%n", run + 1,
                        code, cases.size() * repeats, err.toString().lines().findFirst().orElse(""),
                        (cpuNanos() - cpu) / 1e9);
            }
        } finally {
            Files.deleteIfExists(registry);
            Files.deleteIfExists(out);
        }
        System.out.printf(Locale.ROOT, "load average at the end %s%n", loadAverage());
        System.exit(0);
    }

    private static void level(HttpClient client, URI uri, List<String> cases, int clients, int seconds,
                              boolean print) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        long cpu = cpuNanos();
        for (int i = 0; i < clients; i++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 12];
                int n = 0;
                while (System.nanoTime() < end) {
                    String body = cases.get(Math.floorMod(next.getAndIncrement(), cases.size()));
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                    long t = System.nanoTime();
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long dt = System.nanoTime() - t;
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = dt;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        long elapsed = System.nanoTime() - start;
        long cpuUsed = cpuNanos() - cpu;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (print && merged.length > 0) {
            int p99 = (int) Math.min(merged.length - 1, Math.max(0, Math.ceil(merged.length * 0.99) - 1));
            System.out.printf(Locale.ROOT, "| %d | %,d | %,.0f | %.1f | %.1f | %d | %.2f |%n", clients, merged.length,
                    merged.length * 1e9 / elapsed, merged[merged.length / 2] / 1e6, merged[p99] / 1e6,
                    failures.get(), cpuUsed / 1e6 / merged.length);
        }
    }

    /** CPU time of this process (server and clients alike), for figures that a busy machine distorts less. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "(unknown)";
        }
    }
}
