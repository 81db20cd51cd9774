package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import kz.oralman.model.Question;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Region;
import org.junit.jupiter.api.Test;

class SupportMeasuresTest {
    private static CaseBuilder included(String date, int year) {
        return CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed(date).holder(date)
                .region(Region.PAVLODAR).child("son", "2015-06-01").child("daughter", "2018-02-28")
                .quota(year, Region.PAVLODAR, QuotaUnit.PERSONS, 977, 0, date);
    }

    @Test
    void relocationSubsidy_70MrpPerMember_inTengeOfTheYear() {
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2024-05-02", 2024)).asOf("2024-05-02").derives()
                .withArguments(Map.of("amount", "210 MRP = 775,320 KZT", "members", "3", "mrp", "3692"));
    }

    @Test
    void rent_15to30MrpForTwelveMonths() {
        verifyThat("SUPPORT.RENT_AND_UTILITIES").given(included("2024-05-02", 2024)).asOf("2024-05-02").derives()
                .withArguments(Map.of("amount", "180–360 MRP = 664,560–1,329,120 KZT"));
    }

    @Test
    void housingCertificateCap_rises_on1January2026() {
        verifyThat("SUPPORT.HOUSING_CERTIFICATE").given(included("2025-12-31", 2025)).asOf("2025-12-31")
                .withArguments(Map.of("cap", "1160 MRP = 4,561,120 KZT", "share", "50"));
        verifyThat("SUPPORT.HOUSING_CERTIFICATE").given(included("2026-01-01", 2026)).asOf("2026-01-01")
                .withArguments(Map.of("cap", "1625 MRP = 7,028,125 KZT"));
    }

    @Test
    void noSupport_withoutInclusion() {
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2024-05-02", 2024).region(Region.ATYRAU))
                .asOf("2024-05-02").doesNotDerive();
    }

    // ------------------------------------------------------------------ claims C33-C37 (primary-texts.md)

