package kz.oralman.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import kz.oralman.examples.batch.BatchRunner;
import kz.oralman.model.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman batch CASES.jsonl}: decides a whole registry. */
@Command(name = "batch", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = {"Decides every case of a JSONL file (one case a line, UTF-8; '-' for standard input) and"
                + " writes the decisions as JSONL, in the input's order, in constant memory.",
            "A line that cannot be decided (not UTF-8, too long, not a valid case, a date before its filing date,"
                + " a fault of the engine) yields an error record instead, format oralman-error/1"
                + " (docs/schema/oralman-error-1.schema.json), with its line number, its case id when one can be"
                + " read, a kind and each problem's JSON path; the batch goes on.",
            "On a terminal, a progress bar on stderr shows the law versions being compiled, the share of the input"
                + " read and the rate; a summary follows (counts by outcome, decisions per second).",
            "Exit codes: 0 every line decided; 4 some lines are error records; 2 a usage error (such as a"
                + " missing input or output folder), and nothing is written.",
            "Example: oralman batch oralman-examples/cases/registry-sample.jsonl --out decisions.jsonl"})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "the cases, or - for standard input")
    String input;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where the decisions go (default: standard output); written whole or not at all, with"
                    + " the permissions of a new file (0644 under the usual umask)")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "one governing date for every case, YYYY-MM-DD; a case filed after it is an error record")
    LocalDate asOf;

    @Option(names = "--question", paramLabel = "QUESTION",
            description = "one question for every case: ${COMPLETION-CANDIDATES}")
    Question question;

    @Option(names = "--rules", paramLabel = "DIR", description = "decide with the rules of a folder")
    Path rulesDir;

    @Override
    public Integer call() throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new UserError("--threads " + n + " is outside 1..256");
        }
        long size = 0;
        Path file = null;
        if (!input.equals("-")) {
            file = Path.of(input);
            if (Files.isDirectory(file)) {
                throw new UserError(input + ": is a folder; batch reads a JSONL file (one case a line)"
                        + "\nMaybe use: oralman impact or validate for a folder of case files");
            }
            try {
                // a regular file, not a FIFO, device or link leading elsewhere; its size read before its content
                size = kz.oralman.rules.SafeFiles.requireRegular(file, input, true);
            } catch (NoSuchFileException e) {
                throw new UserError(input + ": no such file");
            } catch (kz.oralman.rules.SafeFiles.UnsafeFileException e) {
                throw new UserError(e.getMessage() + "\nMaybe read standard input with -");
            }
        }
        Path target = null;
        if (output != null) {
            target = output.toAbsolutePath();
            Path folder = target.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new UserError("--out " + output + ": the folder " + folder + " does not exist");
            }
            if (Files.isDirectory(target)) {
                throw new UserError("--out " + output + ": is a folder; name a file");
            }
            if (!Files.isWritable(folder)) {
                throw new UserError("--out " + output + ": the folder " + folder + " cannot be written");
            }
        }
        BatchRunner runner = new BatchRunner(Engines.of(rulesDir), n, Optional.ofNullable(question),
                Optional.ofNullable(asOf));
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        ProgressBar bar = new ProgressBar(err, terminal, size);
        BatchRunner.Summary summary;
        try (InputStream in = file == null ? System.in : Files.newInputStream(file)) {
            if (target == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                        1 << 16);
                summary = runner.run(in, out, bar::show);
            } else {
                // a new file next to the target, created with the default permissions (not a 0600 temp file),
                // moved over the target when whole
                Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                try {
                    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE)) {
                        summary = runner.run(in, out, bar::show);
                    }
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AccessDeniedException e) {
                    throw new UserError("--out " + output + ": cannot be written (" + e.getMessage() + ")");
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserError(e.getFile() + ": no such file or folder");
        } catch (IOException e) {
            // a disk that fills up, a file that vanishes: said in one line, the output left as it was
            throw new UserError("the batch stopped: " + e.getMessage());
        }
        bar.finish();
        err.println(String.format(Locale.ROOT, "%,d cases: %,d decided, %,d errors in %.1f s, of which %.1f s"
                        + " compiling law versions (%,.0f decisions/s)", summary.cases(), summary.decided(),
                summary.errors(), summary.nanos() / 1e9, summary.compileNanos() / 1e9, summary.perSecond()));
        summary.outcomes().forEach((o, c) -> err.println(String.format(Locale.ROOT, "  %-28s %,d", o, c)));
        if (summary.errors() > 0) {
            err.println("some lines are error records (format oralman-error/1); exit code "
                    + OralmanCli.SOME_ERRORS);
        }
        err.flush();
        return summary.errors() > 0 ? OralmanCli.SOME_ERRORS : OralmanCli.OK;
    }

    /** The progress bar: redrawn at most five times a second, on a terminal only. */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final boolean terminal;
        private final long total;
        private long lastDrawn;
        private BatchRunner.Progress last;

        ProgressBar(PrintWriter err, boolean terminal, long total) {
            this.err = err;
            this.terminal = terminal;
            this.total = total;
        }

        void show(BatchRunner.Progress p) {
            last = p;
            long now = System.nanoTime();
            if (terminal && now - lastDrawn > 200_000_000L) {
                lastDrawn = now;
                err.print("\r" + line(p, total) + "\u001b[K");
                err.flush();
            }
        }

        void finish() {
            if (terminal && last != null) {
                err.print("\r" + line(last, total) + "\u001b[K");
                err.println();
                err.flush();
            }
        }

        static String line(BatchRunner.Progress p, long total) {
            String rate = String.format(Locale.ROOT, " %,d cases, %,d errors, %,.0f decisions/s", p.cases(), p.errors(),
                    p.perSecond());
            if (p.compiling() != null) {
                return "[compiling " + p.compiling() + "]" + rate;
            }
            if (total <= 0) {
                return "[batch]" + rate;
            }
            long done = Math.min(p.bytesRead(), total);
            int filled = (int) (done * WIDTH / total);
            return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%%", done * 100 / total) + rate;
        }
    }
}
