package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime limits of external rules, for what the check must let through because it is ordinary
 * rule logic: joins that grow with the facts, rules that keep deriving, facts that grow, rules that
 * throw. Every ruleset here passes the check; the limits stop it with a clear
 * {@link DecisionLimitException}. The timeouts only guard against a hang; nothing here measures speed.
 */
class DecisionLimitsTest {
    private static final String HEAD = "package kz.oralman.rules;\nimport java.util.List;\nimport java.util.Map;\n"
            + "import kz.oralman.model.decision.Outcome;\nimport kz.oralman.rules.facts.*;\n";
    private static final String META = "    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\")\n";
    private static final String VERDICT = rule("X.VERDICT", "$a : Ask()",
            "insertLogical( Verdict.of( drools, Outcome.REFUSED, \"/application\" ) );");

    static String rule(String id, String when, String then) {
        return "rule \"" + id + "\"\n    // A rule of the limits test.\n" + META + "when\n    " + when + "\nthen\n    " + then
                + "\nend\n\n";
    }

    private static final String SEED = rule("X.SEED", "$a : Ask()", "insertLogical( Finding.of( drools, \"0\" ) );");

    private static String counter(int upTo) {
        return rule("X.COUNT", "$f : Finding( Integer.parseInt(person) < " + upTo + " )",
                "insertLogical( Finding.of( drools, String.valueOf(Integer.parseInt($f.person()) + 1) ) );");
    }

    private static OralmanEngine load(Path dir, String drl, DecisionLimits limits) throws Exception {
        Path rules = HostileCorpusTest.scratchFolder(dir, HEAD + drl);
        assertEquals(List.of(), RulesetFolder.check(rules), "the ruleset must pass the check");
        return OralmanEngine.of(RulesetFolder.load(rules), limits);
    }

    private static Case aCase() {
        return CaseBuilder.qualifying().filed("2012-01-01").build();
    }

    @Test
    void aWellBehavedRuleset_decides_underTheExternalLimits(@TempDir Path dir) throws Exception {
        OralmanEngine engine = load(dir, SEED + counter(50) + VERDICT, DecisionLimits.external());
        assertEquals(Outcome.REFUSED, engine.decide(aCase()).outcome());
    }

    @Test
    @Timeout(120)
    void aJoinThatGrowsWithTheFacts_isStoppedAtTheDeadline(@TempDir Path dir) throws Exception {
        String join = rule("X.JOIN", "$x : Finding()\n    $y : Finding()\n    Finding( person.length() > $x.person()"
                + ".length() + $y.person().length() + 100 )", "");
        OralmanEngine engine = load(dir, SEED + counter(400) + join + VERDICT,
                DecisionLimits.external().withDeadline(Duration.ofMillis(100)));
        DecisionLimitException e = assertThrows(DecisionLimitException.class, () -> engine.decide(aCase()));
        assertTrue(e.getMessage().contains("deadline of 100 ms") && e.getMessage().contains("on case"), e.getMessage());
    }

    @Test
    @Timeout(120)
    void rulesThatKeepDeriving_areStoppedByTheFiringLimit(@TempDir Path dir) throws Exception {
        OralmanEngine engine = load(dir, SEED + counter(1_000_000) + VERDICT,
                new DecisionLimits(Duration.ofSeconds(60), 500, 16_000, 2_000_000));
        DecisionLimitException e = assertThrows(DecisionLimitException.class, () -> engine.decide(aCase()));
        assertTrue(e.getMessage().contains("times and were stopped"), e.getMessage());
    }

    @Test
    @Timeout(120)
    void aFactThatDoublesAtEachFiring_isStoppedByTheFactSize(@TempDir Path dir) throws Exception {
        String doubling = rule("X.DOUBLE", "$f : Finding( person.length() < 100000000 )",
                "insertLogical( Finding.of( drools, $f.person() + $f.person() ) );");
        OralmanEngine engine = load(dir, SEED + doubling + VERDICT, DecisionLimits.external());
        DecisionLimitException e = assertThrows(DecisionLimitException.class, () -> engine.decide(aCase()));
        assertTrue(e.getMessage().contains("derived a fact larger than 16000 characters"), e.getMessage());
    }

    @Test
    @Timeout(120)
    void manySmallFacts_areStoppedByTheBudgetOfTheDecision(@TempDir Path dir) throws Exception {
        OralmanEngine engine = load(dir, SEED + counter(5_000) + VERDICT,
                new DecisionLimits(Duration.ofSeconds(60), 10_000, 16_000, 500));
        DecisionLimitException e = assertThrows(DecisionLimitException.class, () -> engine.decide(aCase()));
        assertTrue(e.getMessage().contains("derived more than 500 characters"), e.getMessage());
    }

    @Test
    @Timeout(120)
    void aRuleThatThrows_isAnErrorOfTheRuleset_namingTheRule(@TempDir Path dir) throws Exception {
        String throwing = rule("X.THROWS", "$a : Ask()",
                "insertLogical( Finding.of( drools, $a.asOf().plusYears(2000000000).toString() ) );");
        OralmanEngine engine = load(dir, throwing + VERDICT, DecisionLimits.external());
        DecisionLimitException e = assertThrows(DecisionLimitException.class, () -> engine.decide(aCase()));
        assertTrue(e.getMessage().contains("X.THROWS") && e.getMessage().contains("DateTimeException"),
                e.getMessage());
    }

    @Test
    void theBundledEngine_hasNoDeadline_andAFolderEngine_hasTwoSeconds(@TempDir Path dir) throws Exception {
        assertTrue(OralmanEngine.bundled().limits().deadline().isZero());
        OralmanEngine folder = OralmanEngine.of(RulesetFolder.load(HostileCorpusTest.scratchFolder(dir, HEAD + VERDICT)));
        assertEquals(Duration.ofSeconds(2), folder.limits().deadline());
        assertEquals(OralmanEngine.MAX_FIRINGS, folder.limits().maxFirings());
        assertThrows(IllegalArgumentException.class, () -> DecisionLimits.external().withDeadline(Duration.ofSeconds(-1)));
    }
}
