package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.ConsentStatus;
import kz.oralman.model.CountryCode;
import kz.oralman.model.Nationality;
import kz.oralman.model.OfferResponse;
import kz.oralman.model.PermitDecisionKind;
import kz.oralman.model.Question;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optional fields added to format oralman-case/1 for the primary-text rules (issue #10 item 5):
 * a stated nationality other than Kazakh, permanent residence permit decisions, consent to access
 * personal data, where an offence was committed, pending status applications and the quota offer.
 * A case without them reads, writes and hashes exactly as before.
 */
class CaseJsonNewFieldsTest {
    private static final List<String> NEW_FIELDS = List.of("\"nationality\"", "\"permitDecisions\"",
            "\"personalDataConsent\"", "\"place\"", "\"pendingStatusApplications\"", "\"quotaOffer\"");

    /** A family: a Kazakh applicant and a Russian spouse, with every new field used once. */
    static final String FULL = """
            {
              "format": "oralman-case/1",
              "id": "new-fields",
              "persons": [
                { "id": "a", "names": [ { "text": "Ерлан", "script": "Cyrl" } ], "birthDate": "1980-01-01",
                  "nationalityClaims": [ { "document": "PASSPORT_WITH_NATIONALITY_LINE", "whose": "SELF",
                                           "issuedBy": "UZ", "evidence": "VERIFIED" } ],
                  "permitDecisions": [
                    { "kind": "REFUSED", "date": "2024-01-10", "evidence": "DECLARED" },
                    { "kind": "ANNULLED", "date": "2024-05-10", "art49Subparagraph": 11, "evidence": "VERIFIED" } ],
                  "personalDataConsent": "GIVEN" },
                { "id": "s", "names": [ { "text": "Ольга", "script": "Cyrl" } ], "birthDate": "1982-01-01",
                  "nationalityClaims": [ { "document": "PASSPORT_WITH_NATIONALITY_LINE", "whose": "SELF",
                                           "issuedBy": "UZ", "evidence": "VERIFIED", "nationality": "RUSSIAN" } ],
                  "personalDataConsent": "UNKNOWN" }
              ],
              "familyTies": [ { "from": "s", "relation": "SPOUSE", "to": "a" } ],
              "application": {
                "applicant": "a", "familyMembers": [ "s" ], "question": "QUOTA_INCLUSION", "filed": "2024-03-01",
                "channel": "LOCAL_EXECUTIVE_BODY", "purpose": "PERMANENT_RESIDENCE",
                "refusalFacts": [ { "person": "a", "ground": "OFFENCE", "evidence": "VERIFIED", "place": "UZ" },
                                  { "person": "s", "ground": "TERRORIST_OR_EXTREMIST_MEMBERSHIP", "evidence": "UNKNOWN" } ],
                "documentPackage": { "complete": "VERIFIED", "inDate": "VERIFIED" },
                "pendingStatusApplications": [ { "person": "s", "question": "STATUS_ASSIGNMENT", "filed": "2024-02-01" } ],
                "quotaOffer": { "region": "PAVLODAR", "offered": "2024-03-05", "response": "REFUSED" }
              }
            }
            """;

    static ObjectNode full() {
        return (ObjectNode) Docs.tree(FULL);
    }

    static Set<String> paths(Object json) {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> CaseJson.read(json.toString()));
        return e.problems().stream().map(Problem::path).collect(Collectors.toSet());
    }

    static Stream<Path> examplesWithoutNewFields() {
        return Docs.files("examples", ".json").stream()
                .filter(p -> NEW_FIELDS.stream().noneMatch(Docs.read(p)::contains));
    }

    @Test
    void read_everyNewField_isInTheModel() throws InvalidCaseException {
        Case c = CaseJson.read(FULL);
        var a = c.person(kz.oralman.model.PersonId.of("a")).orElseThrow();
        var s = c.person(kz.oralman.model.PersonId.of("s")).orElseThrow();
        assertEquals(Nationality.KAZAKH, a.nationalityClaims().get(0).nationality());
        assertEquals(Nationality.RUSSIAN, s.nationalityClaims().get(0).nationality());
        assertTrue(s.statedNonKazakh());
        assertTrue(s.establishedNonKazakh());
        assertFalse(a.statedNonKazakh());
        assertEquals(2, a.permitDecisions().size());
        assertEquals(PermitDecisionKind.ANNULLED, a.permitDecisions().get(1).kind());
        assertEquals(Optional.of(11), a.permitDecisions().get(1).art49Subparagraph());
        assertTrue(a.permitDecisions().get(1).endsStatus());
        assertFalse(a.permitDecisions().get(0).endsStatus(), "declared and without an Art. 49 ground");
        assertEquals(Optional.of(ConsentStatus.GIVEN), a.personalDataConsent());
        assertEquals(Optional.of(ConsentStatus.UNKNOWN), s.personalDataConsent());
        var offence = c.application().refusalFacts().get(0);
        assertEquals(RefusalGround.OFFENCE, offence.ground());
        assertEquals(Optional.of(CountryCode.of("UZ")), offence.place());
        assertEquals(Optional.empty(), c.application().refusalFacts().get(1).place());
        assertEquals(Question.STATUS_ASSIGNMENT, c.application().pendingStatusApplications().get(0).question());
        assertEquals(Region.PAVLODAR, c.application().quotaOffer().orElseThrow().region());
        assertEquals(OfferResponse.REFUSED, c.application().quotaOffer().orElseThrow().response());
        assertEquals("SPOUSE", c.role(s.id()).relation().orElseThrow().name());
        assertEquals("FAMILY_MEMBER", c.role(s.id()).kind());
        assertEquals("APPLICANT", c.role(a.id()).kind());
    }

    @Test
    void write_roundTripsTheNewFields_andTheSchemaAcceptsTheCanonicalForm() throws InvalidCaseException {
        Case c = CaseJson.read(FULL);
        String written = CaseJson.write(c);
        assertEquals(c, CaseJson.read(written));
        assertEquals(written, CaseJson.write(CaseJson.read(written)));
        assertEquals("", Docs.violations(Docs.caseSchema(), Docs.tree(FULL)));
        assertEquals("", Docs.violations(Docs.caseSchema(), Docs.tree(written)));
        for (String field : NEW_FIELDS) {
            assertTrue(written.contains(field), field);
        }
        assertFalse(written.contains("\"KAZAKH\""), "the default nationality is left out");
    }

    @Test
    void write_leavesOutDefaultsAndEmptyNewArrays_soTheHashOfAnOldCaseDoesNotChange() throws InvalidCaseException {
        Case old = CaseJson.read(CaseJsonTest.MINIMAL);
        ObjectNode explicit = CaseJsonTest.minimal();
        ObjectNode person = (ObjectNode) explicit.get("persons").get(0);
        person.putArray("permitDecisions");
        person.putNull("personalDataConsent");
        person.putArray("nationalityClaims").addObject().put("document", "BIRTH_CERTIFICATE").put("whose", "SELF")
                .put("issuedBy", "CN").put("evidence", "VERIFIED").put("nationality", "KAZAKH");
        ObjectNode app = (ObjectNode) explicit.get("application");
        app.putArray("pendingStatusApplications");
        app.putNull("quotaOffer");
        ObjectNode implicit = CaseJsonTest.minimal();
        ((ObjectNode) implicit.get("persons").get(0)).putArray("nationalityClaims").addObject()
                .put("document", "BIRTH_CERTIFICATE").put("whose", "SELF").put("issuedBy", "CN")
                .put("evidence", "VERIFIED");
        assertEquals(CaseJson.write(CaseJson.read(implicit)), CaseJson.write(CaseJson.read(explicit)));
        assertEquals(CaseJson.hash(CaseJson.read(implicit)), CaseJson.hash(CaseJson.read(explicit)));
        String written = CaseJson.write(old);
        NEW_FIELDS.forEach(f -> assertFalse(written.contains(f), f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesWithoutNewFields")
    void write_anExampleWithoutTheNewFields_hasNoneOfThem(Path file) throws InvalidCaseException {
        String written = CaseJson.write(CaseJson.read(Docs.read(file)));
        NEW_FIELDS.forEach(f -> assertFalse(written.contains(f), file + " " + f));
    }

    @Test
    void read_nationalityOfTheWrongTypeOrUnknown_reportsTheField() {
        ObjectNode t = full();
        ((ObjectNode) t.at("/persons/1/nationalityClaims/0")).put("nationality", 7);
        assertEquals(Set.of("/persons/1/nationalityClaims/0/nationality"), paths(t));
        ((ObjectNode) t.at("/persons/1/nationalityClaims/0")).put("nationality", "MARTIAN");
        assertEquals(Set.of("/persons/1/nationalityClaims/0/nationality"), paths(t));
        ((ObjectNode) t.at("/persons/1/nationalityClaims/0")).put("nationality", "kazakh");
        assertEquals(Set.of("/persons/1/nationalityClaims/0/nationality"), paths(t));
    }

    @Test
    void read_badPermitDecisions_reportTheValue() {
        ObjectNode t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/1")).put("art49Subparagraph", 0);
        assertEquals(Set.of("/persons/0/permitDecisions/1/art49Subparagraph"), paths(t));
        t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/1")).put("art49Subparagraph", "11");
        assertEquals(Set.of("/persons/0/permitDecisions/1/art49Subparagraph"), paths(t));
        t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/1")).put("kind", "REVOKED");
        assertEquals(Set.of("/persons/0/permitDecisions/1/kind"), paths(t));
        t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/1")).put("reason", "x");
        assertEquals(Set.of("/persons/0/permitDecisions/1/reason"), paths(t));
        t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/1")).put("date", "2023-12-31");
        assertEquals(Set.of("/persons/0/permitDecisions/1"), paths(t), "out of date order");
        t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/0")).put("date", "1970-01-01");
        assertEquals(Set.of("/persons/0/permitDecisions/0"), paths(t), "before the birth date");
        t = full();
        ((ObjectNode) t.at("/persons/0")).put("permitDecisions", "none");
        assertEquals(Set.of("/persons/0/permitDecisions"), paths(t));
    }

    @Test
    void read_badConsentPlaceOfferAndPending_reportTheValue() {
        ObjectNode t = full();
        ((ObjectNode) t.at("/persons/0")).put("personalDataConsent", true);
        assertEquals(Set.of("/persons/0/personalDataConsent"), paths(t));
        t = full();
        ((ObjectNode) t.at("/application/refusalFacts/0")).put("place", "XX");
        assertEquals(Set.of("/application/refusalFacts/0/place"), paths(t));
        t = full();
        ((ObjectNode) t.at("/application/quotaOffer")).put("response", "MAYBE");
        assertEquals(Set.of("/application/quotaOffer/response"), paths(t));
        t = full();
        ((ObjectNode) t.at("/application/quotaOffer")).remove("offered");
        assertEquals(Set.of("/application/quotaOffer/offered"), paths(t));
        t = full();
        ((ObjectNode) t.at("/application")).put("quotaOffer", "PAVLODAR");
        assertEquals(Set.of("/application/quotaOffer"), paths(t));
        t = full();
        ((ObjectNode) t.at("/application/pendingStatusApplications/0")).put("question", "CENTRE_PLACEMENT");
        assertEquals(Set.of("/application/pendingStatusApplications/0/question"), paths(t));
        t = full();
        ((ObjectNode) t.at("/application/pendingStatusApplications/0")).put("person", "nobody");
        assertEquals(Set.of("/application/pendingStatusApplications/0/person"), paths(t));
        t = full();
        ((ArrayNode) t.at("/application/pendingStatusApplications")).addObject().put("person", "a");
        assertEquals(Set.of("/application/pendingStatusApplications/1/question",
                "/application/pendingStatusApplications/1/filed"), paths(t));
    }

    @Test
    void schema_rejectsWhatTheReaderRejects() {
        ObjectNode t = full();
        ((ObjectNode) t.at("/persons/1/nationalityClaims/0")).put("nationality", "MARTIAN");
        assertFalse(Docs.violations(Docs.caseSchema(), t).isEmpty());
        t = full();
        ((ObjectNode) t.at("/persons/0/permitDecisions/1")).put("art49Subparagraph", 31);
        assertFalse(Docs.violations(Docs.caseSchema(), t).isEmpty());
        t = full();
        ((ObjectNode) t.at("/application/quotaOffer")).put("extra", 1);
        assertFalse(Docs.violations(Docs.caseSchema(), t).isEmpty());
    }
}
