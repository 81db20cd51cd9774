package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.oralman.model.Case;
import kz.oralman.model.Centre;
import kz.oralman.model.CentreKind;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.CountryCode;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Occupancy;
import kz.oralman.model.Periods;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.PersonName;
import kz.oralman.model.Question;
import kz.oralman.model.QuotaCategory;
import kz.oralman.model.QuotaSnapshot;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Region;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.StatusState;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.decision.Receipt;
import kz.oralman.rules.check.RuleCheck;
import kz.oralman.rules.check.RuleProblem;
import kz.oralman.rules.check.RulesetRejectedException;
import kz.oralman.rules.facts.CentreFact;
import kz.oralman.rules.facts.Evidence;
import kz.oralman.rules.facts.Placement;
import kz.oralman.rules.facts.Support;
import kz.oralman.rules.facts.Terms;
import kz.oralman.rules.facts.QuotaFact;
import kz.oralman.rules.facts.ResidenceFact;
import kz.oralman.rules.facts.StatusStanding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary and error-path tests written against the survivors of a PIT run: each pins down a
 * behaviour a user relies on (a message naming the place, an exact position, an order, a boundary
 * day) that the other tests only executed.
 */
class MutationKillersTest {
    private static final String PARAMETERS = Ruleset.resource("kz/oralman/rules/parameters/parameters.json");
    private static final String HEAD = "package kz.oralman.rules;\nimport kz.oralman.rules.facts.*;\n";
    private static final String META = "    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\")\n";

    private static String rule(String id, String when, String then) {
        return "rule \"" + id + "\"\n    // States itself.\n" + META + "when\n    " + when + "\nthen\n    " + then
                + "\nend\n";
    }

    private static List<RuleProblem> check(String drl) {
        return RuleCheck.check(Map.of("x.drl", drl));
    }

    private static int lineOf(String text, String needle) {
        return RuleCheck.positionOf(text, text.indexOf(needle))[0];
    }

    // ------------------------------------------------------------------ RuleCheck

    @Nested
    class Masking {
        private String mask(String s) {
            return RuleCheck.maskForPositions(s);
        }

        @Test
        void lineComment_isBlankedToTheEndOfTheLine_evenAtTheEndOfTheText() {
            assertEquals("x     \ny", mask("x // a\ny"));
            assertEquals("x     ", mask("x // a"));
            assertEquals("x    ", mask("x//ab"));
        }

        @Test
        void aSlashAlone_isKept() {
            assertEquals("a/", mask("a/"));
            assertEquals("a / b", mask("a / b"));
        }

        @Test
        void blockComment_isBlankedWithItsDelimiters_keepingNewlines() {
            assertEquals("a     \n     d", mask("a /* b\nc */ d"));
            assertEquals("    x", mask("/**/x"));
            assertEquals("       b", mask("/* a */b"));
        }

        @Test
        void anUnterminatedBlockComment_isBlankedToTheEnd() {
            assertEquals("x       ", mask("x /* abc"));
            assertEquals("x   ", mask("x /*"));
        }

        @Test
        void stringLiterals_areBlanked_includingEscapedQuotes_keepingTheQuotes() {
            assertEquals("\"    \" c", mask("\"a\\\"b\" c"));
            assertEquals("'  '", mask("'\\''"));
            assertEquals("'   ' \"   \"", mask("'abc' \"def\""));
        }

        @Test
        void aStringEnds_atTheEndOfItsLine_orOfTheText() {
            assertEquals("\"   \nSystem", mask("\"abc\nSystem"));
            assertEquals("x \"   ", mask("x \"abc"));
            assertEquals("\"  ", mask("\"a\\"));
        }

        @Test
        void masking_keepsEveryOffset() {
            String text = "rule \"A\" /* x */ // y\n'q' \"w\\n\"";
            assertEquals(text.length(), mask(text).length());
        }
    }

    @Nested
    class Positions {
        @Test
        void positionOf_countsLinesAndColumnsFromOne() {
            assertArrayEquals(new int[] {1, 1}, RuleCheck.positionOf("ab\ncd", 0));
            assertArrayEquals(new int[] {1, 3}, RuleCheck.positionOf("ab\ncd", 2));
            assertArrayEquals(new int[] {2, 1}, RuleCheck.positionOf("ab\ncd", 3));
            assertArrayEquals(new int[] {2, 2}, RuleCheck.positionOf("ab\ncd", 4));
            assertArrayEquals(new int[] {3, 1}, RuleCheck.positionOf("a\n\nb", 3));
        }

        @Test
        void positionOf_anUnknownOffset_isZeroZero() {
            assertArrayEquals(new int[] {0, 0}, RuleCheck.positionOf("ab\ncd", -1));
        }

        @Test
        void aProblemAtTheStartOfALine_isInColumnOne_ofThatLine() {
            String drl = HEAD + rule("X.A", "Ask()", "insertLogical( null );\nSystem.exit(1);");
            RuleProblem p = check(drl).get(0);
            assertEquals(lineOf(drl, "System.exit"), p.line(), p.toString());
            assertEquals(1, p.column(), p.toString());
            assertEquals("System", p.construct());
        }

        @Test
        void problems_comeInLineOrder_thenColumnOrder() {
            String drl = "package kz.oralman.rules;\nglobal java.util.List leaks;\nimport function java.lang.System.exit;\n"
                    + "import kz.oralman.rules.facts.*;\n"
                    + rule("X.A", "Ask()", "    System.exit(1);\nRuntime.getRuntime();");
            List<RuleProblem> problems = check(drl);
            List<String> constructs = problems.stream().map(RuleProblem::construct).toList();
            assertEquals(List.of("global", "import function", "System", "Runtime"),
                    constructs, problems.toString());
            assertEquals(2, problems.get(0).line());
            assertEquals(3, problems.get(1).line());
            assertEquals(9, problems.get(2).column());
            assertEquals(problems.get(2).line() + 1, problems.get(3).line());
            assertEquals(1, problems.get(3).column());
        }

        @Test
        void twoRulesOnOneLine_areOrderedByColumn() {
            String drl = HEAD + "rule \"X.A\" when Secret() then end rule \"X.B\" when Ask() then end\n";
            List<RuleProblem> problems = check(drl);
            for (int i = 1; i < problems.size(); i++) {
                RuleProblem a = problems.get(i - 1);
                RuleProblem b = problems.get(i);
                assertTrue(a.line() < b.line() || a.line() == b.line() && a.column() <= b.column(), problems.toString());
            }
            assertTrue(problems.stream().anyMatch(p -> p.construct().equals("Secret") && p.column() > 1),
                    problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.rule().equals("X.B") && p.column() == 0), problems.toString());
        }

