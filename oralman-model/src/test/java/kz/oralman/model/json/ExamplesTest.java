package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples in docs/examples are golden files: every valid one reads and validates against the schema,
 * every invalid one fails with exactly the paths of its {@code .expected.txt} ({@code (document)} stands for
 * the empty pointer). When the reader changes on purpose, regenerate the expected files and review the diff.
 */
class ExamplesTest {
    static Stream<Path> validExamples() {
        return Docs.files("examples", ".json").stream();
    }

    static Stream<Path> invalidExamples() {
        return Docs.files("examples/invalid", ".json").stream();
    }

    @Test
    void enoughExamples() {
        assertTrue(validExamples().count() >= 6, "at least 6 valid examples");
        assertTrue(invalidExamples().count() >= 12, "at least 12 invalid examples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void valid_readsValidatesAndRoundTrips(Path file) throws InvalidCaseException {
        String json = Docs.read(file);
        Case c = CaseJson.read(json);
        String name = file.getFileName().toString();
        assertEquals(name.substring(0, name.length() - ".json".length()), c.id(), "the case id is the file name");
        assertEquals("", Docs.violations(Docs.caseSchema(), Docs.tree(json)));
        String canonical = CaseJson.write(c);
        assertEquals(c, CaseJson.read(canonical));
        assertEquals("", Docs.violations(Docs.caseSchema(), Docs.tree(canonical)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void invalid_failsWithExactlyTheExpectedPaths(Path file) {
        Path expectedFile = file.resolveSibling(file.getFileName().toString().replaceAll("\\.json$", ".expected.txt"));
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
        Set<String> expected = Arrays.stream(Docs.read(expectedFile).split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.equals("(document)") ? "" : s)
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty(), expectedFile + " lists no path");
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read(Docs.read(file)));
        Set<String> actual = e.problems().stream().map(Problem::path).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, e.getMessage());
    }

    @Test
    void invalid_everyExpectedFileHasItsExample() {
        List<Path> expected = Docs.files("examples/invalid", ".expected.txt");
        for (Path p : expected) {
            Path json = p.resolveSibling(p.getFileName().toString().replace(".expected.txt", ".json"));
            assertTrue(Files.exists(json), "no example for " + p);
        }
        assertEquals(invalidExamples().count(), expected.size());
    }
}
