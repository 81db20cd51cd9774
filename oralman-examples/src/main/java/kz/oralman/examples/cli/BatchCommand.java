package kz.oralman.examples.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.oralman.examples.batch.BatchRunner;
import kz.oralman.model.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman batch CASES.jsonl}: decides a whole registry. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Decides every case of a JSONL file (one case a line, '-' for standard input) and writes the",
            "decisions as JSONL, in the input's order, in constant memory. A bad case yields an error record",
            "(format oralman-error/1, with its line and JSON paths) and the batch goes on. A progress bar on",
            "stderr when it is a terminal; a summary at the end (counts by outcome, decisions per second).",
            "Example: oralman batch registry.jsonl --out decisions.jsonl"})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES.jsonl", description = "the cases, or - for standard input")
    String input;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where the decisions go (default: standard output); written whole or not at all")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--as-of", paramLabel = "DATE", description = "one governing date for every case")
    LocalDate asOf;

    @Option(names = "--question", paramLabel = "QUESTION", description = "one question for every case")
    Question question;

    @Option(names = "--rules", paramLabel = "DIR", description = "decide with the rules of a folder")
    Path rulesDir;

    @Override
    public Integer call() throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new UserError("--threads " + n + " is outside 1..256");
        }
        BatchRunner runner = new BatchRunner(Engines.of(rulesDir), n, Optional.ofNullable(question),
                Optional.ofNullable(asOf));
        long size = 0;
        Reader in;
        if (input.equals("-")) {
            in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        } else {
            Path file = Path.of(input);
            try {
                size = kz.oralman.rules.SafeFiles.requireRegular(file, input, true);
                in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError(input + ": no such file");
            } catch (kz.oralman.rules.SafeFiles.UnsafeFileException e) {
                throw new UserError(e.getMessage() + "\nMaybe read standard input with -");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        long total = size;
        Path temp = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), ".oralman-", ".tmp");
        BatchRunner.Summary summary;
        try (Reader reader = new BufferedReader(in, 1 << 16)) {
            if (temp == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                summary = runner.run(reader, out, p -> progress(err, terminal, p, total));
            } else {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    summary = runner.run(reader, out, p -> progress(err, terminal, p, total));
                }
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        if (terminal) {
            err.println();
        }
        err.println(String.format(Locale.ROOT, "%,d cases: %,d decided, %,d errors in %.1f s (%,.0f decisions/s)",
                summary.cases(), summary.decided(), summary.errors(), summary.nanos() / 1e9, summary.perSecond()));
        summary.outcomes().forEach((o, c) -> err.println(String.format(Locale.ROOT, "  %-28s %,d", o, c)));
        err.flush();
        return OralmanCli.OK;
    }

    private static void progress(PrintWriter err, boolean terminal, long[] p, long total) {
        if (terminal) {
            err.print("\r" + bar(p[3], total) + String.format(Locale.ROOT, " %,d cases, %,d errors", p[0], p[2]));
            err.flush();
        }
    }

    private static String bar(long done, long total) {
        if (total <= 0) {
            return "[batch]";
        }
        int width = 30;
        int filled = (int) Math.min(width, done * width / total);
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", Math.min(100, done * 100 / total));
    }
}