    /**
     * C33: «relocation subsidies (a one-time payment of 70 MCI to each family member)» (nitec.kz), reported
     * from 2023 only; no source supports it for 2011-2022, so no amount is stated before 2023 (the exact day
     * in 2023 is UNVERIFIED: 01.01.2023 assumed).
     */
    @Test
    void c33_relocationSubsidy_onlyFrom2023() {
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2022-12-31", 2022)).asOf("2022-12-31").doesNotDerive();
        verifyThat("SUPPORT.AMOUNTS_NOT_KNOWN").given(included("2022-12-31", 2022)).asOf("2022-12-31").derives()
                .withArguments(Map.of("asOf", "2022-12-31"));
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2023-01-01", 2023)).asOf("2023-01-01").derives()
                .withArguments(Map.of("perMember", "70", "members", "3", "mrp", "3450"));
        verifyThat("SUPPORT.AMOUNTS_NOT_KNOWN").given(included("2023-01-01", 2023)).asOf("2023-01-01").doesNotDerive();
        verifyThat("SUPPORT.AMOUNTS_NOT_KNOWN").given(CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION)
                .filed("2017-05-02").holder("2017-05-02").region(Region.PAVLODAR)
                .quota(2017, Region.PAVLODAR, QuotaUnit.FAMILIES, 100, 0, "2017-05-01")).asOf("2017-05-02").derives();
        Citations.cites("SUPPORT.AMOUNTS_NOT_KNOWN", "2017-05-02", "Z1100000477", "23", "4-2", "", "UNVERIFIED");
        Citations.cites("SUPPORT.RELOCATION_SUBSIDY", "2024-05-02", "Z1100000477", "23", "4-2", "", "SECONDARY");
    }

    /** C34: «coverage of the costs for rent and utilities for 12 months (in the amount from 15 to 30 MCI per family)», from 2023. */
    @Test
    void c34_rent15to30Mrp_forTwelveMonths_onlyFrom2023() {
        verifyThat("SUPPORT.RENT_AND_UTILITIES").given(included("2022-12-31", 2022)).asOf("2022-12-31").doesNotDerive();
        verifyThat("SUPPORT.RENT_AND_UTILITIES").given(included("2023-01-01", 2023)).asOf("2023-01-01")
                .withArguments(Map.of("min", "15", "max", "30", "months", "12"));
    }

    /**
     * C35: «from March 2023, an economic mobility certificate … 50% from housing amount» (nitec.kz) — not
     * from 2011; «С нового года размер сертификата … до 1 625 МРП … Ранее предел составлял 1 160 МРП»
     * (lada.kz, 01.12.2025). The 50% share after 01.01.2026 is UNVERIFIED.
     */
    @Test
    void c35_housingCertificate_onlyFromMarch2023_capRisingOn1January2026() {
        verifyThat("SUPPORT.HOUSING_CERTIFICATE").given(included("2023-02-28", 2023)).asOf("2023-02-28").doesNotDerive();
        verifyThat("SUPPORT.HOUSING_CERTIFICATE").given(included("2023-03-01", 2023)).asOf("2023-03-01")
                .withArguments(Map.of("cap", "1160 MRP = 4,002,000 KZT", "share", "50"));
        verifyThat("SUPPORT.HOUSING_CERTIFICATE").given(included("2025-12-31", 2025)).asOf("2025-12-31")
                .withArguments(Map.of("cap", "1160 MRP = 4,561,120 KZT"));
        verifyThat("SUPPORT.HOUSING_CERTIFICATE").given(included("2026-01-01", 2026)).asOf("2026-01-01")
                .withArguments(Map.of("cap", "1625 MRP = 7,028,125 KZT", "share", "50"));
        Parameter share = parameter("support.housingSharePercent");
        assertEquals("SECONDARY", share.on(LocalDate.of(2025, 12, 31)).orElseThrow().confidence().name());
        Parameter.Value after = share.on(LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals("UNVERIFIED", after.confidence().name());
        assertTrue(after.reference().startsWith("UNVERIFIED"), after.reference());
        assertTrue(share.on(LocalDate.of(2023, 2, 28)).isEmpty());
    }

    /** C36: MRP 2025 = 3,932 KZT, 2026 = 4,325 KZT («1 625 МРП = 7 028 125 тенге», lada.kz / moneypanda.kz). */
    @Test
    void c36_mrpOf2025And2026() {
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2024-12-31", 2024)).asOf("2024-12-31")
                .withArguments(Map.of("mrp", "3692"));
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2025-01-01", 2025)).asOf("2025-01-01")
                .withArguments(Map.of("mrp", "3932"));
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2026-01-01", 2026)).asOf("2026-01-01")
                .withArguments(Map.of("mrp", "4325", "amount", "210 MRP = 908,250 KZT"));
        Parameter mrp = parameter("mrp.tenge");
        assertEquals("SECONDARY", mrp.on(LocalDate.of(2025, 1, 1)).orElseThrow().confidence().name());
        assertEquals("SECONDARY", mrp.on(LocalDate.of(2026, 1, 1)).orElseThrow().confidence().name());
        assertEquals("UNVERIFIED", mrp.on(LocalDate.of(2024, 1, 1)).orElseThrow().confidence().name());
    }

    /**
     * C37: the Social Code is the basis from 01.07.2023 («Настоящий Кодекс вводится в действие с 1 июля 2023
     * года», Social Code Art. 263 p.1); the Law's Art. 23 p.4-2 (T-2025ru): «Кандасам и членам их семей,
     * включенным в региональную квоту приема кандасов, предоставляются меры государственной поддержки,
     * предусмотренные участникам активных мер содействия занятости в соответствии с Социальным кодексом».
     */
    @Test
    void c37_socialCodeBasis_from1July2023() {
        verifyThat("SUPPORT.SOCIAL_CODE_BASIS").given(included("2023-06-30", 2023)).asOf("2023-06-30").doesNotDerive();
        verifyThat("SUPPORT.SOCIAL_CODE_BASIS").given(included("2023-07-01", 2023)).asOf("2023-07-01")
                .withArguments(Map.of("from", "2023-07-01"));
        Citations.cites("SUPPORT.SOCIAL_CODE_BASIS", "2023-07-01", "Z1100000477", "23", "4-2", "", "PRIMARY");
        assertEquals("PRIMARY", parameter("support.socialCodeFrom").on(LocalDate.of(2023, 7, 1)).orElseThrow()
                .confidence().name());
    }

    private static Parameter parameter(String id) {
        return RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(LocalDate.of(2024, 1, 1)).orElseThrow())
                .parameters().get(id).orElseThrow();
    }
}
