package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class Art01PurposeTest {
    @Test
    void permanentResidence_qualifies() {
        verifyThat("PURPOSE.PERMANENT_RESIDENCE").given(CaseBuilder.qualifying()).asOf("2019-03-01").derives();
    }

    @Test
    void temporaryPurpose_refuses() {
        verifyThat("PURPOSE.TEMPORARY").given(CaseBuilder.qualifying().purpose(ArrivalPurpose.TEMPORARY))
                .asOf("2012-03-01").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void purposeNotStated_needsADeclaration() {
        verifyThat("PURPOSE.NOT_STATED").given(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED))
                .asOf("2020-05-24").derives().decision(Outcome.NEEDS_EVIDENCE);
    }
}
