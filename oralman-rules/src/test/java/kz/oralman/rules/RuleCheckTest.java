package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.check.RuleCheck;
import kz.oralman.rules.check.RuleProblem;
import kz.oralman.rules.check.RulesetRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety check of external rulesets: the bundled rules pass, and a corpus of hostile rulesets is
 * rejected before compilation, each with the construct and the rule named.
 */
class RuleCheckTest {
    private static final String HEAD = "package kz.oralman.rules;\nimport java.util.List;\nimport java.util.Map;\n"
            + "import kz.oralman.model.Question;\nimport kz.oralman.model.decision.Outcome;\n"
            + "import kz.oralman.rules.facts.*;\n";
    private static final String META = "    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\")\n";

    private static String rule(String when, String then) {
        return HEAD + "rule \"X.HOSTILE\"\n    // A hostile rule.\n" + META + "when\n    " + when + "\nthen\n    " + then
                + "\nend\n";
    }

    static Stream<Arguments> hostile() {
        String ask = "$a : Ask()";
        return Stream.of(
                Arguments.of("System.exit", rule(ask, "System.exit(1);"), "System"),
                Arguments.of("Runtime.exec", rule(ask, "Runtime.getRuntime().exec(\"rm -rf /\");"), "Runtime"),
                Arguments.of("ProcessBuilder", rule(ask, "new ProcessBuilder(\"sh\").start();"), "ProcessBuilder"),
                Arguments.of("Class.forName", rule(ask, "Class.forName(\"java.lang.Runtime\");"), "Class"),
                Arguments.of("getClass", rule(ask, "$a.getClass().getClassLoader();"), "getClass"),
                Arguments.of("reflection FQN", rule(ask, "java.lang.reflect.Method m = null;"), "java"),
                Arguments.of("import reflection", HEAD.replace("import java.util.Map;",
                        "import java.lang.reflect.Method;") + "rule \"X.R\"\n    // r\n" + META
                        + "when\n  Ask()\nthen\nend\n", "java.lang.reflect.Method"),
                Arguments.of("file I/O", HEAD.replace("import java.util.Map;", "import java.io.File;")
                        + "rule \"X.F\"\n    // f\n" + META + "when\n  Ask()\nthen\n  new File(\"/etc/passwd\").delete();\nend\n",
                        "java.io.File"),
                Arguments.of("nio Files FQN", rule(ask, "java.nio.file.Files.readAllLines(null);"), "java"),
                Arguments.of("network", rule(ask, "new java.net.Socket(\"example.org\", 80);"), "new"),
                Arguments.of("thread", rule(ask, "new Thread(() -> {}).start();"), "Thread"),
                Arguments.of("executors", rule(ask, "Executors.newFixedThreadPool(1);"), "Executors"),
                Arguments.of("function", HEAD + "function void boom() { }\nrule \"X.F\"\n    // f\n" + META
                        + "when\n  Ask()\nthen\nend\n", "function"),
                Arguments.of("import function", HEAD + "import function java.lang.System.exit;\nrule \"X.F\"\n    // f\n"
                        + META + "when\n  Ask()\nthen\nend\n", "import function"),
                Arguments.of("global", HEAD + "global java.util.List leaks;\nrule \"X.G\"\n    // g\n" + META
                        + "when\n  Ask()\nthen\nend\n", "global"),
                Arguments.of("eval", rule("Ask()\n    eval( true )", ""), "eval"),
                Arguments.of("endless loop in a condition", rule("Ask()\n    eval( loop() )", ""), "eval"),
                Arguments.of("stream from a condition", rule("$x : Object() from java.util.stream.Stream.generate(null)", ""),
                        "java"),
                Arguments.of("package mvel dialect", HEAD + "dialect \"mvel\"\nrule \"X.M\"\n    // m\n" + META
                        + "when\n  Ask()\nthen\nend\n", "dialect"),
                Arguments.of("rule mvel dialect", HEAD + "rule \"X.M\"\n    // m\n" + META + "    dialect \"mvel\"\n"
                        + "when\n  Ask()\nthen\nend\n", "dialect"),
                Arguments.of("salience", HEAD + "rule \"X.S\"\n    // s\n" + META + "    salience 100\n"
                        + "when\n  Ask()\nthen\nend\n", "salience"),
                Arguments.of("while loop", rule(ask, "while (true) { }"), "while"),
                Arguments.of("for loop", rule(ask, "for (;;) { }"), "for"),
                Arguments.of("drools.halt", rule(ask, "drools.halt();"), "halt"),
                Arguments.of("kie runtime", rule(ask, "kcontext.getKieRuntime().insert($a);"), "getKieRuntime"),
                Arguments.of("plain insert", rule(ask, "insert(new Ask($a.question(), $a.asOf(), $a.subject()));"),
                        "insert"),
                Arguments.of("modify", rule(ask, "modify($a) { }"), "modify"),
                Arguments.of("retract", rule(ask, "retract($a);"), "retract"),
                Arguments.of("delete", rule(ask, "delete($a);"), "delete"),
                Arguments.of("declare", HEAD + "declare Evil\n  x : int\nend\nrule \"X.D\"\n    // d\n" + META
                        + "when\n  Ask()\nthen\nend\n", "declare"),
                Arguments.of("query", HEAD + "query \"leak\"\n  Ask()\nend\n", "query"),
                Arguments.of("System.setProperty FQN", rule(ask, "java.lang.System.setProperty(\"a\", \"b\");"), "java"),
                Arguments.of("Unsafe", rule(ask, "sun.misc.Unsafe u = null;"), "sun"),
                Arguments.of("sleep", rule(ask, "Thread.sleep(100000);"), "Thread"),
                Arguments.of("working memory", rule(ask, "drools.getWorkingMemory();"), "getWorkingMemory"),
                Arguments.of("global abuse", rule(ask, "kcontext.getKieRuntime().setGlobal(\"x\", null);"), "getKieRuntime"),
                Arguments.of("import accumulate", HEAD + "import accumulate java.lang.String evil;\nrule \"X.A\"\n    // a\n"
                        + META + "when\n  Ask()\nthen\nend\n", "import accumulate"),
                Arguments.of("method handles", rule(ask, "MethodHandles.lookup();"), "MethodHandles"),
                Arguments.of("class loader", rule(ask, "URLClassLoader l = null;"), "URLClassLoader"),
                Arguments.of("concurrency import", HEAD.replace("import java.util.Map;",
                        "import java.util.concurrent.ConcurrentHashMap;") + "rule \"X.C\"\n    // c\n" + META
                        + "when\n  Ask()\nthen\nend\n", "java.util.concurrent.ConcurrentHashMap"),
                Arguments.of("a free call", rule(ask, "boom();"), "boom"),
                Arguments.of("unknown type", rule("$a : Ask()\n    $x : Secret()", ""), "Secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileRuleset_isRejectedBeforeCompilation_namingTheConstructAndTheRule(String name, String drl, String construct) {
        List<RuleProblem> problems = RuleCheck.check(Map.of("hostile.drl", drl));
        assertFalse(problems.isEmpty(), name + " passed the check:\n" + drl);
        assertTrue(problems.stream().anyMatch(p -> p.construct().contains(construct) || p.message().contains(construct)),
                name + ": no problem names " + construct + ": " + problems);
        assertTrue(problems.stream().allMatch(p -> p.file().equals("hostile.drl") && p.line() > 0), problems.toString());
    }

    /** The 42 cases above are also folders of the hostile corpus ({@link HostileCorpusTest}). */
    @Test
    void theHostileCorpus_hasAtLeastThirtyRulesets() {
        assertTrue(hostile().count() >= 30);
    }

    @Test
    void wordsInsideStringsAndComments_areNotFlagged() {
        String drl = rule("$a : Ask()", "// System.exit(0) is what we avoid\n    insertLogical( Finding.of( drools, "
                + "\"System Runtime exec\" ) );");
        assertEquals(List.of(), RuleCheck.check(Map.of("ok.drl", drl)));
    }

    @Test
    void theProblem_pointsAtTheLineAndColumn() {
        String drl = rule("$a : Ask()", "insertLogical( Finding.of( drools, \"x\" ) ); System.exit(1);");
        RuleProblem p = RuleCheck.check(Map.of("h.drl", drl)).get(0);
        assertEquals(13, p.line(), p.toString());
        assertEquals(49, p.column(), p.toString());
        assertEquals("X.HOSTILE", p.rule());
    }

    @Test
    void anAnnotationExpression_isRejected_atItsFileLineAndColumn() {
        String line = "    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\") @note(\"a\" + 1)\n";
        String drl = HEAD + "rule \"X.A\"\n    // s\n" + line + "when\n    Ask()\nthen\nend\n";
        List<RuleProblem> problems = RuleCheck.check(Map.of("h.drl", drl));
        assertEquals(1, problems.size(), problems.toString());
        RuleProblem p = problems.get(0);
        int[] at = RuleCheck.positionOf(drl, drl.indexOf("@note"));
        assertEquals(List.of("h.drl", at[0], at[1], "X.A", "@note"), List.of(p.file(), p.line(), p.column(), p.rule(),
                p.construct()), p.toString());
        assertTrue(p.message().contains("plain string literal"), p.message());
    }

    @Test
    void unicodeEscapes_andTextBlocks_areRejectedAnywhere_butUtf8LettersAreFine() {
        String letters = rule("$a : Ask()", "// Қазақ тілі, русский\n    insertLogical( Finding.of( drools, \"Қазақ\" ) );");
        assertEquals(List.of(), RuleCheck.check(Map.of("ok.drl", letters)));
        for (String trick : List.of("// \\u000a", "/* \\uu002a/ */", "String s = \"\\u0022\";", "String t = \"\"\"\n x\"\"\";")) {
            String drl = rule("$a : Ask()", trick);
            List<RuleProblem> problems = RuleCheck.check(Map.of("h.drl", drl));
            assertTrue(problems.stream().anyMatch(p -> p.rule().equals("X.HOSTILE") && p.line() == 13
                    && (p.construct().equals("\\u") || p.construct().equals("\"\"\""))), trick + ": " + problems);
        }
    }

    @Test
    void missingMetadata_andRepeatedIds_areReported() {
        String bare = HEAD + "rule \"X.BARE\"\nwhen\n  Ask()\nthen\nend\n";
        List<RuleProblem> problems = RuleCheck.check(Map.of("a.drl", bare, "b.drl",
                bare.replace("rule \"X.BARE\"\n", "rule \"X.BARE\"\n    // again\n" + META)));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("@act")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("repeats")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("comment line")), problems.toString());
    }

