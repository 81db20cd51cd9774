package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.Messages;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample case with more than one person is decided for each person (applicant first, as
 * {@code oralman decide CASE --format json} prints it) and compared with its golden array in
 * {@code cases/golden/each/NAME.decisions.json}; receipts without the library version and the ruleset
 * hash. Regenerate on purpose with {@code -Doralman.regenerate=true} and review the diff.
 */
class FamilyGoldenDecisionsTest {
    private static final OralmanEngine ENGINE = OralmanEngine.bundled();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Path> families() throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path f : GoldenDecisionsTest.cases()) {
            if (CaseJson.read(Files.readString(f)).persons().size() > 1) {
                out.add(f);
            }
        }
        return out;
    }

    private static JsonNode comparable(String json) throws Exception {
        ArrayNode tree = (ArrayNode) MAPPER.readTree(json);
        tree.forEach(d -> ((ObjectNode) d.get("receipt")).remove(List.of("libraryVersion", "rulesetHash")));
        return tree;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyPersonsDecision_matchesTheGolden(Path file) throws Exception {
        Case c = CaseJson.read(Files.readString(file));
        List<Decision> all = ENGINE.decideEach(c);
        assertEquals(OralmanEngine.everyoneInOrder(c).stream().map(p -> p.value()).toList(),
                all.stream().map(Decision::subject).toList());
        assertEquals(ENGINE.decide(c), all.get(0), "the applicant's decision is the case's decision");
        ArrayNode array = MAPPER.createArrayNode();
        for (Decision d : all) {
            array.add(MAPPER.readTree(DecisionJson.write(d)));
        }
        String json = array.toString();
        Path golden = file.resolveSibling("golden").resolve("each")
                .resolve(file.getFileName().toString().replace(".json", ".decisions.json"));
        if (Boolean.getBoolean("oralman.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, kz.oralman.model.json.Canonical.print(comparable(json)));
        }
        assertTrue(Files.exists(golden), "no golden " + golden);
        assertEquals(comparable(Files.readString(golden)), comparable(json), file.getFileName() + " differs from "
                + golden.getFileName() + "\nMaybe regenerate with -Doralman.regenerate=true and review the diff");
        for (Decision d : all) {
            for (String lang : Messages.LANGUAGES) {
                String text = DecisionText.render(d, lang);
                assertTrue(!text.matches("(?s).*\\[[a-z]+\\.[A-Za-z_.]+].*"), lang + " misses a message:\n" + text);
            }
        }
    }

    /** C8: a family member of another nationality is never asked for proof of Kazakh nationality. */
    @Test
    void noFamilyMemberOfAnotherNationality_isAskedForProofOfKazakhNationality() throws Exception {
        int seen = 0;
        for (Path f : families()) {
            Case c = CaseJson.read(Files.readString(f));
            for (Decision d : ENGINE.decideEach(c)) {
                var p = c.person(kz.oralman.model.PersonId.of(d.subject())).orElseThrow();
                if (c.role(p.id()).familyMember() && p.statedNonKazakh()) {
                    seen++;
                    assertTrue(d.evidenceRequests().stream().noneMatch(r -> r.fact().startsWith("nationality")),
                            f.getFileName() + " " + d.subject());
                    assertTrue(d.outcome() != Outcome.REFERRED, f.getFileName() + " " + d.subject());
                }
            }
        }
        assertTrue(seen >= 2, "the samples have at least two family members of another nationality: " + seen);
    }
}
