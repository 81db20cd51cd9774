package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommonIntakeTest {
    @Test
    void packageAccepted_whenCompleteAndInDate() {
        verifyThat("INTAKE.PACKAGE_ACCEPTED").given(CaseBuilder.qualifying()).asOf("2024-03-01").derives()
                .decision(Outcome.GRANTED);
    }

    @Test
    void packageIncomplete_isRefusedAtIntake() {
        verifyThat("INTAKE.PACKAGE_INCOMPLETE")
                .given(CaseBuilder.qualifying().documentPackage(EvidenceStatus.CONTESTED, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void documentsExpired_isRefusedAtIntake() {
        verifyThat("INTAKE.DOCUMENTS_EXPIRED")
                .given(CaseBuilder.qualifying().documentPackage(EvidenceStatus.VERIFIED, EvidenceStatus.CONTESTED))
                .asOf("2015-03-01").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNKNOWN", "DECLARED"})
    void packageUnchecked_needsEvidence_neverRefused(String status) {
        EvidenceStatus s = EvidenceStatus.valueOf(status);
        verifyThat("INTAKE.PACKAGE_UNCHECKED")
                .given(CaseBuilder.qualifying().documentPackage(s, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("INTAKE.PACKAGE_UNCHECKED")
                .given(CaseBuilder.qualifying().documentPackage(EvidenceStatus.VERIFIED, s))
                .asOf("2024-03-01").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2015-12-06, 5", "2020-05-24, 5", "2020-05-25, 4", "2021-12-31, 4",
        "2022-01-01, 4", "2023-04-30, 4", "2023-05-01, 30", "2025-10-25, 30", "2025-10-26, 3"})
    void processingTime_inWorkingDays_byDate(String date, String days) {
        verifyThat("INTAKE.PROCESSING_TIME").given(CaseBuilder.qualifying()).asOf(date).derives()
                .withArguments(java.util.Map.of("days", days));
        verifyThat("INTAKE.PROCESSING_TIME").given(CaseBuilder.qualifying()
                .documentPackage(EvidenceStatus.UNKNOWN, EvidenceStatus.VERIFIED)).asOf(date).doesNotDerive();
    }

    /** C14: no processing period in working days is known before Law No. 421-V (December 2015). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2011-08-17", "2015-12-05"})
    void processingTime_notStated_beforeLaw421V(String date) {
        verifyThat("INTAKE.PROCESSING_TIME").given(CaseBuilder.qualifying()).asOf(date).doesNotDerive()
                .decision(Outcome.GRANTED);
    }
}
