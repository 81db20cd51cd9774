package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

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
    void socialCodeBasis_from2023() {
        verifyThat("SUPPORT.SOCIAL_CODE_BASIS").given(included("2023-07-01", 2023)).asOf("2023-07-01").derives();
        verifyThat("SUPPORT.SOCIAL_CODE_BASIS").given(included("2023-06-30", 2023)).asOf("2023-06-30").doesNotDerive();
    }

    @Test
    void noSupport_withoutInclusion() {
        verifyThat("SUPPORT.RELOCATION_SUBSIDY").given(included("2024-05-02", 2024).region(Region.ATYRAU))
                .asOf("2024-05-02").doesNotDerive();
    }
}
