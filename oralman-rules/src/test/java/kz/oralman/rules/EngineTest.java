package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.oralman.model.Case;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.PersonId;
import kz.oralman.model.Question;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.StatusState;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Receipt;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineTest {
    private static final PersonId A = CaseBuilder.APPLICANT;

    @Test
    void manyThreads_giveExactlyTheSequentialResults_andBuildEachKieBaseOnce() throws Exception {
        OralmanEngine fresh = OralmanEngine.bundled();
        RandomCases gen = new RandomCases(42);
        List<Case> corpus = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            corpus.add(gen.next(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Case c : corpus) {
                Callable<String> task = () -> DecisionJson.write(fresh.decide(c));
                futures.add(pool.submit(task));
            }
            List<Future<Ruleset>> builds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                builds.add(pool.submit(() -> fresh.ruleset(fresh.versionOn(LocalDate.of(2024, 1, 1)).orElseThrow())));
            }
            for (int i = 0; i < corpus.size(); i++) {
                assertEquals(DecisionJson.write(RuleVerifier.ENGINE.decide(corpus.get(i))), futures.get(i).get(),
                        "case " + i);
            }
            Ruleset first = builds.get(0).get();
            for (Future<Ruleset> f : builds) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void replay_refusesAChangedCase() throws Exception {
        Case c = CaseBuilder.qualifying().build();
        Decision d = RuleVerifier.ENGINE.decide(c);
        Case changed = CaseBuilder.qualifying().filed("2024-03-02").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleVerifier.ENGINE.replay(changed, d.receipt()));
        assertTrue(e.getMessage().contains("hash"));
        assertEquals(DecisionJson.write(d), DecisionJson.write(RuleVerifier.ENGINE.replay(
                CaseJson.read(CaseJson.write(c)), d.receipt())));
    }

    @Test
    void replay_refusesAnotherRuleset() {
        Case c = CaseBuilder.qualifying().build();
        Decision d = RuleVerifier.ENGINE.decide(c);
        Receipt forged = Receipt.of(d.receipt().libraryVersion(), d.receipt().lawVersion(), "0".repeat(64),
                d.receipt().caseHash(), d.receipt().question(), d.receipt().asOf(), d.receipt().person());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleVerifier.ENGINE.replay(c, forged));
        assertTrue(e.getMessage().contains("differs from the receipt's"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2023-02-28, NONE",
        "2023-03-01, ACTIVE",
        "2024-02-29, ACTIVE",
        "2024-03-01, EXPIRED"
    })
    void statusOn_readsTheHistory(String date, StatusState expected) {
        Case c = CaseBuilder.qualifying().status(StatusEvent.granted(A, LocalDate.of(2023, 3, 1),
                LocalDate.of(2024, 2, 29))).build();
        assertEquals(expected, RuleVerifier.ENGINE.statusOn(c, A, LocalDate.parse(date)));
    }

    @Test
    void statusOn_endsWithCitizenship_andWithAnEndEvent() {
        Case byCitizenship = CaseBuilder.qualifying()
                .citizen("UZ", "1992-07-02", "2023-09-30", EvidenceStatus.VERIFIED)
                .citizen("KZ", "2023-10-01", null, EvidenceStatus.VERIFIED)
                .status(StatusEvent.granted(A, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29))).build();
        assertEquals(StatusState.ACTIVE, RuleVerifier.ENGINE.statusOn(byCitizenship, A, LocalDate.of(2023, 9, 30)));
        assertEquals(StatusState.ENDED_BY_CITIZENSHIP, RuleVerifier.ENGINE.statusOn(byCitizenship, A,
                LocalDate.of(2023, 10, 1)));
        Case ended = CaseBuilder.qualifying()
                .status(StatusEvent.granted(A, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29)))
                .status(StatusEvent.ended(A, LocalDate.of(2023, 6, 1), StatusEndReason.DEATH)).build();
        assertEquals(StatusState.ENDED, RuleVerifier.ENGINE.statusOn(ended, A, LocalDate.of(2023, 6, 1)));
        assertEquals(StatusState.ACTIVE, RuleVerifier.ENGINE.statusOn(ended, A, LocalDate.of(2023, 5, 31)));
    }

    @Test
    void statusOn_anUnknownPerson_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> RuleVerifier.ENGINE.statusOn(
                CaseBuilder.qualifying().build(), PersonId.of("nobody"), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void decisionText_inEveryLanguage_namesTheOutcomeAndTheRules() {
        Decision d = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build());
        assertTrue(DecisionText.render(d, "en").contains("Granted"));
        assertTrue(DecisionText.render(d, "ru").toLowerCase(java.util.Locale.ROOT).contains("кандас"));
        assertTrue(DecisionText.render(d, "kk").toLowerCase(java.util.Locale.ROOT).contains("қандас"));
        for (String lang : Messages.LANGUAGES) {
            assertTrue(DecisionText.render(d, lang).contains("[STATUS.ASSIGN.GRANT]"));
        }
    }

    @Test
    void aBrokenRuleset_failsWithTheFileAndLine() {
        LawVersion v = LawBook.bundled().get(0);
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.compile(v,
                java.util.Map.of("broken.drl", "package kz.oralman.rules;\nrule \"X.Y\"\nwhen\n  Foo( \nthen\nend\n"),
                Ruleset.resource("kz/oralman/rules/parameters/parameters.json")));
        assertTrue(e.getMessage().contains("broken.drl"), e.getMessage());
    }

    @Test
    void aRuleWithoutMetadata_isRejected() {
        LawVersion v = LawBook.bundled().get(0);
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.compile(v,
                java.util.Map.of("bare.drl", "package kz.oralman.rules;\nimport kz.oralman.rules.facts.*;\n"
                        + "rule \"X.BARE\"\n    // A rule with no basis.\nwhen\n  Ask()\nthen\nend\n"),
                Ruleset.resource("kz/oralman/rules/parameters/parameters.json")));
        assertTrue(e.getMessage().contains("X.BARE") && e.getMessage().contains("@act"), e.getMessage());
    }

    @Test
    void aSelfReactivatingRuleset_isStoppedByTheFiringLimit() {
        LawVersion v = LawBook.on(java.time.LocalDate.of(2012, 1, 1)).orElseThrow().withConditions(java.util.Map.of());
        Ruleset loop = Ruleset.compile(v, java.util.Map.of("loop.drl", "package kz.oralman.rules;\n"
                + "import kz.oralman.rules.facts.*;\n"
                + "rule \"X.LOOP\"\n    // Fires for ever.\n    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\")\n"
                + "when\n  $a : Ask()\nthen\n  insert(new Ask($a.question(), $a.asOf().plusDays(1), $a.subject()));\nend\n"),
                Ruleset.resource("kz/oralman/rules/parameters/parameters.json"));
        OralmanEngine engine = OralmanEngine.of(List.of(loop));
        DecisionLimitException e = assertThrows(DecisionLimitException.class,
                () -> engine.decide(CaseBuilder.qualifying().filed("2012-01-01").build()));
        assertTrue(e.getMessage().contains("fired"), e.getMessage());
    }
}
