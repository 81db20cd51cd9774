package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.ReferralBody;
import org.junit.jupiter.api.Test;

class Art01NationalityCommission2024Test {
    private static CaseBuilder russianWithoutDocuments() {
        return CaseBuilder.qualifying().noClaims().born("1999-08-21")
                .citizen("RU", "1999-08-21", null, EvidenceStatus.VERIFIED)
                .resided("RU", "1999-08-21", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
    }

    @Test
    void referToCommission_onTheDayThe2024AmendmentsTakeEffect() {
        Decision d = verifyThat("NATIONALITY.REFER_TO_COMMISSION").given(russianWithoutDocuments())
                .asOf("2024-05-28").concludes(Outcome.REFERRED).decision(Outcome.REFERRED).decide();
        assertEquals(ReferralBody.NATIONALITY_COMMISSION, d.referredTo().orElseThrow());
    }

    @Test
    void referToCommission_notTheDayBefore() {
        verifyThat("NATIONALITY.NO_DOCUMENT").given(russianWithoutDocuments()).asOf("2024-05-27").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void establishedByCommission_grants() {
        verifyThat("NATIONALITY.ESTABLISHED_BY_COMMISSION")
                .given(russianWithoutDocuments().claim(NationalityDocument.COMMISSION_DETERMINATION, Kin.SELF, "KZ",
                        EvidenceStatus.VERIFIED))
                .asOf("2025-02-01").derives().decision(Outcome.GRANTED);
    }

    @Test
    void commissionPending_needsItsDetermination() {
        verifyThat("NATIONALITY.COMMISSION_PENDING")
                .given(russianWithoutDocuments().claim(NationalityDocument.COMMISSION_DETERMINATION, Kin.SELF, "KZ",
                        EvidenceStatus.DECLARED))
                .asOf("2025-02-01").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void deniedByCommission_refuses() {
        verifyThat("NATIONALITY.DENIED_BY_COMMISSION")
                .given(russianWithoutDocuments().claim(NationalityDocument.COMMISSION_DETERMINATION, Kin.SELF, "KZ",
                        EvidenceStatus.CONTESTED))
                .asOf("2025-11-01").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void deniedByCommission_yieldsToAVerifiedDocument() {
        verifyThat("NATIONALITY.DENIED_BY_COMMISSION")
                .given(russianWithoutDocuments()
                        .claim(NationalityDocument.COMMISSION_DETERMINATION, Kin.SELF, "KZ", EvidenceStatus.CONTESTED)
                        .claim(NationalityDocument.BIRTH_CERTIFICATE, Kin.FATHER, "SU", EvidenceStatus.VERIFIED))
                .asOf("2025-11-01").doesNotDerive().decision(Outcome.GRANTED);
    }
}
