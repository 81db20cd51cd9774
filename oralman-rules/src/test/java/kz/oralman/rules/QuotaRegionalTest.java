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

    // ------------------------------------------------------------------ claims C25-C31 (primary-texts.md)

    private static CaseBuilder at(String date, Region region) {
        return CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed(date).holder(date).region(region);
    }

    /**
     * C25: from Law 421-V the Government sets the regional quota. T-2018kz Art. 19-1 p.2: «Қазақстан
     * Республикасының Үкіметі оралмандарды қабылдаудың өңірлік квотасын орта мерзімді кезеңге немесе алдағы
     * жылға белгілейді». Before it (2011 wording) who set it was not read (UNVERIFIED).
     */
    @Test
    void c25_quotaSetByTheGovernment_fromLaw421V() {
        verifyThat("QUOTA.SET_BY_GOVERNMENT_2011").given(at("2015-12-05", Region.PAVLODAR)).asOf("2015-12-05")
                .withArguments(Map.of("unit", "FAMILIES"));
        verifyThat("QUOTA.SET_BY_GOVERNMENT").given(at("2015-12-05", Region.PAVLODAR)).asOf("2015-12-05").doesNotDerive();
        verifyThat("QUOTA.SET_BY_GOVERNMENT").given(at("2015-12-06", Region.PAVLODAR)).asOf("2015-12-06")
                .withArguments(Map.of("unit", "FAMILIES"));
        verifyThat("QUOTA.SET_BY_GOVERNMENT_2011").given(at("2015-12-06", Region.PAVLODAR)).asOf("2015-12-06").doesNotDerive();
        Citations.cites("QUOTA.SET_BY_GOVERNMENT", "2016-06-01", "Z1100000477", "19-1", "2", "", "PRIMARY");
        Citations.cites("QUOTA.SET_BY_GOVERNMENT_2011", "2012-06-01", "Z1100000477", "16", "", "", "UNVERIFIED");
    }

    /**
     * C26: from Law 327-VI the authorised body sets the quota for the coming year. T-2020ru-o Art. 19-1:
     * «Региональная квота приема оралманов устанавливается на предстоящий год уполномоченным органом по
     * вопросам миграции населения»; T-2025ru Art. 11 sp4-2.
     */
    @Test
    void c26_quotaSetByTheAuthorisedBody_forTheComingYear_fromLaw327VI() {
        verifyThat("QUOTA.SET_BY_GOVERNMENT").given(at("2020-05-24", Region.PAVLODAR)).asOf("2020-05-24").derives();
        verifyThat("QUOTA.SET_BY_AUTHORISED_BODY").given(at("2020-05-24", Region.PAVLODAR)).asOf("2020-05-24").doesNotDerive();
        verifyThat("QUOTA.SET_BY_AUTHORISED_BODY").given(at("2020-05-25", Region.PAVLODAR)).asOf("2020-05-25")
                .withArguments(Map.of("unit", "PERSONS"));
        verifyThat("QUOTA.SET_BY_GOVERNMENT").given(at("2020-05-25", Region.PAVLODAR)).asOf("2020-05-25").doesNotDerive();
        Citations.cites("QUOTA.SET_BY_AUTHORISED_BODY", "2024-06-01", "Z1100000477", "19-1", "", "", "PRIMARY");
    }

    /**
     * C27: the quota counts persons from Law 147-VI (April 2018; the day UNVERIFIED), not from 01.01.2018.
     * T-2018kz Art. 1 sp13-2: «оралмандардың немесе оралмандар мен олардың отбасы мүшелерінің шекті саны».
     */
    @Test
    void c27_quotaCountsPersons_fromLaw147VI_notFromNewYear() {
        verifyThat("QUOTA.INCLUDE").given(at("2018-04-27", Region.PAVLODAR).child("son", "2015-06-01")
                .quota(2018, Region.PAVLODAR, QuotaUnit.FAMILIES, 100, 99, "2018-01-10"))
                .asOf("2018-04-27").withArguments(Map.of("needed", "1", "unit", "FAMILIES"));
        verifyThat("QUOTA.INCLUDE").given(at("2018-01-02", Region.PAVLODAR)
                .quota(2018, Region.PAVLODAR, QuotaUnit.FAMILIES, 100, 99, "2018-01-01"))
                .asOf("2018-01-02").withArguments(Map.of("unit", "FAMILIES"));
        verifyThat("QUOTA.UNIT_MISMATCH").given(at("2018-04-28", Region.PAVLODAR).child("son", "2015-06-01")
                .quota(2018, Region.PAVLODAR, QuotaUnit.FAMILIES, 100, 99, "2018-01-10"))
                .asOf("2018-04-28").derives();
        verifyThat("QUOTA.INCLUDE").given(at("2018-04-28", Region.PAVLODAR).child("son", "2015-06-01")
                .quota(2018, Region.PAVLODAR, QuotaUnit.PERSONS, 300, 298, "2018-04-28"))
                .asOf("2018-04-28").withArguments(Map.of("needed", "2", "unit", "PERSONS"));
        Parameter unit = RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(java.time.LocalDate.of(2018, 5, 1))
                .orElseThrow()).parameters().get("quota.unit").orElseThrow();
        Parameter.Value persons = unit.on(java.time.LocalDate.of(2018, 4, 28)).orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("UNVERIFIED", persons.confidence().name());
        org.junit.jupiter.api.Assertions.assertTrue(persons.reference().contains("LAW-147-VI-2018"), persons.reference());
    }

    /**
     * C29: the 2016 settlement regions rest on Government decree No. 83 of 18.01.2016 («В соответствии с
     * постановлением №83 для расселения оралманов предусмотрены Акмолинская, Атырауская,
     * Восточно-Казахстанская, Западно-Казахстанская, Костанайская, Павлодарская, Северо-Казахстанская»,
     * camonitor.kz), not on order V1600013334. Before 2016 no list is encoded.
     */
    @Test
    void c29_2016SettlementRegions_restOnDecree83() {
        verifyThat("QUOTA.NOT_ENCODED_BEFORE_2016").given(at("2015-12-31", Region.ATYRAU)).asOf("2015-12-31")
                .concludes(Outcome.NOT_APPLICABLE);
        verifyThat("QUOTA.SETTLEMENT_REGION").given(at("2016-01-01", Region.ATYRAU)).asOf("2016-01-01")
                .withArguments(Map.of("region", "ATYRAU", "list", "GOV-DECREE-83-2016"));
        verifyThat("QUOTA.NOT_A_SETTLEMENT_REGION").given(at("2016-01-01", Region.ALMATY_REGION)).asOf("2016-01-01")
                .withArguments(Map.of("list", "GOV-DECREE-83-2016")).decision(Outcome.REFUSED);
        Citations.cites("QUOTA.SETTLEMENT_REGION", "2016-06-01", "Z1100000477", "19-1", "", "", "SECONDARY");
    }

    /**
     * C30: the 2023-2024 list is contested, secondary against secondary: nitec.kz names Akmola, East
     * Kazakhstan, West Kazakhstan, Kostanay, Pavlodar, North Kazakhstan and Abai; the June 2022 draft decree
     * adds Atyrau. The designated list (encoded: nitec.kz, UNVERIFIED) is kept apart from the regions that
     * receive a quota in a year, which only the quota count shows.
     */
    @Test
    void c30_2023List_contested_designatedRegionsApartFromRegionsWithAQuota() {
        verifyThat("QUOTA.NOT_A_SETTLEMENT_REGION").given(at("2022-12-31", Region.ABAI)).asOf("2022-12-31").derives();
        verifyThat("QUOTA.SETTLEMENT_REGION").given(at("2023-01-01", Region.ABAI)).asOf("2023-01-01").derives();
        verifyThat("QUOTA.SETTLEMENT_REGION").given(at("2023-05-02", Region.WEST_KAZAKHSTAN)).asOf("2023-05-02")
                .withArguments(Map.of("list", "UNVERIFIED: contested (nitec.kz; draft decree of June 2022)"));
        // designated, but no quota count for the region and year: the count decides, not the list
        verifyThat("QUOTA.SNAPSHOT_MISSING").given(at("2023-05-02", Region.WEST_KAZAKHSTAN)).asOf("2023-05-02")
                .derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("QUOTA.NOT_A_SETTLEMENT_REGION").given(at("2024-12-31", Region.ATYRAU)).asOf("2024-12-31").derives();
        Parameter regions = RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(java.time.LocalDate.of(2023, 6, 1))
                .orElseThrow()).parameters().get("quota.settlementRegions").orElseThrow();
        Parameter.Value v2023 = regions.on(java.time.LocalDate.of(2023, 6, 1)).orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("UNVERIFIED", v2023.confidence().name());
        org.junit.jupiter.api.Assertions.assertTrue(v2023.reference().contains("nitec.kz")
                && v2023.reference().contains("draft Government decree of June 2022"), v2023.reference());
    }

    /**
     * C31: the 2025-2026 list (mgorod.kz, 30.12.2025: «Для кандасов: Павлодарская 977, Акмолинская 285, Абай
     * 264, ВКО 200, СКО 200, Костанайская 200, Атырауская 125, ЗКО 30»).
     */
    @Test
    void c31_2025List_includesAtyrau() {
        verifyThat("QUOTA.SETTLEMENT_REGION").given(at("2025-01-01", Region.ATYRAU)).asOf("2025-01-01")
                .withArguments(Map.of("region", "ATYRAU", "list", "mgorod.kz 30.12.2025 [S]"));
        verifyThat("QUOTA.NOT_A_SETTLEMENT_REGION").given(at("2025-01-01", Region.KARAGANDA)).asOf("2025-01-01").derives();
    }
}
