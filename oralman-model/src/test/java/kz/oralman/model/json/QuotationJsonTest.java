package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Authority;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Quotation;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.decision.Receipt;
import org.junit.jupiter.api.Test;

/** The acts' own words in the decision contract: {@code basis.text}, its schema and its invariants. */
class QuotationJsonTest {
    private static final String HASH = "0".repeat(64);
    private static final String RU_URL = "ru: https://github.com/Zh4nS1k/LegalRAG/blob/"
            + "91fd2f2f6fee227f2b5268d25f7b2d2ebd69ba9b/documents/law_on_migration_of_population.txt";
    private static final Quotation SP3 = new Quotation("Z1100000477@2025",
            "3) по истечении одного года со дня получения статуса кандаса.",
            "3) қандас мәртебесін алған күннен бастап бір жыл өткен соң тоқтатылады.", List.of(RU_URL, "kk: x"), false, false, "");

    private static Decision withBasis(LegalReference basis) {
        LocalDate asOf = LocalDate.of(2025, 10, 26);
        return new Decision("c", Question.STATUS_ASSIGNMENT, "applicant", asOf, Outcome.REFUSED, Optional.empty(),
                "Z1100000477@2025-10-26", "kandas", new Authority("LOCAL_EXECUTIVE_BODY", "MTSZN", Confidence.PRIMARY),
                Optional.empty(), List.of(new Reason("STATUS.ENDED", basis, "rule.STATUS.ENDED", Map.of(), List.of())),
                List.of(), receipt(asOf));
    }

