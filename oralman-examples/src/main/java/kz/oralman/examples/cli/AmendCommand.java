package kz.oralman.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.LawBookFiles;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.RulesetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman rules amend DIR --from DATE --act "..."}: a new law version from a date, files carried over. */
@Command(name = "amend", mixinStandardHelpOptions = true,
        description = {"Adds a law version from DATE to an exported folder: the version in force that day ends the day"
                + " before, every file carries over, and each --copy FILE is copied for the new version (the original"
                + " ends, the copy begins on DATE) so that you edit only what the amendment changes.",
            "lawbook.json is rewritten in the form that lists each file once with its [from, until).",
            "Example: oralman rules amend my-rules --from 2026-07-01 --act \"Law No. 123-VIII of 1 June 2026\""
                + " --copy status_extension.drl"})
final class AmendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the ruleset folder (see: oralman rules export)")
    Path dir;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "the amendment's first day in force")
    LocalDate from;

    @Option(names = "--act", required = true, paramLabel = "ACT",
            description = "the amending act, such as \"Law No. 123-VIII of 1 June 2026\"")
    String act;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "",
            description = "what the amendment changes, in a line (default: Amended by ACT)")
    String title;

    @Option(names = "--copy", paramLabel = "FILE",
            description = "a DRL file to copy for the new version, to edit (repeatable)")
    List<String> copies = new ArrayList<>();

    @Override
    public Integer call() {
        Path lawbook = dir.resolve("lawbook.json");
        if (!Files.isRegularFile(lawbook)) {
            throw new UserError(dir + ": no lawbook.json\nMaybe export the law first: oralman rules export " + dir);
        }
        if (act.isBlank()) {
            throw new UserError("--act must name the amending act");
        }
        String amended;
        List<LawVersion> versions;
        try {
            amended = LawBookFiles.amend(Files.readString(lawbook, StandardCharsets.UTF_8), from, act.strip(),
                    title.strip(), copies);
            versions = LawBook.parse(amended, "lawbook.json");
        } catch (IOException e) {
            throw new UserError(lawbook + ": cannot read: " + e.getMessage());
        } catch (RulesetException e) {
            throw new UserError(lawbook + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (String copy : copies) {
                Path source = dir.resolve("drl").resolve(copy);
                Path target = dir.resolve("drl").resolve(LawBookFiles.copyName(copy, from));
                if (!Files.isRegularFile(source)) {
                    throw new UserError(source + ": no such file");
                }
                if (Files.exists(target)) {
                    throw new UserError(target + " exists already\nMaybe edit it, or remove it first");
                }
                Files.copy(source, target);
            }
            Path temp = Files.createTempFile(dir, ".lawbook-", ".json");
            Files.writeString(temp, amended, StandardCharsets.UTF_8);
            Files.move(temp, lawbook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot write: " + e.getMessage());
        }
        LawVersion added = versions.stream().filter(v -> v.from().equals(from)).findFirst().orElseThrow();
        out.println("added law version " + added.id() + " in force from " + from
                + added.until().map(u -> " until " + u + " (exclusive)").orElse("") + ", amended by " + act.strip());
        out.println("  " + added.drlFiles().size() + " DRL files in force; the earlier version now ends on " + from);
        for (String copy : copies) {
            out.println("  copied drl/" + copy + " to drl/" + LawBookFiles.copyName(copy, from) + ": edit the copy;"
                    + " the original stays the law before " + from);
        }
        out.println("next: oralman rules check " + dir + " --version " + added.id() + "; oralman impact --from bundled"
                + " --to " + dir + " --as-of " + from + " CASES");
        out.flush();
        return OralmanCli.OK;
    }
}
