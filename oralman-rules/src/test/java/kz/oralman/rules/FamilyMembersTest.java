package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.oralman.model.Case;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Nationality;
import kz.oralman.model.PersonId;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * C8: a family member of another nationality is not a kandas (Art. 1 sub-para 13: «этнический казах и
 * (или) члены его семьи казахской национальности») but holds the rights of a family member: Art. 23 p.2
 * «Лица, получившие статус кандаса, и члены их семей обеспечиваются…», Art. 26 p.1 «Кандасы и члены их
 * семей имеют право на: 1) получение гражданства Республики Казахстан в упрощенном (регистрационном)
 * порядке». A family case is decided for every person in it.
 */
class FamilyMembersTest {
    private static final PersonId SPOUSE = PersonId.of("spouse");

    @Test
    void notAKandas_aSpouseOfAnotherNationality_isNotApplicable_andNeverAskedForKazakhNationality() {
        Decision d = verifyThat("FAMILY.NOT_A_KANDAS")
                .given(CaseBuilder.qualifying().spouse("spouse", Nationality.UZBEK)).about("spouse")
                .asOf("2024-03-01").concludes(Outcome.NOT_APPLICABLE).withArguments(Map.of("applicant", "applicant"))
                .decision(Outcome.NOT_APPLICABLE).decide();
        assertEquals("spouse", d.subject());
        assertTrue(d.evidenceRequests().stream().noneMatch(r -> r.fact().startsWith("nationality")));
        assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("FAMILY.MEMBER_RIGHTS")));
        verifyThat("FAMILY.NOT_A_KANDAS").given(CaseBuilder.qualifying().spouse("spouse", Nationality.UZBEK))
                .asOf("2024-03-01").doesNotDerive().decision(Outcome.GRANTED);
    }

    @Test
    void notAKandas_aSpouseOfKazakhNationality_isDecidedOnTheirOwnMerits() {
        verifyThat("FAMILY.NOT_A_KANDAS").given(CaseBuilder.qualifying().spouse("spouse", Nationality.KAZAKH))
                .about("spouse").asOf("2024-03-01").doesNotDerive().decision(Outcome.GRANTED);
        verifyThat("NATIONALITY.ESTABLISHED_BY_DOCUMENT")
                .given(CaseBuilder.qualifying().spouse("spouse", Nationality.KAZAKH)).about("spouse")
                .asOf("2024-03-01").derives();
        verifyThat("NATIONALITY.ESTABLISHED_BY_DOCUMENT")
                .given(CaseBuilder.qualifying().spouse("spouse", Nationality.RUSSIAN)).about("spouse")
                .asOf("2024-03-01").doesNotDerive();
    }

    @Test
    void otherNationality_anApplicantWhoseOwnVerifiedDocumentRecordsAnotherNationality_isRefused() {
        verifyThat("FAMILY.OTHER_NATIONALITY")
                .given(CaseBuilder.qualifying().noClaims().nationality(Nationality.UZBEK, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
        // declared only: a question for the applicant, not a refusal (unknown is never false)
        verifyThat("FAMILY.OTHER_NATIONALITY")
                .given(CaseBuilder.qualifying().noClaims().nationality(Nationality.UZBEK, EvidenceStatus.DECLARED))
                .asOf("2024-03-01").doesNotDerive().decision(Outcome.NEEDS_EVIDENCE);
        // a verified Kazakh claim outweighs: the person is not stated non-Kazakh
        verifyThat("FAMILY.OTHER_NATIONALITY")
                .given(CaseBuilder.qualifying().claim(kz.oralman.model.NationalityDocument.BIRTH_CERTIFICATE,
                        kz.oralman.model.Kin.SELF, "UZ", EvidenceStatus.VERIFIED)
                        .nationality(Nationality.UZBEK, EvidenceStatus.VERIFIED))
                .asOf("2024-03-01").doesNotDerive().decision(Outcome.GRANTED);
    }

    @Test
    void memberRights_followTheApplicantsStatus() {
        verifyThat("FAMILY.MEMBER_RIGHTS")
                .given(CaseBuilder.qualifying().spouse("spouse", Nationality.RUSSIAN).holder("2024-01-10")
                        .question(Question.CENTRE_PLACEMENT))
                .about("spouse").asOf("2024-03-01").derives()
                .withArguments(Map.of("applicant", "applicant", "state", "ACTIVE"));
        verifyThat("FAMILY.MEMBER_RIGHTS")
                .given(CaseBuilder.qualifying().spouse("spouse", Nationality.RUSSIAN))
                .about("spouse").asOf("2024-03-01").derives().withArguments(Map.of("state", "NONE"));
        verifyThat("FAMILY.MEMBER_RIGHTS")
                .given(CaseBuilder.qualifying().spouse("spouse", Nationality.KAZAKH))
                .about("spouse").asOf("2024-03-01").doesNotDerive();
    }

    @ParameterizedTest
    @EnumSource(value = Nationality.class, names = {"KAZAKH", "RUSSIAN"})
    void memberOfHolder_opensSimplifiedCitizenshipToAFamilyMember(Nationality nationality) {
        CaseBuilder b = CaseBuilder.qualifying().spouse("spouse", nationality).holder("2024-01-10")
                .question(Question.SIMPLIFIED_CITIZENSHIP).citizenshipApplication("2024-02-01");
        Decision d = verifyThat("FAMILY.MEMBER_OF_HOLDER").given(b).about("spouse").asOf("2024-03-01").derives()
                .withArguments(Map.of("applicant", "applicant")).decide();
        verifyThat("CITIZENSHIP.NO_STATUS").given(b).about("spouse").asOf("2024-03-01").doesNotDerive();
        assertNotEquals(Outcome.REFUSED, d.outcome());
        // without the applicant's status in force the family member has no such right
        verifyThat("FAMILY.MEMBER_OF_HOLDER")
                .given(CaseBuilder.qualifying().spouse("spouse", nationality).question(Question.SIMPLIFIED_CITIZENSHIP)
                        .citizenshipApplication("2024-02-01"))
                .about("spouse").asOf("2024-03-01").doesNotDerive().decision(Outcome.REFUSED);
    }

    @Test
    void decideEach_decidesEveryPerson_applicantFirst() {
        Case c = CaseBuilder.qualifying().spouse("spouse", Nationality.UZBEK).child("child", "2012-05-05").build();
        List<Decision> all = RuleVerifier.ENGINE.decideEach(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1));
        assertEquals(List.of("applicant", "spouse", "child"), all.stream().map(Decision::subject).toList());
        assertEquals(Outcome.GRANTED, all.get(0).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, all.get(1).outcome());
        assertEquals(all.get(1), RuleVerifier.ENGINE.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1),
                SPOUSE));
        assertEquals(all.get(0), RuleVerifier.ENGINE.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1)));
        assertEquals(all, RuleVerifier.ENGINE.decideEach(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1)),
                "deterministic");
        assertThrows(IllegalArgumentException.class, () -> RuleVerifier.ENGINE.decide(c, Question.STATUS_ASSIGNMENT,
                LocalDate.of(2024, 3, 1), PersonId.of("nobody")));
    }

    /** Every date from 2011 to 2029 and every status question: no nationality request for the non-Kazakh spouse. */
    @Test
    void aFamilyMemberOfAnotherNationality_isNeverAskedForProofOfKazakhNationality_onAnyDate() {
        for (Nationality n : new Nationality[] {Nationality.RUSSIAN, Nationality.HAN, Nationality.OTHER}) {
            for (EvidenceStatus e : new EvidenceStatus[] {EvidenceStatus.VERIFIED, EvidenceStatus.DECLARED}) {
                Case c = CaseBuilder.qualifying().spouseDeclared("spouse", n, e).build();
                for (int year = 2012; year <= 2029; year += 1) {
                    for (Question q : Question.values()) {
                        Decision d = RuleVerifier.ENGINE.decide(c, q, LocalDate.of(year, 6, 15), SPOUSE);
                        assertFalse(d.evidenceRequests().stream().anyMatch(r -> r.fact().startsWith("nationality")),
                                n + " " + e + " " + q + " " + year + ": " + d.evidenceRequests());
                        assertFalse(d.outcome() == Outcome.REFERRED && d.referredTo().isPresent()
                                && d.referredTo().get().name().equals("NATIONALITY_COMMISSION"), q + " " + year);
                    }
                }
            }
        }
    }

    /** Art. 24 p.2: «Порядок и сроки проживания кандасов и членов их семей в центре адаптации и интеграции кандасов». */
    @Test
    void centreAsFamilyMember_aChildIsPlacedWithTheFamily_whileTheKandasHoldsTheStatus() {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.CENTRE_PLACEMENT).filed("2024-05-02")
                .holder("2024-03-01").region(kz.oralman.model.Region.MANGYSTAU).child("son", "2015-06-01")
                .centre("aktau", kz.oralman.model.Region.MANGYSTAU, kz.oralman.model.CentreKind.ADAPTATION_INTEGRATION,
                        200, "2024-05-01", 10);
        verifyThat("FAMILY.CENTRE_AS_FAMILY_MEMBER").given(b).about("son").asOf("2024-05-02").derives()
                .withArguments(Map.of("applicant", "applicant")).decision(Outcome.GRANTED);
        verifyThat("CENTRE.NO_STATUS").given(b).about("son").asOf("2024-05-02").doesNotDerive();
        verifyThat("FAMILY.CENTRE_AS_FAMILY_MEMBER").given(b).asOf("2024-05-02").doesNotDerive();
        // after the kandas's status ran out, the family member has no place of their own either
        verifyThat("FAMILY.CENTRE_AS_FAMILY_MEMBER").given(b).about("son").asOf("2025-03-02").doesNotDerive()
                .decision(Outcome.REFUSED);
    }

    /** Art. 1 sub-para 13-2: «предельное число кандасов или кандасов и членов их семей». */
    @Test
    void quotaAsFamilyMember_aChildIsIncludedWithTheFamily_whileTheKandasHoldsTheStatus() {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.QUOTA_INCLUSION).filed("2024-05-02")
                .holder("2024-03-01").region(kz.oralman.model.Region.PAVLODAR).child("son", "2015-06-01")
                .quota(2024, kz.oralman.model.Region.PAVLODAR, kz.oralman.model.QuotaUnit.PERSONS, 977, 900, "2024-05-01");
        verifyThat("FAMILY.QUOTA_AS_FAMILY_MEMBER").given(b).about("son").asOf("2024-05-02").derives()
                .withArguments(Map.of("applicant", "applicant", "until", "2025-02-28")).decision(Outcome.GRANTED);
        verifyThat("QUOTA.NO_STATUS").given(b).about("son").asOf("2024-05-02").doesNotDerive();
        verifyThat("FAMILY.QUOTA_AS_FAMILY_MEMBER").given(b).about("son").asOf("2025-03-02").doesNotDerive()
                .decision(Outcome.REFUSED);
    }
}
