package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.oralman.model.Case;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.FamilyTie;
import kz.oralman.model.PersonId;
import kz.oralman.model.Question;
import kz.oralman.model.Relation;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

class CitizenshipSimplifiedTest {
    private static CaseBuilder resident() {
        return CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP).filed("2024-06-03").holder("2024-03-01")
                .resided("UZ", "1980-05-10", "2024-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2024-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
    }

    @Test
    void eligible_withTheDayOfFiling() {
        verifyThat("CITIZENSHIP.ELIGIBLE").given(resident().citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                .asOf("2024-06-03").concludes(Outcome.GRANTED)
                .withArguments(Map.of("filed", "2024-06-03")).decision(Outcome.GRANTED);
    }

    @Test
    void alreadyCitizen_notApplicable() {
        verifyThat("CITIZENSHIP.ALREADY_CITIZEN").given(resident().citizen("KZ", "2024-05-01", null, EvidenceStatus.VERIFIED))
                .asOf("2024-06-03").concludes(Outcome.NOT_APPLICABLE);
    }

    @Test
    void statusHolder_andNoStatus() {
        verifyThat("CITIZENSHIP.STATUS_HOLDER").given(resident()).asOf("2024-06-03").derives();
        verifyThat("CITIZENSHIP.NO_STATUS").given(CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP))
                .asOf("2024-06-03").concludes(Outcome.REFUSED);
    }

