package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class Art01NationalityUntil2024Test {
    private static CaseBuilder mongolianWithout(EvidenceStatus... claims) {
        CaseBuilder b = CaseBuilder.qualifying().noClaims().born("1975-02-03")
                .citizen("MN", "1975-02-03", null, EvidenceStatus.VERIFIED)
                .resided("MN", "1975-02-03", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        for (EvidenceStatus s : claims) {
            b.claim(NationalityDocument.MN_CIVIL_REGISTRATION, Kin.SELF, "MN", s);
        }
        return b;
    }

    @Test
    void noDocument_beforeThe2024Amendments_asksForTheUsualDocuments() {
        Decision d = verifyThat("NATIONALITY.NO_DOCUMENT").given(mongolianWithout()).asOf("2024-05-27")
                .derives().decision(Outcome.NEEDS_EVIDENCE).decide();
        assertTrue(d.evidenceRequests().get(0).documents().contains("document.MN_CIVIL_REGISTRATION"));
        assertTrue(d.evidenceRequests().get(0).documents().contains("document.SOVIET_INTERNAL_PASSPORT"));
    }

    @Test
    void noDocument_whenEveryClaimIsContested() {
        verifyThat("NATIONALITY.NO_DOCUMENT").given(mongolianWithout(EvidenceStatus.CONTESTED)).asOf("2012-01-10")
                .derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void noDocument_isSilentWhileAClaimAwaitsItsCheck() {
        verifyThat("NATIONALITY.NO_DOCUMENT").given(mongolianWithout(EvidenceStatus.DECLARED)).asOf("2021-01-02")
                .doesNotDerive();
    }
}
