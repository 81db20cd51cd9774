package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.rules.facts.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawBookTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1997-12-13, LAW-1997-MIGRATION@1997-12-13, oralman, LAW-1997-MIGRATION",
        "2011-08-16, LAW-1997-MIGRATION@1997-12-13, oralman, LAW-1997-MIGRATION",
        "2011-08-17, Z1100000477@2011-08-17, oralman, Z1100000477",
        "2013-12-21, Z1100000477@2011-08-17, oralman, Z1100000477",
        "2013-12-22, Z1100000477@2013-12-22, oralman, Z1100000477",
        "2014-03-19, Z1100000477@2013-12-22, oralman, Z1100000477",
        "2014-03-20, Z1100000477@2014-03-20, oralman, Z1100000477",
        "2014-07-14, Z1100000477@2014-03-20, oralman, Z1100000477",
        "2014-07-15, Z1100000477@2014-07-15, oralman, Z1100000477",
        "2015-12-05, Z1100000477@2014-07-15, oralman, Z1100000477",
        "2015-12-06, Z1100000477@2015-12-06, oralman, Z1100000477",
        "2018-04-27, Z1100000477@2015-12-06, oralman, Z1100000477",
        "2018-04-28, Z1100000477@2018-04-28, oralman, Z1100000477",
        "2020-05-24, Z1100000477@2018-04-28, oralman, Z1100000477",
        "2020-05-25, Z1100000477@2020-05-25, oralman, Z1100000477",
        "2021-01-01, Z1100000477@2020-05-25, oralman, Z1100000477",
        "2021-01-02, Z1100000477@2021-01-02, kandas, Z1100000477",
        "2023-04-30, Z1100000477@2021-01-02, kandas, Z1100000477",
        "2023-05-01, Z1100000477@2023-05-01, kandas, Z1100000477",
        "2023-06-30, Z1100000477@2023-05-01, kandas, Z1100000477",
        "2023-07-01, Z1100000477@2023-07-01, kandas, Z1100000477",
        "2024-05-27, Z1100000477@2023-07-01, kandas, Z1100000477",
        "2024-05-28, Z1100000477@2024-05-28, kandas, Z1100000477",
        "2025-07-28, Z1100000477@2024-05-28, kandas, Z1100000477",
        "2025-07-29, Z1100000477@2025-07-29, kandas, Z1100000477",
        "2025-10-25, Z1100000477@2025-07-29, kandas, Z1100000477",
        "2025-10-26, Z1100000477@2025-10-26, kandas, Z1100000477",
        "2029-12-31, Z1100000477@2025-10-26, kandas, Z1100000477"
    })
    void versionOn_theDayBeforeAndTheDayOfEachCut(String date, String id, String terminology, String act) {
        LawVersion v = LawBook.on(LocalDate.parse(date)).orElseThrow();
        assertEquals(id, v.id());
        assertEquals(terminology, v.terminology());
        assertEquals(act, v.act());
        assertEquals(v.act() + "@" + v.from(), v.id(), "ids are ACT@first day");
    }

    /** Every cut whose day the sources do not give is marked UNVERIFIED and says why and by how much. */
    @Test
    void unverifiedCuts_areMarked_withANote() {
        java.util.List<String> unverified = LawBook.bundled().stream()
                .filter(v -> v.fromConfidence() == kz.oralman.model.decision.Confidence.UNVERIFIED).map(LawVersion::id).toList();
        assertEquals(java.util.List.of("LAW-1997-MIGRATION@1997-12-13", "Z1100000477@2013-12-22",
                "Z1100000477@2014-07-15", "Z1100000477@2015-12-06", "Z1100000477@2018-04-28",
                "Z1100000477@2020-05-25", "Z1100000477@2023-05-01", "Z1100000477@2024-05-28",
                "Z1100000477@2025-07-29"), unverified);
        for (LawVersion v : LawBook.bundled()) {
            assertTrue(!v.fromNote().isBlank(), v.id() + " has no fromNote");
        }
        assertEquals(kz.oralman.model.decision.Confidence.PRIMARY, LawBook.byId("Z1100000477@2023-07-01").orElseThrow()
                .fromConfidence());
    }

    /** Each version lists the conditions a grant needs; the 1997 law has no extension to grant. */
    @Test
    void conditions_perVersion() {
        LawVersion v1997 = LawBook.byId("LAW-1997-MIGRATION@1997-12-13").orElseThrow();
        assertEquals(java.util.List.of(Condition.NATIONALITY_ESTABLISHED, Condition.RESIDED_ABROAD_AT_SOVEREIGNTY,
                Condition.ARRIVAL_PURPOSE), v1997.conditions(Question.STATUS_ASSIGNMENT));
        assertTrue(v1997.conditions(Question.STATUS_EXTENSION).isEmpty());
        assertTrue(LawBook.byId("Z1100000477@2015-12-06").orElseThrow().conditions(Question.STATUS_EXTENSION).isEmpty());
        assertTrue(LawBook.byId("Z1100000477@2020-05-25").orElseThrow().conditions(Question.STATUS_EXTENSION)
                .contains(Condition.PERMANENT_RESIDENT_IN_KAZAKHSTAN));
        assertTrue(!LawBook.byId("Z1100000477@2023-05-01").orElseThrow().conditions(Question.STATUS_ASSIGNMENT)
                .contains(Condition.ARRIVAL_PURPOSE));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"conditions\": {\"STATUS_GRANT\": [\"NEVER_CITIZEN\"]} | conditions: 'STATUS_GRANT' is not a question",
        "\"conditions\": {\"STATUS_ASSIGNMENT\": [\"NEVER_A_CITIZEN\"]} | conditions/STATUS_ASSIGNMENT: 'NEVER_A_CITIZEN' is not a condition",
        "\"conditions\": {\"STATUS_ASSIGNMENT\": []} | lists no condition for STATUS_ASSIGNMENT",
        "\"conditions\": {\"STATUS_ASSIGNMENT\": [\"NEVER_CITIZEN\", \"NEVER_CITIZEN\"]} | lists a condition twice",
        "\"conditions\": [\"NEVER_CITIZEN\"] | 'conditions' must be an object",
        "\"fromConfidence\": \"SURE\" | fromConfidence 'SURE' is not one of PRIMARY, SECONDARY, UNVERIFIED"
    })
    void badConditionsOrConfidence_areRejected_namingTheField(String field, String message) {
        String json = "{\"format\":\"oralman-lawbook/1\",\"versions\":[{\"id\":\"X@2020-01-01\",\"from\":\"2020-01-01\","
                + "\"terminology\":\"kandas\",\"drl\":[\"a.drl\"]," + field + "}]}";
        RulesetException e = org.junit.jupiter.api.Assertions.assertThrows(RulesetException.class,
                () -> LawBook.parse(json, "lb.json"));
        assertTrue(e.getMessage().startsWith("lb.json: /versions/0: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void fromConfidenceAndNote_areRead_andDefaultToSecondary() {
        String json = "{\"format\":\"oralman-lawbook/1\",\"versions\":[{\"id\":\"X@2020-01-01\",\"from\":\"2020-01-01\","
                + "\"until\":\"2021-01-01\",\"terminology\":\"kandas\",\"drl\":[\"a.drl\"],\"fromConfidence\":\"UNVERIFIED\","
                + "\"fromNote\":\"off by a week\",\"conditions\":{\"STATUS_ASSIGNMENT\":[\"NEVER_CITIZEN\"]}},"
                + "{\"id\":\"X@2021-01-01\",\"from\":\"2021-01-01\",\"terminology\":\"kandas\",\"drl\":[\"a.drl\"]}]}";
        java.util.List<LawVersion> versions = LawBook.parse(json, "lb.json");
        assertEquals(kz.oralman.model.decision.Confidence.UNVERIFIED, versions.get(0).fromConfidence());
        assertEquals("off by a week", versions.get(0).fromNote());
        assertEquals(java.util.List.of(Condition.NEVER_CITIZEN), versions.get(0).conditions(Question.STATUS_ASSIGNMENT));
        assertEquals(kz.oralman.model.decision.Confidence.SECONDARY, versions.get(1).fromConfidence());
        assertEquals("", versions.get(1).fromNote());
        assertTrue(versions.get(1).conditions().isEmpty());
    }

    @Test
    void versionsAreContiguous() {
        for (int i = 1; i < LawBook.bundled().size(); i++) {
            assertEquals(LawBook.bundled().get(i - 1).until().orElseThrow(), LawBook.bundled().get(i).from());
        }
    }

    @Test
    void beforeThe1997Law_notApplicable_withAReason() {
        Decision d = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                LocalDate.of(1997, 12, 12));
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals("SCOPE.BEFORE_ENCODED_LAW", d.reasons().get(0).ruleId());
        assertEquals("LAW-1997-MIGRATION", d.reasons().get(0).basis().act());
        assertEquals("none-before-1997-12-13", d.lawVersion());
        assertTrue(DecisionText.render(d, "en").contains("1997-12-13"));
        Decision first = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                LocalDate.of(1997, 12, 13));
        assertEquals(Outcome.GRANTED, first.outcome());
        assertEquals("LAW-1997-MIGRATION@1997-12-13", first.lawVersion());
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
