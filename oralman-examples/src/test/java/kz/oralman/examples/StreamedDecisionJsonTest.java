package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.oralman.examples.bench.RegistryGenerator;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.api.Test;

/**
 * {@link DecisionJson#write} and {@link DecisionJson#writeLine} stream a decision without building its
 * tree; they must give exactly the text of the tree they replace ({@link DecisionJson#toTree} printed by
 * {@link Canonical}), and the case hash in each receipt must be the SHA-256 of the case's canonical
 * text. Also with rendered texts (a language and a text per reason). Checked on the engine's decisions of every sample case under every question, and of 400
 * generated registry cases (a fixed seed).
 */
class StreamedDecisionJsonTest {
    private static final OralmanEngine ENGINE = OralmanEngine.bundled();

    @Test
    void streamedDecisionText_equalsTheTreesText() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repo.root().resolve("oralman-examples/cases"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                cases.add(CaseJson.read(Files.readString(f)));
            }
        }
        assertTrue(cases.size() >= 40, "sample cases: " + cases.size());
        cases.addAll(RegistryGenerator.cases(20240301L, 400));
        int decisions = 0;
        for (Case c : cases) {
            for (Question q : Question.values()) {
                Decision d;
                try {
                    d = ENGINE.decide(c, q, c.application().filed());
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    continue; // a question this case cannot be asked
                }
                decisions++;
                String where = c.id() + " " + q;
                assertEquals(Canonical.print(DecisionJson.toTree(d)), DecisionJson.write(d), where);
                assertEquals(Canonical.printLine(DecisionJson.toTree(d)), DecisionJson.writeLine(d), where);
                java.util.function.Function<kz.oralman.model.decision.Reason, String> text =
                        r -> r.ruleId() + " «" + r.arguments() + "» \"quoted\"\n\u0001 𦌁";
                assertEquals(Canonical.print(DecisionJson.toTree(d, "kk", text)), DecisionJson.write(d, "kk", text),
                        where);
                assertEquals(Canonical.printLine(DecisionJson.toTree(d, "kk", text)),
                        DecisionJson.writeLine(d, "kk", text), where);
                assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(CaseJson.write(c).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        d.receipt().caseHash(), where);
            }
        }
        assertTrue(decisions >= cases.size(), "decisions: " + decisions);
    }
}
