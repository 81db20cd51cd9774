package kz.oralman.examples.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.model.json.Problem;
import kz.oralman.rules.OralmanEngine;

/**
 * Decides a stream of cases, one JSON case a line (JSONL), into a stream of decisions, one a line, in
 * the input's order and in constant memory: a bounded window of cases is in flight on a few threads.
 * A case that cannot be read or decided yields an error record ({@code oralman-error/1}) and the
 * batch goes on.
 */
public final class BatchRunner {
    /** The format id of error records. */
    public static final String ERROR_FORMAT = "oralman-error/1";

    /** What a batch did. */
    public record Summary(long cases, long decided, long errors, Map<Outcome, Long> outcomes, long nanos) {
        /** @return decisions per second over the whole run */
        public double perSecond() {
            return nanos == 0 ? 0 : cases * 1e9 / nanos;
        }
    }

    /** A decision as one output line, and its outcome. */
    public record Decided(String line, Outcome outcome) {
    }

    /** Decides one case; the engine by default, the plain-Java baseline in the benchmarks. */
    @FunctionalInterface
    public interface Decider {
        /**
         * Decides a case.
         *
         * @param c the case
         * @return the decision line and its outcome
         */
        Decided decide(Case c);
    }

    private final int threads;
    private final Decider decider;

    /**
     * A runner.
     *
     * @param engine the engine
     * @param threads worker threads, at least 1
     * @param question a question for every case, or the application's
     * @param asOf a governing date for every case, or the filing date
     */
    public BatchRunner(OralmanEngine engine, int threads, Optional<Question> question, Optional<LocalDate> asOf) {
        this(threads, c -> {
            Decision d = engine.decide(c, question.orElse(c.application().question()),
                    asOf.orElse(c.application().filed()));
            return new Decided(DecisionJson.writeLine(d), d.outcome());
        });
    }

    /**
     * A runner over any decider, through the same reading, ordering and error records.
     *
     * @param threads worker threads, at least 1
     * @param decider decides one case
     */
    public BatchRunner(int threads, Decider decider) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.decider = decider;
    }

    /**
     * Runs a batch.
     *
     * @param in the cases, one a line; blank lines are skipped
     * @param out where the decisions and error records go, one a line
     * @param progress called now and then with the summary so far and the characters read
     * @return the summary
     * @throws IOException if reading or writing fails
     */
    public Summary run(Reader in, Writer out, Consumer<long[]> progress) throws IOException {
        long start = System.nanoTime();
        BoundedLineReader lines = new BoundedLineReader(in, CaseJson.MAX_DOCUMENT_CHARS);
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long[] counts = new long[3];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "oralman-batch");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 64;
        Deque<Future<Result>> inFlight = new ArrayDeque<>(window);
        try {
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                if (!line.tooLong() && line.text().isBlank()) {
                    continue;
                }
                BoundedLineReader.Line task = line;
                inFlight.add(pool.submit(() -> decide(task)));
                if (inFlight.size() >= window) {
                    write(inFlight.poll(), out, outcomes, counts);
                    if (counts[0] % 1024 == 0) {
                        progress.accept(new long[] {counts[0], counts[1], counts[2], lines.charsRead()});
                    }
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, outcomes, counts);
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        progress.accept(new long[] {counts[0], counts[1], counts[2], lines.charsRead()});
        return new Summary(counts[0], counts[1], counts[2], outcomes, System.nanoTime() - start);
    }

    private record Result(String line, Outcome outcome) {
    }

    private static void write(Future<Result> future, Writer out, Map<Outcome, Long> outcomes, long[] counts)
            throws IOException {
        Result r;
        try {
            r = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch task failed unexpectedly", e.getCause());
        }
        out.write(r.line());
        out.write('\n');
        counts[0]++;
        if (r.outcome() == null) {
            counts[2]++;
        } else {
            counts[1]++;
            outcomes.merge(r.outcome(), 1L, Long::sum);
        }
    }

    private Result decide(BoundedLineReader.Line line) {
        if (line.tooLong()) {
            return new Result(error(line.number(), null, List.of(new Problem("", "the line has " + line.length()
                    + " characters, more than the limit of " + CaseJson.MAX_DOCUMENT_CHARS)), "invalid-case"), null);
        }
        Case c;
        try {
            c = CaseJson.read(line.text());
        } catch (InvalidCaseException e) {
            return new Result(error(line.number(), null, e.problems(), "invalid-case"), null);
        }
        try {
            Decided d = decider.decide(c);
            return new Result(d.line(), d.outcome());
        } catch (UnsupportedOperationException e) {
            return new Result(error(line.number(), c.id(), List.of(new Problem("/application/question",
                    e.getMessage())), "unsupported-question"), null);
        } catch (RuntimeException e) {
            return new Result(error(line.number(), c.id(), List.of(new Problem("", String.valueOf(e.getMessage()))),
                    "internal-error"), null);
        }
    }

    static String error(long line, String caseId, List<Problem> problems, String kind) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", ERROR_FORMAT);
        o.put("line", line);
        if (caseId != null) {
            o.put("caseId", caseId);
        }
        o.put("kind", kind);
        ArrayNode errors = o.putArray("errors");
        problems.forEach(p -> errors.addObject().put("path", p.path()).put("message", p.message()));
        return Canonical.printLine(o);
    }
}
