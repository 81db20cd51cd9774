package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.time.LocalDate;
import java.util.Map;
import kz.oralman.model.Question;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class StatusExtensionTest {
    private static final kz.oralman.model.PersonId A = CaseBuilder.APPLICANT;

    private static CaseBuilder holder(String grantedOn, String lastDay) {
        return CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .status(StatusEvent.granted(A, LocalDate.parse(grantedOn), LocalDate.parse(lastDay)));
    }

    @Test
    void active_onTheLastDay() {
        verifyThat("STATUS.EXTEND.ACTIVE").given(holder("2024-03-01", "2025-02-28").citizenshipApplication("2024-06-01"))
                .asOf("2025-02-28").derives().withArguments(Map.of("until", "2025-02-28"));
    }

    @Test
    void notActive_theDayAfterTheLastDay() {
        verifyThat("STATUS.EXTEND.NOT_ACTIVE").given(holder("2024-03-01", "2025-02-28")
                .citizenshipApplication("2024-06-01")).asOf("2025-03-01").concludes(Outcome.REFUSED)
                .withArguments(Map.of("state", "EXPIRED")).decision(Outcome.REFUSED);
    }

    @Test
    void notActive_whenNeverHeld() {
        verifyThat("STATUS.EXTEND.NOT_ACTIVE").given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION))
                .asOf("2023-03-01").withArguments(Map.of("state", "NONE")).decision(Outcome.REFUSED);
    }

    @Test
    void notActive_whenEndedForAnotherReason() {
        verifyThat("STATUS.EXTEND.NOT_ACTIVE").given(holder("2024-03-01", "2025-02-28")
                .status(StatusEvent.ended(A, LocalDate.of(2024, 5, 1), StatusEndReason.LEFT_FOR_PERMANENT_RESIDENCE_ABROAD)))
                .asOf("2024-06-01").withArguments(Map.of("state", "ENDED"));
    }

    @Test
    void forCitizenship_whenAnApplicationIsPending() {
        verifyThat("STATUS.EXTEND.FOR_CITIZENSHIP").given(holder("2024-03-01", "2025-02-28")
                .citizenshipApplication("2024-06-01")).asOf("2025-02-01").derives();
    }

    @Test
    void noCitizenshipApplication_needsEvidence() {
        verifyThat("STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION").given(holder("2024-03-01", "2025-02-28"))
                .asOf("2025-02-01").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    /** C12: 2018-2020 once, up to three months (secondary); the Law itself states no limit. */
    @Test
    void grant_underLaw147VI_forThreeMonths() {
        verifyThat("STATUS.EXTEND.GRANT").given(holder("2017-09-01", "2018-08-31").citizenshipApplication("2018-03-01"))
                .asOf("2018-08-01").concludes(Outcome.GRANTED)
                .withArguments(Map.of("from", "2018-09-01", "to", "2018-11-30", "term", "P3M"));
    }

    /** 2023 to 26.10.2025: Art. 21 repealed, the status rules not read: six months assumed (UNVERIFIED). */
    @Test
    void grant_beforeThe2025Rules_forSixMonths() {
        verifyThat("STATUS.EXTEND.GRANT").given(holder("2024-03-01", "2025-02-28").citizenshipApplication("2024-06-01"))
                .asOf("2025-02-01").concludes(Outcome.GRANTED)
                .withArguments(Map.of("from", "2025-03-01", "to", "2025-08-31", "term", "P6M"));
    }

    @Test
    void grant_from26October2025_forSixMonths() {
        verifyThat("STATUS.EXTEND.GRANT").given(holder("2025-01-10", "2026-01-09").citizenshipApplication("2025-06-01"))
                .asOf("2025-10-26").concludes(Outcome.GRANTED)
                .withArguments(Map.of("from", "2026-01-10", "to", "2026-07-09", "term", "P6M"));
    }

    @Test
    void limitReached_aSecondExtensionFrom26October2025() {
        verifyThat("STATUS.EXTEND.LIMIT_REACHED").given(holder("2025-01-10", "2026-01-09")
                .citizenshipApplication("2025-06-01")
                .status(StatusEvent.extended(A, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 7, 9))))
                .asOf("2026-03-02").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    /** Once already before 2025 (Law No. 147-VI, secondary; the day before the 2025 rules, UNVERIFIED). */
    @Test
    void limitReached_alsoTheDayBeforeThe2025Rules() {
        verifyThat("STATUS.EXTEND.LIMIT_REACHED").given(holder("2024-11-01", "2025-10-31")
                .citizenshipApplication("2025-06-01")
                .status(StatusEvent.extended(A, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
                .asOf("2025-10-25").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    /** Extensions before extension existed cannot count: the count starts on the 147-VI cut. */
    @Test
    void limitReached_notWithoutAPriorExtension() {
        verifyThat("STATUS.EXTEND.LIMIT_REACHED").given(holder("2017-09-01", "2018-08-31").citizenshipApplication("2018-03-01"))
                .asOf("2018-08-01").doesNotDerive().decision(Outcome.GRANTED);
    }
}
