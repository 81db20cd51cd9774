package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Question;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The 1997 Law "On Population Migration" (T-1997, wording of 2007-2010): Art. 1 sp11 «оралманы -
 * иностранцы или лица без гражданства казахской национальности, постоянно проживавшие на момент
 * приобретения суверенитета Республикой Казахстан за ее пределами и прибывшие в Казахстан в целях
 * постоянного проживания»; Art. 14 p.2 (two months, the territorial body); Art. 14 p.4 «Статус оралмана
 * прекращается после получения им гражданства Республики Казахстан».
 */
class Law1997StatusTest {
    private static final String DAY = "2005-06-01";

    @Test
    void citizenOfKazakhstan_notApplicable_fromTheDayOfCitizenship() {
        CaseBuilder c = CaseBuilder.qualifying().citizen("KZ", "2005-06-01", null, EvidenceStatus.VERIFIED);
        verifyThat("OR1997.CITIZEN_OF_KAZAKHSTAN").given(c).asOf("2005-06-01").concludes(Outcome.NOT_APPLICABLE)
                .decision(Outcome.NOT_APPLICABLE);
        verifyThat("OR1997.CITIZEN_OF_KAZAKHSTAN").given(CaseBuilder.qualifying()
                .citizen("KZ", "2005-06-01", null, EvidenceStatus.VERIFIED)).asOf("2005-05-31").doesNotDerive();
    }

    @Test
    void nationalityByDocument_isMet() {
        verifyThat("OR1997.NATIONALITY_BY_DOCUMENT").given(CaseBuilder.qualifying()).asOf(DAY).derives()
                .withArguments(Map.of("document", "BIRTH_CERTIFICATE", "whose", "SELF"));
    }

    @Test
    void nationalityNotEstablished_whenNoDocumentIsVerified() {
        verifyThat("OR1997.NATIONALITY_NOT_ESTABLISHED").given(CaseBuilder.qualifying().noClaims()).asOf(DAY)
                .derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("OR1997.NATIONALITY_NOT_ESTABLISHED").given(CaseBuilder.qualifying()).asOf(DAY).doesNotDerive();
    }

    @Test
    void residedAbroadAtSovereignty_isMet() {
        verifyThat("OR1997.RESIDED_ABROAD_AT_SOVEREIGNTY").given(CaseBuilder.qualifying()).asOf(DAY).derives()
                .withArguments(Map.of("cutoff", "1991-12-16", "country", "UZ"));
    }

    @Test
    void residedInKazakhstanAtSovereignty_refused() {
        CaseBuilder c = CaseBuilder.qualifying()
                .resided("KZ", "1980-05-10", "1995-01-01", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("UZ", "1995-01-02", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        verifyThat("OR1997.RESIDED_IN_KAZAKHSTAN_AT_SOVEREIGNTY").given(c).asOf(DAY).concludes(Outcome.REFUSED)
                .decision(Outcome.REFUSED);
    }

    /** No children clause in Art. 1 sp11 (unlike Art. 1 sp13 of the 2011 law): born 17.12.1991, refused. */
    @Test
    void bornAfterSovereignty_refused_theDayAfterTheCutoff_notOnIt() {
        verifyThat("OR1997.BORN_AFTER_SOVEREIGNTY").given(CaseBuilder.qualifying().born("1991-12-17")).asOf(DAY)
                .concludes(Outcome.REFUSED).withArguments(Map.of("cutoff", "1991-12-16")).decision(Outcome.REFUSED);
        verifyThat("OR1997.BORN_AFTER_SOVEREIGNTY").given(CaseBuilder.qualifying().born("1991-12-16")).asOf(DAY)
                .doesNotDerive().decision(Outcome.GRANTED);
    }

    @Test
    void residenceAtSovereigntyUnsettled_whenOnlyDeclared() {
        CaseBuilder c = CaseBuilder.qualifying()
                .resided("UZ", "1980-05-10", null, ResidenceKind.PERMANENT, EvidenceStatus.DECLARED);
        verifyThat("OR1997.RESIDENCE_AT_SOVEREIGNTY_UNSETTLED").given(c).asOf(DAY).derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void purposePermanentResidence_isMet() {
        verifyThat("OR1997.PURPOSE_PERMANENT_RESIDENCE").given(CaseBuilder.qualifying()).asOf(DAY).derives();
    }

    @Test
    void purposeTemporary_refused() {
        verifyThat("OR1997.PURPOSE_TEMPORARY").given(CaseBuilder.qualifying().purpose(ArrivalPurpose.TEMPORARY))
                .asOf(DAY).concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    @Test
    void purposeNotStated_needsEvidence() {
        verifyThat("OR1997.PURPOSE_NOT_STATED").given(CaseBuilder.qualifying().purpose(ArrivalPurpose.NOT_STATED))
                .asOf(DAY).derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void grant_withoutTerm_underThe1997Law() {
        Decision d = verifyThat("OR1997.ASSIGN.GRANT").given(CaseBuilder.qualifying()).asOf("1997-12-13")
                .concludes(Outcome.GRANTED).withArguments(Map.of("from", "1997-12-13"))
                .decision(Outcome.GRANTED).decide();
        assertTrue(d.term().isEmpty(), "the 1997 law sets no term: " + d.term());
        assertEquals("LAW-1997-MIGRATION@1997-12-13", d.lawVersion());
        assertEquals("oralman", d.terminology());
    }

    @Test
    void decisionWithinTwoMonths() {
        verifyThat("OR1997.DECISION_WITHIN_TWO_MONTHS").given(CaseBuilder.qualifying()).asOf(DAY).derives()
                .withArguments(Map.of("months", "2"));
    }

    @Test
    void alreadyHolder_notApplicable() {
        CaseBuilder c = CaseBuilder.qualifying().status(StatusEvent.granted(CaseBuilder.APPLICANT,
                LocalDate.of(2001, 3, 1), LocalDate.of(2011, 8, 16)));
        verifyThat("OR1997.ALREADY_HOLDER").given(c).asOf(DAY).concludes(Outcome.NOT_APPLICABLE)
                .decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void questionNotEncoded_forSimplifiedCitizenshipUnderThe1997Law() {
        verifyThat("OR1997.QUESTION_NOT_ENCODED").given(CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP))
                .asOf(DAY).concludes(Outcome.NOT_APPLICABLE).decision(Outcome.NOT_APPLICABLE);
        verifyThat("OR1997.QUESTION_NOT_ENCODED").given(CaseBuilder.qualifying()).asOf(DAY).doesNotDerive();
    }

    @Test
    void extensionNotInLaw_notApplicable() {
        verifyThat("OR1997.EXTENSION_NOT_IN_LAW").given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION)
                .citizenshipApplication("2005-01-10")).asOf(DAY).concludes(Outcome.NOT_APPLICABLE)
                .decision(Outcome.NOT_APPLICABLE);
    }
}
