package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.util.Map;
import kz.oralman.model.Question;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class QuotaRegionalTest {
    private static CaseBuilder holder() {
        return holder("2024-05-02", "2024-03-01");
    }

    private static CaseBuilder holder(String filed, String granted) {
        return CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed(filed).holder(granted)
                .region(Region.PAVLODAR).child("son", "2015-06-01");
    }

    @Test
    void notEncodedBefore2016() {
        verifyThat("QUOTA.NOT_ENCODED_BEFORE_2016").given(holder("2015-12-31", "2015-06-01"))
                .asOf("2015-12-31").concludes(Outcome.NOT_APPLICABLE).decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void statusHolder_mayBeIncluded() {
        verifyThat("QUOTA.STATUS_HOLDER").given(holder().quota(2024, Region.PAVLODAR, QuotaUnit.PERSONS, 977, 10, "2024-05-01"))
                .asOf("2024-05-02").derives();
    }

    @Test
    void noStatus_refuses() {
        verifyThat("QUOTA.NO_STATUS").given(CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION)
                .region(Region.PAVLODAR)).asOf("2024-05-02").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void settlementRegion_andNot_byTheListOfTheDate() {
        verifyThat("QUOTA.SETTLEMENT_REGION").given(holder("2025-03-01", "2025-01-15").region(Region.ATYRAU)
                .quota(2025, Region.ATYRAU, QuotaUnit.PERSONS, 125, 0, "2025-01-10"))
                .asOf("2025-03-01").derives().withArguments(Map.of("region", "ATYRAU")).decision(Outcome.GRANTED);
        verifyThat("QUOTA.NOT_A_SETTLEMENT_REGION").given(holder().region(Region.ATYRAU))
                .asOf("2024-05-02").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void regionNotStated_needsADeclaration() {
        verifyThat("QUOTA.REGION_NOT_STATED").given(holder().region(null)).asOf("2024-05-02").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void snapshotMissing_needsTheCount_notOneOfAnotherYear() {
        verifyThat("QUOTA.SNAPSHOT_MISSING").given(holder().quota(2023, Region.PAVLODAR, QuotaUnit.PERSONS, 900, 0, "2023-12-01"))
                .asOf("2024-05-02").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void unitMismatch_familiesCountedAfter2018() {
        verifyThat("QUOTA.UNIT_MISMATCH").given(holder().quota(2024, Region.PAVLODAR, QuotaUnit.FAMILIES, 300, 0, "2024-04-01"))
                .asOf("2024-05-02").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void include_whenThePersonsOfTheHouseholdFit() {
        verifyThat("QUOTA.INCLUDE").given(holder().quota(2024, Region.PAVLODAR, QuotaUnit.PERSONS, 977, 975, "2024-05-01"))
                .asOf("2024-05-02").concludes(Outcome.GRANTED)
                .withArguments(Map.of("remaining", "2", "needed", "2", "unit", "PERSONS")).decision(Outcome.GRANTED);
    }

    @Test
    void include_countsOneFamily_before2018() {
        verifyThat("QUOTA.INCLUDE").given(holder("2017-05-02", "2017-03-01")
                .quota(2017, Region.PAVLODAR, QuotaUnit.FAMILIES, 100, 99, "2017-05-01"))
                .asOf("2017-05-02").withArguments(Map.of("needed", "1", "unit", "FAMILIES"));
    }

    @Test
    void exhausted_isDistinctFromIneligible_andCitesTheSnapshot() {
        verifyThat("QUOTA.EXHAUSTED").given(holder().quota(2024, Region.PAVLODAR, QuotaUnit.PERSONS, 977, 976, "2024-05-01"))
                .asOf("2024-05-02").concludes(Outcome.ELIGIBLE_BUT_QUOTA_EXHAUSTED)
                .withArguments(Map.of("remaining", "1", "needed", "2", "countedOn", "2024-05-01"))
                .decision(Outcome.ELIGIBLE_BUT_QUOTA_EXHAUSTED);
    }

    @Test
    void theLatestSnapshotCounts() {
        verifyThat("QUOTA.EXHAUSTED").given(holder()
                .quota(2024, Region.PAVLODAR, QuotaUnit.PERSONS, 977, 10, "2024-02-01")
                .quota(2024, Region.PAVLODAR, QuotaUnit.PERSONS, 977, 977, "2024-05-01"))
                .asOf("2024-05-02").derives();
    }
}
