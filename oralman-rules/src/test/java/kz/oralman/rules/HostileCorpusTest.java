package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.oralman.rules.check.RuleProblem;
import kz.oralman.rules.check.RulesetRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile rulesets in {@code src/test/resources/hostile-rulesets}: each folder holds a
 * {@code hostile.drl} and a {@code README} saying what it tries and which rule the check must name.
 * Each is put into a scratch rules folder and checked there; the check must reject it, name the rule
 * (or, for a file-level construct, the file and line), never compile it, and never run it: its
 * payloads would create a marker file in the scratch folder or set a system property.
 */
class HostileCorpusTest {
    static final String PROPERTY = "oralman.pwned";
    private static final String PARAMETERS = Ruleset.resource("kz/oralman/rules/parameters/parameters.json");

    static Path corpus() {
        try {
            return Path.of(HostileCorpusTest.class.getClassLoader().getResource("hostile-rulesets").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> entries() throws Exception {
        try (Stream<Path> s = Files.list(corpus())) {
            return s.sorted().toList().stream();
        }
    }

    /** A rules folder with one law version whose only DRL file is the given one. */
    static Path scratchFolder(Path dir, String drl) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("drl"));
        Files.writeString(rules.resolve("lawbook.json"), "{\"format\":\"oralman-lawbook/1\",\"versions\":[{"
                + "\"id\":\"Z1100000477@2011-07-22\",\"from\":\"2011-07-22\",\"terminology\":\"oralman\","
                + "\"drl\":[\"hostile.drl\"]}]}");
        Files.writeString(rules.resolve("parameters.json"), PARAMETERS);
        Files.writeString(rules.resolve("drl/hostile.drl"), drl, StandardCharsets.UTF_8);
        return rules;
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachHostileRuleset_isRejected_namingTheRule_withoutRunningAnything(Path entry, @TempDir Path scratch)
            throws Exception {
        String readme = Files.readString(entry.resolve("README"));
        Path marker = scratch.resolve("marker");
        String drl = Files.readString(entry.resolve("hostile.drl"), StandardCharsets.UTF_8)
                .replace("@MARKER@", marker.toString());
        Path rules = scratchFolder(scratch, drl);

        List<RuleProblem> problems = RulesetFolder.check(rules);

        String what = entry.getFileName() + " (" + readme.lines().findFirst().orElse("") + ")";
        assertFalse(problems.isEmpty(), what + " passed the check");
        assertTrue(problems.stream().allMatch(p -> p.file().equals("hostile.drl")), what + ": " + problems);
        if (readme.contains("rule: X.HOSTILE")) {
            assertTrue(problems.stream().anyMatch(p -> p.rule().equals("X.HOSTILE") && p.line() > 0),
                    what + ": no problem names rule X.HOSTILE with a line: " + problems);
        } else {
            assertTrue(problems.stream().anyMatch(p -> p.line() > 0), what + ": no problem has a line: " + problems);
        }
        assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(rules), what);
        assertFalse(Files.exists(marker), what + ": the check ran the payload (marker file created)");
        assertNull(System.getProperty(PROPERTY), what + ": the check ran the payload (system property set)");
    }

    @Test
    void theCorpus_hasOverAHundredRulesets_eachSayingWhatItTries() throws Exception {
        List<Path> all = entries().toList();
        assertTrue(all.size() >= 100, "only " + all.size());
        for (Path e : all) {
            String readme = Files.readString(e.resolve("README"));
            assertTrue(readme.startsWith("tries: ") && readme.contains("\nrule: "), e + ": " + readme);
            assertTrue(Files.isRegularFile(e.resolve("hostile.drl")), e.toString());
        }
    }

    @Test
    void theCorpus_coversEveryClassOfTrick_andKeepsTheFortyTwoOldCases() throws Exception {
        Set<String> classes = new TreeSet<>();
        long legacy = 0;
        for (Path e : entries().toList()) {
            String name = e.getFileName().toString();
            String cls = name.substring(4, name.indexOf('-', 4));
            classes.add(cls);
            legacy += cls.equals("legacy") ? 1 : 0;
        }
        assertEquals(42, legacy);
        assertTrue(classes.containsAll(Set.of("legacy", "annotation", "unicode", "textblock", "runaway", "clock",
                "system", "reflect", "escape", "structure", "drl", "bidi")), classes.toString());
    }

    /**
     * The marker is a real witness: compiled without the check, the annotation payloads of the corpus
     * run at compile time (Drools evaluates annotation values with MVEL) and leave their mark.
     */
    @Test
    void withoutTheCheck_theAnnotationPayloads_runWhileCompiling(@TempDir Path scratch) throws Exception {
        Path marker = scratch.resolve("marker");
        for (String name : List.of("annotation-files-write", "annotation-setproperty")) {
            Path entry;
            try (Stream<Path> s = Files.list(corpus())) {
                entry = s.filter(p -> p.getFileName().toString().endsWith(name)).findFirst().orElseThrow();
            }
            String drl = Files.readString(entry.resolve("hostile.drl")).replace("@MARKER@", marker.toString());
            try {
                // straight to the Drools compiler, as an unchecked build would (Ruleset.compile now reads the
                // metadata from the parsed DRL first and would refuse the file before compiling it)
                Ruleset.build(LawBook.bundled().get(0), Map.of("hostile.drl", drl));
            } catch (RulesetException e) {
                // the file may not compile cleanly: the payload has run by then
            }
        }
        assertTrue(Files.exists(marker), "the file payload did not run when compiled unchecked");
        assertEquals("1", System.getProperty(PROPERTY), "the property payload did not run when compiled unchecked");
    }
}
