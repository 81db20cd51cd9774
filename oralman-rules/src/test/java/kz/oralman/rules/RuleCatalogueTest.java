package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fails when a rule lacks its id, legal basis or verified flag (the build of each law version
 * checks that), when an id repeats across files, when a DRL file has no test class or a rule no
 * test of its own, when a file compiles with warnings (the build fails on them), when a rule cites
 * an act missing from the sources catalogue, or when a rule has no message in kk, ru or en.
 */
class RuleCatalogueTest {
    private static final Path TESTS = Path.of("src/test/java/kz/oralman/rules");
    private static final Pattern VERIFY = Pattern.compile("verifyThat\\(\"([A-Z0-9_.]+)\"\\)");

    private static Map<String, RuleInfo> allRules() {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (LawVersion v : LawBook.bundled()) {
            for (RuleInfo info : RuleVerifier.ENGINE.ruleset(v).rules().values()) {
                RuleInfo previous = rules.putIfAbsent(info.id(), info);
                if (previous != null) {
                    assertEquals(previous.file(), info.file(), "rule id " + info.id() + " repeats in "
                            + previous.file() + " and " + info.file());
                }
            }
        }
        return rules;
    }

    @Test
    void everyVersionCompilesWithoutWarnings_andEveryRuleHasItsMetadata() {
        for (LawVersion v : LawBook.bundled()) {
            Ruleset r = RuleVerifier.ENGINE.ruleset(v);
            int least = v.act().equals(LawBook.ACT) ? 20 : 15; // the 1997 law encodes only the status
            assertTrue(r.rules().size() >= least, v.id() + " has only " + r.rules().size() + " rules");
            for (RuleInfo info : r.rules().values()) {
                assertTrue(!info.basis().act().isBlank(), info.id() + " has no act");
                assertTrue(!info.summary().isBlank(), info.id() + " has no summary");
                assertEquals(v.revision(), info.basis().revision(), info.id());
            }
        }
    }

    @Test
    void everyDrlFileHasATestClass_andEveryRuleATestOfItsOwnThere() throws IOException {
        Map<String, RuleInfo> rules = allRules();
        Map<String, List<String>> byFile = new TreeMap<>();
        rules.values().forEach(r -> byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r.id()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
            Path test = TESTS.resolve(testClassOf(e.getKey()) + ".java");
            if (!Files.exists(test)) {
                problems.add(e.getKey() + " has no test class " + test);
                continue;
            }
            String text = Files.readString(test);
            List<String> verified = new ArrayList<>();
            Matcher m = VERIFY.matcher(text);
            while (m.find()) {
                verified.add(m.group(1));
            }
            for (String id : e.getValue()) {
                if (!verified.contains(id)) {
                    problems.add(id + " (" + e.getKey() + ") has no verifyThat(\"" + id + "\") in " + test);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRuleCitesACataloguedAct() {
        allRules().values().forEach(r -> assertTrue(Sources.byKey(r.basis().act()).isPresent(),
                r.id() + " cites " + r.basis().act() + ", which is not in sources.json"));
    }

    @Test
    void everyRuleHasAMessageInEveryLanguage() {
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            allRules().keySet().forEach(id -> assertTrue(m.has("rule." + id), "rule." + id + " missing in " + lang));
        }
    }

    @Test
    void ruleIdsAreStableInForm() {
        allRules().keySet().forEach(id -> assertTrue(id.matches("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)+"),
                "rule id " + id + " is not of the form AREA.NAME"));
    }

    static String testClassOf(String drlFile) {
        StringBuilder sb = new StringBuilder();
        for (String part : drlFile.replace(".drl", "").split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb + "Test";
    }
}
