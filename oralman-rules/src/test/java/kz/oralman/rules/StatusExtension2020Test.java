package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.time.LocalDate;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Art. 21 p.2 in the wording of Law No. 327-VI (T-2020ru-o): «В целях получения гражданства … этнические
 * казахи, постоянно проживающие на территории Республики Казахстан, могут подавать заявление о продлении
 * статуса оралмана. Решение о продлении … принимается однократно на срок не более шести месяцев.»
 */
class StatusExtension2020Test {
    static CaseBuilder holderResidingInKazakhstan(String grantedOn, String lastDay, EvidenceStatus residence) {
        return CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .resided("UZ", "1980-05-10", "2020-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2020-02-01", null, ResidenceKind.PERMANENT, residence)
                .status(StatusEvent.granted(CaseBuilder.APPLICANT, LocalDate.parse(grantedOn), LocalDate.parse(lastDay)))
                .citizenshipApplication("2021-03-01");
    }

    @Test
    void permanentResident_isMet_andTheExtensionGranted() {
        verifyThat("EXTEND2020.PERMANENT_RESIDENT")
                .given(holderResidingInKazakhstan("2021-01-10", "2022-01-09", EvidenceStatus.VERIFIED))
                .asOf("2021-12-01").derives().decision(Outcome.GRANTED);
    }

    @Test
    void permanentResident_aDeclaredResidenceIsEnough() {
        verifyThat("EXTEND2020.PERMANENT_RESIDENT")
                .given(holderResidingInKazakhstan("2021-01-10", "2022-01-09", EvidenceStatus.DECLARED))
                .asOf("2021-12-01").derives();
    }

    @Test
    void permanentResidenceNotEstablished_needsEvidence() {
        CaseBuilder c = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .status(StatusEvent.granted(CaseBuilder.APPLICANT, LocalDate.of(2021, 1, 10), LocalDate.of(2022, 1, 9)))
                .citizenshipApplication("2021-03-01");
        verifyThat("EXTEND2020.PERMANENT_RESIDENCE_NOT_ESTABLISHED").given(c).asOf("2021-12-01").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("EXTEND2020.PERMANENT_RESIDENCE_NOT_ESTABLISHED")
                .given(holderResidingInKazakhstan("2021-01-10", "2022-01-09", EvidenceStatus.VERIFIED))
                .asOf("2021-12-01").doesNotDerive();
    }
}
