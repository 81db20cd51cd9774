package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

/** Reads a bundled rule's citation and whether it is in force on a date, for the claim tests. */
final class Citations {
    private Citations() {
    }

    /** The rule as the bundled version in force on the date has it, if that version has the rule. */
    static Optional<RuleInfo> rule(String ruleId, String date) {
        return RuleVerifier.ENGINE.versionOn(LocalDate.parse(date))
                .flatMap(v -> RuleVerifier.ENGINE.ruleset(v).rule(ruleId));
    }

    /** Asserts the rule's act, article, paragraph, sub-paragraph (empty where not cited) and confidence on a date. */
    static void cites(String ruleId, String date, String act, String article, String paragraph, String subParagraph,
                      String confidence) {
        RuleInfo info = rule(ruleId, date).orElseThrow(() -> new AssertionError(ruleId + " is not in force on " + date));
        assertEquals(act + " " + article + " " + paragraph + " " + subParagraph + " " + confidence,
                info.basis().act() + " " + info.basis().article() + " " + info.basis().paragraph() + " "
                        + info.basis().subParagraph() + " " + info.basis().confidence().name(), ruleId);
    }

    /** The first day of the first bundled version that lists a DRL file. */
    static LocalDate firstDayOf(String drlFile) {
        return LawBook.bundled().stream().filter(v -> v.drlFiles().contains(drlFile)).map(LawVersion::from)
                .findFirst().orElseThrow(() -> new AssertionError(drlFile + " is in no law version"));
    }

    /** Asserts that the rule is not in the version in force on the date. */
    static void notInForce(String ruleId, String date) {
        assertTrue(rule(ruleId, date).isEmpty(), ruleId + " is in force on " + date);
    }
}
