package kz.oralman.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.Person;
import kz.oralman.model.json.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman validate CASE.json|FOLDER}: checks cases and prints a summary of each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates a case file, or every *.json file of a folder, against the oralman-case/1 contract.",
            "A valid case gets a summary; every problem is reported with its JSON Pointer. A file that is not UTF-8"
                + " or is larger than a case may be is reported too, and a folder's other files are still checked.",
            "Exit codes: 0 all valid; 2 a single file with problems (or a usage error); 4 a folder in which some"
                + " files have problems.",
            "Example: oralman validate oralman-examples/cases"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json|FOLDER", description = "a case file, or a folder of them")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(file)) {
            summary(out, CaseFiles.read(file));
            out.flush();
            return OralmanCli.OK;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(file)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path f : files) {
            try {
                summary(out, CaseFiles.read(f)); // size checked before the content is read; UTF-8 checked
            } catch (UserError e) {
                bad++;
                err.println("oralman: " + e.getMessage());
            }
        }
        out.println(files.size() - bad + " of " + files.size() + " case files in " + file + " are valid");
        out.flush();
        err.flush();
        return bad == 0 ? OralmanCli.OK : OralmanCli.SOME_ERRORS;
    }

    private static void summary(PrintWriter out, Case c) {
        out.println("Case " + c.id() + " is valid (" + CaseJson.FORMAT + ", sha256 " + CaseJson.hash(c) + ")");
        out.println("  question: " + c.application().question() + ", filed " + c.application().filed() + " via "
                + c.application().channel());
        for (Person p : c.persons()) {
            String role = p.id().equals(c.application().applicant()) ? "applicant"
                    : c.application().familyMembers().contains(p.id()) ? "family member" : "person";
            out.println("  " + role + " " + p.id() + ": " + p.names().get(0).text() + ", born " + p.birthDate()
                    + ", " + p.nationalityClaims().size() + " nationality claim(s), " + p.citizenships().size()
                    + " citizenship period(s), " + p.residences().size() + " residence period(s)");
        }
        out.println("  family ties: " + c.familyTies().size() + ", status events: "
                + c.application().statusHistory().size() + ", refusal facts: " + c.application().refusalFacts().size()
                + ", centres: " + c.centres().size() + ", quota snapshots: " + c.quotas().size());
    }
}
