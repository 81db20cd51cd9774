package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommonRefusalGroundsTest {
    @ParameterizedTest
    @EnumSource(RefusalGround.class)
    void groundEstablished_refuses_andTheReasonIsMarkedUnverified(RefusalGround ground) {
        Decision d = verifyThat("REFUSAL.GROUND_ESTABLISHED")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").concludes(Outcome.REFUSED).withArguments(Map.of("ground", ground.name()))
                .decision(Outcome.REFUSED).decide();
        assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("REFUSAL.GROUND_ESTABLISHED")
                && !r.verified() && r.basis().confidence().name().equals("UNVERIFIED")));
        assertFalse(d.fullyVerified());
    }

    @ParameterizedTest
    @EnumSource(value = EvidenceStatus.class, names = {"UNKNOWN", "DECLARED", "CONTESTED"})
    void groundNotEstablished_isNeverReadAsAbsent_butAsAQuestion(EvidenceStatus evidence) {
        verifyThat("REFUSAL.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.CONVICTION, evidence))
                .asOf("2024-03-01").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("REFUSAL.GROUND_ESTABLISHED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.CONVICTION, evidence))
                .asOf("2024-03-01").doesNotDerive();
    }
}
