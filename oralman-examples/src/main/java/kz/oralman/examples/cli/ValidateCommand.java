package kz.oralman.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.oralman.model.Case;
import kz.oralman.model.Person;
import kz.oralman.model.json.CaseJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman validate CASE.json}: checks a case and prints a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates a case file against the oralman-case/1 contract and prints a summary.",
            "Every problem is reported with its JSON Pointer; exit code 2 when there is any."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case")
    Path file;

    @Override
    public Integer call() {
        Case c = CaseFiles.read(file);
        PrintWriter out = spec.commandLine().getOut();
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
        out.flush();
        return OralmanCli.OK;
    }
}
