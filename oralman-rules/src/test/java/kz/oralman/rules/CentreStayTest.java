package kz.oralman.rules;

import kz.oralman.rules.facts.Placement;
import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.oralman.model.CentreKind;
import kz.oralman.model.Question;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class CentreStayTest {
    private static CaseBuilder holder(Region r) {
        return holder(r, "2024-05-02", "2024-03-01");
    }

    private static CaseBuilder holder(Region r, String filed, String granted) {
        return CaseBuilder.qualifying().question(Question.CENTRE_PLACEMENT).filed(filed).holder(granted)
                .region(r).child("son", "2015-06-01");
    }

    @Test
    void rulesInForce_namesTheOrderOfTheDate() {
        verifyThat("CENTRE.RULES_IN_FORCE").given(holder(Region.MANGYSTAU, "2012-05-02", "2012-03-01"))
                .asOf("2012-05-02").withArguments(Map.of("order", "MVD-ORDER-582-2011"));
        verifyThat("CENTRE.RULES_IN_FORCE").given(holder(Region.MANGYSTAU, "2013-07-22", "2013-03-01")).asOf("2013-07-22")
                .withArguments(Map.of("order", "V1300008600"));
    }

    @Test
    void statusHolder_andNoStatus() {
        verifyThat("CENTRE.STATUS_HOLDER").given(holder(Region.MANGYSTAU)).asOf("2024-05-02").derives();
        verifyThat("CENTRE.NO_STATUS").given(CaseBuilder.qualifying().question(Question.CENTRE_PLACEMENT)
                .region(Region.MANGYSTAU)).asOf("2024-05-02").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void place_inTheCentreWithTheMostRoom_forSixMonths() {
        Decision d = verifyThat("CENTRE.PLACE").given(holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 190)
                .centre("zhanaozen", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 50, "2024-05-01", 10))
                .asOf("2024-05-02").concludes(Outcome.GRANTED)
                .withArguments(Map.of("centre", "zhanaozen", "from", "2024-05-02", "to", "2024-11-01", "persons", "2"))
                .decision(Outcome.GRANTED).decide();
        assertTrue(d.term().isPresent());
    }

    @Test
    void occupancyUnknown_needsACount() {
        verifyThat("CENTRE.OCCUPANCY_UNKNOWN").given(holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, null, 0))
                .asOf("2024-05-02").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void noCentreInTheRegion_proposesTheNearestAndTemporaryAccommodation() {
        verifyThat("CENTRE.NO_PLACE_IN_REGION").given(holder(Region.ATYRAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 100)
                .centre("karaganda", Region.KARAGANDA, CentreKind.ADAPTATION_INTEGRATION, 100, "2024-05-01", 10)
                .centre("tac-atyrau", Region.ATYRAU, CentreKind.TEMPORARY_ACCOMMODATION, 40, "2024-05-01", 0))
                .asOf("2024-05-02").concludes(Outcome.NO_PLACE_AVAILABLE)
                .withArguments(Map.of("alternatives", "MANGYSTAU:aktau:" + Placement.km(Region.ATYRAU, Region.MANGYSTAU)
                        + ", KARAGANDA:karaganda:" + Placement.km(Region.ATYRAU, Region.KARAGANDA),
                        "temporary", "ATYRAU:tac-atyrau:0"))
                .decision(Outcome.NO_PLACE_AVAILABLE);
    }

    @Test
    void aFullCentre_isNoPlace() {
        verifyThat("CENTRE.NO_PLACE_IN_REGION").given(holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 199))
                .asOf("2024-05-02").derives().withArguments(Map.of("alternatives", "-"));
    }

    @Test
    void regionNotStated_needsADeclaration() {
        verifyThat("CENTRE.REGION_NOT_STATED").given(holder(null)).asOf("2024-05-02").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void stayTermOver_afterSixMonths_butNotTheDayBefore() {
        CaseBuilder c = holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 10)
                .stay("aktau", "2024-03-05", null);
        verifyThat("CENTRE.STAY_TERM_OVER").given(c).asOf("2024-09-04").doesNotDerive();
        verifyThat("CENTRE.STAY_TERM_OVER").given(holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 10)
                .stay("aktau", "2024-03-05", null)).asOf("2024-09-05").concludes(Outcome.REFUSED);
    }

    @Test
    void alreadyStaying_isNotPlacedAgain_andKeepsItsLastDay() {
        verifyThat("CENTRE.ALREADY_STAYING").given(holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 10)
                .stay("aktau", "2024-03-05", null)).asOf("2024-05-02").concludes(Outcome.NOT_APPLICABLE)
                .withArguments(Map.of("until", "2024-09-04")).decision(Outcome.NOT_APPLICABLE);
        verifyThat("CENTRE.ALREADY_STAYING").given(holder(Region.MANGYSTAU)
                .centre("aktau", Region.MANGYSTAU, CentreKind.ADAPTATION_INTEGRATION, 200, "2024-05-01", 10)
                .stay("aktau", "2024-01-05", "2024-03-31")).asOf("2024-05-02").doesNotDerive();
    }

    // ------------------------------------------------------------------ claims C17-C20 (primary-texts.md)

    /**
     * C17: the longest stay is NOT FOUND; the six months stay UNVERIFIED. Related primary text: T-2025ru
     * Art. 26 p.1 sp5, temporary registration in a centre «на срок не более одного года».
     */
    @Test
    void c17_longestStay_notFound_unverified() {
        Citations.cites("CENTRE.STAY_TERM_OVER", "2024-05-02", "V1300008600", "", "", "", "UNVERIFIED");
        Parameter max = RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(java.time.LocalDate.of(2024, 5, 2))
                .orElseThrow()).parameters().get("centre.maxStay").orElseThrow();
        max.values().forEach(v -> {
            org.junit.jupiter.api.Assertions.assertEquals("UNVERIFIED", v.confidence().name());
            assertTrue(v.reference().contains("NOT FOUND (C17)") && v.reference().contains("Art. 26 p.1 sp5"),
                    v.reference());
        });
    }

    /**
     * C18: T-2025ru Art. 24 p.2: «Порядок и сроки проживания кандасов и членов их семей в центре адаптации и
     * интеграции кандасов … определяются уполномоченным органом по вопросам миграции населения».
     */
    @Test
    void c18_rulesAndTermsOfStay_setByTheAuthorisedBody_art24p2() {
        Citations.cites("CENTRE.RULES_IN_FORCE", "2024-05-02", "Z1100000477", "24", "2", "", "PRIMARY");
        verifyThat("CENTRE.RULES_IN_FORCE").given(holder(Region.MANGYSTAU, "2013-07-21", "2013-03-01")).asOf("2013-07-21")
                .withArguments(Map.of("order", "MVD-ORDER-582-2011"));
    }

    /**
     * C19: T-2025ru Art. 1 sp13-1: the centre is «предназначенное для оказания кандасам, членам их семей
     * адаптационных и интеграционных услуг и временного проживания».
     */
    @Test
    void c19_kandasAndFamilyMayStay_art1sp13_1() {
        Citations.cites("CENTRE.STATUS_HOLDER", "2024-05-02", "Z1100000477", "1", "", "13-1", "PRIMARY");
        Citations.cites("CENTRE.NO_STATUS", "2024-05-02", "Z1100000477", "1", "", "13-1", "PRIMARY");
    }
}
