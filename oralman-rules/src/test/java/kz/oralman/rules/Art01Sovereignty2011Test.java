package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.util.Map;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class Art01Sovereignty2011Test {
    @Test
    void residedAbroadAtSovereignty_onTheCutoffDay() {
        verifyThat("OR2011.RESIDED_ABROAD_AT_SOVEREIGNTY")
                .given(CaseBuilder.qualifying().resided("UZ", "1991-12-16", null, ResidenceKind.PERMANENT,
                        EvidenceStatus.VERIFIED))
                .asOf("2012-04-02").derives().withArguments(Map.of("cutoff", "1991-12-16", "country", "UZ"))
                .decision(Outcome.GRANTED);
    }

    @Test
    void residedAbroadAtSovereignty_notIfTheResidenceStartsTheDayAfter() {
        verifyThat("OR2011.RESIDED_ABROAD_AT_SOVEREIGNTY")
                .given(CaseBuilder.qualifying().resided("UZ", "1991-12-17", null, ResidenceKind.PERMANENT,
                        EvidenceStatus.VERIFIED))
                .asOf("2012-04-02").doesNotDerive().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void residedInKazakhstanAtSovereignty_refuses() {
        verifyThat("OR2011.RESIDED_IN_KAZAKHSTAN_AT_SOVEREIGNTY")
                .given(CaseBuilder.qualifying()
                        .resided("KZ", "1980-05-10", "1995-12-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                        .resided("UZ", "1996-01-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED))
                .asOf("2013-09-09").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void childBornAbroadAfterSovereignty_theDayAfterTheCutoff() {
        verifyThat("OR2011.CHILD_BORN_ABROAD_AFTER_SOVEREIGNTY")
                .given(CaseBuilder.qualifying().born("1991-12-17"))
                .asOf("2014-01-15").derives().decision(Outcome.GRANTED);
    }

    @Test
    void childClause_doesNotCoverOneBornOnTheCutoffDay() {
        verifyThat("OR2011.CHILD_BORN_ABROAD_AFTER_SOVEREIGNTY")
                .given(CaseBuilder.qualifying().born("1991-12-16"))
                .asOf("2014-01-15").doesNotDerive();
    }

    @Test
    void residenceAtSovereigntyUnsettled_whenOnlyDeclared() {
        verifyThat("OR2011.RESIDENCE_AT_SOVEREIGNTY_UNSETTLED")
                .given(CaseBuilder.qualifying().resided("UZ", "1980-05-10", null, ResidenceKind.PERMANENT,
                        EvidenceStatus.DECLARED))
                .asOf("2016-05-05").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void sovereigntyCondition_isGoneFromThe2020Reform() {
        verifyThat("KANDAS2020.NEVER_CITIZEN")
                .given(CaseBuilder.qualifying().resided("UZ", "1980-05-10", null, ResidenceKind.PERMANENT,
                        EvidenceStatus.DECLARED))
                .asOf("2020-05-25").derives().decision(Outcome.GRANTED);
    }

    @Test
    void sovereigntyCondition_stillAppliesTheDayBeforeThe2020Reform() {
        verifyThat("OR2011.RESIDENCE_AT_SOVEREIGNTY_UNSETTLED")
                .given(CaseBuilder.qualifying().resided("UZ", "1980-05-10", null, ResidenceKind.PERMANENT,
                        EvidenceStatus.DECLARED))
                .asOf("2020-05-24").derives().decision(Outcome.NEEDS_EVIDENCE);
    }
}
