package kz.oralman.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bundled law version compiled without one of its rules: for tests that show what happens when a
 * condition rule is deleted, misspelt or left out.
 */
final class Mutilated {
    private static final String PARAMETERS = Ruleset.resource("kz/oralman/rules/parameters/parameters.json");

    private Mutilated() {
    }

    /** The version's DRL sources by file name. */
    static Map<String, String> drl(LawVersion version) {
        Map<String, String> drl = new LinkedHashMap<>();
        version.drlFiles().forEach(f -> drl.put(f, Ruleset.resource("kz/oralman/rules/drl/" + f)));
        return drl;
    }

    /** The DRL sources with the rule named removed (its comment lines right above it stay as comments). */
    static Map<String, String> without(Map<String, String> drl, String ruleId) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean[] found = {false};
        Pattern block = Pattern.compile("(?s)\\nrule\\s+\"" + Pattern.quote(ruleId) + "\".*?\\nend\\b");
        drl.forEach((file, text) -> {
            Matcher m = block.matcher(text);
            if (m.find()) {
                found[0] = true;
                out.put(file, text.substring(0, m.start()) + "\n" + text.substring(m.end()));
            } else {
                out.put(file, text);
            }
        });
        if (!found[0]) {
            throw new IllegalArgumentException("no rule " + ruleId + " in " + drl.keySet());
        }
        return out;
    }

    /**
     * The version compiled without a rule.
     *
     * @throws RulesetException if the version no longer loads (a required condition lost its only rule)
     */
    static Ruleset compile(LawVersion version, String ruleId) {
        return Ruleset.compile(version, without(drl(version), ruleId), PARAMETERS);
    }
}