    /**
     * A citizenship of Kazakhstan acquired after the grant ends the status only when established (Art. 25
     * p.1 sp.1); every combination of "held on the date" and "established" concludes (a seeded property
     * found the unsettled ones concluding nothing).
     */
    @Test
    void aKazakhCitizenshipHeldButNotEstablished_isAskedFor_neverAssumed() {
        verifyThat("CITIZENSHIP.CURRENT_CITIZENSHIP_UNSETTLED").given(resident()
                .citizen("KZ", "2024-05-01", null, EvidenceStatus.CONTESTED)
                .citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                .asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("LIFECYCLE.CITIZENSHIP_UNSETTLED").given(resident()
                .citizen("KZ", "2024-05-01", null, EvidenceStatus.UNKNOWN)
                .citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                .asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void aStatusEndedByACitizenshipNoLongerHeld_isRefusedWhenEstablished_askedForWhenNot() {
        verifyThat("CITIZENSHIP.STATUS_ENDED_BY_CITIZENSHIP").given(resident()
                .citizen("KZ", "2024-04-01", "2024-05-15", EvidenceStatus.VERIFIED)
                .citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                .asOf("2024-06-03").concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
        for (EvidenceStatus unsettled : List.of(EvidenceStatus.UNKNOWN, EvidenceStatus.CONTESTED)) {
            verifyThat("LIFECYCLE.CITIZENSHIP_UNSETTLED").given(resident()
                    .citizen("KZ", "2024-04-01", "2024-05-15", unsettled)
                    .citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                    .asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
            verifyThat("CITIZENSHIP.STATUS_ENDED_BY_CITIZENSHIP").given(resident()
                    .citizen("KZ", "2024-04-01", "2024-05-15", unsettled)
                    .citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false))
                    .asOf("2024-06-03").doesNotDerive();
        }
    }

    @Test
    void residingPermanently_regardlessOfHowLong() {
        verifyThat("CITIZENSHIP.RESIDING_PERMANENTLY").given(resident()).asOf("2024-02-01").derives();
    }

    @Test
    void residenceUnsettled_whenOnlyDeclared() {
        verifyThat("CITIZENSHIP.RESIDENCE_UNSETTLED").given(CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP)
                .holder("2024-03-01").citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false)
                .resided("UZ", "1980-05-10", "2024-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2024-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.DECLARED))
                .asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void noApplication_needsOne() {
        verifyThat("CITIZENSHIP.NO_APPLICATION").given(resident()).asOf("2024-06-03").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
    }

    @Test
    void renunciation_givenOrMissing_andNotNeededByTheStateless() {
        verifyThat("CITIZENSHIP.RENUNCIATION_GIVEN").given(resident().citizenshipApplication("2024-06-03",
                EvidenceStatus.VERIFIED, false)).asOf("2024-06-03").derives();
        verifyThat("CITIZENSHIP.RENUNCIATION_MISSING").given(resident().citizenshipApplication("2024-06-03",
                EvidenceStatus.DECLARED, false)).asOf("2024-06-03").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("CITIZENSHIP.STATELESS_NO_RENUNCIATION").given(resident()
                .citizen("UZ", "1992-07-02", "2023-12-31", EvidenceStatus.VERIFIED)
                .citizenshipApplication("2024-06-03", EvidenceStatus.UNKNOWN, false))
                .asOf("2024-06-03").derives().decision(Outcome.GRANTED);
    }

    // ------------------------------------------------------------------ claims C8/C39-C44 (primary-texts.md)

    /** The applicant, without a status, and a spouse who holds it. */
    private static Case spouseOfHolder(String grantedOn) {
        Case base = CaseBuilder.qualifying().question(Question.SIMPLIFIED_CITIZENSHIP).filed("2024-06-03")
                .resided("UZ", "1980-05-10", "2024-01-31", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2024-02-01", null, ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false)
                .widowOf("wife", grantedOn).build();
        List<FamilyTie> ties = List.of(new FamilyTie(base.application().applicant(), Relation.SPOUSE, PersonId.of("wife")));
        return new Case(base.id(), base.persons(), ties, base.application(), base.centres(), base.stays(), base.quotas());
    }

    /**
     * C39, C8: the right is the Migration Law's Art. 26 p.1 sp1, for kandas AND their family members:
     * «Кандасы и члены их семей имеют право на: 1) получение гражданства Республики Казахстан в упрощенном
     * (регистрационном) порядке» (T-2025ru; T-2020ru-o the same). A spouse of a holder, without a status of
     * their own, may acquire citizenship this way; once the holder's status has lapsed, not.
     */
    @Test
    void c39_c8_familyMemberOfAKandas_hasTheSameRight() {
        Citations.cites("CITIZENSHIP.STATUS_HOLDER", "2024-06-03", "Z1100000477", "26", "1", "1", "PRIMARY");
        Citations.cites("CITIZENSHIP.FAMILY_MEMBER_OF_KANDAS", "2024-06-03", "Z1100000477", "26", "1", "1", "PRIMARY");
        verifyThat("CITIZENSHIP.FAMILY_MEMBER_OF_KANDAS").given(spouseOfHolder("2024-03-01")).asOf("2024-06-03")
                .withArguments(Map.of("kandas", "wife", "until", "2025-02-28")).decision(Outcome.GRANTED);
        verifyThat("CITIZENSHIP.NO_STATUS").given(spouseOfHolder("2024-03-01")).asOf("2024-06-03").doesNotDerive();
        // the wife's status lapsed on 2024-03-01 (granted 2023-03-02 for a year): no family member of a kandas now
        verifyThat("CITIZENSHIP.FAMILY_MEMBER_OF_KANDAS").given(spouseOfHolder("2023-03-02")).asOf("2024-06-03")
                .doesNotDerive();
        verifyThat("CITIZENSHIP.NO_STATUS").given(spouseOfHolder("2023-03-02")).asOf("2024-06-03")
                .concludes(Outcome.REFUSED).decision(Outcome.REFUSED);
    }

    /**
     * C40: the article of the Law on Citizenship on the registration procedure was NOT FOUND, so no rule of
     * the simplified procedure cites one (not Art. 16, which in the ~2007 text is «Условия приема в
     * гражданство»).
     */
    @Test
    void c40_noArticleOfTheLawOnCitizenshipIsCited() {
        Ruleset r = RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(LocalDate.of(2024, 6, 3)).orElseThrow());
        List<RuleInfo> onCitizenshipLaw = r.rules().values().stream()
                .filter(i -> i.file().startsWith("citizenship_simplified") && i.basis().act().equals("Z910004800_"))
                .toList();
        assertTrue(onCitizenshipLaw.size() >= 8, "rules on the Law on Citizenship: " + onCitizenshipLaw.size());
        onCitizenshipLaw.forEach(i -> assertEquals("", i.basis().article(), i.id() + " cites an article"));
    }

    /**
     * C42: the three-month review period is NOT FOUND for citizenship; the only three months found are Art.
     * 20 p.6 (2015-2023): «Общий срок рассмотрения заявления … на получение согласия на присвоение статуса …
     * а также разрешения на постоянное проживание … не должен превышать три месяца» (the foreign-mission
     * route). The eligibility verdict does not rest on it; the period is stated apart, UNVERIFIED.
     */
    @Test
    void c42_reviewPeriod_unverified_andApartFromEligibility() {
        CaseBuilder applied = resident().citizenshipApplication("2024-06-03", EvidenceStatus.VERIFIED, false);
        verifyThat("CITIZENSHIP.REVIEW_PERIOD").given(applied).asOf("2024-06-03")
                .withArguments(Map.of("reviewBy", "2024-09-02", "review", "P3M"));
        Citations.cites("CITIZENSHIP.REVIEW_PERIOD", "2024-06-03", "Z1100000477", "20", "6", "", "UNVERIFIED");
        verifyThat("CITIZENSHIP.REVIEW_PERIOD").given(resident()).asOf("2024-06-03").doesNotDerive();
        Parameter review = RuleVerifier.ENGINE.ruleset(RuleVerifier.ENGINE.versionOn(LocalDate.of(2024, 6, 3))
                .orElseThrow()).parameters().get("citizenship.reviewPeriod").orElseThrow();
        assertEquals("UNVERIFIED", review.confidence().name());
        review.values().forEach(v -> {
            assertEquals("UNVERIFIED", v.confidence().name(), v.from().toString());
            assertTrue(v.reference().contains("NOT FOUND for citizenship (C42)"), v.reference());
        });
    }
}
