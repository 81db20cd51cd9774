package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.oralman.model.Channel;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * C23 before the wording of Art. 20 given by Law 223-VII of 19.04.2023: the Law listed no refusal
 * grounds; the status was granted «при соответствии … подпунктом 13) статьи 1» (Art. 21 p.2), and
 * only the foreign-mission route had a check for compromising information. The parameter
 * {@code refusal.art20ListFrom} (2023-05-01, UNVERIFIED) cuts the two wordings: 2023-04-30 is the last
 * day of these rules.
 */
class CommonRefusalGroundsTest {
    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"FORGED_DOCUMENTS", "UNRELIABLE_DOCUMENTS_OR_DATA"})
    void falseDocuments_refuse_asAReadingWithoutPrimaryText(RefusalGround ground) {
        Decision d = verifyThat("REFUSAL.GROUND_ESTABLISHED")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2022-03-01").concludes(Outcome.REFUSED).withArguments(Map.of("ground", ground.name()))
                .decision(Outcome.REFUSED).decide();
        assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("REFUSAL.GROUND_ESTABLISHED")
                && !r.verified() && r.basis().confidence().name().equals("UNVERIFIED")));
        assertFalse(d.fullyVerified());
        verifyThat("REFUSAL.GROUND_ESTABLISHED").given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2023-04-30").derives();
        verifyThat("REFUSAL.GROUND_ESTABLISHED").given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2023-05-01").doesNotDerive();
    }

    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"SECURITY_THREAT", "CONVICTION", "OFFENCE",
            "TERRORIST_OR_EXTREMIST_MEMBERSHIP"})
    void compromisingInformation_barsTheStatusOnlyOnTheForeignMissionRoute(RefusalGround ground) {
        verifyThat("REFUSAL.COMPROMISING_INFORMATION_FOREIGN_MISSION")
                .given(CaseBuilder.qualifying().channel(Channel.EMBASSY).refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2022-03-01").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
        verifyThat("REFUSAL.COMPROMISING_INFORMATION_FOREIGN_MISSION")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2022-03-01").doesNotDerive().decision(Outcome.GRANTED);
        verifyThat("REFUSAL.NOT_A_GROUND_BEFORE_2023")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf("2022-03-01").derives().withArguments(Map.of("ground", ground.name()));
    }

    /** C23: «Expulsion and entry bans are not grounds for refusing the status» (Art. 48, Art. 49 sp11). */
    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"EXPULSION", "ENTRY_BAN"})
    void expulsionAndEntryBan_areNotStatusGrounds_onAnyRoute(RefusalGround ground) {
        for (Channel channel : new Channel[] {Channel.EMBASSY, Channel.LOCAL_EXECUTIVE_BODY}) {
            verifyThat("REFUSAL.NOT_A_GROUND_BEFORE_2023")
                    .given(CaseBuilder.qualifying().channel(channel).refusal(ground, EvidenceStatus.VERIFIED))
                    .asOf("2016-03-01").derives().decision(Outcome.GRANTED);
            verifyThat("REFUSAL.GROUND_UNSETTLED")
                    .given(CaseBuilder.qualifying().channel(channel).refusal(ground, EvidenceStatus.DECLARED))
                    .asOf("2016-03-01").doesNotDerive();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EvidenceStatus.class, names = {"UNKNOWN", "DECLARED", "CONTESTED"})
    void groundNotEstablished_isNeverReadAsAbsent_butAsAQuestion(EvidenceStatus evidence) {
        verifyThat("REFUSAL.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.FORGED_DOCUMENTS, evidence))
                .asOf("2022-03-01").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("REFUSAL.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().channel(Channel.EMBASSY).refusal(RefusalGround.CONVICTION, evidence))
                .asOf("2022-03-01").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("REFUSAL.GROUND_ESTABLISHED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.FORGED_DOCUMENTS, evidence))
                .asOf("2022-03-01").doesNotDerive();
    }

    @Test
    void aConvictionReportedOnTheDomesticRoute_isNoQuestionBefore2023() {
        verifyThat("REFUSAL.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.CONVICTION, EvidenceStatus.DECLARED))
                .asOf("2022-03-01").doesNotDerive().decision(Outcome.GRANTED);
    }
}
