package kz.oralman.examples.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.OralmanEngine;

/**
 * Decides a stream of cases, one JSON case a line (JSONL, UTF-8), into a stream of decisions, one a
 * line, in the input's order and in constant memory: a bounded window of cases is in flight on a few
 * threads. A line that cannot be read or decided — not UTF-8, too long, not a valid case, a date or
 * question that cannot be decided, even a fault of the engine — yields an error record
 * ({@value #ERROR_FORMAT}, docs/schema/oralman-error-1.schema.json) with its line number and, when
 * one can be read, its case id; the batch never stops for a line.
 */
public final class BatchRunner {
    /** The format id of error records. */
    public static final String ERROR_FORMAT = "oralman-error/1";

    private static final ObjectMapper LENIENT = new ObjectMapper();

    /**
     * What a batch did.
     *
     * @param cases lines answered (decisions and error records)
     * @param decided decisions
     * @param errors error records
     * @param outcomes decisions by outcome
     * @param nanos the whole run
     * @param compileNanos of which compiling law versions
     */
    public record Summary(long cases, long decided, long errors, Map<Outcome, Long> outcomes, long nanos,
                          long compileNanos) {
        /** @return lines answered per second of deciding (compilation left out) */
        public double perSecond() {
            long deciding = nanos - compileNanos;
            return deciding <= 0 ? 0 : cases * 1e9 / deciding;
        }
    }

    /**
     * Where a batch is, for a progress bar.
     *
     * @param cases lines answered so far
     * @param errors error records so far
     * @param bytesRead input bytes read so far
     * @param nanos time since the start
     * @param compileNanos of which compiling
     * @param compiling the law version being compiled now, or null
     */
    public record Progress(long cases, long errors, long bytesRead, long nanos, long compileNanos, String compiling) {
        /** @return lines answered per second of deciding so far */
        public double perSecond() {
            long deciding = nanos - compileNanos;
            return deciding <= 0 ? 0 : cases * 1e9 / deciding;
        }
    }

    /**
     * A decision as one output line, and its outcome.
     *
     * @param line the JSON line
     * @param outcome the outcome
     */
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

    /** A case that cannot be decided as asked: an error record of kind {@code invalid-request}. */
    public static final class CannotDecide extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        /**
         * @param path the JSON Pointer of the value at fault
         * @param message what is wrong
         */
        public CannotDecide(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }

