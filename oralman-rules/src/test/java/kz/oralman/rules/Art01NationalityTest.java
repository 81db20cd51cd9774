package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class Art01NationalityTest {
    private static CaseBuilder withClaim(NationalityDocument doc, Kin whose, EvidenceStatus evidence) {
        return CaseBuilder.qualifying().noClaims().claim(doc, whose, "CN", evidence)
                .citizen("CN", "1980-05-10", null, EvidenceStatus.VERIFIED)
                .resided("CN", "1980-05-10", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
    }

    @ParameterizedTest
    @EnumSource(Kin.class)
    void establishedByDocument_ofTheApplicantOrAParent(Kin whose) {
        verifyThat("NATIONALITY.ESTABLISHED_BY_DOCUMENT")
                .given(withClaim(NationalityDocument.CN_HOUSEHOLD_REGISTER, whose, EvidenceStatus.VERIFIED))
                .asOf("2023-06-01").derives()
                .withArguments(Map.of("document", "CN_HOUSEHOLD_REGISTER", "whose", whose.name()))
                .decision(Outcome.GRANTED);
    }

    @Test
    void establishedByDocument_notByAContestedOne() {
        verifyThat("NATIONALITY.ESTABLISHED_BY_DOCUMENT")
                .given(withClaim(NationalityDocument.CN_RESIDENT_IDENTITY_CARD, Kin.SELF, EvidenceStatus.CONTESTED))
                .asOf("2023-06-01").doesNotDerive();
    }

    @Test
    void claimUnverified_asksForThatDocument() {
        Decision d = verifyThat("NATIONALITY.CLAIM_UNVERIFIED")
                .given(withClaim(NationalityDocument.CN_RESIDENT_IDENTITY_CARD, Kin.SELF, EvidenceStatus.DECLARED))
                .asOf("2023-06-01").derives().decision(Outcome.NEEDS_EVIDENCE).decide();
        assertEquals(List.of("document.CN_RESIDENT_IDENTITY_CARD"), d.evidenceRequests().get(0).documents());
        assertEquals(List.of("/persons/0/nationalityClaims/0"), d.evidenceRequests().get(0).facts());
    }

    @Test
    void claimUnverified_isSilentOnceAnotherDocumentIsVerified() {
        verifyThat("NATIONALITY.CLAIM_UNVERIFIED")
                .given(withClaim(NationalityDocument.CN_RESIDENT_IDENTITY_CARD, Kin.SELF, EvidenceStatus.UNKNOWN)
                        .claim(NationalityDocument.BIRTH_CERTIFICATE, Kin.MOTHER, "CN", EvidenceStatus.VERIFIED))
                .asOf("2023-06-01").doesNotDerive().decision(Outcome.GRANTED);
    }
}