        @Test
        void aSyntaxError_namesTheFileAndHasALineAndAColumn() {
            String drl = HEAD + "rule \"X.A\"\n    // s\n" + META + "when\n    Ask( \nthen\nend\n";
            List<RuleProblem> problems = check(drl);
            assertFalse(problems.isEmpty());
            RuleProblem p = problems.get(0);
            assertEquals("syntax", p.construct());
            assertEquals("x.drl", p.file());
            assertTrue(p.line() >= lineOf(drl, "Ask( ") && p.column() > 0, p.toString());
            assertEquals(p.message().strip(), p.message());
        }
    }

    @Nested
    class Imports {
        private List<RuleProblem> withImport(String imp, String when) {
            return check("package kz.oralman.rules;\nimport " + imp + ";\nimport kz.oralman.rules.facts.*;\n"
                    + rule("X.I", when, ""));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "java.time.* | Ask( asOf != LocalDate.MIN )",
            "java.time.LocalDate | Ask( asOf != LocalDate.MIN )",
            "java.util.List | Ask( List.of() != null )",
            "java.util.Objects | Ask( Objects.nonNull(asOf) )",
            "java.util.Optional | Ask( Optional.empty() != null )",
            "kz.oralman.model.* | Ask( question == Question.STATUS_ASSIGNMENT )",
            "kz.oralman.model.decision.Outcome | Ask( Outcome.GRANTED != null )",
            "kz.oralman.rules.facts.Placement | Ask( Placement.km(null, null) == 0 )",
        })
        void allowedImports_andTheTypesTheyBring_pass(String imp, String when) {
            assertEquals(List.of(), withImport(imp, when));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "java.util.*",
            "java.util.Scanner",
            "java.util.concurrent.atomic.AtomicInteger",
            "kz.oralman.rules.Session",
            "kz.oralman.model.json.*",
            "kz.oralman.model.lowercase",
            "java.io.*",
        })
        void otherImports_areRejected_namingTheImport(String imp) {
            List<RuleProblem> problems = withImport(imp, "Ask()");
            assertEquals(1, problems.size(), problems.toString());
            RuleProblem p = problems.get(0);
            assertEquals("import " + imp, p.construct());
            assertEquals(2, p.line());
            assertEquals(1, p.column());
            assertTrue(p.message().contains("\nMaybe import from"), p.message());
        }

        @Test
        void aTypeOfADeniedImport_isNotAllowedInTheRules_either() {
            List<RuleProblem> problems = withImport("java.util.Scanner", "Ask( Scanner.open() != null )");
            assertTrue(problems.stream().anyMatch(p -> p.construct().equals("Scanner")
                    && p.message().startsWith("type Scanner is not on the allow-list")), problems.toString());
        }

        @Test
        void javaLangValueTypes_needNoImport() {
            assertEquals(List.of(), check(HEAD + rule("X.L", "Ask( String.valueOf(Math.abs(Integer.parseInt(\"7\"))) != null )",
                    "")));
            assertEquals("Integer.MAX_VALUE", check(HEAD + rule("X.L", "Ask( Integer.MAX_VALUE > 0 )", "")).get(0)
                    .construct());
        }
    }

    @Nested
    class Bodies {
        @Test
        void aFreeCall_isRejectedInTheConsequence_butAMethodOfTheFactInTheCondition_passes() {
            assertEquals(List.of(), check(HEAD + rule("X.C", "$a : Ask( question() != null )", "insertLogical( $a );")));
            List<RuleProblem> problems = check(HEAD + rule("X.C", "$a : Ask()", "isThere( $a );"));
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("isThere(...)", problems.get(0).construct());
            assertTrue(problems.get(0).message().contains("\nMaybe derive a fact with insertLogical"));
        }

        @Test
        void aMethodCalledOnAVariable_inTheConsequence_isNotAFreeCall() {
            assertEquals(List.of(), check(HEAD + rule("X.C", "$a : Ask()", "insertLogical( $a.question() );")));
        }

        @Test
        void drools_andKcontext_offerOnlyGetRule() {
            assertEquals(List.of(), check(HEAD + rule("X.D", "$a : Ask()",
                    "insertLogical( drools.getRule().getName() ); insertLogical( kcontext.getRule().getId() );")));
            List<RuleProblem> problems = check(HEAD + rule("X.D", "$a : Ask()", "insertLogical( drools.getMatch() );"));
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("drools.getMatch", problems.get(0).construct());
            assertEquals("'drools.getMatch': a rule may only use drools.getRule()", problems.get(0).message());
            assertEquals("kcontext.getTuple", check(HEAD + rule("X.D", "$a : Ask()",
                    "insertLogical( kcontext.getTuple() );")).get(0).construct());
        }

        @Test
        void eachDeniedWord_isExplained() {
            assertTrue(check(HEAD + rule("X.W", "Ask()", "while (true) { }")).get(0).message()
                    .endsWith("(loops do not belong in rules)"));
            assertTrue(check(HEAD + rule("X.W", "$a : Ask()", "insertLogical( new Object() );")).get(0).message()
                    .contains("Finding.of"));
            assertTrue(check(HEAD + rule("X.W", "$a : Ask()", "retract( $a );")).get(0).message()
                    .contains("facts are never changed"));
            assertTrue(check(HEAD + rule("X.W", "$a : Ask()", "java.lang.Math.abs(1);")).get(0).message()
                    .contains("fully qualified names"));
            assertTrue(check(HEAD + rule("X.W", "$a : Ask()", "System.gc();")).get(0).message()
                    .contains("out of bounds"));
        }

        @Test
        void theRulesNameAndAnnotations_areNotReadAsCode() {
            String drl = HEAD + "rule \"System.exit\"\n    // A rule named after a danger.\n"
                    + "    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\") @note(\"Runtime\")\n"
                    + "when\n    Ask()\nthen\nend\n";
            assertEquals(List.of(), check(drl));
        }
    }

    @Nested
    class Declarations {
        @Test
        void ruleAttributes_areRejected_onTheLineOfTheAttribute() {
            String drl = HEAD + "rule \"X.A\"\n    // s\n" + META + "    no-loop true\n    salience 5\nwhen\n    Ask()\n"
                    + "then\nend\n";
            List<RuleProblem> problems = check(drl);
            RuleProblem noLoop = problems.stream().filter(p -> p.construct().equals("no-loop")).findFirst().orElseThrow();
            assertEquals(lineOf(drl, "no-loop"), noLoop.line());
            assertEquals("attribute no-loop is not allowed", noLoop.message());
            assertEquals("X.A", noLoop.rule());
            RuleProblem salience = problems.stream().filter(p -> p.construct().equals("salience")).findFirst()
                    .orElseThrow();
            assertEquals("attribute salience is not allowed: legal precedence is written as exception rules",
                    salience.message());
        }

        @Test
        void theDialectAttribute_saysOnlyJavaIsAccepted() {
            String inRule = HEAD + "rule \"X.A\"\n    // s\n" + META + "    dialect \"mvel\"\nwhen\n    Ask()\nthen\nend\n";
            assertEquals("attribute dialect is not allowed: only the Java dialect is accepted",
                    check(inRule).get(0).message());
            String inPackage = HEAD + "dialect \"java\"\n" + rule("X.A", "Ask()", "");
            assertEquals("package attribute dialect is not allowed: only the Java dialect is accepted",
                    check(inPackage).get(0).message());
        }

        @Test
        void queries_declarations_andEntryPoints_areRejected() {
            String query = HEAD + "query \"leak\"\n    Ask()\nend\n";
            List<RuleProblem> q = check(query);
            assertEquals(1, q.size(), q.toString());
            assertEquals("query", q.get(0).construct());
            assertEquals("leak", q.get(0).rule());
            assertEquals(3, q.get(0).line());

            List<RuleProblem> e = check(HEAD + "declare enum Colour\n    RED, GREEN;\nend\n" + rule("X.A", "Ask()", ""));
            assertTrue(e.stream().anyMatch(p -> p.construct().equals("declare")
                    && p.message().equals("declare enum Colour is not allowed")), e.toString());

            List<RuleProblem> ep = check(HEAD + "declare entry-point \"Side\"\nend\n" + rule("X.A", "Ask()", ""));
            assertTrue(ep.stream().anyMatch(p -> p.construct().equals("entry-point")), ep.toString());

            List<RuleProblem> from = check(HEAD + rule("X.A", "Ask() from entry-point \"Side\"", ""));
            assertTrue(from.stream().allMatch(p -> p.rule().equals("X.A")), from.toString());
        }

        @Test
        void theSummaryComment_mustFollowTheRulesName() {
            String sameLine = HEAD + "rule \"X.A\" // s\n" + META + "when\n    Ask()\nthen\nend\n";
            assertTrue(check(sameLine).stream().anyMatch(p -> p.construct().equals("summary")));
            String afterTheAnnotations = HEAD + "rule \"X.A\"\n" + META + "    // s\nwhen\n    Ask()\nthen\nend\n";
            assertTrue(check(afterTheAnnotations).stream().anyMatch(p -> p.construct().equals("summary")));
            String blankLine = HEAD + "rule \"X.A\"\n\n    // s\n" + META + "when\n    Ask()\nthen\nend\n";
            assertTrue(check(blankLine).stream().anyMatch(p -> p.construct().equals("summary")));
            String emptyComment = HEAD + "rule \"X.A\"\n    //\n" + META + "when\n    Ask()\nthen\nend\n";
            assertTrue(check(emptyComment).stream().anyMatch(p -> p.construct().equals("summary")));
            String right = HEAD + "rule \"X.A\"\n    // s\n" + META + "when\n    Ask()\nthen\nend\n";
            assertEquals(List.of(), check(right));
        }

        @Test
        void aRuleWithoutSummary_isReported_evenWhenTheNextRuleHasOne() {
            String drl = HEAD + "rule \"X.A\"\n" + META + "when\n    Ask()\nthen\nend\n" + rule("X.B", "Ask()", "");
            List<RuleProblem> problems = check(drl);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("X.A", problems.get(0).rule());
            assertEquals("summary", problems.get(0).construct());
            assertEquals("rule \"X.A\" does not state itself in a comment line right after its name",
                    problems.get(0).message());
        }

        @Test
        void repeatedIds_areReported_inTheLaterFile_namingTheEarlierOne() {
            String drl = HEAD + rule("X.SAME", "Ask()", "");
            List<RuleProblem> problems = RuleCheck.check(Map.of("b.drl", drl, "a.drl", drl));
            assertEquals(1, problems.size(), problems.toString());
            RuleProblem p = problems.get(0);
            assertEquals("b.drl", p.file());
            assertEquals("rule id", p.construct());
            assertEquals("rule id \"X.SAME\" repeats; it is also in a.drl", p.message());
            assertEquals("b.drl:3:0: rule \"X.SAME\": rule id \"X.SAME\" repeats; it is also in a.drl", p.toString());

            List<RuleProblem> inOneFile = check(HEAD + rule("X.SAME", "Ask()", "") + rule("X.SAME", "Ask()", ""));
            assertEquals(1, inOneFile.size(), inOneFile.toString());
            assertTrue(inOneFile.get(0).message().endsWith("it is also in x.drl"));
        }

        @Test
        void eachMissingAnnotation_isNamed() {
            String drl = HEAD + "rule \"X.A\"\n    // s\n    @act(\"Z1100000477\")\nwhen\n    Ask()\nthen\nend\n";
            List<String> messages = check(drl).stream().map(RuleProblem::message).toList();
            assertEquals(List.of("rule \"X.A\" has no @confidence(...)", "rule \"X.A\" has no @verified(...)"), messages);
        }

        @Test
        void theRejection_countsItsProblems() {
            RuleProblem p = new RuleProblem("f.drl", 1, 2, "", "c", "m");
            assertEquals("f.drl:1:2: m", p.toString());
            assertTrue(new RulesetRejectedException(List.of(p)).getMessage().startsWith("1 problem in the ruleset:\n  f.drl:1:2: m"));
            assertTrue(new RulesetRejectedException(List.of(p, p)).getMessage().startsWith("2 problems in the ruleset:\n"));
        }
    }

    // ------------------------------------------------------------------ LawBook

    @Nested
    class LawBookParse {
        private static final String V1 = "{\"id\":\"A@2011-01-01\",\"from\":\"2011-01-01\",\"until\":\"2012-01-01\","
                + "\"terminology\":\"oralman\",\"drl\":[\"a.drl\"]}";
        private static final String V2 = "{\"id\":\"A@2012-01-01\",\"from\":\"2012-01-01\",\"terminology\":\"kandas\","
                + "\"drl\":[\"a.drl\",\"b_2.drl\"],\"summary\":\"second\"}";

        private String book(String... versions) {
            return "{\"format\":\"oralman-lawbook/1\",\"versions\":[" + String.join(",", versions) + "]}";
        }

        private String error(String json) {
            return assertThrows(RulesetException.class, () -> LawBook.parse(json, "lb.json")).getMessage();
        }

        @Test
        void aValidBook_isReadOldestFirst_withDefaults() {
            List<LawVersion> vs = LawBook.parse(book(V1, V2), "lb.json");
            assertEquals(2, vs.size());
            assertEquals(Optional.of(LocalDate.of(2012, 1, 1)), vs.get(0).until());
            assertEquals("", vs.get(0).summary());
            assertEquals(Optional.empty(), vs.get(1).until());
            assertEquals(List.of("a.drl", "b_2.drl"), vs.get(1).drlFiles());
            assertEquals("second", vs.get(1).summary());
        }

        @Test
        void badJson_andAWrongFormat_areNamed() {
            assertTrue(error("{").startsWith("lb.json: not well-formed JSON: "));
            String expected = "lb.json: expected an object with \"format\": \"oralman-lawbook/1\"";
            assertEquals(expected, error("[]"));
            assertEquals(expected, error("{\"format\":\"oralman-lawbook/9\",\"versions\":[" + V1 + "]}"));
            assertEquals(expected, error(""));
        }

        @Test
        void noVersions_isAnError() {
            assertEquals("lb.json: /versions must be a non-empty array", error(book()));
            assertEquals("lb.json: /versions must be a non-empty array", error("{\"format\":\"oralman-lawbook/1\"}"));
        }

        @Test
        void aBadDrlName_isNamedWithItsPlace() {
            assertEquals("lb.json: /versions/1: drl file name '../evil.drl' is not of the form name.drl",
                    error(book(V1, V2.replace("b_2.drl", "../evil.drl"))));
            assertTrue(error(book(V1.replace("a.drl", "a.txt"))).startsWith("lb.json: /versions/0: drl file name"));
        }

        @Test
        void anIdWithoutARevision_isRejected() {
            assertEquals("lb.json: /versions/0: id 'A' is not of the form ACT@YYYY-MM-DD",
                    error(book(V1.replace("A@2011-01-01", "A"))));
        }

        @Test
        void aRepeatedId_isRejected() {
            assertEquals("lb.json: /versions/1: id A@2011-01-01 repeats",
                    error(book(V1, V2.replace("A@2012-01-01", "A@2011-01-01"))));
        }

        @Test
        void overlappingOrOpenEndedEarlierVersions_areRejected_abuttingOnesAccepted() {
            String overlap = error(book(V1, V2.replace("\"from\":\"2012-01-01\"", "\"from\":\"2011-12-31\"")));
            assertEquals("lb.json: law versions overlap: A@2011-01-01 is in force until 2012-01-01 (exclusive) but"
                    + " A@2012-01-01 starts on 2011-12-31; both cover 2011-12-31 to 2011-12-31"
                    + "\nMaybe end A@2011-01-01 on 2011-12-31", overlap);
            String openEnded = error(book(V2, V1.replace("A@2011-01-01", "A@2013-01-01")
                    .replace("2011-01-01", "2013-01-01").replace("2012-01-01", "2014-01-01")));
            assertTrue(openEnded.startsWith("lb.json: law version A@2012-01-01 has no end, but A@2013-01-01 starts on"
                    + " 2013-01-01"), openEnded);
            String backwards = error(book(V2, V1));
            assertTrue(backwards.startsWith("lb.json: /versions/1: version starts on 2011-01-01, before the previous"
                    + " one\nMaybe list versions oldest first"), backwards);
            assertEquals(2, LawBook.parse(book(V1, V2), "lb.json").size());
        }

        @Test
        void aGapBetweenVersions_isRejectedWithTheUncoveredDays() {
            String gap = error(book(V1, V2.replace("\"from\":\"2012-01-01\"", "\"from\":\"2012-02-01\"")));
            assertEquals("lb.json: gap between law versions: A@2011-01-01 ends on 2012-01-01 (exclusive) but"
                    + " A@2012-01-01 starts on 2012-02-01; no version covers 2012-01-01 to 2012-01-31"
                    + "\nMaybe end A@2011-01-01 on 2012-02-01", gap);
        }

        @Test
        void aMissingOrMistypedField_isNamed() {
            assertEquals("lb.json: /versions/0: 'terminology' is required and must be a string",
                    error(book(V1.replace("\"terminology\":\"oralman\",", ""))));
            assertEquals("lb.json: /versions/0: 'from' is required and must be a string",
                    error(book(V1.replace("\"from\":\"2011-01-01\"", "\"from\":20110101"))));
            assertTrue(error(book(V1.replace("\"from\":\"2011-01-01\"", "\"from\":\"2011-13-01\"")))
                    .startsWith("lb.json: /versions/0: "));
        }

        @Test
        void byId_findsOnlyBundledVersions() {
            assertEquals(LocalDate.of(2021, 1, 2), LawBook.byId("Z1100000477@2021-01-02").orElseThrow().from());
            assertEquals(Optional.empty(), LawBook.byId("Z1100000477@2021-01-03"));
        }
    }

    // ------------------------------------------------------------------ ParameterTable

    @Nested
    class Parameters {
        private static final String P = "{\"id\":\"x.count\",\"type\":\"integer\",\"unit\":\"count\",\"description\":\"d\",\"source\":\"s\","
                + "\"confidence\":\"SECONDARY\",\"values\":[{\"from\":\"2011-01-01\",\"value\":\"1\",\"reference\":\"r1\"},"
                + "{\"from\":\"2012-01-01\",\"value\":\"2\",\"confidence\":\"PRIMARY\",\"reference\":\"r2\"}]}";

        private String table(String... parameters) {
            return "{\"format\":\"oralman-parameters/1\",\"parameters\":[" + String.join(",", parameters) + "]}";
        }

        private String error(String json) {
            return assertThrows(RulesetException.class, () -> ParameterTable.parse(json, "p.json")).getMessage();
        }

        @Test
        void aValidTable_isReadInFileOrder_withValueConfidenceOverridingTheParameters() {
            ParameterTable t = ParameterTable.parse(table(P, P.replace("x.count", "a.count")), "p.json");
            // parameters() promises file order, but the table keeps them in Map.copyOf: only the set is pinned here
            assertEquals(java.util.Set.of("x.count", "a.count"),
                    t.parameters().stream().map(Parameter::id).collect(java.util.stream.Collectors.toSet()));
            Parameter x = t.get("x.count").orElseThrow();
            assertEquals("SECONDARY", x.values().get(0).confidence().name());
            assertEquals("PRIMARY", x.values().get(1).confidence().name());
            assertEquals("2", x.on(LocalDate.of(2012, 1, 1)).orElseThrow().value());
            assertEquals(Optional.empty(), t.get("y"));
        }

        @Test
        void badJson_andAWrongFormat_areNamed() {
            assertTrue(error("{").startsWith("p.json: not well-formed JSON: "));
            assertEquals("p.json: expected an object with \"format\": \"oralman-parameters/1\"",
                    error("{\"format\":\"oralman-lawbook/1\"}"));
        }

        @Test
        void anUnknownType_isNamedWithItsPlace() {
            assertEquals("p.json: /parameters/1: unknown parameter type 'colour'",
                    error(table(P, P.replace("x.count", "y").replace("integer", "colour"))));
        }

        @Test
        void aRepeatedId_isRejected() {
            assertEquals("p.json: /parameters/1: duplicate parameter id x.count", error(table(P, P)));
        }

        @Test
        void valuesOutOfOrder_areRejected() {
            assertEquals("p.json: /parameters/0: parameter x.count: values[1] is not after values[0]",
                    error(table(P.replace("2012-01-01", "2011-01-01"))));
        }

        @Test
        void aValueThatIsNotOfItsType_isRejected() {
            assertTrue(error(table(P.replace("\"value\":\"2\"", "\"value\":\"two\""))).startsWith("p.json: /parameters/0: "));
            assertTrue(error(table(P.replace("SECONDARY", "SURE"))).startsWith("p.json: /parameters/0: "));
        }

        @Test
        void aDateBeforeEveryValue_namesTheParameterAndTheDate() {
            ParameterTable bundled = ParameterTable.parse(PARAMETERS, "parameters.json");
            RulesetException e = assertThrows(RulesetException.class, () -> bundled.on(LocalDate.of(1990, 1, 1)));
            assertTrue(e.getMessage().endsWith("has no value on 1990-01-01"), e.getMessage());
            RulesetException later = assertThrows(RulesetException.class, () -> bundled.on(LocalDate.of(1997, 12, 12)));
            assertTrue(later.getMessage().startsWith("parameter sovereignty.cutoff has no value on "), later.getMessage());
        }

        @Test
        void aParameterTheRulesNeed_missingFromTheTable_isNamed() {
            ParameterTable t = ParameterTable.parse(table(P), "p.json");
            assertEquals("parameter status.term is missing from the parameter table",
                    assertThrows(RulesetException.class, () -> t.on(LocalDate.of(2015, 1, 1))).getMessage());
        }

        @Test
        void valuesBetweenBreakpoints_areTheOnesOfTheLatestBreakpoint() {
            ParameterTable t = ParameterTable.parse(PARAMETERS, "parameters.json");
            assertEquals(1618, t.on(LocalDate.of(2012, 6, 1)).mrpTenge());
            assertEquals(1731, t.on(LocalDate.of(2013, 6, 1)).mrpTenge());
            assertEquals("MVD-ORDER-582-2011", t.on(LocalDate.of(2013, 6, 1)).centreRulesAct());
            assertEquals(1618, t.on(LocalDate.of(2012, 12, 31)).mrpTenge());
            assertEquals(3, t.on(LocalDate.of(2025, 10, 26)).processingWorkingDays());
            assertEquals(30, t.on(LocalDate.of(2025, 10, 25)).processingWorkingDays());
        }
    }

    // ------------------------------------------------------------------ RulesetFolder

    @Nested
    class Folders {
        private void minimalFolder(Path dir, String drl) throws Exception {
            Files.createDirectories(dir.resolve("drl"));
            Files.writeString(dir.resolve("lawbook.json"), "{\"format\":\"oralman-lawbook/1\",\"versions\":[{"
                    + "\"id\":\"Z1100000477@2011-07-22\",\"from\":\"2011-07-22\",\"terminology\":\"oralman\","
                    + "\"drl\":[\"x.drl\"]}]}");
            Files.writeString(dir.resolve("parameters.json"), PARAMETERS);
            Files.writeString(dir.resolve("drl/x.drl"), drl);
        }

        @Test
        void aFileInsteadOfAFolder_isNotAFolder(@TempDir Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("f.txt"), "x");
            assertEquals(List.of(new RuleProblem(file.toString(), 0, 0, "", "folder", "not a folder")),
                    RulesetFolder.check(file));
            assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(dir.resolve("missing")));
        }

        @Test
        void aMissingLawBook_isNamed(@TempDir Path dir) {
            List<RuleProblem> problems = RulesetFolder.check(dir);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("lawbook.json / parameters.json", problems.get(0).file());
            assertEquals("file", problems.get(0).construct());
        }

        @Test
        void aBrokenLawBook_isReportedWithItsOwnMessage(@TempDir Path dir) throws Exception {
            minimalFolder(dir, HEAD + rule("X.A", "Ask()", ""));
            Files.writeString(dir.resolve("lawbook.json"), "{");
            List<RuleProblem> problems = RulesetFolder.check(dir);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("", problems.get(0).file());
            assertTrue(problems.get(0).message().startsWith("lawbook.json: not well-formed JSON"));
        }

        @Test
        void aDrlNamedInTheLawBook_butMissing_isNamed_andNothingIsCompiled(@TempDir Path dir) throws Exception {
            RulesetFolder.export(dir);
            Files.delete(dir.resolve("drl/centre_stay.drl"));
            List<RuleProblem> problems = RulesetFolder.check(dir);
            assertEquals(LawBook.bundled().stream().filter(v -> v.drlFiles().contains("centre_stay.drl")).count(),
                    problems.size(), problems.toString());
            assertEquals(new RuleProblem("lawbook.json", 0, 0, "", "drl", "version Z1100000477@2011-08-17 names "
                    + "drl/centre_stay.drl, which is not in the folder"), problems.get(0));
            RulesetRejectedException e = assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(dir));
            assertEquals(problems, e.problems());
        }

        @Test
        void onlyDrlFiles_areRead(@TempDir Path dir) throws Exception {
            minimalFolder(dir, HEAD + rule("X.A", "Ask()", ""));
            Files.writeString(dir.resolve("drl/notes.txt"), "System.exit(1); not DRL at all {");
            assertEquals(List.of(), RulesetFolder.check(dir));
            Files.writeString(dir.resolve("drl/extra.drl"), HEAD + rule("X.B", "Ask()", "System.exit(1);"));
            assertTrue(RulesetFolder.check(dir).stream().anyMatch(p -> p.file().equals("extra.drl")));
        }

        @Test
        void check_doesNotCompile_butLoad_does_andLocatesTheError(@TempDir Path dir) throws Exception {
            String drl = HEAD + rule("X.A", "$a : Ask()", "insertLogical( Finding.of( drools, $a.asOf() ) );");
            minimalFolder(dir, drl);
            assertEquals(List.of(), RulesetFolder.check(dir));
            RulesetRejectedException e = assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(dir));
            int[] at = RuleCheck.positionOf(drl, drl.indexOf("of( drools"));
            assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("x.drl") && p.construct().equals("compile")
                    && p.line() == at[0] && p.column() == at[1]), e.getMessage());
        }

        @Test
        void aValidMinimalFolder_loads(@TempDir Path dir) throws Exception {
            minimalFolder(dir, HEAD + rule("X.A", "$a : Ask()", ""));
            List<Ruleset> loaded = RulesetFolder.load(dir);
            assertEquals(1, loaded.size());
            assertEquals("Z1100000477@2011-07-22", loaded.get(0).version().id());
            assertTrue(loaded.get(0).rule("X.A").isPresent());
        }

        @Test
        void aFileOfExactlyTwoMegabytes_isRead_oneByteMoreIsNot(@TempDir Path dir) throws Exception {
            minimalFolder(dir, HEAD + rule("X.A", "Ask()", ""));
            String book = Files.readString(dir.resolve("lawbook.json"));
            int size = book.getBytes(StandardCharsets.UTF_8).length;
            Files.writeString(dir.resolve("lawbook.json"), book + " ".repeat(2_000_000 - size));
            assertEquals(List.of(), RulesetFolder.check(dir));
            Files.writeString(dir.resolve("lawbook.json"), book + " ".repeat(2_000_001 - size));
            List<RuleProblem> problems = RulesetFolder.check(dir);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("lawbook.json is larger than 2 MB", problems.get(0).message());
        }

        @Test
        void export_writesTheBundledFiles_andReturnsThem(@TempDir Path dir) throws Exception {
            List<Path> written = RulesetFolder.export(dir);
            long drlFiles = LawBook.bundled().stream().flatMap(v -> v.drlFiles().stream()).distinct().count();
            assertEquals(2 + drlFiles + Messages.LANGUAGES.size(), written.size()); // and messages/ in kk, ru, en
            assertEquals(dir.resolve("lawbook.json"), written.get(0));
            assertEquals(dir.resolve("parameters.json"), written.get(1));
            assertEquals(PARAMETERS, Files.readString(written.get(1)));
            assertTrue(written.stream().allMatch(Files::isRegularFile));
        }

        @Test
        void locate_readsTheRowAndColumnOfTheMessage() {
            List<RuleProblem> p = RulesetFolder.locate("ERROR x.drl:-1: [ERR 102] Line 4:7 mismatched input", Map.of());
            assertEquals(List.of(new RuleProblem("x.drl", 4, 8, "", "compile", "[ERR 102] Line 4:7 mismatched input")), p);
        }

        @Test
        void locate_keepsWarningsApart_andFallsBackToTheWholeMessage() {
            assertEquals("warning", RulesetFolder.locate("WARNING x.drl:3: shadowed", Map.of()).get(0).construct());
            assertEquals(List.of(new RuleProblem("", 0, 0, "", "compile", "something odd")),
                    RulesetFolder.locate("something odd", Map.of()));
        }

        @Test
        void locate_findsTheSymbol_insideTheNamedRule() {
            String src = HEAD + rule("X.A", "Ask()", "insertLogical( ghost );") + rule("X.B", "Ask()",
                    "insertLogical( ghost );");
            List<RuleProblem> p = RulesetFolder.locate("ERROR x.drl:9: Rule Compilation error [Rule name='X.B'] "
                    + "ghost cannot be resolved to a variable", Map.of("x.drl", src));
            int[] inB = RuleCheck.positionOf(src, src.lastIndexOf("ghost"));
            assertEquals(inB[0], p.get(0).line());
            assertEquals(inB[1], p.get(0).column());
            assertEquals("X.B", p.get(0).rule());

            List<RuleProblem> unnamed = RulesetFolder.locate("ERROR x.drl:9: ghost cannot be resolved",
                    Map.of("x.drl", src));
            int[] first = RuleCheck.positionOf(src, src.indexOf("ghost"));
            assertEquals(first[0], unnamed.get(0).line());
            assertEquals("", unnamed.get(0).rule());

            List<RuleProblem> unknownRule = RulesetFolder.locate("ERROR x.drl:9: [Rule name='X.Z'] ghost cannot be "
                    + "resolved", Map.of("x.drl", src));
            assertEquals(first[0], unknownRule.get(0).line());
            assertEquals(first[1], unknownRule.get(0).column());
        }
    }

    // ------------------------------------------------------------------ Placement

    @Nested
    class Placements {
        private CentreFact centre(String id, Region r, CentreKind kind, boolean counted, int free) {
            Centre c = new Centre(id, "Centre " + id, r, kind, 100, counted
                    ? List.of(new Occupancy(LocalDate.of(2024, 1, 1), 100 - free)) : List.of());
            return new CentreFact(c, r, kind, counted, free, "/centres/" + id);
        }

        @Test
        void km_isSymmetric_zeroWithinARegion_andOrdersKnownDistances() {
            assertEquals(0, Placement.km(Region.ASTANA, Region.ASTANA));
            assertEquals(Placement.km(Region.ASTANA, Region.MANGYSTAU), Placement.km(Region.MANGYSTAU, Region.ASTANA));
            int karaganda = Placement.km(Region.ASTANA, Region.KARAGANDA);
            int aktau = Placement.km(Region.ASTANA, Region.MANGYSTAU);
            int almaty = Placement.km(Region.ASTANA, Region.ALMATY_CITY);
            assertTrue(karaganda >= 185 && karaganda <= 200, "Astana-Karaganda " + karaganda);
            assertTrue(almaty >= 960 && almaty <= 985, "Astana-Almaty " + almaty);
            assertTrue(aktau >= 1700 && aktau <= 1760, "Astana-Aktau " + aktau);
            assertTrue(karaganda < almaty && almaty < aktau);
        }

        @Test
        void nearest_proposesOnlyCountedAdaptationCentresWithRoom_elsewhere_nearestFirst_atMostThree() {
            List<Object> centres = new ArrayList<>(List.of(
                    centre("b-ast", Region.ASTANA, CentreKind.ADAPTATION_INTEGRATION, true, 5),
                    centre("pav", Region.PAVLODAR, CentreKind.ADAPTATION_INTEGRATION, true, 50),
                    centre("abai-tmp", Region.ABAI, CentreKind.TEMPORARY_ACCOMMODATION, true, 50),
                    centre("abai-full", Region.ABAI, CentreKind.ADAPTATION_INTEGRATION, true, 2),
                    centre("abai-uncounted", Region.ABAI, CentreKind.ADAPTATION_INTEGRATION, false, 50),
                    centre("abai", Region.ABAI, CentreKind.ADAPTATION_INTEGRATION, true, 3),
                    centre("a-ast", Region.ASTANA, CentreKind.ADAPTATION_INTEGRATION, true, 5),
                    centre("kar", Region.KARAGANDA, CentreKind.ADAPTATION_INTEGRATION, true, 4),
                    centre("ekz", Region.EAST_KAZAKHSTAN, CentreKind.ADAPTATION_INTEGRATION, true, 9),
                    "not a centre"));
            int abai = Placement.km(Region.PAVLODAR, Region.ABAI);
            int kar = Placement.km(Region.PAVLODAR, Region.KARAGANDA);
            int ast = Placement.km(Region.PAVLODAR, Region.ASTANA);
            assertTrue(abai < kar && kar < ast && ast < Placement.km(Region.PAVLODAR, Region.EAST_KAZAKHSTAN));
            assertEquals("ABAI:abai:" + abai + ", KARAGANDA:kar:" + kar + ", ASTANA:a-ast:" + ast,
                    Placement.nearest(centres, Region.PAVLODAR, 3));
        }

        @Test
        void nearest_sortsEqualDistancesById() {
            List<CentreFact> centres = List.of(centre("z", Region.ASTANA, CentreKind.ADAPTATION_INTEGRATION, true, 1),
                    centre("m", Region.ASTANA, CentreKind.ADAPTATION_INTEGRATION, true, 1));
            int km = Placement.km(Region.AKMOLA, Region.ASTANA);
            assertEquals("ASTANA:m:" + km + ", ASTANA:z:" + km, Placement.nearest(centres, Region.AKMOLA, 1));
        }

        @Test
        void nearest_withNothingSuitable_isADash() {
            assertEquals("-", Placement.nearest(List.of(), Region.ASTANA, 1));
            assertEquals("-", Placement.nearest(List.of(centre("a", Region.ASTANA, CentreKind.ADAPTATION_INTEGRATION,
                    true, 9)), Region.ASTANA, 1));
        }

        @Test
        void temporary_proposesCountedTemporaryCentresWithRoom_anywhere_nearestFirst() {
            List<CentreFact> centres = List.of(
                    centre("kar-t", Region.KARAGANDA, CentreKind.TEMPORARY_ACCOMMODATION, true, 2),
                    centre("pav-t", Region.PAVLODAR, CentreKind.TEMPORARY_ACCOMMODATION, true, 2),
                    centre("abai-t-full", Region.ABAI, CentreKind.TEMPORARY_ACCOMMODATION, true, 1),
                    centre("abai-t-uncounted", Region.ABAI, CentreKind.TEMPORARY_ACCOMMODATION, false, 9),
                    centre("abai-a", Region.ABAI, CentreKind.ADAPTATION_INTEGRATION, true, 9));
            assertEquals("PAVLODAR:pav-t:0, KARAGANDA:kar-t:" + Placement.km(Region.PAVLODAR, Region.KARAGANDA),
                    Placement.temporary(centres, Region.PAVLODAR, 2));
            assertEquals("-", Placement.temporary(centres, Region.PAVLODAR, 3));
        }
    }

    // ------------------------------------------------------------------ Messages

    @Nested
    class MessageArguments {
        private final Messages en = Messages.of("en");

        @Test
        void regions_areNamedInTheLanguage_unknownOnesKept() {
            assertEquals("Astana is a region the Government designates for settling kandas on the date (list: L).",
                    en.format("rule.QUOTA.SETTLEMENT_REGION", Map.of("region", "ASTANA", "list", "L"), "kandas"));
            assertTrue(Messages.of("kk").format("rule.QUOTA.SETTLEMENT_REGION", Map.of("region", "ASTANA", "list", "L"),
                    "kandas").startsWith("Астана қаласы "));
            assertEquals("ATLANTIS is a region the Government designates for settling kandas on the date (list: L).",
                    en.format("rule.QUOTA.SETTLEMENT_REGION", Map.of("region", "ATLANTIS", "list", "L"), "kandas"));
        }

        @Test
        void anOrder_isNamedByItsTitle() {
            assertEquals("The rules and terms of stay in the centres in force on the date: Law of the Republic of "
                    + "Kazakhstan No. 477-IV of 22 July 2011 \"On Population Migration\".",
                    en.format("rule.CENTRE.RULES_IN_FORCE", Map.of("order", "Z1100000477"), "kandas"));
        }

        @Test
        void alternatives_andTemporaryCentres_areSpelledOut() {
            String text = en.format("rule.CENTRE.NO_PLACE_IN_REGION", Map.of("region", "PAVLODAR", "persons", "3",
                    "alternatives", "ABAI:abai:308, KARAGANDA:kar:387", "temporary", "-"), "kandas");
            assertEquals("Pavlodar Region has no adaptation and integration centre with room for 3 person(s). "
                    + "Nearest centres with room: Abai Region (abai, 308 km); Karaganda Region (kar, 387 km). "
                    + "Temporary accommodation: none.", text);
            String odd = en.format("rule.CENTRE.NO_PLACE_IN_REGION", Map.of("alternatives", "ABAI:abai",
                    "temporary", "PAVLODAR:t:0"), "kandas");
            assertTrue(odd.contains("Nearest centres with room: ABAI:abai. Temporary accommodation: Pavlodar Region "
                    + "(t, 0 km)."), odd);
            assertTrue(odd.contains("{persons}"), odd);
            assertEquals("нет", Messages.of("ru").format("label.none", Map.of(), "kandas").toLowerCase(
                    java.util.Locale.ROOT));
        }

        @Test
        void enumArguments_areTranslated_unknownValuesKept() {
            assertEquals("The status cannot be extended: it is expired.",
                    en.format("rule.STATUS.EXTEND.NOT_ACTIVE", Map.of("state", "EXPIRED"), "kandas"));
            assertEquals("The status cannot be extended: it is LIMBO.",
                    en.format("rule.STATUS.EXTEND.NOT_ACTIVE", Map.of("state", "LIMBO"), "kandas"));
            assertTrue(en.format("rule.NATIONALITY.ESTABLISHED_BY_DOCUMENT", Map.of("whose", "FATHER"), "kandas")
                    .contains("(the father's "));
            assertTrue(en.format("rule.ART20.NOT_A_STATUS_GROUND", Map.of("ground", "ENTRY_BAN"), "kandas")
                    .contains("report of an entry ban is"));
        }

        @Test
        void aMissingKey_givesTheKeyInBrackets() {
            assertEquals("[no.such.key]", en.format("no.such.key", Map.of("a", "b"), "kandas"));
            assertEquals("[no.such.key]", en.text("no.such.key"));
            assertFalse(en.has("no.such.key"));
            assertTrue(en.has("label.none"));
            assertTrue(en.keys().contains("label.none"));
            assertEquals("ru", Messages.of("ru").language());
        }

        @Test
        void theFirstLetter_isCapitalised_inEveryScript() {
            assertEquals("kandas", en.text("term.kandas"));
            assertEquals("Kandas", en.format("term.kandas", Map.of(), "kandas"));
            assertEquals("Кандас", Messages.of("ru").format("term.kandas", Map.of(), "kandas"));
            assertEquals("Қандас", Messages.of("kk").format("term.kandas", Map.of(), "kandas"));
            assertTrue(en.format("rule.QUOTA.SETTLEMENT_REGION", Map.of("region", "atlantis"), "kandas")
                    .startsWith("Atlantis is"));
        }
    }

    // ------------------------------------------------------------------ OralmanEngine

    @Nested
    class Engines {
        /** The 2011 version with status.term changed on 2013-01-01 and again on the version's last day + 1. */
        private Ruleset pinned2011() throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(PARAMETERS);
            for (var p : root.get("parameters")) {
                if (p.get("id").asText().equals("status.term")) {
                    ArrayNode values = (ArrayNode) p.get("values");
                    values.removeAll();
                    values.addObject().put("from", "2011-08-17").put("value", "P1Y").put("reference", "test");
                    values.addObject().put("from", "2013-01-01").put("value", "P2Y").put("reference", "test");
                    values.addObject().put("from", "2013-12-22").put("value", "P3Y").put("reference", "test");
                }
            }
            LawVersion v = LawBook.byId("Z1100000477@2011-08-17").orElseThrow();
            Map<String, String> drl = new java.util.LinkedHashMap<>();
            v.drlFiles().forEach(f -> drl.put(f, Ruleset.resource("kz/oralman/rules/drl/" + f)));
            return Ruleset.compile(v, drl, mapper.writeValueAsString(root));
        }

        private String term(Decision d) {
            return d.reasons().stream().filter(r -> r.ruleId().equals("STATUS.ASSIGN.GRANT")).findFirst()
                    .map(r -> r.arguments().get("term")).orElse("no grant: " + d.outcome() + " " + d.reasons());
        }

        @Test
        void aPinnedEngine_decidesEveryDateUnderItsVersion_withTheParametersClampedIntoItsPeriod() throws Exception {
            Ruleset ruleset = pinned2011();
            OralmanEngine pinned = OralmanEngine.pinned(ruleset);
            assertEquals(List.of(ruleset.version()), pinned.versions());
            assertEquals(Optional.of(ruleset.version()), pinned.versionOn(LocalDate.of(2035, 1, 1)));
            assertEquals(Optional.of(ruleset.version()), pinned.versionOn(LocalDate.of(2000, 1, 1)));
            Case c = CaseBuilder.qualifying().build();
            Decision inside = pinned.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2012, 6, 1));
            assertEquals("P1Y", term(inside));
            assertEquals(ruleset.lawVersionLabel(), inside.lawVersion());
            assertTrue(inside.lawVersion().startsWith("external:external/Z1100000477@2011-08-17#"), inside.lawVersion());
            assertEquals("P2Y", term(pinned.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1))));
            assertEquals("P2Y", term(pinned.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2013, 12, 22))));
            assertEquals("P1Y", term(pinned.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2011, 7, 1))));
        }

        @Test
        void replay_refusesAReceiptOfAnotherLawVersion() {
            Case c = CaseBuilder.qualifying().build();
            Decision d = RuleVerifier.ENGINE.decide(c);
            Receipt other = Receipt.of(d.receipt().libraryVersion(), "Z1100000477@2025-10-26", d.receipt().rulesetHash(),
                    d.receipt().caseHash(), d.receipt().question(), d.receipt().asOf(), d.receipt().person());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RuleVerifier.ENGINE.replay(c, other));
            assertTrue(e.getMessage().contains("differs from the receipt's Z1100000477@2025-10-26")
                    && e.getMessage().contains("\nMaybe decide with the library version "), e.getMessage());
        }

        @Test
        void beforeTheEncodedLaw_theDecisionNamesTheFirstDayAndThe1997Act() {
            Case c = CaseBuilder.qualifying().build();
            Decision d = RuleVerifier.ENGINE.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(1997, 12, 12));
            assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
            assertEquals("none-before-1997-12-13", d.lawVersion());
            assertEquals("oralman", d.terminology());
            Reason r = d.reasons().get(0);
            assertEquals("SCOPE.BEFORE_ENCODED_LAW", r.ruleId());
            assertEquals("LAW-1997-MIGRATION", r.basis().act());
            assertEquals(Map.of("date", "1997-12-13", "asOf", "1997-12-12"), r.arguments());
            assertEquals("none-before-1997-12-13", d.receipt().lawVersion());
            assertEquals("", d.receipt().rulesetHash());
        }

        @Test
        void fromTheUnknownChange_theDecisionNamesTheLastDayAndTheChangingLaw() {
            Case c = CaseBuilder.qualifying().build();
            Decision d = RuleVerifier.ENGINE.decide(c, Question.STATUS_ASSIGNMENT, LocalDate.of(2030, 1, 1));
            assertEquals("none-from-2030-01-01", d.lawVersion());
            assertEquals("kandas", d.terminology());
            Reason r = d.reasons().get(0);
            assertEquals("SCOPE.AFTER_ENCODED_LAW", r.ruleId());
            assertEquals("LAW-15-VIII-2023", r.basis().act());
            assertEquals(Map.of("date", "2030-01-01", "asOf", "2030-01-01"), r.arguments());
            assertEquals(List.of(), d.evidenceRequests());
        }

        @Test
        void anEngineWithoutVersions_findsNoLawOnAnyDate() {
            OralmanEngine empty = OralmanEngine.of(List.of());
            Decision d = empty.decide(CaseBuilder.qualifying().build(), Question.STATUS_ASSIGNMENT,
                    LocalDate.of(2024, 1, 1));
            assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
            assertEquals("none-before-1991-12-16", d.lawVersion());
        }

        @Test
        void statusOn_outsideTheEncodedLaw_stillReadsTheHistory() {
            Case c = CaseBuilder.qualifying().holder("2029-06-01").build();
            assertEquals(StatusState.ACTIVE, RuleVerifier.ENGINE.statusOn(c, CaseBuilder.APPLICANT,
                    LocalDate.of(2030, 1, 1)));
            assertThrows(IllegalArgumentException.class, () -> RuleVerifier.ENGINE.statusOn(c, PersonId.of("ghost"),
                    LocalDate.of(2030, 1, 1)));
        }
    }

    // ------------------------------------------------------------------ facts and helpers

    @Nested
    class Facts {
        private QuotaFact quota(String asOf) {
            return new QuotaFact(new QuotaSnapshot(2024, Region.ASTANA, QuotaCategory.KANDAS, QuotaUnit.PERSONS, 10, 4,
                    LocalDate.parse(asOf)), "/quotas/0");
        }

        @Test
        void aQuotaCount_isUsableFromItsDay_notBefore() {
            QuotaFact q = quota("2024-03-01");
            assertTrue(q.countedBy(LocalDate.of(2024, 3, 1)));
            assertTrue(q.countedBy(LocalDate.of(2024, 3, 2)));
            assertFalse(q.countedBy(LocalDate.of(2024, 2, 29)));
            assertEquals(6, q.remaining());
        }

        @Test
        void aLaterCount_isNewer_aSameDayCountIsNot() {
            assertTrue(quota("2024-03-02").newerThan(quota("2024-03-01")));
            assertFalse(quota("2024-03-01").newerThan(quota("2024-03-02")));
            assertFalse(quota("2024-03-01").newerThan(quota("2024-03-01")));
        }

        @Test
        void extensionsSince_countsTheDayItself_notTheDayBefore() {
            StatusStanding s = new StatusStanding("applicant", StatusState.ACTIVE, LocalDate.of(2026, 1, 1),
                    List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 10, 26)), false, List.of());
            assertEquals(2, s.extensions());
            assertEquals(1, s.extensionsSince(LocalDate.of(2025, 10, 26)));
            assertEquals(0, s.extensionsSince(LocalDate.of(2025, 10, 27)));
            assertEquals(2, s.extensionsSince(LocalDate.of(2024, 1, 1)));
            assertEquals(1, s.extensionsSince(LocalDate.of(2024, 1, 2)));
        }

        @Test
        void aResidence_knowsItsKindAndRegion() {
            ResidenceFact temporary = new ResidenceFact("p", new ResidencePeriod(CountryCode.KZ, Optional.of(Region.ABAI),
                    Periods.open(LocalDate.of(2020, 1, 1)), ResidenceKind.TEMPORARY, EvidenceStatus.VERIFIED), "/r/0");
            assertFalse(temporary.permanent());
            assertEquals(Region.ABAI, temporary.regionOrNull());
            ResidenceFact abroad = new ResidenceFact("p", new ResidencePeriod(CountryCode.of("UZ"), Optional.empty(),
                    Periods.open(LocalDate.of(2020, 1, 1)), ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED), "/r/1");
            assertTrue(abroad.permanent());
            assertEquals(null, abroad.regionOrNull());
        }

        private Person person(String citizenship, String residence) {
            LocalDate born = LocalDate.of(1995, 1, 1);
            return new Person(PersonId.of("p"), List.of(PersonName.of("Айгүл", "Cyrl")), born, List.of(),
                    List.of(new CitizenshipPeriod(CountryCode.of(citizenship), Periods.open(born), EvidenceStatus.VERIFIED)),
                    List.of(new ResidencePeriod(CountryCode.of(residence), Optional.empty(), Periods.open(born),
                            ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)), List.of());
        }

        @Test
        void nationalityDocuments_followBothTheCitizenshipsAndTheResidences() {
            List<String> cn = Evidence.nationalityDocuments(person("CN", "RU"));
            assertTrue(cn.contains("document.CN_RESIDENT_IDENTITY_CARD"), cn.toString());
            assertFalse(cn.contains("document.MN_CIVIL_REGISTRATION"), cn.toString());
            List<String> mn = Evidence.nationalityDocuments(person("RU", "MN"));
            assertTrue(mn.contains("document.MN_CIVIL_REGISTRATION"), mn.toString());
            assertEquals(List.of("document.BIRTH_CERTIFICATE", "document.OTHER_CIVIL_STATUS_DOCUMENT"),
                    Evidence.nationalityDocuments(person("RU", "RU")));
        }
    }
}
