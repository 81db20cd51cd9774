package kz.oralman.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kz.oralman.model.decision.Confidence;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.OralmanEngine;
import kz.oralman.rules.Parameter;
import kz.oralman.rules.RuleInfo;
import kz.oralman.rules.Ruleset;
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
        OralmanEngine engine = Engines.of(rulesOption);
        Map<String, String> rules = new TreeMap<>();
        Ruleset any = null;
        for (LawVersion v : engine.versions()) {
            Ruleset r = engine.ruleset(v);
            any = r;
            for (RuleInfo info : r.rules().values()) {
                if (info.basis().confidence() == Confidence.UNVERIFIED) {
                    rules.merge(info.id(), info.file() + ": " + info.basis().citation().replaceAll(" @.*", "")
                            + " — " + info.summary() + "\n      versions: " + v.id(), (a, b) -> a + ", " + v.id());
                }
            }
        }
        out.println("Law version first days that are UNVERIFIED (the day a change entered into force, chosen within"
                + " what the sources bound):");
        for (LawVersion v : engine.versions()) {
            if (v.fromConfidence() == Confidence.UNVERIFIED) {
                out.println("  " + v.id() + "  from " + v.from() + v.until().map(u -> " until " + u).orElse(""));
                out.println("      " + v.fromNote());
            }
        }
        out.println("Law version first days from secondary sources:");
        for (LawVersion v : engine.versions()) {
            if (v.fromConfidence() == Confidence.SECONDARY) {
                out.println("  " + v.id() + "  " + v.fromNote());
            }
        }
        out.println();
        out.println("Rules marked UNVERIFIED (" + rules.size() + "):");
        rules.forEach((id, text) -> out.println("  " + id + "  " + text));
        out.println();
        out.println("Parameter values marked UNVERIFIED, or whose reference is (such as an uncertain day):");
        if (any != null) {
            for (Parameter p : any.parameters().parameters()) {
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
