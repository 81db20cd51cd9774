package kz.oralman.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.oralman.examples.batch.BoundedLineReader;
import kz.oralman.examples.impact.ImpactReport;
import kz.oralman.model.Case;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.rules.DecisionLimitException;
import kz.oralman.rules.OralmanEngine;
import kz.oralman.rules.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman impact --from A --to B CASES}: which decisions an amendment changes, and why. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Decides a corpus under two rulesets and reports the decisions that changed.",
            "Changes are grouped by the rule and article of the first reason that differs, with counts, outcome"
                + " transitions and examples.",
            "A ruleset is 'bundled' (the law by date), a bundled law version id (every case decided under that"
                + " wording), or a folder (see: oralman rules export; a folder of one version is likewise pinned).",
            "A file that cannot be read (not UTF-8, larger than a case may be, not a valid case) is counted and listed"
                + " under 'unreadable', and the report goes on. Exit code 4 when some inputs were unreadable.",
            "Example: oralman impact --from Z1100000477@2024-07-17 --to Z1100000477@2025-10-26 oralman-examples/cases"})
final class ImpactCommand implements Callable<Integer> {
    enum Format { markdown, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "RULES", description = "the ruleset before")
    String from;

    @Option(names = "--to", required = true, paramLabel = "RULES", description = "the ruleset after")
    String to;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
            description = "markdown or json (default: markdown)")
    Format format;

    @Parameters(index = "0", paramLabel = "CASES", description = "a folder of case files (*.json) or a JSONL file")
    Path cases;

    @Override
    public Integer call() throws IOException {
        try {
            return compare();
        } catch (DecisionLimitException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Integer compare() throws IOException {
        OralmanEngine before = Engines.spec(from);
        OralmanEngine after = Engines.spec(to);
        ImpactReport report = new ImpactReport(from, to);
        if (Files.isDirectory(cases)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(cases)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                Case c;
                try {
                    c = CaseFiles.read(f); // size checked before the content is read; UTF-8 checked
                } catch (UserError e) {
                    report.addError(f.getFileName().toString(), e.getMessage());
                    continue;
                }
                add(report, f.getFileName().toString(), c, before, after);
            }
        } else if (Files.isRegularFile(cases)) {
            try (InputStream in = Files.newInputStream(cases)) {
                BoundedLineReader lines = new BoundedLineReader(in, CaseJson.MAX_DOCUMENT_CHARS);
                BoundedLineReader.Line line;
                while ((line = lines.next()) != null) {
                    String source = "line " + line.number();
                    if (line.encodingError() != null) {
                        report.addError(source, line.encodingError());
                    } else if (line.tooLong()) {
                        report.addError(source, "the line is longer than the limit of " + CaseJson.MAX_DOCUMENT_CHARS
                                + " characters");
                    } else if (!line.text().isBlank()) {
                        try {
                            add(report, source, CaseJson.read(line.text()), before, after);
                        } catch (InvalidCaseException e) {
                            report.addError(source, e.problems().size() + " problem(s), the first at "
                                    + (e.problems().get(0).path().isEmpty() ? "(document)" : e.problems().get(0).path())
                                    + ": " + e.problems().get(0).message());
                        }
                    }
                }
            }
        } else {
            throw new UserError(cases + ": no such file or folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? report.json() : report.markdown());
        out.flush();
        return report.errors() > 0 ? OralmanCli.SOME_ERRORS : OralmanCli.OK;
    }

    private static void add(ImpactReport report, String source, Case c, OralmanEngine before, OralmanEngine after) {
        try {
            report.add(c, before, after);
        } catch (UnsupportedOperationException e) {
            report.addError(source, String.valueOf(e.getMessage()));
        }
    }
}
