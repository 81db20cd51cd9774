package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.Messages;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's full decisions (with whole receipts, unlike the goldens) and the sample cases validate
 * against the JSON Schemas of the contract, with and without rendered texts.
 */
class ContractTest {
    private static final OralmanEngine ENGINE = OralmanEngine.bundled();

    static List<Path> cases() throws Exception {
        return GoldenDecisionsTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseAndItsWholeDecision_validateAgainstTheSchemas(Path file) throws Exception {
        String text = Files.readString(file);
        assertEquals("", Schemas.violations("oralman-case-1", text), file.getFileName().toString());
        Case c = CaseJson.read(text);
        Decision d = ENGINE.decide(c);
        String json = DecisionJson.write(d);
        assertTrue(json.contains("\"rulesetHash\""), "the receipt is whole");
        assertEquals("", Schemas.violations("oralman-decision-1", json), file.getFileName() + "\n" + json);
        for (String lang : Messages.LANGUAGES) {
            String rendered = DecisionJson.write(d, lang, r -> Messages.of(lang).format(r.messageKey(), r.arguments(),
                    d.terminology()));
            assertEquals("", Schemas.violations("oralman-decision-1", rendered), file.getFileName() + " " + lang);
        }
    }
}
