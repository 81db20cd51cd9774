package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class CommonDecisionTest {
    @Test
    void needsEvidence_whenAnyConditionIsUnsettled() {
        Decision d = verifyThat("DECISION.NEEDS_EVIDENCE")
                .given(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED))
                .asOf("2024-03-01").concludes(Outcome.NEEDS_EVIDENCE).decision(Outcome.NEEDS_EVIDENCE).decide();
        assertEquals("application.purpose", d.evidenceRequests().get(0).fact());
    }

    @Test
    void needsEvidence_givesWayToARefusal_butIsNotLost() {
        Decision d = verifyThat("DECISION.NEEDS_EVIDENCE")
                .given(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED)
                        .documentPackage(EvidenceStatus.CONTESTED, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").derives().decision(Outcome.REFUSED).decide();
        assertFalse(d.reasons().stream().anyMatch(r -> r.ruleId().equals("DECISION.NEEDS_EVIDENCE")));
    }

    @Test
    void noEvidenceNeeded_whenEverythingIsEstablished() {
        verifyThat("DECISION.NEEDS_EVIDENCE").given(CaseBuilder.qualifying()).asOf("2024-03-01").doesNotDerive();
    }
}
