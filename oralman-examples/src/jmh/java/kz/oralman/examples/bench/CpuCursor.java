package kz.oralman.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Where each benchmark thread is in a corpus, and what it cost in CPU time: JMH's scores are per wall
 * second, which on a shared machine measure the load as much as the code. After each measurement
 * iteration every thread prints a line
 * {@code cpu-meter <benchmark> <thread> <operations> <thread CPU ns>}; summed over threads and iterations
 * they give operations per CPU-second, the figure docs/performance.md compares on a busy machine.
 */
@State(Scope.Thread)
public class CpuCursor {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private int next;
    private long operations;
    private long cpuStart;

    /** Starts the iteration's count and clock. */
    @Setup(Level.Iteration)
    public void start() {
        operations = 0;
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    /**
     * Prints the iteration's operations and CPU time, for measurement iterations.
     *
     * @param benchmark the benchmark's parameters
     * @param iteration the iteration's parameters
     */
    @TearDown(Level.Iteration)
    public void stop(BenchmarkParams benchmark, IterationParams iteration) {
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        if (iteration.getType() == IterationType.MEASUREMENT) {
            String name = benchmark.getBenchmark();
            System.out.printf(Locale.ROOT, "cpu-meter %s %s %d %d%n", name.substring(name.lastIndexOf('.') + 1),
                    Thread.currentThread().getName(), operations, cpu);
        }
    }

    /**
     * The next index into a corpus, cycling.
     *
     * @param size the corpus size
     * @return the index
     */
    int next(int size) {
        operations++;
        int i = next;
        next = i + 1 == size ? 0 : i + 1;
        return i;
    }
}