    @Test
    void theBundledRules_passTheCheck_andLoadFromAnExportedFolder(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        assertEquals(List.of(), RulesetFolder.check(dir));
        List<Ruleset> loaded = RulesetFolder.load(dir);
        assertEquals(LawBook.bundled().size(), loaded.size());
        OralmanEngine external = OralmanEngine.of(loaded);
        Decision a = RuleVerifier.ENGINE.decide(CaseBuilder.qualifying().build());
        Decision b = external.decide(CaseBuilder.qualifying().build());
        // the same decision, but named as the folder's ruleset, never as the bundled law version
        assertEquals(a.receipt().rulesetHash(), b.receipt().rulesetHash());
        assertEquals("external:" + dir.getFileName() + "/" + a.lawVersion() + "#"
                + a.receipt().rulesetHash().substring(0, 12), b.lawVersion());
        assertEquals(DecisionJson.write(a).replace(a.lawVersion(), b.lawVersion())
                .replace(a.receipt().digest(), b.receipt().digest()), DecisionJson.write(b));
    }

    @Test
    void anEditedFolder_changesTheDecision(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        Path purpose = dir.resolve("drl/art01_purpose.drl");
        Files.writeString(purpose, Files.readString(purpose).replace("purpose == ArrivalPurpose.TEMPORARY",
                "purpose == ArrivalPurpose.PERMANENT_RESIDENCE"));
        OralmanEngine edited = OralmanEngine.of(RulesetFolder.load(dir));
        // the purpose of permanent residence is an element of the definition until Law No. 327-VI (2020)
        assertEquals(kz.oralman.model.decision.Outcome.REFUSED,
                edited.decide(CaseBuilder.qualifying().filed("2019-03-01").build()).outcome());
    }

