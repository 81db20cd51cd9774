package kz.oralman.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kz.oralman.model.decision.Confidence;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman unverified}: lists every rule and parameter value marked unverified, with each value's reference. */
@Command(name = "unverified", mixinStandardHelpOptions = true,
        description = "Lists the law versions whose first day is uncertain (and by how much), and every rule and "
                + "parameter value whose legal basis is marked UNVERIFIED, for legal researchers.")
final class UnverifiedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    RulesOption rulesOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // read from the DRL text, nothing compiled: fast, and a version that does not compile hides nothing
        kz.oralman.examples.site.LawSource source;
        try {
            source = rulesOption.folder().isPresent()
                    ? kz.oralman.examples.site.LawSource.folder(rulesOption.folder().get())
                    : kz.oralman.examples.site.LawSource.bundled();
        } catch (java.io.IOException | kz.oralman.rules.RulesetException e) {
            throw new UserError(rulesOption.folder().map(Object::toString).orElse("") + ": " + e.getMessage());
        }
        Map<String, String> rules = new TreeMap<>();
        for (LawVersion v : source.versions()) {
            for (String file : v.drlFiles()) {
                for (kz.oralman.rules.check.DrlRules.Rule info : kz.oralman.rules.check.DrlRules.read(file,
                        source.drl().getOrDefault(file, ""))) {
                    if (info.meta("confidence").equals(Confidence.UNVERIFIED.name())) {
                        String citation = info.meta("act") + (info.meta("article").isEmpty() ? "" : " Art. "
                                + info.meta("article")) + (info.meta("paragraph").isEmpty() ? "" : " p. "
                                + info.meta("paragraph")) + (info.meta("subParagraph").isEmpty() ? "" : " sp. "
                                + info.meta("subParagraph"));
                        rules.merge(info.id(), file + ": " + citation + " — " + info.summary() + "\n      versions: "
                                + v.id(), (a, b) -> a + ", " + v.id());
                    }
                }
            }
        }
        List<LawVersion> versions = source.versions();
        out.println("Law version first days that are UNVERIFIED (the day a change entered into force, chosen within"
                + " what the sources bound):");
        for (LawVersion v : versions) {
            if (v.fromConfidence() == Confidence.UNVERIFIED) {
                out.println("  " + v.id() + "  from " + v.from() + v.until().map(u -> " until " + u).orElse(""));
                out.println("      " + v.fromNote());
            }
        }
        out.println("Law version first days from secondary sources:");
        for (LawVersion v : versions) {
            if (v.fromConfidence() == Confidence.SECONDARY) {
                out.println("  " + v.id() + "  " + v.fromNote());
            }
        }
        out.println();
        out.println("Rules marked UNVERIFIED (" + rules.size() + "):");
        rules.forEach((id, text) -> out.println("  " + id + "  " + text));
        out.println();
        out.println("Parameter values marked UNVERIFIED, or whose reference is (such as an uncertain day):");
        {
            for (Parameter p : source.parameters().parameters()) {
                for (Parameter.Value value : p.values()) {
                    if (value.confidence() == Confidence.UNVERIFIED || value.reference().contains("UNVERIFIED")) {
                        out.println("  " + p.id() + " from " + value.from() + " = " + (value.value().isEmpty()
                                ? "(none)" : value.value() + " " + p.unit()) + " [" + value.confidence() + "]");
                        out.println("      " + p.description());
                        out.println("      reference: " + value.reference());
                        out.println("      source: " + p.source());
                    }
                }
            }
        }
        out.flush();
        return OralmanCli.OK;
    }
}
