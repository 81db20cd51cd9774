package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.time.LocalDate;
import java.util.Map;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class StatusLifecycleTest {
    private static final kz.oralman.model.PersonId A = CaseBuilder.APPLICANT;

    @Test
    void oneOff2019Extension_carriesAStatusThatExpiredIn2019() {
        verifyThat("LIFECYCLE.ONE_OFF_2019_EXTENSION")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2019-10-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 5, 31))))
                .asOf("2019-11-15").derives().withArguments(Map.of("until", "2019-12-31")).decision(Outcome.GRANTED);
    }

    @Test
    void oneOff2019Extension_doesNotReviveA2018Expiry() {
        verifyThat("LIFECYCLE.ONE_OFF_2019_EXTENSION")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2019-10-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2017, 12, 31), LocalDate.of(2018, 12, 31))))
                .asOf("2019-11-15").doesNotDerive().decision(Outcome.REFUSED);
    }

    @Test
    void endedByCitizenship_throughAnEndEvent() {
        verifyThat("LIFECYCLE.ENDED_BY_CITIZENSHIP")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                        .status(StatusEvent.ended(A, LocalDate.of(2024, 9, 1), StatusEndReason.CITIZENSHIP_ACQUIRED)))
                .asOf("2025-01-10").concludes(Outcome.NOT_APPLICABLE).decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void endedByCitizenship_readFromTheCitizenshipHistory() {
        verifyThat("LIFECYCLE.ENDED_BY_CITIZENSHIP")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                        .citizen("UZ", "1992-07-02", "2024-08-31", EvidenceStatus.VERIFIED)
                        .citizen("KZ", "2024-09-01", null, EvidenceStatus.VERIFIED)
                        .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28))))
                .asOf("2024-09-01").derives();
    }

    @Test
    void oneOff2019Extension_isUnknownToADecisionTakenIn2018() {
        verifyThat("LIFECYCLE.ONE_OFF_2019_EXTENSION")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2018-10-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31))))
                .asOf("2018-12-10").doesNotDerive().decision(Outcome.GRANTED);
    }
}