    @Test
    void aHostileFolder_isNeverCompiled(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        Path scope = dir.resolve("drl/common_scope.drl");
        Files.writeString(scope, Files.readString(scope).replace("insertLogical( Verdict.of( drools, Outcome.NOT_APPLICABLE,",
                "System.exit(3); insertLogical( Verdict.of( drools, Outcome.NOT_APPLICABLE,"));
        RulesetRejectedException e = assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("common_scope.drl")
                && p.rule().equals("SCOPE.CITIZEN_OF_KAZAKHSTAN") && p.construct().contains("System")), e.getMessage());
    }

    @Test
    void aJavaErrorInAThenBlock_pointsAtTheSymbol_notAtTheRulesFirstLine(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        Path purpose = dir.resolve("drl/art01_purpose.drl");
        String text = Files.readString(purpose).replace("Finding.of( drools, $ask.subject(), \"/application/purpose\" )",
                "Finding.of( drools, $ask.subject(), undefinedPointer )");
        Files.writeString(purpose, text);
        RulesetRejectedException e = assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(dir));
        int[] expected = kz.oralman.rules.check.RuleCheck.positionOf(text, text.indexOf("undefinedPointer"));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("art01_purpose.drl") && p.line() == expected[0]
                && p.column() == expected[1]), "expected " + expected[0] + ":" + expected[1] + " in " + e.getMessage());
    }

    @Test
    void aSyntaxError_hasARealColumn(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        Path purpose = dir.resolve("drl/art01_purpose.drl");
        Files.writeString(purpose, Files.readString(purpose).replaceFirst("\nthen\n", "\n    ) then\n"));
        List<RuleProblem> problems = RulesetFolder.check(dir);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).line() > 0 && problems.get(0).column() > 0, problems.toString());
    }
}
