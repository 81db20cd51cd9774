package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class Art01NeverCitizen2020Test {
    private static CaseBuilder formerCitizen(EvidenceStatus evidence) {
        return CaseBuilder.qualifying().citizen("KZ", "1995-01-01", "2005-06-30", evidence)
                .citizen("UZ", "2005-07-01", null, EvidenceStatus.VERIFIED);
    }

    @Test
    void formerCitizen_isRefusedFromThe2020Reform() {
        verifyThat("KANDAS2020.FORMER_CITIZEN").given(formerCitizen(EvidenceStatus.VERIFIED)).asOf("2022-10-03")
                .concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void formerCitizen_wasNotExcludedByTheWordingBefore() {
        verifyThat("OR2011.RESIDED_ABROAD_AT_SOVEREIGNTY").given(formerCitizen(EvidenceStatus.VERIFIED))
                .asOf("2019-10-03").derives().decision(Outcome.GRANTED);
    }

    @Test
    void formerCitizenshipUnsettled_whenContested() {
        verifyThat("KANDAS2020.FORMER_CITIZENSHIP_UNSETTLED").given(formerCitizen(EvidenceStatus.CONTESTED))
                .asOf("2022-10-03").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void neverCitizen_whenNoRecordOfKazakhCitizenship() {
        verifyThat("KANDAS2020.NEVER_CITIZEN").given(CaseBuilder.qualifying()).asOf("2025-12-01").derives()
                .decision(Outcome.GRANTED);
        verifyThat("KANDAS2020.NEVER_CITIZEN").given(formerCitizen(EvidenceStatus.VERIFIED)).asOf("2025-12-01")
                .doesNotDerive();
    }

    @Test
    void residedInKazakhstanWhenTheCitizenshipLawWasAdopted_needsARegisterCheck() {
        verifyThat("KANDAS2020.RESIDED_IN_KAZAKHSTAN_WHEN_CITIZENSHIP_LAW_ADOPTED")
                .given(CaseBuilder.qualifying()
                        .resided("KZ", "1980-05-10", "1995-12-31", kz.oralman.model.ResidenceKind.PERMANENT,
                                EvidenceStatus.VERIFIED)
                        .resided("UZ", "1996-01-01", null, kz.oralman.model.ResidenceKind.PERMANENT,
                                EvidenceStatus.VERIFIED))
                .asOf("2022-10-03").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void residedInKazakhstanOnlyAfterTheCitizenshipLawEnteredIntoForce_needsNoCheck() {
        // C45: the day is the entry into force, 01.03.1992, not the adoption on 20.12.1991
        verifyThat("KANDAS2020.RESIDED_IN_KAZAKHSTAN_WHEN_CITIZENSHIP_LAW_ADOPTED")
                .given(CaseBuilder.qualifying()
                        .resided("UZ", "1980-05-10", "1992-03-01", kz.oralman.model.ResidenceKind.PERMANENT,
                                EvidenceStatus.VERIFIED)
                        .resided("KZ", "1992-03-02", "1995-12-31", kz.oralman.model.ResidenceKind.PERMANENT,
                                EvidenceStatus.VERIFIED)
                        .resided("UZ", "1996-01-01", null, kz.oralman.model.ResidenceKind.PERMANENT,
                                EvidenceStatus.VERIFIED))
                .asOf("2022-10-03").doesNotDerive().decision(Outcome.GRANTED);
    }
}
