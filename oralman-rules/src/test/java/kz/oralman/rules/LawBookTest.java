package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawBookTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2011-07-22, Z1100000477@2011-07-22, oralman",
        "2014-03-19, Z1100000477@2011-07-22, oralman",
        "2014-03-20, Z1100000477@2014-03-20, oralman",
        "2015-11-23, Z1100000477@2014-03-20, oralman",
        "2015-11-24, Z1100000477@2015-11-24, oralman",
        "2020-05-24, Z1100000477@2015-11-24, oralman",
        "2020-05-25, Z1100000477@2020-05-25, oralman",
        "2021-01-01, Z1100000477@2020-05-25, oralman",
        "2021-01-02, Z1100000477@2021-01-02, kandas",
        "2024-02-29, Z1100000477@2021-01-02, kandas",
        "2024-07-16, Z1100000477@2021-01-02, kandas",
        "2024-07-17, Z1100000477@2024-07-17, kandas",
        "2025-10-25, Z1100000477@2024-07-17, kandas",
        "2025-10-26, Z1100000477@2025-10-26, kandas",
        "2029-12-31, Z1100000477@2025-10-26, kandas"
    })
    void versionOn_theDayBeforeAndTheDayOfEachCutoff(String date, String id, String terminology) {
        LawVersion v = LawBook.on(LocalDate.parse(date)).orElseThrow();
        assertEquals(id, v.id());
        assertEquals(terminology, v.terminology());
        Decision d = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                LocalDate.parse(date));
        assertEquals(id, d.lawVersion());
        assertEquals(terminology, d.terminology());
    }

    @Test
    void versionsAreContiguous() {
        for (int i = 1; i < LawBook.bundled().size(); i++) {
            assertEquals(LawBook.bundled().get(i - 1).until().orElseThrow(), LawBook.bundled().get(i).from());
        }
    }

    @Test
    void beforeThe2011Law_notApplicable_withAReason() {
        Decision d = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                LocalDate.of(2011, 7, 21));
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals("SCOPE.BEFORE_ENCODED_LAW", d.reasons().get(0).ruleId());
        assertEquals("MVD", d.authority().decidingBody());
        assertTrue(DecisionText.render(d, "en").contains("2011-07-22"));
    }

    @Test
    void from2030_notApplicable_becauseTheChangeIsNotKnown() {
        Decision d = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                LocalDate.of(2030, 1, 1));
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals("SCOPE.AFTER_ENCODED_LAW", d.reasons().get(0).ruleId());
        assertEquals("LAW-15-VIII-2023", d.reasons().get(0).basis().act());
    }

    @ParameterizedTest
    @CsvSource({
        "2010-12-31, MTSZN, MTSZN",
        "2011-01-01, MVD, MVD",
        "2013-06-30, MVD, MVD",
        "2013-07-01, LOCAL_EXECUTIVE_BODY, MTSZN",
        "2015-01-01, LOCAL_EXECUTIVE_BODY, MZSR",
        "2017-01-01, LOCAL_EXECUTIVE_BODY, MTSZN"
    })
    void competentAuthority_byDate(String date, String body, String ministry) {
        assertEquals(body, Authorities.on(LocalDate.parse(date)).decidingBody());
        assertEquals(ministry, Authorities.on(LocalDate.parse(date)).ministry());
    }
}
