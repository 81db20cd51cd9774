package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.oralman.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseJsonTest {
    /** The smallest valid case: one person, an application, everything optional left out. */
    static final String MINIMAL = """
            {
              "format": "oralman-case/1",
              "id": "minimal",
              "persons": [ { "id": "a", "names": [ { "text": "Ерлан", "script": "Cyrl" } ], "birthDate": "2000-02-29" } ],
              "application": {
                "applicant": "a", "question": "STATUS_ASSIGNMENT", "filed": "2024-03-01",
                "channel": "EMBASSY", "purpose": "PERMANENT_RESIDENCE",
                "documentPackage": { "complete": "UNKNOWN", "inDate": "UNKNOWN" }
              }
            }
            """;

    static ObjectNode minimal() {
        return (ObjectNode) Docs.tree(MINIMAL);
    }

    static Set<String> paths(String json) {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read(json));
        return e.problems().stream().map(Problem::path).collect(Collectors.toSet());
    }

    @Test
    void write_minimal_isCanonical() throws InvalidCaseException {
        String expected = """
                {
                  "format": "oralman-case/1",
                  "id": "minimal",
                  "persons": [
                    {
                      "id": "a",
                      "names": [
                        {
                          "text": "Ерлан",
                          "script": "Cyrl"
                        }
                      ],
                      "birthDate": "2000-02-29",
                      "nationalityClaims": [ ],
                      "citizenships": [ ],
                      "residences": [ ],
                      "documents": [ ]
                    }
                  ],
                  "familyTies": [ ],
                  "application": {
                    "applicant": "a",
                    "familyMembers": [ ],
                    "question": "STATUS_ASSIGNMENT",
                    "filed": "2024-03-01",
                    "channel": "EMBASSY",
                    "purpose": "PERMANENT_RESIDENCE",
                    "motives": [ ],
                    "statusHistory": [ ],
                    "refusalFacts": [ ],
                    "documentPackage": {
                      "complete": "UNKNOWN",
                      "inDate": "UNKNOWN"
                    }
                  },
                  "centres": [ ],
                  "stays": [ ],
                  "quotas": [ ]
                }
                """;
        assertEquals(expected, CaseJson.write(CaseJson.read(MINIMAL)));
    }

    @Test
    void write_isStable_andHashIsSha256OfIt() throws InvalidCaseException, NoSuchAlgorithmException {
        Case c = CaseJson.read(MINIMAL);
        String written = CaseJson.write(c);
        assertEquals(written, CaseJson.write(CaseJson.read(written)));
        assertFalse(written.contains("\r"));
        assertTrue(written.endsWith("}\n"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(written.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, CaseJson.hash(c));
        assertTrue(CaseJson.hash(c).matches("[0-9a-f]{64}"));
    }

    @Test
    void read_nullAndAbsentOptionals_areTheSame() throws InvalidCaseException {
        ObjectNode withNulls = minimal();
        withNulls.putNull("familyTies").putNull("centres").putNull("stays").putNull("quotas");
        ((ObjectNode) withNulls.get("application")).putNull("intendedRegion").putNull("citizenshipApplication")
                .putNull("motives");
        assertEquals(CaseJson.read(MINIMAL), CaseJson.read(withNulls));
    }

    @Test
    void read_periodToIsInclusive() throws InvalidCaseException {
        ObjectNode tree = minimal();
        ((ObjectNode) tree.get("persons").get(0)).putArray("citizenships").addObject().put("country", "UZ")
                .put("from", "2024-02-29").put("to", "2024-02-29").put("evidence", "VERIFIED");
        Case c = CaseJson.read(tree);
        var period = c.persons().get(0).citizenships().get(0).period();
        assertEquals(1, period.lengthInDays(), "a period from and to the same day is one day long");
        assertEquals("2024-03-01", period.getEnd().toString(), "stored half-open");
    }

    @ParameterizedTest(name = "birthDate {0}")
    @CsvSource({
        "2023-02-29, false", "2024-02-29, true", "1900-02-29, false", "2000-02-29, true", "2100-02-29, false",
        "1800-01-01, true", "1799-12-31, false", "2200-12-31, true", "2201-01-01, false", "2024-04-31, false",
        "2024-13-01, false", "2024-1-01, false", "24-01-01, false", "2024-01-01T00:00, false", "'', false",
        "+2024-01-01, false",
    })
    void read_dates_strictIso(String date, boolean valid) throws InvalidCaseException {
        ObjectNode tree = minimal();
        ((ObjectNode) tree.get("persons").get(0)).put("birthDate", date);
        if (valid) {
            assertEquals(date, CaseJson.read(tree).persons().get(0).birthDate().toString());
        } else {
            assertEquals(Set.of("/persons/0/birthDate"), paths(tree.toString()));
        }
        assertEquals(valid, Docs.violations(Docs.caseSchema(), tree).isEmpty(), "the schema agrees on " + date);
    }

    @ParameterizedTest(name = "document #{index}")
    @ValueSource(strings = {"", "   ", "{", "[]", "null", "42", "\"case\"", "{} {}", "{\"a\":1,\"a\":2}",
        "/* comment */ {}", "{'format': 1}", "{\"format\": NaN}", "\uFEFF"})
    void read_notACaseDocument_reportsTheDocument(String json) {
        assertEquals(Set.of(""), paths(json));
    }

    @Test
    void read_tooLong_reportsTheDocument() {
        String json = MINIMAL + " ".repeat(CaseJson.MAX_DOCUMENT_CHARS);
        assertEquals(Set.of(""), paths(json));
    }

    @Test
    void read_tooDeep_reportsTheDocument() {
        ObjectNode tree = minimal();
        ArrayNode deep = tree.putArray("quotas");
        for (int i = 0; i < CaseJson.MAX_DEPTH; i++) {
            deep = deep.addArray();
        }
        assertEquals(Set.of(""), paths(tree.toString()));
    }

    @Test
    void read_tooManyPersons_reportsTheArray() {
        ObjectNode tree = minimal();
        ArrayNode persons = (ArrayNode) tree.get("persons");
        JsonNode first = persons.get(0);
        for (int i = 1; i <= CaseJson.MAX_PERSONS; i++) {
            persons.add(((ObjectNode) first.deepCopy()).put("id", "p" + i));
        }
        assertTrue(paths(tree.toString()).contains("/persons"));
        assertFalse(Docs.violations(Docs.caseSchema(), tree).isEmpty());
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"200, true", "201, false"})
    void read_nameLength(int length, boolean valid) throws InvalidCaseException {
        ObjectNode tree = minimal();
        ((ObjectNode) tree.at("/persons/0/names/0")).put("text", "Ә".repeat(length));
        if (valid) {
            assertEquals(length, CaseJson.read(tree).persons().get(0).names().get(0).text().length());
        } else {
            assertEquals(Set.of("/persons/0/names/0/text"), paths(tree.toString()));
        }
        assertEquals(valid, Docs.violations(Docs.caseSchema(), tree).isEmpty());
    }

    @Test
    void read_numberTooLong_reportsTheDocument() {
        ObjectNode tree = minimal();
        String json = tree.toString().replace("\"id\":\"minimal\"", "\"id\":1" + "0".repeat(30));
        assertEquals(Set.of(""), paths(json));
    }

    @Test
    void read_unknownFieldWithPointerCharacters_isEscaped() {
        ObjectNode tree = minimal();
        ((ObjectNode) tree.get("persons").get(0)).put("a/b~c", 1);
        assertEquals(Set.of("/persons/0/a~1b~0c"), paths(tree.toString()));
    }

    @Test
    void read_reportsEveryProblemInDocumentOrder() {
        ObjectNode tree = minimal();
        tree.put("format", "oralman-case/0");
        ((ObjectNode) tree.get("persons").get(0)).put("birthDate", "2023-02-29");
        ((ObjectNode) tree.get("application")).put("channel", "FAX");
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read(tree));
        assertEquals(List.of("/format", "/persons/0/birthDate", "/application/channel"),
                e.problems().stream().map(Problem::path).toList());
        assertTrue(e.getMessage().startsWith("3 problems in the case:\n"), e.getMessage());
    }

    @Test
    void read_nullTree_reportsTheDocument() {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read((JsonNode) null));
        assertEquals("", e.problems().get(0).path());
    }

    @Test
    void problem_toString_namesTheDocumentForTheEmptyPointer() {
        assertEquals("(document): empty", new Problem("", "empty").toString());
        assertEquals("/id: bad", new Problem("/id", "bad").toString());
        assertThrows(IllegalArgumentException.class, () -> new InvalidCaseException(List.of()));
    }

    // Regression tests for reader bugs found while writing the contract; see docs/json-contract.md, "Known
    // deviations". Enable each one when its bug is fixed.

    @Test
    void read_overlappingPermanentResidence_reportsTheLaterPeriod() {
        ObjectNode tree = minimal();
        ArrayNode residences = ((ObjectNode) tree.get("persons").get(0)).putArray("residences");
        residences.addObject().put("country", "UZ").put("from", "2000-03-01").put("to", "2024-01-31")
                .put("kind", "PERMANENT").put("evidence", "VERIFIED");
        residences.addObject().put("country", "KZ").put("from", "2024-01-31")
                .put("kind", "PERMANENT").put("evidence", "VERIFIED");
        assertEquals(Set.of("/persons/0/residences/1"), paths(tree.toString()));
    }

    @Test
    void read_withoutPersons_reportsThePathInsteadOfCrashing() {
        ObjectNode tree = minimal();
        tree.remove("persons");
        assertTrue(paths(tree.toString()).contains("/persons"));
        assertTrue(paths("{\"format\":\"oralman-case/1\"}").contains("/persons"));
        assertTrue(paths("{}").contains("/persons"));
    }

    @Test
    void read_caseIdOfTheWrongForm_reportsTheId() {
        ObjectNode tree = minimal();
        tree.put("id", "bad id");
        assertEquals(Set.of("/id"), paths(tree.toString()));
    }

    @Test
    void read_childNotYoungerThanParent_reportsTheTie() {
        ObjectNode tree = minimal();
        ObjectNode b = ((ArrayNode) tree.get("persons")).addObject();
        b.put("id", "b").put("birthDate", "1950-01-01");
        b.putArray("names").addObject().put("text", "Ерлан").put("script", "Cyrl");
        tree.putArray("familyTies").addObject().put("from", "a").put("relation", "PARENT").put("to", "b");
        assertEquals(Set.of("/familyTies/0"), paths(tree.toString()));
    }

    @Test
    void read_nameOf150HanCharactersOutsideTheBmp_accepted() throws InvalidCaseException {
        ObjectNode tree = minimal();
        ((ObjectNode) tree.at("/persons/0/names/0")).put("text", "\uD840\uDC00".repeat(150)).put("script", "Hani");
        assertEquals(1, CaseJson.read(tree).persons().size());
    }
}
