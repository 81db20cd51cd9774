package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class Art23RightsTest {
    private static CaseBuilder granted() {
        return CaseBuilder.qualifying();
    }

    /** A former citizen of Kazakhstan: refused from Law No. 327-VI (a temporary purpose no longer refuses, C4). */
    private static CaseBuilder refused() {
        return CaseBuilder.qualifying().citizen("KZ", "1995-01-01", "2011-01-01",
                kz.oralman.model.EvidenceStatus.VERIFIED);
    }

    @Test
    void permanentResidenceWithoutSolvency() {
        verifyThat("RIGHTS.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY").given(granted()).asOf("2021-01-02").derives()
                .decision(Outcome.GRANTED);
        verifyThat("RIGHTS.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY").given(refused()).asOf("2021-01-02").doesNotDerive();
    }

    @Test
    void freeAdaptationServices() {
        verifyThat("RIGHTS.FREE_ADAPTATION_SERVICES").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.FREE_ADAPTATION_SERVICES").given(refused()).asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void medicalCare() {
        verifyThat("RIGHTS.MEDICAL_CARE").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.MEDICAL_CARE").given(refused()).asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void schoolAndPreschool() {
        verifyThat("RIGHTS.SCHOOL_AND_PRESCHOOL").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.SCHOOL_AND_PRESCHOOL").given(refused()).asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void higherEducationQuota() {
        verifyThat("RIGHTS.HIGHER_EDUCATION_QUOTA").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.HIGHER_EDUCATION_QUOTA").given(refused()).asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void socialProtection() {
        verifyThat("RIGHTS.SOCIAL_PROTECTION").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.SOCIAL_PROTECTION").given(refused()).asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void simplifiedCitizenship() {
        verifyThat("RIGHTS.SIMPLIFIED_CITIZENSHIP").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.SIMPLIFIED_CITIZENSHIP").given(refused()).asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void regionalQuotaSupport_alsoForAnExtension() {
        verifyThat("RIGHTS.REGIONAL_QUOTA_SUPPORT").given(granted()).asOf("2024-03-01").derives();
        verifyThat("RIGHTS.REGIONAL_QUOTA_SUPPORT").given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .holder("2024-03-01").citizenshipApplication("2024-06-01")).asOf("2025-02-01").derives()
                .decision(Outcome.GRANTED);
    }

    // ------------------------------------------------------------------ claims C38, C8/C39, C20 (primary-texts.md)

    /**
     * C38: proof of solvency is not required of ethnic Kazakhs and their family members, and this is not a
     * right that started on 24.11.2015 (the parameter rights.residenceWithoutSolvencyFrom is gone; the 1997
     * law already had it, see Rights1997Test). T-2025ru Art. 23 p.1: «Этнические казахи и члены их семей, в
     * том числе вдовы кандасов и их общие дети, при получении разрешения на постоянное проживание в Республике
     * Казахстан освобождаются от подтверждения своей платежеспособности.» The rights file is in force from the
     * 2020 reform: the day before it the rule is not there, the day of it is.
     */
    @Test
    void c38_residenceWithoutSolvency_isArt23p1_notARightFrom2015() {
        Citations.notInForce("RIGHTS.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY", "2020-05-24");
        verifyThat("RIGHTS.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY").given(granted()).asOf("2020-05-25").derives();
        Citations.cites("RIGHTS.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY", "2020-05-25", "Z1100000477", "23", "1", "", "PRIMARY");
        org.junit.jupiter.api.Assertions.assertTrue(RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE
                .versionOn(java.time.LocalDate.of(2020, 5, 25)).orElseThrow()).parameters()
                .get("rights.residenceWithoutSolvencyFrom").isEmpty());
    }

    /**
     * C8, C39: T-2025ru Art. 26 p.1: «Кандасы и члены их семей имеют право на: 1) получение гражданства
     * Республики Казахстан в упрощенном (регистрационном) порядке»; C20: Art. 23 p.2 sp1 «бесплатными
     * адаптационными и интеграционными услугами» (services as Art. 1 sp2 lists them).
     */
    @Test
    void c8_c39_c20_rightsCiteTheirSubParagraphs() {
        Citations.cites("RIGHTS.SIMPLIFIED_CITIZENSHIP", "2024-03-01", "Z1100000477", "26", "1", "1", "PRIMARY");
        Citations.cites("RIGHTS.FREE_ADAPTATION_SERVICES", "2024-03-01", "Z1100000477", "23", "2", "1", "PRIMARY");
        Citations.cites("RIGHTS.MEDICAL_CARE", "2024-03-01", "Z1100000477", "23", "2", "2", "PRIMARY");
        Citations.cites("RIGHTS.SCHOOL_AND_PRESCHOOL", "2024-03-01", "Z1100000477", "23", "2", "3", "PRIMARY");
        Citations.cites("RIGHTS.SOCIAL_PROTECTION", "2024-03-01", "Z1100000477", "23", "2", "4", "PRIMARY");
        Citations.cites("RIGHTS.REGIONAL_QUOTA_SUPPORT", "2024-03-01", "Z1100000477", "23", "4-2", "", "PRIMARY");
    }
}