        /** @return the JSON Pointer of the value at fault */
        public String path() {
            return path;
        }
    }

    private final int threads;
    private final Decider decider;
    private final OralmanEngine engine;
    private final Set<String> compiled = ConcurrentHashMap.newKeySet();
    private final AtomicLong compileNanos = new AtomicLong();
    private final AtomicReference<String> compiling = new AtomicReference<>();

    /**
     * A runner.
     *
     * @param engine the engine
     * @param threads worker threads, at least 1
     * @param question a question for every case, or the application's
     * @param asOf a governing date for every case, or the filing date; a case filed after it is an
     *     error record (an application is decided on or after the day it is filed)
     */
    public BatchRunner(OralmanEngine engine, int threads, Optional<Question> question, Optional<LocalDate> asOf) {
        this(threads, engine, null, question, asOf);
    }

    /**
     * A runner over any decider, through the same reading, ordering and error records.
     *
     * @param threads worker threads, at least 1
     * @param decider decides one case
     */
    public BatchRunner(int threads, Decider decider) {
        this(threads, null, decider, Optional.empty(), Optional.empty());
    }

    private BatchRunner(int threads, OralmanEngine engine, Decider decider, Optional<Question> question,
                        Optional<LocalDate> asOf) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.engine = engine;
        this.decider = decider != null ? decider : c -> {
            LocalDate date = asOf.orElse(c.application().filed());
            if (date.isBefore(c.application().filed())) {
                throw new CannotDecide("/application/filed", "the governing date " + date + " is before the filing date "
                        + c.application().filed() + ": an application is decided on or after the day it is filed, so"
                        + " no status is granted for a term already past");
            }
            compile(date);
            Decision d = engine.decide(c, question.orElse(c.application().question()), date);
            return new Decided(DecisionJson.writeLine(d), d.outcome());
        };
    }

    /** Compiles the version of a date on its first use, timing it and saying so to the progress bar. */
    private void compile(LocalDate date) {
        Optional<LawVersion> v = engine.versionOn(date);
        if (v.isEmpty() || compiled.contains(v.get().id())) {
            return;
        }
        synchronized (compiled) {
            if (compiled.contains(v.get().id())) {
                return;
            }
            compiling.set(v.get().id());
            long t0 = System.nanoTime();
            try {
                engine.ruleset(v.get());
            } finally {
                compileNanos.addAndGet(System.nanoTime() - t0);
                compiling.set(null);
                compiled.add(v.get().id());
            }
        }
    }

    /**
     * Runs a batch.
     *
     * @param in the cases, one a line, UTF-8; blank lines are skipped
     * @param out where the decisions and error records go, one a line
     * @param progress called now and then (after every line answered, and while compiling) with where
     *     the batch is
     * @return the summary
     * @throws IOException if reading or writing fails
     */
    public Summary run(InputStream in, Writer out, Consumer<Progress> progress) throws IOException {
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
        Consumer<long[]> report = c -> progress.accept(new Progress(c[0], c[2], lines.bytesRead(),
                System.nanoTime() - start, compileNanos.get(), compiling.get()));
        try {
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                if (line.readable() && line.text().isBlank()) {
                    continue;
                }
                BoundedLineReader.Line task = line;
                inFlight.add(pool.submit(() -> decide(task)));
                while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    waitFor(inFlight.poll(), out, outcomes, counts, report, start);
                }
            }
            while (!inFlight.isEmpty()) {
                waitFor(inFlight.poll(), out, outcomes, counts, report, start);
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        report.accept(counts);
        return new Summary(counts[0], counts[1], counts[2], outcomes, System.nanoTime() - start, compileNanos.get());
    }

    private record Result(String line, Outcome outcome) {
    }

    private void waitFor(Future<Result> future, Writer out, Map<Outcome, Long> outcomes, long[] counts,
                         Consumer<long[]> report, long start) throws IOException {
        Result r;
        try {
            while (true) {
                try {
                    r = future.get(250, java.util.concurrent.TimeUnit.MILLISECONDS);
                    break;
                } catch (java.util.concurrent.TimeoutException slow) {
                    report.accept(counts); // compiling, most likely: keep the progress bar alive
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // decide() catches everything; an Error (out of memory) is not to be turned into a record
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
        report.accept(counts);
    }

    private Result decide(BoundedLineReader.Line line) {
        if (line.encodingError() != null) {
            return new Result(error(line.number(), null, List.of(new Problem("", line.encodingError())),
                    "invalid-encoding"), null);
        }
        if (line.tooLong()) {
            return new Result(error(line.number(), null, List.of(new Problem("", "the line is longer than the limit of "
                    + CaseJson.MAX_DOCUMENT_CHARS + " characters")), "invalid-case"), null);
        }
        Case c;
        try {
            c = CaseJson.read(line.text());
        } catch (InvalidCaseException e) {
            return new Result(error(line.number(), caseId(line.text()), e.problems(), "invalid-case"), null);
        } catch (RuntimeException e) {
            return new Result(error(line.number(), caseId(line.text()), List.of(new Problem("",
                    "the case could not be read: " + e.getClass().getSimpleName())), "internal-error"), null);
        }
        try {
            Decided d = decider.decide(c);
            String bad = loneSurrogate(d.line());
            if (bad != null) {
                return new Result(error(line.number(), c.id(), List.of(new Problem("", "the case holds a lone surrogate "
                        + bad + ", which UTF-8 cannot carry")), "invalid-encoding"), null);
            }
            return new Result(d.line(), d.outcome());
        } catch (CannotDecide e) {
            return new Result(error(line.number(), c.id(), List.of(new Problem(e.path(), e.getMessage())),
                    "invalid-request"), null);
        } catch (UnsupportedOperationException e) {
            return new Result(error(line.number(), c.id(), List.of(new Problem("/application/question",
                    String.valueOf(e.getMessage()))), "unsupported-question"), null);
        } catch (RuntimeException e) {
            return new Result(error(line.number(), c.id(), List.of(new Problem("", e.getClass().getSimpleName()
                    + ": " + e.getMessage())), "internal-error"), null);
        }
    }

    /** The id of a case that is otherwise invalid, when the line is JSON with a textual top-level id. */
    static String caseId(String text) {
        try {
            JsonNode tree = LENIENT.readTree(text);
            JsonNode id = tree == null ? null : tree.get("id");
            return id != null && id.isTextual() && !id.textValue().isEmpty() && id.textValue().length() <= 200
                    ? id.textValue() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first lone surrogate of a text, as {@code \\uXXXX}, or null. */
    static String loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("\\u%04X", (int) c);
            }
        }
        return null;
    }

    /** An error record, on one line; a lone surrogate in the id or a message is replaced, so it can be written. */
    static String error(long line, String caseId, List<Problem> problems, String kind) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", ERROR_FORMAT);
        o.put("line", line);
        if (caseId != null) {
            o.put("caseId", safe(caseId));
        }
        o.put("kind", kind);
        ArrayNode errors = o.putArray("errors");
        problems.forEach(p -> errors.addObject().put("path", safe(p.path())).put("message", safe(p.message())));
        return Canonical.printLine(o);
    }

    private static String safe(String s) {
        if (loneSurrogate(s) == null) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
