package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import kz.oralman.model.Periods;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusAssignmentTest {
    @ParameterizedTest(name = "granted on {0}: last day {1}")
    @CsvSource({
        "2024-03-01, 2025-02-28",
        "2024-02-29, 2025-02-28",
        "2023-03-01, 2024-02-29",
        "2024-12-31, 2025-12-30",
        "2021-01-02, 2022-01-01"
    })
    void grant_forOneYear_endingTheDayBeforeTheAnniversary(String asOf, String lastDay) {
        Decision d = verifyThat("STATUS.ASSIGN.GRANT").given(CaseBuilder.qualifying()).asOf(asOf)
                .concludes(Outcome.GRANTED).withArguments(Map.of("from", asOf, "to", lastDay, "term", "P1Y"))
                .decision(Outcome.GRANTED).decide();
        assertEquals(Periods.closed(LocalDate.parse(asOf), LocalDate.parse(lastDay)), d.term().orElseThrow());
    }

    @Test
    void grant_notWhileAnythingIsUnsettled() {
        verifyThat("STATUS.ASSIGN.GRANT").given(CaseBuilder.qualifying().region(null).purpose(
                kz.oralman.model.ArrivalPurpose.NOT_STATED)).asOf("2019-03-01").doesNotDerive();
        verifyThat("STATUS.ASSIGN.GRANT").given(CaseBuilder.qualifying().noClaims()).asOf("2024-03-01")
                .doesNotDerive();
    }

    /** From Law No. 223-VII (2023) the definition has no arrival element: an unstated purpose is no obstacle. */
    @Test
    void grant_from2023_whateverThePurposeOfArrival() {
        verifyThat("STATUS.ASSIGN.GRANT").given(CaseBuilder.qualifying().region(null).purpose(
                kz.oralman.model.ArrivalPurpose.NOT_STATED)).asOf("2024-03-01").concludes(Outcome.GRANTED);
    }

    /** A grant needs a positive finding for every listed condition: without the package accepted, none. */
    @Test
    void grant_requiresAPositiveFindingForEveryCondition() {
        verifyThat("STATUS.ASSIGN.GRANT").given(CaseBuilder.qualifying().documentPackage(
                kz.oralman.model.EvidenceStatus.UNKNOWN, kz.oralman.model.EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").doesNotDerive().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void alreadyActive_onTheStatusLastDay() {
        verifyThat("STATUS.ASSIGN.ALREADY_ACTIVE")
                .given(CaseBuilder.qualifying().status(StatusEvent.granted(CaseBuilder.APPLICANT,
                        LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29))))
                .asOf("2024-02-29").concludes(Outcome.NOT_APPLICABLE).decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void alreadyActive_notTheDayAfterTheLastDay() {
        verifyThat("STATUS.ASSIGN.ALREADY_ACTIVE")
                .given(CaseBuilder.qualifying().status(StatusEvent.granted(CaseBuilder.APPLICANT,
                        LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29))))
                .asOf("2024-03-01").doesNotDerive().decision(Outcome.GRANTED);
    }
}
