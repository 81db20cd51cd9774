package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.oralman.model.Question;
import kz.oralman.rules.facts.Condition;
import org.junit.jupiter.api.Test;

/**
 * The load-time check of names in DRL text (issue #12 item 1): a literal rule-id reference must name a
 * rule of the version, and every condition the version requires must be derived by some rule of it.
 */
class RuleReferencesTest {
    private static final String HEAD = "package kz.oralman.rules;\nimport kz.oralman.rules.facts.*;\n";

    private static LawVersion version(Map<Question, List<Condition>> conditions) {
        return LawVersion.of("T@2020-01-01", LocalDate.of(2020, 1, 1), java.util.Optional.empty(), "kandas",
                List.of("a.drl"), "test").withConditions(conditions);
    }

    @Test
    void aReferenceToARuleTheVersionLacks_isRejected_namingFileRuleAndReference() {
        String drl = HEAD + "rule \"A.ONE\"\n    // One.\nwhen\n    not Finding( ruleId == \"A.TWO\" )\nthen\nend\n";
        RulesetException e = assertThrows(RulesetException.class,
                () -> Ruleset.checkReferences(version(Map.of()), Map.of("a.drl", drl)));
        assertTrue(e.getMessage().contains("a.drl: rule \"A.ONE\" refers to rule id \"A.TWO\", which law version "
                + "T@2020-01-01 does not have"), e.getMessage());
    }

    @Test
    void aReferenceInAnInList_isCheckedToo_andAnExistingOnePasses() {
        String drl = HEAD + "rule \"A.ONE\"\n    // One.\nwhen\n    exists Verdict( ruleId in (\"A.ONE\", \"A.TYPO\") )\n"
                + "then\nend\n";
        RulesetException e = assertThrows(RulesetException.class,
                () -> Ruleset.checkReferences(version(Map.of()), Map.of("a.drl", drl)));
        assertTrue(e.getMessage().contains("\"A.TYPO\"") && !e.getMessage().contains("\"A.ONE\", which"), e.getMessage());
        Ruleset.checkReferences(version(Map.of()), Map.of("a.drl", drl.replace("A.TYPO", "A.ONE")));
    }

    @Test
    void aRequiredConditionThatNoRuleDerives_isRejected() {
        String drl = HEAD + "rule \"A.ONE\"\n    // One.\nwhen\n    $a : Ask()\nthen\n"
                + "    insertLogical( Met.of( drools, Condition.NEVER_CITIZEN, $a.subject() ) );\nend\n";
        Ruleset.checkReferences(version(Map.of(Question.STATUS_ASSIGNMENT, List.of(Condition.NEVER_CITIZEN))),
                Map.of("a.drl", drl));
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.checkReferences(
                version(Map.of(Question.STATUS_ASSIGNMENT, List.of(Condition.NEVER_CITIZEN, Condition.PACKAGE_ACCEPTED))),
                Map.of("a.drl", drl)));
        assertEquals("law version T@2020-01-01 has unresolved references:\n  lawbook: law version T@2020-01-01 "
                + "requires condition PACKAGE_ACCEPTED for STATUS_ASSIGNMENT, but no rule of its DRL files derives "
                + "Met.of(drools, Condition.PACKAGE_ACCEPTED, ...)", e.getMessage());
    }

    @Test
    void aReferenceOnlyInACommentDoesNotCount() {
        String drl = HEAD + "rule \"A.ONE\"\n    // One; see ruleId == \"GONE\".\nwhen\n    $a : Ask()\nthen\nend\n";
        Ruleset.checkReferences(version(Map.of()), Map.of("a.drl", drl));
    }

    /** The bundled DRL has no literal rule-id reference left: every one is typed. */
    @Test
    void theBundledRules_haveNoLiteralRuleIdReference() {
        for (LawVersion v : LawBook.bundled()) {
            Mutilated.drl(v).forEach((file, text) -> assertTrue(!text.replaceAll("//[^\\n]*", "").contains("ruleId"),
                    file + " still refers to a rule by its id"));
        }
    }
}
