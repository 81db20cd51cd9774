package kz.oralman.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.oralman.examples.batch.BoundedLineReader;
import kz.oralman.examples.impact.ImpactReport;
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
        description = {"Decides a corpus under two rulesets and reports the decisions that changed, grouped by the",
            "rule and article of the first reason that differs, with counts, outcome transitions and examples.",
            "A ruleset is 'bundled' (the law by date), a bundled law version id (every case decided under that",
            "wording), or a folder (see: oralman rules export; a folder of one version is likewise pinned).",
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
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                try {
                    report.add(CaseJson.read(SafeFiles.readText(f, f.toString(), CaseJson.MAX_DOCUMENT_CHARS * 4L,
                            false)), before, after);
                } catch (InvalidCaseException | UnsupportedOperationException | IOException e) {
                    report.addError();
                }
            }
        } else if (Files.isRegularFile(cases)) {
            try (BufferedReader in = Files.newBufferedReader(cases, StandardCharsets.UTF_8)) {
                BoundedLineReader lines = new BoundedLineReader(in, CaseJson.MAX_DOCUMENT_CHARS);
                BoundedLineReader.Line line;
                while ((line = lines.next()) != null) {
                    if (line.text().isBlank() && !line.tooLong()) {
                        continue;
                    }
                    try {
                        if (line.tooLong()) {
                            report.addError();
                            continue;
                        }
                        report.add(CaseJson.read(line.text()), before, after);
                    } catch (InvalidCaseException | UnsupportedOperationException e) {
                        report.addError();
                    }
                }
            }
        } else {
            throw new UserError(cases + ": no such file or folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? report.json() : report.markdown());
        out.flush();
        return OralmanCli.OK;
    }
}
