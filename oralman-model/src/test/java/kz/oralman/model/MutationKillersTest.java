package kz.oralman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.model.json.Problem;
import org.junit.jupiter.api.Test;

/**
 * Tests written to kill the mutants PIT left alive (see docs/quality.md): mostly that a single fault is
 * reported once, at its own path, and not also as a second, derived problem elsewhere; and the small
 * queries of the model that no other test asked.
 */
class MutationKillersTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A valid case with one of every kind of object the contract has. */
    private static final String FULL = """
            {"format": "oralman-case/1", "id": "full", "persons": [
              {"id": "applicant", "names": [{"text": "Нұрлан", "script": "Cyrl"}], "birthDate": "1980-01-01",
               "nationalityClaims": [{"document": "%s", "whose": "SELF", "issuedBy": "SU", "evidence": "VERIFIED"}],
               "citizenships": [{"country": "CN", "from": "1980-01-01", "to": "2020-12-31", "evidence": "VERIFIED"}],
               "residences": [{"country": "KZ", "region": "ABAI", "from": "2021-01-01", "kind": "PERMANENT",
                               "evidence": "DECLARED"}],
               "documents": [{"kind": "PASSPORT", "issuingCountry": "CN", "number": "E123", "issued": "2015-01-01",
                              "expires": "2025-01-01"}]},
              {"id": "child", "names": [{"text": "Nurlan", "script": "Latn"}], "birthDate": "2005-05-05"}],
             "familyTies": [{"from": "child", "relation": "CHILD", "to": "applicant"}],
             "application": {"applicant": "applicant", "familyMembers": ["child"], "question": "STATUS_ASSIGNMENT",
               "filed": "2024-03-01", "channel": "LOCAL_EXECUTIVE_BODY", "purpose": "PERMANENT_RESIDENCE",
               "statusHistory": [{"person": "applicant", "kind": "GRANTED", "date": "2023-01-01",
                                  "validUntil": "2023-12-31"}],
               "refusalFacts": [{"person": "applicant", "ground": "%s", "evidence": "DECLARED"}],
               "documentPackage": {"complete": "VERIFIED", "inDate": "VERIFIED"},
               "citizenshipApplication": {"filed": "2024-01-01", "renunciation": "DECLARED",
                                          "withPermanentResidence": true}},
             "centres": [{"id": "c1", "name": "Centre", "region": "ALMATY_REGION", "kind": "%s", "capacity": 7,
                          "occupancy": [{"date": "2024-01-01", "persons": 7}]}],
             "stays": [{"person": "child", "centreId": "c1", "from": "2024-01-01", "to": "2024-02-01"}],
             "quotas": [{"year": 2024, "region": "ABAI", "category": "KANDAS", "unit": "FAMILIES", "allocated": 10,
                         "used": 4, "asOf": "2024-01-01"}]}
            """.formatted(NationalityDocument.values()[0].name(), RefusalGround.values()[0].name(),
            CentreKind.values()[0].name());

    private static ObjectNode full() throws Exception {
        return (ObjectNode) MAPPER.readTree(FULL);
    }

    /** The tree with the value at {@code pointer} replaced by {@code json} (or removed when null). */
    private static ObjectNode with(ObjectNode tree, String pointer, String json) throws Exception {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ArrayNode a) {
            a.set(p.last().getMatchingIndex(), MAPPER.readTree(json));
        } else if (json == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, MAPPER.readTree(json));
        }
        return tree;
    }

    private static List<Problem> problems(JsonNode tree) {
        InvalidCaseException e = assertThrows(InvalidCaseException.class,
                () -> CaseJson.read(MAPPER.writeValueAsString(tree)));
        return e.problems();
    }

    private static List<String> paths(JsonNode tree) {
        return problems(tree).stream().map(Problem::path).toList();
    }

    private static void onlyAt(String pointer, String json, String... expected) throws Exception {
        assertEquals(List.of(expected), paths(with(full(), pointer, json)), pointer + " = " + json);
    }

    @Test
    void fullCase_isValid_andReadsEveryValue() throws Exception {
        Case c = CaseJson.read(FULL);
        assertEquals(7, c.centres().get(0).capacity());
        assertEquals(7, c.centres().get(0).occupancy().get(0).persons());
        assertEquals(2024, c.quotas().get(0).year());
        assertEquals(6, c.quotas().get(0).remaining());
        assertTrue(c.application().citizenshipApplication().orElseThrow().withPermanentResidence());
        assertEquals(List.of(PersonId.of("applicant"), PersonId.of("child")), c.application().everyone());
        ObjectNode tree = with(full(), "/application/citizenshipApplication/withPermanentResidence", "false");
        assertFalse(CaseJson.read(MAPPER.writeValueAsString(tree)).application().citizenshipApplication()
                .orElseThrow().withPermanentResidence());
    }

    @Test
    void oneFault_isReportedOnce_atItsOwnPath() throws Exception {
        onlyAt("/persons/0/nationalityClaims/0/document", "\"X\"", "/persons/0/nationalityClaims/0/document");
        onlyAt("/persons/0/citizenships/0/country", "\"XX\"", "/persons/0/citizenships/0/country");
        onlyAt("/persons/0/citizenships/0/to", "\"2024-02-30\"", "/persons/0/citizenships/0/to");
        onlyAt("/persons/0/residences/0/kind", "\"X\"", "/persons/0/residences/0/kind");
        onlyAt("/persons/0/residences/0/region", "\"X\"", "/persons/0/residences/0/region");
        onlyAt("/persons/0/residences/0/country", "\"CN\"", "/persons/0/residences/0/region");
        onlyAt("/persons/0/documents/0/kind", "\"X\"", "/persons/0/documents/0/kind");
        onlyAt("/persons/0/documents/0/issued", "\"X\"", "/persons/0/documents/0/issued");
        onlyAt("/persons/0/documents/0/number", "5", "/persons/0/documents/0/number");
        onlyAt("/persons/0/documents/0/issuingCountry", "\"XX\"", "/persons/0/documents/0/issuingCountry");
        onlyAt("/persons/0/documents/0/expires", "\"2014-12-31\"", "/persons/0/documents/0/expires");
        onlyAt("/persons/0/documents/0/expires", "\"2014-13-31\"", "/persons/0/documents/0/expires");
        onlyAt("/persons/0/names/0/text", "5", "/persons/0/names/0/text");
        onlyAt("/persons/0/names/0/script", "5", "/persons/0/names/0/script");
        onlyAt("/persons/1/birthDate", "\"X\"", "/persons/1/birthDate");
        onlyAt("/persons/1/names", "[]", "/persons/1/names");
        onlyAt("/persons/0/nationalityClaims", "5", "/persons/0/nationalityClaims");
        onlyAt("/application/refusalFacts/0/ground", "\"X\"", "/application/refusalFacts/0/ground");
        onlyAt("/application/question", "\"X\"", "/application/question");
        onlyAt("/application/citizenshipApplication/withPermanentResidence", "\"yes\"",
                "/application/citizenshipApplication/withPermanentResidence");
        onlyAt("/application/familyMembers/0", "5", "/application/familyMembers/0");
        onlyAt("/quotas/0/year", "1990", "/quotas/0/year");
        onlyAt("/quotas/0/used", "11", "/quotas/0/used");
        onlyAt("/centres/0/capacity", "-1", "/centres/0/capacity");
        onlyAt("/centres/0/capacity", "1.5", "/centres/0/capacity");
        onlyAt("/centres/0/occupancy/0/persons", "8", "/centres/0/occupancy/0/persons");
        onlyAt("/stays/0/to", "\"2023-01-01\"", "/stays/0/to");
        onlyAt("/familyTies/0/relation", "\"X\"", "/familyTies/0/relation");
        onlyAt("/application/statusHistory/0/kind", "\"X\"", "/application/statusHistory/0/kind");
    }

    @Test
    void statusEvents_reportEachMisplacedField() throws Exception {
        onlyAt("/application/statusHistory/0/kind", "\"ENDED\"", "/application/statusHistory/0/endReason",
                "/application/statusHistory/0/validUntil");
        ObjectNode granted = with(full(), "/application/statusHistory/0/endReason", "\"DEATH\"");
        assertEquals(List.of("/application/statusHistory/0/endReason"), paths(granted));
        onlyAt("/application/statusHistory/0/validUntil", null, "/application/statusHistory/0/validUntil");
        onlyAt("/application/statusHistory/0/validUntil", "\"2022-12-31\"",
                "/application/statusHistory/0/validUntil");
    }

    @Test
    void eachMissingField_isReportedOnce_andNothingElse() throws Exception {
        String[][] table = {
            {"/persons/0", "birthDate"},
            {"/persons/0/names/0", "text", "script"},
            {"/persons/0/nationalityClaims/0", "document", "whose", "issuedBy", "evidence"},
            {"/persons/0/citizenships/0", "country", "from", "evidence"},
            {"/persons/0/residences/0", "country", "from", "kind", "evidence"},
            {"/persons/0/documents/0", "kind", "issuingCountry", "number", "issued"},
            {"/familyTies/0", "from", "relation", "to"},
            {"/application", "applicant", "question", "filed", "channel", "purpose", "documentPackage"},
            {"/application/statusHistory/0", "person", "kind", "date"},
            {"/application/refusalFacts/0", "person", "ground", "evidence"},
            {"/application/documentPackage", "complete", "inDate"},
            {"/application/citizenshipApplication", "filed", "renunciation", "withPermanentResidence"},
            {"/centres/0", "name", "region", "kind", "capacity"},
            {"/centres/0/occupancy/0", "date", "persons"},
            {"/stays/0", "person", "centreId", "from"},
            {"/quotas/0", "year", "region", "category", "unit", "allocated", "used", "asOf"}};
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                String path = row[0] + "/" + row[i];
                List<Problem> p = problems(with(full(), path, null));
                assertEquals(List.of(new Problem(path, "is required")), p, path);
            }
        }
    }

    @Test
    void statusEvents_sayWhatTheKindNeeds() throws Exception {
        ObjectNode tree = with(full(), "/application/statusHistory/0/validUntil", null);
        assertEquals(List.of(new Problem("/application/statusHistory/0/validUntil",
                "is required for a GRANTED event")), problems(tree));
        tree = with(full(), "/application/statusHistory/0/endReason", "\"DEATH\"");
        assertEquals(List.of(new Problem("/application/statusHistory/0/endReason",
                "is only allowed for an ENDED event")), problems(tree));
        tree = with(full(), "/application/statusHistory/0/kind", "\"ENDED\"");
        assertEquals(List.of(new Problem("/application/statusHistory/0/endReason", "is required for an ENDED event"),
                new Problem("/application/statusHistory/0/validUntil", "is not allowed for an ENDED event")),
                problems(tree));
    }

    @Test
    void danglingReferences_areEachReported() throws Exception {
        ObjectNode tree = with(full(), "/familyTies/0/from", "\"ghost\"");
        with(tree, "/familyTies/0/to", "\"ghost2\"");
        assertEquals(List.of("/familyTies/0/from", "/familyTies/0/to"), paths(tree));
        tree = with(full(), "/stays/0/person", "\"ghost\"");
        with(tree, "/stays/0/centreId", "\"nowhere\"");
        List<Problem> problems = problems(tree);
        assertEquals(List.of("/stays/0/person", "/stays/0/centreId"), problems.stream().map(Problem::path).toList());
        assertTrue(problems.get(1).message().contains("centre"), problems.get(1).message());
        assertTrue(problems.get(0).message().contains("person"), problems.get(0).message());
        onlyAt("/familyTies/0/from", "\"-bad\"", "/familyTies/0/from", "/familyTies/0/from");
        onlyAt("/application/familyMembers/0", "\"-bad\"", "/application/familyMembers/0",
                "/application/familyMembers/0");
    }

    @Test
    void wrongTypes_nameWhatWasFound() throws Exception {
        String[][] table = {{"5", "a number"}, {"[]", "an array"}, {"{}", "an object"}, {"true", "a boolean"}};
        for (String[] row : table) {
            List<Problem> p = problems(with(full(), "/format", row[0]));
            assertEquals(1, p.size());
            assertTrue(p.get(0).message().endsWith("found " + row[1]), p.get(0).message());
        }
        List<Problem> p = problems(with(full(), "/persons", "\"x\""));
        assertTrue(p.get(0).message().endsWith("found a string"), p.get(0).message());
        p = problems(with(full(), "/persons", "5"));
        assertEquals("/persons", p.get(0).path());
        assertTrue(p.get(0).message().contains("array"), p.get(0).message());
        p = problems(with(full(), "/application/familyMembers/0", "null"));
        assertTrue(p.get(0).message().endsWith("found null"), p.get(0).message());
    }

    @Test
    void limits_areInclusive() throws Exception {
        ObjectNode tree = full();
        ArrayNode names = (ArrayNode) tree.at("/persons/0/names");
        while (names.size() < 20) {
            names.addObject().put("text", "Nurlan" + "abcdefghijklmnopqrstuvwxyz".charAt(names.size())).put("script",
                    "Latn");
        }
        assertEquals(20, CaseJson.read(MAPPER.writeValueAsString(tree)).persons().get(0).names().size());
        names.addObject().put("text", "Extra").put("script", "Latn");
        assertEquals(List.of("/persons/0/names"), paths(tree));

        String text = "Ә".repeat(CaseJson.MAX_TEXT);
        tree = with(full(), "/persons/0/names/0/text", MAPPER.writeValueAsString(text));
        assertEquals(text, CaseJson.read(MAPPER.writeValueAsString(tree)).persons().get(0).names().get(0).text());
        onlyAt("/persons/0/names/0/text", MAPPER.writeValueAsString(text + "Ә"), "/persons/0/names/0/text");

        String doc = CaseJson.write(CaseJson.read(FULL));
        String padded = doc + " ".repeat(CaseJson.MAX_DOCUMENT_CHARS - doc.length());
        assertEquals(CaseJson.MAX_DOCUMENT_CHARS, padded.length());
        assertEquals("full", CaseJson.read(padded).id());
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read(padded + " "));
        assertEquals("", e.problems().get(0).path());
    }

    @Test
    void twoHundredPersons_areCheckedForRepeatedIds() throws Exception {
        ObjectNode tree = full();
        ArrayNode persons = (ArrayNode) tree.get("persons");
        while (persons.size() < CaseJson.MAX_PERSONS) {
            ObjectNode p = persons.get(1).deepCopy();
            persons.add(p.put("id", "p" + persons.size()));
        }
        ((ObjectNode) persons.get(CaseJson.MAX_PERSONS - 1)).put("id", "p2");
        assertEquals(List.of("/persons/199/id"), paths(tree));
    }

    @Test
    void documentLevelProblems_nameTheirLocation() {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read("{\"format\": "));
        assertEquals("", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("(line 1, column"), e.problems().get(0).message());
        e = assertThrows(InvalidCaseException.class, () -> CaseJson.read("   "));
        assertTrue(e.problems().get(0).message().contains("empty"), e.problems().get(0).message());
        assertTrue(e.getMessage().startsWith("1 problem in the case:\n  (document): "), e.getMessage());
        e = assertThrows(InvalidCaseException.class, () -> CaseJson.read("{}"));
        assertTrue(e.getMessage().startsWith(e.problems().size() + " problems in the case:\n  /format: "),
                e.getMessage());
        e = assertThrows(InvalidCaseException.class, () -> CaseJson.read(FULL.replace("\"persons\": [", "\"people\": [")
                .replaceFirst("]\\s*,\\s*\"familyTies\"", "], \"familyTies\"")));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("/persons")
                && p.message().equals("is required")), e.getMessage());
    }

    @Test
    void checks_nameTheIndexAndTheCharacter() {
        LocalDate birth = LocalDate.of(1980, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Person(PersonId.of("a"),
                java.util.Arrays.asList(PersonName.of("Nurlan", "Latn"), PersonName.of("Aibek", "Latn"), null), birth,
                List.of(), List.of(), List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("names[2] "), e.getMessage());
        assertEquals("\uD840\uDC00\uD840\uDC01", PersonName.of("\uD840\uDC00\uD840\uDC01", "Hani").text());
        assertThrows(IllegalArgumentException.class, () -> PersonName.of("丁\uD840", "Hani"));
        assertThrows(IllegalArgumentException.class, () -> PersonName.of("丁\uD840丁", "Hani"));
        assertThrows(IllegalArgumentException.class, () -> PersonName.of("丁\uDC00丁", "Hani"));
        assertThrows(IllegalArgumentException.class, () -> PersonName.of(" \t ", "Hani"));
        assertEquals(0, new Occupancy(birth, 0).persons());
        assertEquals(3, new Occupancy(birth, 3).persons());
        assertThrows(IllegalArgumentException.class, () -> new Occupancy(birth, -1));
    }

    @Test
    void periods_describeThemselves() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertEquals(LocalDate.MAX, Periods.lastDay(Periods.open(d)));
        assertEquals(d.plusDays(3), Periods.lastDay(Periods.closed(d, d.plusDays(3))));
        assertEquals("2020-01-01..", Periods.describe(Periods.open(d)));
        assertEquals("2020-01-01..2020-01-04", Periods.describe(Periods.closed(d, d.plusDays(3))));
        assertEquals(Periods.open(d), Periods.checkPeriod(Periods.open(d), "p"));
    }

    @Test
    void smallQueries_answerBothWays() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        ResidencePeriod abroad = new ResidencePeriod(CountryCode.of("CN"), Optional.empty(), Periods.closed(d, d),
                ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        ResidencePeriod home = new ResidencePeriod(CountryCode.KZ, Optional.empty(), Periods.open(d),
                ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED);
        ResidencePeriod visit = new ResidencePeriod(CountryCode.of("CN"), Optional.empty(), Periods.open(d),
                ResidenceKind.TEMPORARY, EvidenceStatus.VERIFIED);
        assertTrue(abroad.isPermanentAbroad());
        assertFalse(home.isPermanentAbroad());
        assertFalse(visit.isPermanentAbroad());
        assertTrue(abroad.covers(d));
        assertFalse(abroad.covers(d.plusDays(1)));
        assertTrue(EvidenceStatus.VERIFIED.isVerified());
        assertFalse(EvidenceStatus.DECLARED.isVerified());
        assertTrue(PersonId.of("a").compareTo(PersonId.of("b")) < 0);
        assertTrue(PersonId.of("b").compareTo(PersonId.of("a")) > 0);
        Person cn = new Person(PersonId.of("a"), List.of(PersonName.of("Nurlan", "Latn")), d, List.of(),
                List.of(new CitizenshipPeriod(CountryCode.of("CN"), Periods.open(d), EvidenceStatus.VERIFIED)),
                List.of(), List.of());
        assertFalse(cn.everCitizenOfKazakhstan());
        assertEquals(Region.EAST_KAZAKHSTAN, Region.ABAI.asOn(LocalDate.of(2022, 6, 7)));
        assertEquals(Region.ABAI, Region.ABAI.asOn(LocalDate.of(2022, 6, 8)));
        assertEquals(Region.SHYMKENT, Region.SHYMKENT.asOn(LocalDate.of(2018, 6, 19)));
        assertEquals(Region.TURKESTAN, Region.SHYMKENT.asOn(LocalDate.of(2018, 6, 18)));
        assertEquals(Region.TURKESTAN, Region.TURKESTAN.asOn(LocalDate.of(2000, 1, 1)));
        assertEquals(LocalDate.of(2022, 6, 8), Region.ABAI.createdOn());
        assertEquals("Z1 art. 1 p. 2 sub-p. 3 @2021-01-02",
                new LegalReference("Z1", "1", "2", "3", "2021-01-02", Confidence.PRIMARY).citation());
        assertEquals("Z1", new LegalReference("Z1", "", "", "", "", Confidence.PRIMARY).citation());
    }
}
