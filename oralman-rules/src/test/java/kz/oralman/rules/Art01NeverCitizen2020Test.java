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
}
