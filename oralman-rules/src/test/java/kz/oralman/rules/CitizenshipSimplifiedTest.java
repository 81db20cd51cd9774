package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.util.Map;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class CitizenshipSimplifiedTest {
    private static CaseBuilder resident() {
        return CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP).filed("2024-06-03").holder("2024-03-01")
                .resided("UZ", "1980-05-10", "2024-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2024-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
    }

    @Test
    void eligible_reviewedWithinThreeMonthsOfFiling() {
        verifyThat("CITIZENSHIP.ELIGIBLE").given(resident().citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                .asOf("2024-06-03").concludes(Outcome.GRANTED)
                .withArguments(Map.of("reviewBy", "2024-09-02", "review", "P3M")).decision(Outcome.GRANTED);
    }

    @Test
    void alreadyCitizen_notApplicable() {
        verifyThat("CITIZENSHIP.ALREADY_CITIZEN").given(resident().citizen("KZ", "2024-05-01", null, EvidenceStatus.VERIFIED))
                .asOf("2024-06-03").concludes(Outcome.NOT_APPLICABLE);
    }

    @Test
    void statusHolder_andNoStatus() {
        verifyThat("CITIZENSHIP.STATUS_HOLDER").given(resident()).asOf("2024-06-03").derives();
        verifyThat("CITIZENSHIP.NO_STATUS").given(CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP))
                .asOf("2024-06-03").concludes(Outcome.REFUSED);
    }

    @Test
    void residingPermanently_regardlessOfHowLong() {
        verifyThat("CITIZENSHIP.RESIDING_PERMANENTLY").given(resident()).asOf("2024-02-01").derives();
    }

    @Test
    void residenceUnsettled_whenOnlyDeclared() {
        verifyThat("CITIZENSHIP.RESIDENCE_UNSETTLED").given(CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP)
                .holder("2024-03-01").citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false)
                .resided("UZ", "1980-05-10", "2024-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2024-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.DECLARED))
                .asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void noApplication_needsOne() {
        verifyThat("CITIZENSHIP.NO_APPLICATION").given(resident()).asOf("2024-06-03").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void renunciation_givenOrMissing_andNotNeededByTheStateless() {
        verifyThat("CITIZENSHIP.RENUNCIATION_GIVEN").given(resident().citizenshipApplication("2024-06-03",
                EvidenceStatus.VERIFIED, false)).asOf("2024-06-03").derives();
        verifyThat("CITIZENSHIP.RENUNCIATION_MISSING").given(resident().citizenshipApplication("2024-06-03",
                EvidenceStatus.DECLARED, false)).asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("CITIZENSHIP.STATELESS_NO_RENUNCIATION").given(resident()
                .citizen("UZ", "1992-07-02", "2023-12-31", EvidenceStatus.VERIFIED)
                .citizenshipApplication("2024-06-03", EvidenceStatus.UNKNOWN, false))
                .asOf("2024-06-03").derives().decision(Outcome.GRANTED);
    }
}
