package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class CitizenshipSimplified2020Test {
    private static CaseBuilder newcomer(String date) {
        return CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP).filed(date).holder(date)
                .citizenshipApplication(date, EvidenceStatus.VERIFIED, true);
    }

    @Test
    void jointApplication_fromThe2020Reform() {
        verifyThat("CITIZENSHIP2020.JOINT_APPLICATION").given(newcomer("2020-05-25")).asOf("2020-05-25").derives()
                .decision(Outcome.GRANTED);
    }

    @Test
    void beforeTheReform_residenceMustComeFirst() {
        verifyThat("CITIZENSHIP.RESIDENCE_UNSETTLED").given(newcomer("2020-05-24")).asOf("2020-05-24").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }
}
