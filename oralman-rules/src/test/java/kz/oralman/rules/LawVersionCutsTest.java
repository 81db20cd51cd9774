package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Channel;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.Region;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import org.junit.jupiter.api.Test;

/**
 * Every cut of the law book, decided on the day before and the day of the cut: the version applied
 * changes, and so does what the change of the law changes (or, for a cut with no rule change, nothing
 * else does).
 */
class LawVersionCutsTest {
    private static final OralmanEngine ENGINE = RuleVerifier.ENGINE;

    private static Decision decide(CaseBuilder c, String date) {
        return ENGINE.decide(c.build(), c.build().application().question(), LocalDate.parse(date));
    }

    private static void versions(Decision before, Decision on, String beforeId, String onId) {
        assertEquals(beforeId, before.lawVersion());
        assertEquals(onId, on.lawVersion());
    }

    private static Map<String, String> args(Decision d, String ruleId) {
        return d.reasons().stream().filter(r -> r.ruleId().equals(ruleId)).map(Reason::arguments).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not among " + d.reasons()));
    }

    private static boolean has(Decision d, String ruleId) {
        return d.reasons().stream().anyMatch(r -> r.ruleId().equals(ruleId));
    }

    private static CaseBuilder extension(String grantedOn, String lastDay) {
        return CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .resided("UZ", "1980-05-10", "2016-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2016-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .status(StatusEvent.granted(CaseBuilder.APPLICANT, LocalDate.parse(grantedOn), LocalDate.parse(lastDay)))
                .citizenshipApplication("2016-03-01");
    }

    @Test
    void cut1997_theFirstDayOfThe1997Law() {
        Decision before = decide(CaseBuilder.qualifying(), "1997-12-12");
        Decision on = decide(CaseBuilder.qualifying(), "1997-12-13");
        versions(before, on, "none-before-1997-12-13", "LAW-1997-MIGRATION@1997-12-13");
        assertEquals(Outcome.NOT_APPLICABLE, before.outcome());
        assertEquals(Outcome.GRANTED, on.outcome());
        assertTrue(on.term().isEmpty(), "no term under the 1997 law");
    }

    /** C9: the 2011 law from 17.08.2011 (Art. 63 p.1), not 22.07.2011; the children clause arrives with it. */
    @Test
    void cut2011_08_17_theChildrenClauseAndTheOneYearTerm() {
        CaseBuilder child = CaseBuilder.qualifying().born("1995-03-01");
        Decision before = decide(child, "2011-08-16");
        Decision on = decide(child, "2011-08-17");
        versions(before, on, "LAW-1997-MIGRATION@1997-12-13", "Z1100000477@2011-08-17");
        assertEquals(Outcome.REFUSED, before.outcome());
        assertTrue(has(before, "OR1997.BORN_AFTER_SOVEREIGNTY"));
        assertEquals(Outcome.GRANTED, on.outcome());
        assertTrue(has(on, "OR2011.CHILD_BORN_ABROAD_AFTER_SOVEREIGNTY"));
        assertEquals(LocalDate.of(2012, 8, 16), on.term().orElseThrow().getEndInclusive());
    }

    /** Law No. 153-V: the same rules, the term now read in Art. 25 sp3 (a cut with no change of outcome). */
    @Test
    void cut2013_12_22_law153V_sameOutcome() {
        Decision before = decide(CaseBuilder.qualifying(), "2013-12-21");
        Decision on = decide(CaseBuilder.qualifying(), "2013-12-22");
        versions(before, on, "Z1100000477@2011-08-17", "Z1100000477@2013-12-22");
        assertEquals(Outcome.GRANTED, before.outcome());
        assertEquals(Outcome.GRANTED, on.outcome());
        assertNotEquals(before.receipt().rulesetHash(), on.receipt().rulesetHash());
    }

    @Test
    void cut2014_03_20_designatedRegions() {
        CaseBuilder mangystau = CaseBuilder.qualifying().region(Region.MANGYSTAU);
        Decision before = decide(mangystau, "2014-03-19");
        Decision on = decide(mangystau, "2014-03-20");
        versions(before, on, "Z1100000477@2013-12-22", "Z1100000477@2014-03-20");
        assertEquals(Outcome.GRANTED, before.outcome());
        assertEquals(Outcome.REFUSED, on.outcome());
    }

    /** Decree No. 783: 14 regions from about mid-July 2014 (UNVERIFIED day), not from 08.07.2014. */
    @Test
    void cut2014_07_15_fourteenRegions() {
        CaseBuilder karaganda = CaseBuilder.qualifying().region(Region.KARAGANDA);
        assertEquals(Outcome.REFUSED, decide(karaganda, "2014-07-08").outcome());
        Decision before = decide(karaganda, "2014-07-14");
        Decision on = decide(karaganda, "2014-07-15");
        versions(before, on, "Z1100000477@2014-03-20", "Z1100000477@2014-07-15");
        assertEquals(Outcome.REFUSED, before.outcome());
        assertEquals(Outcome.GRANTED, on.outcome());
    }

    /** C55: Law No. 421-V in early December 2015, not on 24.11.2015. */
    @Test
    void cut2015_12_06_law421V_statusRegardlessOfRegion() {
        CaseBuilder almaty = CaseBuilder.qualifying().region(Region.ALMATY_CITY);
        assertEquals(Outcome.REFUSED, decide(almaty, "2015-11-24").outcome());
        Decision before = decide(almaty, "2015-12-05");
        Decision on = decide(almaty, "2015-12-06");
        versions(before, on, "Z1100000477@2014-07-15", "Z1100000477@2015-12-06");
        assertEquals(Outcome.REFUSED, before.outcome());
        assertEquals(Outcome.GRANTED, on.outcome());
        assertTrue(!has(before, "INTAKE.PROCESSING_TIME"));
        assertEquals(Map.of("days", "5"), args(on, "INTAKE.PROCESSING_TIME"));
    }

    /** C12: Law No. 147-VI introduced the extension. */
    @Test
    void cut2018_04_28_law147VI_extensionIntroduced() {
        CaseBuilder c = extension("2017-09-01", "2018-08-31");
        Decision before = decide(c, "2018-04-27");
        Decision on = decide(c, "2018-04-28");
        versions(before, on, "Z1100000477@2015-12-06", "Z1100000477@2018-04-28");
        assertEquals(Outcome.NOT_APPLICABLE, before.outcome());
        assertTrue(has(before, "EXTEND.NOT_IN_LAW"));
        assertEquals(Outcome.GRANTED, on.outcome());
        assertEquals("P3M", args(on, "STATUS.EXTEND.GRANT").get("term"));
    }

    /** C3, C4, C12, C14: Law No. 327-VI. */
    @Test
    void cut2020_05_25_law327VI() {
        CaseBuilder temporary = CaseBuilder.qualifying().purpose(ArrivalPurpose.TEMPORARY);
        Decision before = decide(temporary, "2020-05-24");
        Decision on = decide(temporary, "2020-05-25");
        versions(before, on, "Z1100000477@2018-04-28", "Z1100000477@2020-05-25");
        assertEquals(Outcome.REFUSED, before.outcome());
        assertEquals(Outcome.GRANTED, on.outcome());
        assertEquals(Map.of("days", "5"), args(before, "INTAKE.PROCESSING_TIME"));
        assertEquals(Map.of("days", "4"), args(on, "INTAKE.PROCESSING_TIME"));
        CaseBuilder ext = extension("2019-09-01", "2020-08-31");
        assertEquals("P3M", args(decide(ext, "2020-05-24"), "STATUS.EXTEND.GRANT").get("term"));
        assertEquals("P6M", args(decide(ext, "2020-05-25"), "STATUS.EXTEND.GRANT").get("term"));
    }

    /** C7: the rename. */
    @Test
    void cut2021_01_02_rename() {
        Decision before = decide(CaseBuilder.qualifying(), "2021-01-01");
        Decision on = decide(CaseBuilder.qualifying(), "2021-01-02");
        versions(before, on, "Z1100000477@2020-05-25", "Z1100000477@2021-01-02");
        assertEquals("oralman", before.terminology());
        assertEquals("kandas", on.terminology());
        assertEquals(List.of(Outcome.GRANTED, Outcome.GRANTED), List.of(before.outcome(), on.outcome()));
    }

    /** C4: Law No. 223-VII, no arrival element; Art. 21 repealed (processing time UNVERIFIED). */
    @Test
    void cut2023_05_01_law223VII_noArrivalElement() {
        CaseBuilder embassy = CaseBuilder.qualifying().channel(Channel.EMBASSY);
        Decision before = decide(embassy, "2023-04-30");
        Decision on = decide(embassy, "2023-05-01");
        versions(before, on, "Z1100000477@2021-01-02", "Z1100000477@2023-05-01");
        assertEquals(Outcome.NEEDS_EVIDENCE, before.outcome());
        assertEquals("arrival.homeland", before.evidenceRequests().get(0).fact());
        assertEquals(Outcome.GRANTED, on.outcome());
        assertEquals(Map.of("days", "30"), args(on, "INTAKE.PROCESSING_TIME"));
    }

    /** Law No. 226-VII from 01.07.2023: Art. 25 wording; no change of outcome here. */
    @Test
    void cut2023_07_01_law226VII_sameOutcome() {
        Decision before = decide(CaseBuilder.qualifying(), "2023-06-30");
        Decision on = decide(CaseBuilder.qualifying(), "2023-07-01");
        versions(before, on, "Z1100000477@2023-05-01", "Z1100000477@2023-07-01");
        assertEquals(List.of(Outcome.GRANTED, Outcome.GRANTED), List.of(before.outcome(), on.outcome()));
    }

    /** C49: Law No. 82-VIII (UNVERIFIED day 28.05.2024), not 17.07.2024. */
    @Test
    void cut2024_05_28_law82VIII_nationalityCommission() {
        CaseBuilder noDocument = CaseBuilder.qualifying().noClaims();
        Decision before = decide(noDocument, "2024-05-27");
        Decision on = decide(noDocument, "2024-05-28");
        versions(before, on, "Z1100000477@2023-07-01", "Z1100000477@2024-05-28");
        assertEquals(Outcome.NEEDS_EVIDENCE, before.outcome());
        assertEquals(Outcome.REFERRED, on.outcome());
    }

    /** Law No. 213-VIII: a version where the law changed, with no rule of these files changed. */
    @Test
    void cut2025_07_29_law213VIII_sameOutcome() {
        Decision before = decide(CaseBuilder.qualifying().noClaims(), "2025-07-28");
        Decision on = decide(CaseBuilder.qualifying().noClaims(), "2025-07-29");
        versions(before, on, "Z1100000477@2024-05-28", "Z1100000477@2025-07-29");
        assertEquals(List.of(Outcome.REFERRED, Outcome.REFERRED), List.of(before.outcome(), on.outcome()));
    }

    /** C13, C14: the order of 10.10.2025: three working days; the extension stays once, six months. */
    @Test
    void cut2025_10_26_statusRules() {
        Decision before = decide(CaseBuilder.qualifying(), "2025-10-25");
        Decision on = decide(CaseBuilder.qualifying(), "2025-10-26");
        versions(before, on, "Z1100000477@2025-07-29", "Z1100000477@2025-10-26");
        assertEquals(Map.of("days", "30"), args(before, "INTAKE.PROCESSING_TIME"));
        assertEquals(Map.of("days", "3"), args(on, "INTAKE.PROCESSING_TIME"));
    }

    @Test
    void cut2030_01_01_afterTheEncodedLaw() {
        Decision before = decide(CaseBuilder.qualifying(), "2029-12-31");
        Decision on = decide(CaseBuilder.qualifying(), "2030-01-01");
        versions(before, on, "Z1100000477@2025-10-26", "none-from-2030-01-01");
        assertEquals(Outcome.GRANTED, before.outcome());
        assertEquals(Outcome.NOT_APPLICABLE, on.outcome());
    }

    /** Every bundled cut has a test above: the list here is the law book's list. */
    @Test
    void everyCutIsCovered() {
        assertEquals(List.of("1997-12-13", "2011-08-17", "2013-12-22", "2014-03-20", "2014-07-15", "2015-12-06",
                "2018-04-28", "2020-05-25", "2021-01-02", "2023-05-01", "2023-07-01", "2024-05-28", "2025-07-29",
                "2025-10-26"), LawBook.bundled().stream().map(v -> v.from().toString()).toList());
        assertEquals(LocalDate.of(2030, 1, 1), LawBook.bundled().get(LawBook.bundled().size() - 1).until().orElseThrow());
    }
}
