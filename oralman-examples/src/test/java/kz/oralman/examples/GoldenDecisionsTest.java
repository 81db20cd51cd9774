package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.Messages;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample case under {@code oralman-examples/cases} is decided and compared with its golden
 * decision in {@code cases/golden}, receipt and all: the ruleset hash covers what each law version
 * uses, so an edit of a rule, a parameter value in force, a message text or the law book entry shows in
 * the receipts of the decisions it may move, and no golden can drift without a diff. To regenerate on
 * purpose (and review the diff): {@code mvn test -pl oralman-examples -Doralman.regenerate=true}.
 */
class GoldenDecisionsTest {
    private static final OralmanEngine ENGINE = OralmanEngine.bundled();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Repo.root().resolve("oralman-examples/cases"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path golden(Path c) {
        return c.resolveSibling("golden").resolve(c.getFileName().toString().replace(".json", ".decision.json"));
    }

    private static JsonNode comparable(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decision_matchesItsGolden(Path file) throws Exception {
        Case c = CaseJson.read(Files.readString(file));
        assertEquals(file.getFileName().toString().replace(".json", ""), c.id(), "case id must match the file name");
        Decision d = ENGINE.decide(c);
        String json = DecisionJson.write(d);
        Path golden = golden(file);
        if (Boolean.getBoolean("oralman.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, kz.oralman.model.json.Canonical.print(comparable(json)));
        }
        assertTrue(Files.exists(golden), "no golden decision " + golden);
        assertEquals(comparable(Files.readString(golden)), comparable(json), "decision of " + file.getFileName()
                + " differs from " + golden.getFileName() + "\nMaybe regenerate with -Doralman.regenerate=true and "
                + "review the diff");
        for (String lang : Messages.LANGUAGES) {
            String text = DecisionText.render(d, lang);
            assertTrue(!text.matches("(?s).*\\[[a-z]+\\.[A-Za-z_.]+].*"), lang + " misses a message:\n" + text);
        }
    }

    @Test
    void theSamples_coverEveryOutcomeAndEveryLawVersion() throws Exception {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        Set<String> versions = new TreeSet<>();
        for (Path file : cases()) {
            Decision d = ENGINE.decide(CaseJson.read(Files.readString(file)));
            outcomes.add(d.outcome());
            versions.add(d.lawVersion());
        }
        assertTrue(cases().size() >= 25, "only " + cases().size() + " sample cases");
        Set<Outcome> status = EnumSet.of(Outcome.GRANTED, Outcome.REFUSED, Outcome.NEEDS_EVIDENCE, Outcome.REFERRED,
                Outcome.NOT_APPLICABLE);
        assertTrue(outcomes.containsAll(status), "outcomes covered: " + outcomes);
        LawBook.bundled().forEach(v -> assertTrue(versions.contains(v.id()), "no sample under " + v.id()));
    }
}
