package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.oralman.model.ConsentStatus;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.OfferResponse;
import kz.oralman.model.Question;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * C23: Art. 20 in the wording of Law 223-VII of 19.04.2023 (T-2025ru) — «Местный исполнительный орган
 * отказывает в присвоении и продлении статуса кандаса и (или) включении в региональную квоту приема
 * кандасов по следующим основаниям» — five grounds and no others. Every test also looks at the day
 * before the cut (2023-04-30, parameter refusal.art20ListFrom, UNVERIFIED) where the rule must not fire.
 */
class Art20RefusalGrounds2023Test {
    private static final String AFTER = "2024-03-01";
    private static final String DAY_BEFORE = "2023-04-30";
    private static final String DAY_OF = "2023-05-01";

    /** Sub-para 2: «установление недостоверности документов … и (или) данных (сведений), содержащихся в них». */
    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"FORGED_DOCUMENTS", "UNRELIABLE_DOCUMENTS_OR_DATA"})
    void subPara2_unreliableDocuments_refuse(RefusalGround ground) {
        Decision d = verifyThat("ART20.UNRELIABLE_DOCUMENTS")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf(AFTER).concludes(Outcome.REFUSED).withArguments(Map.of("ground", ground.name()))
                .decision(Outcome.REFUSED).decide();
        assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("ART20.UNRELIABLE_DOCUMENTS") && r.verified()
                && r.basis().article().equals("20") && r.basis().subParagraph().equals("2")));
        verifyThat("ART20.UNRELIABLE_DOCUMENTS").given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf(DAY_OF).derives();
        verifyThat("ART20.UNRELIABLE_DOCUMENTS").given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    /** Sub-para 3: «правонарушений на территории Республики Казахстан». */
    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"OFFENCE", "CONVICTION"})
    void subPara3_anOffenceInKazakhstan_refuses(RefusalGround ground) {
        verifyThat("ART20.OFFENCE_IN_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED, "KZ"))
                .asOf(AFTER).concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
        verifyThat("ART20.OFFENCE_IN_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED, "KZ"))
                .asOf(DAY_BEFORE).doesNotDerive();
        verifyThat("ART20.OFFENCE_IN_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED, "CN"))
                .asOf(AFTER).doesNotDerive();
    }

    /** Sub-para 3 speaks of offences «на территории Республики Казахстан»: one abroad is no ground. */
    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"OFFENCE", "CONVICTION"})
    void subPara3_anOffenceAbroad_isNoGround(RefusalGround ground) {
        verifyThat("ART20.OFFENCE_ABROAD")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED, "CN"))
                .asOf(AFTER).derives().withArguments(Map.of("place", "CN")).decision(Outcome.GRANTED);
        verifyThat("ART20.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.DECLARED, "CN"))
                .asOf(AFTER).doesNotDerive().decision(Outcome.GRANTED);
        verifyThat("ART20.OFFENCE_ABROAD")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED, "CN"))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    @Test
    void subPara3_anOffenceWithoutAPlace_isAQuestion_neverAGround() {
        Decision d = verifyThat("ART20.OFFENCE_PLACE_UNKNOWN")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.OFFENCE, EvidenceStatus.VERIFIED))
                .asOf(AFTER).derives().decision(Outcome.NEEDS_EVIDENCE).decide();
        assertTrue(d.evidenceRequests().stream().anyMatch(r -> r.fact().equals("refusal.offencePlace")));
        verifyThat("ART20.OFFENCE_PLACE_UNKNOWN")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.OFFENCE, EvidenceStatus.VERIFIED))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    /** Sub-para 3: «иной информации об их принадлежности к террористическим или экстремистским организациям». */
    @Test
    void subPara3_membershipOfATerroristOrExtremistOrganisation_refuses() {
        verifyThat("ART20.TERRORIST_OR_EXTREMIST_MEMBERSHIP")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.TERRORIST_OR_EXTREMIST_MEMBERSHIP,
                        EvidenceStatus.VERIFIED))
                .asOf(DAY_OF).concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
        verifyThat("ART20.TERRORIST_OR_EXTREMIST_MEMBERSHIP")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.TERRORIST_OR_EXTREMIST_MEMBERSHIP,
                        EvidenceStatus.VERIFIED))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    @Test
    void aSecurityThreatAlone_isNoGround_butAQuestionWhichSubPara3InformationItIs() {
        verifyThat("ART20.SECURITY_THREAT_UNCLASSIFIED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.SECURITY_THREAT, EvidenceStatus.VERIFIED))
                .asOf(AFTER).derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("ART20.SECURITY_THREAT_UNCLASSIFIED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.SECURITY_THREAT, EvidenceStatus.VERIFIED))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    @ParameterizedTest
    @EnumSource(value = EvidenceStatus.class, names = {"UNKNOWN", "DECLARED", "CONTESTED"})
    void anUnsettledGround_isNeverReadAsAbsent(EvidenceStatus evidence) {
        verifyThat("ART20.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.TERRORIST_OR_EXTREMIST_MEMBERSHIP, evidence))
                .asOf(AFTER).derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("ART20.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.OFFENCE, evidence, "KZ"))
                .asOf(AFTER).derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("ART20.GROUND_UNSETTLED")
                .given(CaseBuilder.qualifying().refusal(RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA, evidence))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    /** Sub-para 4: «отсутствие согласия этнического казаха … на доступ к персональным данным ограниченного доступа». */
    @Test
    void subPara4_noConsent_refuses_unknownConsent_isAQuestion_givenConsent_isNothing() {
        verifyThat("ART20.NO_CONSENT").given(CaseBuilder.qualifying().consent(ConsentStatus.REFUSED))
                .asOf(AFTER).concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
        verifyThat("ART20.NO_CONSENT").given(CaseBuilder.qualifying().consent(ConsentStatus.REFUSED))
                .asOf(DAY_BEFORE).doesNotDerive().decision(Outcome.GRANTED);
        verifyThat("ART20.CONSENT_UNKNOWN").given(CaseBuilder.qualifying().consent(ConsentStatus.UNKNOWN))
                .asOf(AFTER).derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("ART20.CONSENT_UNKNOWN").given(CaseBuilder.qualifying().consent(ConsentStatus.UNKNOWN))
                .asOf(DAY_BEFORE).doesNotDerive();
        verifyThat("ART20.NO_CONSENT").given(CaseBuilder.qualifying().consent(ConsentStatus.GIVEN))
                .asOf(AFTER).doesNotDerive().decision(Outcome.GRANTED);
        verifyThat("ART20.CONSENT_UNKNOWN").given(CaseBuilder.qualifying())
                .asOf(AFTER).doesNotDerive().decision(Outcome.GRANTED);
    }

    /** Sub-para 5: «отказ этнического казаха от предложенной для расселения территориально-административной единицы». */
    @Test
    void subPara5_refusingTheOfferedUnit_refusesTheQuota_only() {
        Decision d = verifyThat("ART20.OFFERED_UNIT_REFUSED")
                .given(CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION)
                        .offer(Region.PAVLODAR, "2024-02-20", OfferResponse.REFUSED))
                .asOf(AFTER).concludes(Outcome.REFUSED)
                .withArguments(Map.of("region", "PAVLODAR", "offered", "2024-02-20")).decide();
        assertEquals(Outcome.REFUSED, d.outcome());
        verifyThat("ART20.OFFERED_UNIT_REFUSED")
                .given(CaseBuilder.qualifying().offer(Region.PAVLODAR, "2024-02-20", OfferResponse.REFUSED))
                .asOf(AFTER).doesNotDerive().decision(Outcome.GRANTED);
        verifyThat("ART20.OFFERED_UNIT_REFUSED")
                .given(CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION)
                        .offer(Region.PAVLODAR, "2024-02-20", OfferResponse.ACCEPTED))
                .asOf(AFTER).doesNotDerive();
        verifyThat("ART20.OFFERED_UNIT_REFUSED")
                .given(CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION)
                        .offer(Region.PAVLODAR, "2023-04-20", OfferResponse.REFUSED))
                .asOf(DAY_BEFORE).doesNotDerive();
    }

    /** C23: «Expulsion and entry bans are not grounds for refusing the status»: the list is closed. */
    @ParameterizedTest
    @EnumSource(value = RefusalGround.class, names = {"EXPULSION", "ENTRY_BAN"})
    void expulsionAndEntryBan_areNotStatusGrounds(RefusalGround ground) {
        verifyThat("ART20.NOT_A_STATUS_GROUND")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf(AFTER).derives().decision(Outcome.GRANTED);
        verifyThat("ART20.NOT_A_STATUS_GROUND")
                .given(CaseBuilder.qualifying().refusal(ground, EvidenceStatus.VERIFIED))
                .asOf(DAY_BEFORE).doesNotDerive();
    }
}
