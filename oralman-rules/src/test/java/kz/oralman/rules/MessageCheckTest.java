package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.oralman.rules.check.DrlRules;
import kz.oralman.rules.check.MessageCheck;
import kz.oralman.rules.check.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts travel with the rules: exported, checked against the rules, used for the folder's decisions. */
class MessageCheckTest {
    private static Map<String, String> bundledDrl() {
        Map<String, String> drl = new TreeMap<>();
        LawBook.bundled().forEach(v -> v.drlFiles().forEach(f -> drl.put(f, Ruleset.resource("kz/oralman/rules/drl/" + f))));
        return drl;
    }

    private static String all(List<RuleProblem> problems) {
        return problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theBundledRulesAndTextsPass() {
        List<RuleProblem> problems = MessageCheck.check(bundledDrl(), MessageBundles.bundled());
        assertTrue(problems.isEmpty(), all(problems));
    }

    @Test
    void argumentNames_areTheKeysOfEveryMapOf_evenNested() {
        assertEquals(Set.of("extensions", "max", "countFrom"), DrlRules.argumentNames(
                "insertLogical( Verdict.of( drools, Outcome.REFUSED,\n Map.of(\"extensions\", String.valueOf($s.f(Map.of(1, 2))),"
                        + "\n \"max\", \"a,b\", \"countFrom\", $p.x().toString()), $s.pointers() ) );"));
        assertEquals(Set.of(), DrlRules.argumentNames("insertLogical( Finding.of( drools, $a.subject(), \"/x\" ) );"));
    }

    @Test
    void exportWritesTheBundles_andTheCheckFindsAMissingText_anUnusedKey_andAPlaceholderNoArgumentFills(
            @TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        for (String language : Messages.LANGUAGES) {
            assertEquals(MessageBundles.bundledText(language),
                    Files.readString(dir.resolve("messages/messages_" + language + ".properties"), StandardCharsets.UTF_8));
        }
        assertTrue(RulesetFolder.check(dir).isEmpty(), all(RulesetFolder.check(dir)));
        Path kk = dir.resolve("messages/messages_kk.properties");
        Files.writeString(kk, Files.readString(kk).replaceAll("(?m)^rule\\.STATUS\\.EXTEND\\.GRANT=.*$", "")
                + "\nrule.NO.SUCH.RULE=Ешқандай ереже жоқ.\n");
        Path en = dir.resolve("messages/messages_en.properties");
        Files.writeString(en, Files.readString(en).replaceAll("(?m)^(rule\\.STATUS\\.EXTEND\\.ACTIVE=.*)$",
                "$1 Until {until}, not {untill}."));
        List<RuleProblem> problems = RulesetFolder.check(dir);
        String text = all(problems);
        assertTrue(text.contains("status_extension.drl:") && text.contains("rule \"STATUS.EXTEND.GRANT\" has no text in kk"
                + " (messages/messages_kk.properties)"), text);
        assertTrue(text.contains("messages/messages_kk.properties:") && text.contains("rule.NO.SUCH.RULE belongs to no rule"),
                text);
        assertTrue(text.contains("uses {untill}, which rule \"STATUS.EXTEND.ACTIVE\" does not pass"), text);
        assertTrue(!text.contains("{until},"), "{until} is passed by the rule: " + text);
        assertEquals(3, problems.size(), text);
    }

    @Test
    void aFoldersTextsAreTheOnesItsDecisionsAreExplainedIn(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        Path ru = dir.resolve("messages/messages_ru.properties");
        Files.writeString(ru, Files.readString(ru, StandardCharsets.UTF_8).replaceAll("(?m)^(rule\\.STATUS\\.ASSIGN\\.GRANT=)(.*)$",
                "$1ИЗМЕНЁННЫЙ ТЕКСТ $2"), StandardCharsets.UTF_8);
        MessageBundles bundles = MessageBundles.folder(dir);
        assertTrue(bundles.external());
        Messages m = bundles.messages("ru");
        assertTrue(m.format("rule.STATUS.ASSIGN.GRANT", Map.of("from", "2024-01-01", "to", "2024-12-31", "term", "P1Y"),
                "kandas").startsWith("ИЗМЕНЁННЫЙ ТЕКСТ"));
        assertEquals(Messages.of("ru").text("label.outcome"), m.text("label.outcome"));
        assertTrue(!MessageBundles.bundled().external());
        assertEquals(Messages.of("kk").text("rule.STATUS.ASSIGN.GRANT"), bundles.messages("kk").text("rule.STATUS.ASSIGN.GRANT"));
    }
}
