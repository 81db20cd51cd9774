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
                .asOf("2019-03-01").concludes(Outcome.NEEDS_EVIDENCE).decision(Outcome.NEEDS_EVIDENCE).decide();
        assertEquals("application.purpose", d.evidenceRequests().get(0).fact());
    }

    @Test
    void needsEvidence_givesWayToARefusal_butIsNotLost() {
        Decision d = verifyThat("DECISION.NEEDS_EVIDENCE")
                .given(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED)
                        .documentPackage(EvidenceStatus.CONTESTED, EvidenceStatus.VERIFIED))
                .asOf("2019-03-01").derives().decision(Outcome.REFUSED).decide();
        assertFalse(d.reasons().stream().anyMatch(r -> r.ruleId().equals("DECISION.NEEDS_EVIDENCE")));
    }

    /** With every condition rule in place the bundled rules never leave a required condition unexamined. */
    @Test
    void conditionNotEstablished_neverWithTheBundledRules() {
        verifyThat("DECISION.CONDITION_NOT_ESTABLISHED").given(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED))
                .asOf("2019-03-01").doesNotDerive().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("DECISION.CONDITION_NOT_ESTABLISHED").given(CaseBuilder.qualifying()).asOf("2019-03-01")
                .doesNotDerive().decision(Outcome.GRANTED);
    }

    /**
     * A condition rule left out of a version (here PURPOSE.NOT_STATED): the purpose is then neither met,
     * unmet nor asked for, and the decision is NEEDS_EVIDENCE naming the condition, not GRANTED.
     */
    @Test
    void conditionNotEstablished_whenAConditionRuleIsMissing() {
        LawVersion v = LawBook.on(java.time.LocalDate.of(2019, 3, 1)).orElseThrow();
        Ruleset mutilated = Mutilated.compile(v, "PURPOSE.NOT_STATED");
        Decision d = OralmanEngine.pinned(mutilated).decide(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED)
                .build(), kz.oralman.model.Question.STATUS_ASSIGNMENT, java.time.LocalDate.of(2019, 3, 1));
        assertEquals(Outcome.NEEDS_EVIDENCE, d.outcome());
        assertEquals(1, d.evidenceRequests().size(), d.evidenceRequests().toString());
        assertEquals("condition.ARRIVAL_PURPOSE", d.evidenceRequests().get(0).fact());
        assertEquals("DECISION.CONDITION_NOT_ESTABLISHED", d.evidenceRequests().get(0).ruleId());
    }

    @Test
    void noEvidenceNeeded_whenEverythingIsEstablished() {
        verifyThat("DECISION.NEEDS_EVIDENCE").given(CaseBuilder.qualifying()).asOf("2024-03-01").doesNotDerive();
    }
}