    /** A receipt built through its canonical constructor, whatever components it has grown. */
    private static Receipt receipt(LocalDate asOf) {
        RecordComponent[] components = Receipt.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String name = components[i].getName();
            values[i] = types[i] == Question.class ? Question.STATUS_ASSIGNMENT
                    : types[i] == LocalDate.class ? asOf
                    : name.equals("person") ? "applicant"
                    : name.equals("lawVersion") ? "Z1100000477@2025-10-26"
                    : name.equals("libraryVersion") ? "0.1.0" : HASH;
        }
        try {
            return Receipt.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void basisText_carriesTheWordsTheirWordingAndSources_andValidates() {
        LegalReference ref = new LegalReference("Z1100000477", "25", "1", "3", "2025-10-26", Confidence.PRIMARY, SP3);
        JsonNode tree = Docs.tree(DecisionJson.write(withBasis(ref)));
        JsonNode text = tree.at("/reasons/0/basis/text");
        assertEquals("Z1100000477@2025", text.path("wording").asText());
        assertEquals(SP3.ru(), text.path("ru").asText());
        assertEquals(SP3.kk(), text.path("kk").asText());
        assertEquals(RU_URL, text.path("sources").get(0).asText());
        assertFalse(text.has("note"));
        assertEquals(List.of("wording", "ru", "kk", "sources"), fieldNames(text), "canonical field order");
        assertEquals("", Docs.violations(Docs.decisionSchema(), tree));
    }

    @Test
    void basisText_isLeftOut_withoutAQuotation_andHoldsOnlyTheLanguagesRead() {
        LegalReference none = new LegalReference("Z1100000477", "", "", "", "", Confidence.SECONDARY);
        assertTrue(Docs.tree(DecisionJson.write(withBasis(none))).at("/reasons/0/basis/text").isMissingNode());
        Quotation kkOnly = new Quotation("Z1100000477@2018", "", "13) оралман – …", List.of("kk: u"), false, true,
                "the words of 2018 stand in for a wording not seen");
        JsonNode tree = Docs.tree(DecisionJson.write(withBasis(
                new LegalReference("Z1100000477", "1", "", "13", "2014-03-20", Confidence.PRIMARY, kkOnly))));
        JsonNode text = tree.at("/reasons/0/basis/text");
        assertFalse(text.has("ru"));
        assertEquals("the words of 2018 stand in for a wording not seen", text.path("note").asText());
        assertTrue(text.path("otherWording").asBoolean());
        assertFalse(text.has("partial"));
        assertEquals("", Docs.violations(Docs.decisionSchema(), tree));
    }

    @Test
    void schema_rejectsAQuotationWithoutWordsOrSources_orWithUnknownFields() {
        LegalReference ref = new LegalReference("Z1100000477", "25", "1", "3", "2025-10-26", Confidence.PRIMARY, SP3);
        JsonNode good = Docs.tree(DecisionJson.write(withBasis(ref)));
        ObjectNode noWords = (ObjectNode) good.deepCopy();
        ((ObjectNode) noWords.at("/reasons/0/basis/text")).remove(List.of("ru", "kk"));
        assertFalse(Docs.violations(Docs.decisionSchema(), noWords).isEmpty());
        ObjectNode noSources = (ObjectNode) good.deepCopy();
        ((ObjectNode) noSources.at("/reasons/0/basis/text")).putArray("sources");
        assertFalse(Docs.violations(Docs.decisionSchema(), noSources).isEmpty());
        ObjectNode flagWithoutNote = (ObjectNode) good.deepCopy();
        ((ObjectNode) flagWithoutNote.at("/reasons/0/basis/text")).put("partial", true);
        assertFalse(Docs.violations(Docs.decisionSchema(), flagWithoutNote).isEmpty());
        ObjectNode extra = (ObjectNode) good.deepCopy();
        ((ObjectNode) extra.at("/reasons/0/basis/text")).put("en", "…");
        assertFalse(Docs.violations(Docs.decisionSchema(), extra).isEmpty());
    }

    @Test
    void quotation_invariants() {
        assertTrue(Quotation.NONE.isEmpty());
        assertFalse(Quotation.NONE.exact());
        assertEquals("", Quotation.NONE.words("ru"));
        assertEquals("", Quotation.NONE.wordsLanguage("kk"));
        assertTrue(SP3.exact());
        assertEquals(SP3.kk(), SP3.words("kk"));
        assertEquals(SP3.ru(), SP3.words("ru"));
        assertEquals(SP3.ru(), SP3.words("en"), "no English text of the acts: Russian");
        assertEquals("ru", SP3.wordsLanguage("en"));
        Quotation ruOnly = new Quotation("A@1", "слова", "", List.of("ru: u"), false, false, "");
        assertEquals("слова", ruOnly.words("kk"));
        assertEquals("ru", ruOnly.wordsLanguage("kk"));
        assertThrows(IllegalArgumentException.class, () -> new Quotation("A@1", "", " ", List.of("ru: u"), false, false, ""));
        assertThrows(IllegalArgumentException.class, () -> new Quotation("A@1", "слова", "", List.of(), false, false, ""));
        assertThrows(IllegalArgumentException.class, () -> new Quotation(" ", "слова", "", List.of("ru: u"), false, false, ""));
        assertThrows(NullPointerException.class, () -> new Quotation("A@1", "слова", "", List.of("ru: u"), false, false, null));
        assertThrows(IllegalArgumentException.class, () -> new Quotation("A@1", "слова", "", List.of("ru: u"), true, false, ""),
                "partial words need a note");
        assertThrows(IllegalArgumentException.class, () -> new Quotation("A@1", "слова", "", List.of("ru: u"), false, false, "n"),
                "a note without a flag");
        Quotation partial = new Quotation("A@1", "слова", "", List.of("ru: u"), true, false, "parts");
        assertTrue(partial.exact() && partial.partial());
        LegalReference plain = new LegalReference("A", "1", "", "", "", Confidence.PRIMARY);
        assertEquals(Quotation.NONE, plain.text());
        assertEquals(SP3, plain.withText(SP3).text());
        assertEquals(plain.citation(), plain.withText(SP3).citation(), "the citation names no words");
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
