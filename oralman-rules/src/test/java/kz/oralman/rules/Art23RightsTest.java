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
}
