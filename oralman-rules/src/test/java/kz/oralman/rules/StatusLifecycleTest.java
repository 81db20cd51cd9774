package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.oralman.model.Case;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.PermitDecisionKind;
import kz.oralman.model.StatusState;
import kz.oralman.rules.facts.StatusStanding;
import kz.oralman.model.Question;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusLifecycleTest {
    private static final kz.oralman.model.PersonId A = CaseBuilder.APPLICANT;

    @Test
    void oneOff2019Extension_carriesAStatusThatExpiredIn2019() {
        verifyThat("LIFECYCLE.ONE_OFF_2019_EXTENSION")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2019-10-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2018, 6, 1), LocalDate.of(2019, 5, 31))))
                .asOf("2019-11-15").derives().withArguments(Map.of("until", "2019-12-31")).decision(Outcome.GRANTED);
    }

    @Test
    void oneOff2019Extension_doesNotReviveA2018Expiry() {
        verifyThat("LIFECYCLE.ONE_OFF_2019_EXTENSION")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2019-10-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2017, 12, 31), LocalDate.of(2018, 12, 31))))
                .asOf("2019-11-15").doesNotDerive().decision(Outcome.REFUSED);
    }

    @Test
    void endedByCitizenship_throughAnEndEvent() {
        verifyThat("LIFECYCLE.ENDED_BY_CITIZENSHIP")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                        .status(StatusEvent.ended(A, LocalDate.of(2024, 9, 1), StatusEndReason.CITIZENSHIP_ACQUIRED)))
                .asOf("2025-01-10").concludes(Outcome.NOT_APPLICABLE).decision(Outcome.NOT_APPLICABLE);
    }

    @Test
    void endedByCitizenship_readFromTheCitizenshipHistory() {
        verifyThat("LIFECYCLE.ENDED_BY_CITIZENSHIP")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                        .citizen("UZ", "1992-07-02", "2024-08-31", EvidenceStatus.VERIFIED)
                        .citizen("KZ", "2024-09-01", null, EvidenceStatus.VERIFIED)
                        .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28))))
                .asOf("2024-09-01").derives();
    }

    /**
     * C11 (primary-texts.md): Art. 25 p.1 sp.1 ends the status «после получения кандасом гражданства» —
     * upon an acquisition of citizenship; an acquisition that is not established ends nothing yet.
     */
    @Test
    void anUnestablishedCitizenship_endsNothing_andIsAskedFor_underEveryQuestion() {
        for (EvidenceStatus unsettled : List.of(EvidenceStatus.UNKNOWN, EvidenceStatus.CONTESTED)) {
            for (Question q : List.of(Question.STATUS_EXTENSION, Question.CENTRE_PLACEMENT, Question.QUOTA_INCLUSION,
                    Question.SIMPLIFIED_CITIZENSHIP)) {
                CaseBuilder b = CaseBuilder.qualifying().question(q).citizenshipApplication("2024-05-01")
                        .citizen("UZ", "1992-07-02", "2024-08-31", EvidenceStatus.VERIFIED)
                        .citizen("KZ", "2024-09-01", null, unsettled)
                        .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)));
                verifyThat("LIFECYCLE.ENDED_BY_CITIZENSHIP").given(b).asOf("2024-09-10").doesNotDerive();
                verifyThat("LIFECYCLE.CITIZENSHIP_UNSETTLED").given(b).asOf("2024-09-10").derives();
                Outcome outcome = RuleVerifier.verifyThat("LIFECYCLE.CITIZENSHIP_UNSETTLED").given(b).asOf("2024-09-10")
                        .decide().outcome();
                assertTrue(outcome == Outcome.NEEDS_EVIDENCE || outcome == Outcome.REFUSED,
                        q + " " + unsettled + ": " + outcome + " (never granted, never read as ended)");
            }
        }
    }

    @Test
    void oneOff2019Extension_isUnknownToADecisionTakenIn2018() {
        verifyThat("LIFECYCLE.ONE_OFF_2019_EXTENSION")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2018-10-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2018, 4, 1), LocalDate.of(2019, 3, 31))))
                .asOf("2018-12-10").doesNotDerive().decision(Outcome.GRANTED);
    }
    // C16: Art. 25 p.1 lists only (1) citizenship, (2) «в случае отказа в выдаче либо аннулирования разрешения на
    // постоянное проживание … по основаниям, предусмотренным статьей 49» and (3) one year from the grant.

    @Test
    void endedByPermit_anAnnulmentOnAnArt49Ground_endsTheStatusOnItsDay() {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                .permit(PermitDecisionKind.ANNULLED, "2024-06-14", 10, EvidenceStatus.VERIFIED);
        verifyThat("LIFECYCLE.ENDED_BY_PERMIT").given(b).asOf("2024-11-01").derives()
                .withArguments(Map.of("date", "2024-06-14")).decision(Outcome.REFUSED);
        verifyThat("LIFECYCLE.ENDED_BY_PERMIT").given(b).asOf("2024-06-13").doesNotDerive();
        Case c = b.build();
        StatusStanding s = RuleVerifier.ENGINE.standingOn(c, A, LocalDate.of(2024, 6, 14));
        assertEquals(StatusState.ENDED, s.state());
        assertEquals(StatusEndReason.PERMIT_REFUSED_OR_ANNULLED, s.endReason());
        assertTrue(s.endedOnArticle25Ground());
        assertTrue(s.pointers().contains("/persons/0/permitDecisions/0"));
        assertEquals(StatusState.ACTIVE, RuleVerifier.ENGINE.statusOn(c, A, LocalDate.of(2024, 6, 13)));
    }

    @Test
    void endedByPermit_aRefusal_countsOnlyFromTheWordingOf01072023() {
        // 153-V wording (T-2018kz): «тұрақты тұруға рұқсаттың күші жойылған жағдайда» (annulment only);
        // 226-VII wording, «вводится в действие с 01.07.2023»: «отказа в выдаче либо аннулирования».
        CaseBuilder before = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2023-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29)))
                .permit(PermitDecisionKind.REFUSED, "2023-06-30", 11, EvidenceStatus.VERIFIED);
        verifyThat("LIFECYCLE.ENDED_BY_PERMIT").given(before).asOf("2023-10-01").doesNotDerive();
        CaseBuilder after = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2023-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29)))
                .permit(PermitDecisionKind.REFUSED, "2023-07-01", 11, EvidenceStatus.VERIFIED);
        verifyThat("LIFECYCLE.ENDED_BY_PERMIT").given(after).asOf("2023-10-01").derives()
                .withArguments(Map.of("date", "2023-07-01")).decision(Outcome.REFUSED);
    }

    @Test
    void endedByPermit_aDecisionBeforeTheGrantOrAfterTheTerm_endsNothing() {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                .permit(PermitDecisionKind.ANNULLED, "2024-02-29", 10, EvidenceStatus.VERIFIED)
                .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)));
        verifyThat("LIFECYCLE.ENDED_BY_PERMIT").given(b).asOf("2024-11-01").doesNotDerive().decision(Outcome.GRANTED);
        CaseBuilder late = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                .permit(PermitDecisionKind.ANNULLED, "2025-03-01", 10, EvidenceStatus.VERIFIED);
        assertEquals(StatusState.EXPIRED, RuleVerifier.ENGINE.statusOn(late.build(), A, LocalDate.of(2025, 4, 1)));
    }

    @ParameterizedTest
    @EnumSource(value = EvidenceStatus.class, names = {"UNKNOWN", "DECLARED", "CONTESTED"})
    void permitDecisionUnsettled_isAQuestion_neverAnEnd(EvidenceStatus evidence) {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                .permit(PermitDecisionKind.ANNULLED, "2024-06-14", 10, evidence);
        verifyThat("LIFECYCLE.PERMIT_DECISION_UNSETTLED").given(b).asOf("2024-11-01").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
        assertEquals(StatusState.ACTIVE, RuleVerifier.ENGINE.statusOn(b.build(), A, LocalDate.of(2024, 11, 1)));
    }

    @Test
    void permitDecisionUnsettled_whenTheArt49GroundIsNotNamed() {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                .permit(PermitDecisionKind.ANNULLED, "2024-06-14", null, EvidenceStatus.VERIFIED);
        verifyThat("LIFECYCLE.PERMIT_DECISION_UNSETTLED").given(b).asOf("2024-11-01").derives()
                .decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("LIFECYCLE.ENDED_BY_PERMIT").given(b).asOf("2024-11-01").doesNotDerive();
    }

    @ParameterizedTest
    @EnumSource(value = StatusEndReason.class, names = {"LEFT_FOR_PERMANENT_RESIDENCE_ABROAD", "FALSE_DOCUMENTS", "DEATH",
            "COURT_DECISION"})
    void endNotArticle25_isReadAsAReportedFact_andFlagged(StatusEndReason reason) {
        CaseBuilder b = CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                .status(StatusEvent.ended(A, LocalDate.of(2024, 9, 1), reason));
        verifyThat("LIFECYCLE.END_NOT_ARTICLE_25").given(b).asOf("2024-11-01").derives()
                .withArguments(Map.of("endReason", reason.name(), "date", "2024-09-01")).decision(Outcome.REFUSED);
        assertFalse(reason.isArticle25Ground());
        assertEquals(0, reason.article25Subparagraph());
    }

    @Test
    void endNotArticle25_doesNotFireForTheArticle25Grounds() {
        verifyThat("LIFECYCLE.END_NOT_ARTICLE_25")
                .given(CaseBuilder.qualifying().question(Question.STATUS_EXTENSION).citizenshipApplication("2024-05-01")
                        .status(StatusEvent.granted(A, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28)))
                        .status(StatusEvent.ended(A, LocalDate.of(2024, 9, 1), StatusEndReason.CITIZENSHIP_ACQUIRED)))
                .asOf("2024-11-01").doesNotDerive();
        assertEquals(1, StatusEndReason.CITIZENSHIP_ACQUIRED.article25Subparagraph());
        assertEquals(2, StatusEndReason.PERMIT_REFUSED_OR_ANNULLED.article25Subparagraph());
    }
}
