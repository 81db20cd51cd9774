package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class CommonScopeTest {
    @Test
    void citizenOfKazakhstan_onTheGoverningDate_isNotApplicable() {
        verifyThat("SCOPE.CITIZEN_OF_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().citizen("KZ", "2023-05-01", null, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").derives().concludes(Outcome.NOT_APPLICABLE).decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void citizenOfKazakhstan_fromTheDayAfter_doesNotApplyYet() {
        verifyThat("SCOPE.CITIZEN_OF_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().citizen("KZ", "2024-03-02", null, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void citizenOfKazakhstan_fromTheGoverningDay_applies() {
        verifyThat("SCOPE.CITIZEN_OF_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().citizen("KZ", "2024-03-01", null, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").derives();
    }

    @Test
    void citizenOfKazakhstan_underThe2011Law_alsoNotApplicable() {
        verifyThat("SCOPE.CITIZEN_OF_KAZAKHSTAN")
                .given(CaseBuilder.qualifying().citizen("KZ", "2010-01-01", null, EvidenceStatus.VERIFIED))
                .asOf("2012-06-01").derives().decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void citizenshipUnsettled_whenTheRecordIsUnknownOrContested_neverNotApplicable() {
        for (EvidenceStatus e : new EvidenceStatus[] {EvidenceStatus.UNKNOWN, EvidenceStatus.CONTESTED}) {
            verifyThat("SCOPE.CITIZENSHIP_UNSETTLED")
                    .given(CaseBuilder.qualifying().citizen("KZ", "2023-05-01", null, e))
                    .asOf("2024-03-01").derives().decision(Outcome.NEEDS_EVIDENCE);
            verifyThat("SCOPE.CITIZEN_OF_KAZAKHSTAN")
                    .given(CaseBuilder.qualifying().citizen("KZ", "2023-05-01", null, e))
                    .asOf("2024-03-01").doesNotDerive();
        }
    }
}
