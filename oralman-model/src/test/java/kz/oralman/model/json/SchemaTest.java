package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.oralman.model.ArrivalMotive;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.CentreKind;
import kz.oralman.model.Channel;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.IdentityDocumentKind;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Question;
import kz.oralman.model.QuotaCategory;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.Region;
import kz.oralman.model.Relation;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEventKind;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.ReferralBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas in docs/schema say what the Java code says: same enums, same limits, no extra fields. */
class SchemaTest {
    static Stream<Arguments> caseEnums() {
        return Stream.of(
                Arguments.of("/$defs/evidence/enum", EvidenceStatus.class),
                Arguments.of("/$defs/region/enum", Region.class),
                Arguments.of("/$defs/nationalityClaim/properties/document/enum", NationalityDocument.class),
                Arguments.of("/$defs/nationalityClaim/properties/whose/enum", Kin.class),
                Arguments.of("/$defs/residencePeriod/properties/kind/enum", ResidenceKind.class),
                Arguments.of("/$defs/identityDocument/properties/kind/enum", IdentityDocumentKind.class),
                Arguments.of("/$defs/familyTie/properties/relation/enum", Relation.class),
                Arguments.of("/$defs/statusEvent/properties/kind/enum", StatusEventKind.class),
                Arguments.of("/$defs/refusalFact/properties/ground/enum", RefusalGround.class),
                Arguments.of("/$defs/application/properties/question/enum", Question.class),
                Arguments.of("/$defs/application/properties/channel/enum", Channel.class),
                Arguments.of("/$defs/application/properties/purpose/enum", ArrivalPurpose.class),
                Arguments.of("/$defs/application/properties/motives/items/enum", ArrivalMotive.class),
                Arguments.of("/$defs/centre/properties/kind/enum", CentreKind.class),
                Arguments.of("/$defs/quota/properties/category/enum", QuotaCategory.class),
                Arguments.of("/$defs/quota/properties/unit/enum", QuotaUnit.class),
                Arguments.of("/$defs/permitDecision/properties/kind/enum", kz.oralman.model.PermitDecisionKind.class),
                Arguments.of("/$defs/quotaOffer/properties/response/enum", kz.oralman.model.OfferResponse.class));
    }

    @Test
    void caseSchema_nullableEnumsOfTheNewFieldsAreTheJavaEnumsPlusNull() {
        List<String> nationalities = new ArrayList<>(names(kz.oralman.model.Nationality.class));
        nationalities.add(null);
        assertEquals(nationalities, strings(Docs.caseSchemaTree()
                .at("/$defs/nationalityClaim/properties/nationality/enum")));
        List<String> consent = new ArrayList<>(names(kz.oralman.model.ConsentStatus.class));
        consent.add(null);
        assertEquals(consent, strings(Docs.caseSchemaTree().at("/$defs/person/properties/personalDataConsent/enum")));
        assertEquals(List.of("STATUS_ASSIGNMENT", "STATUS_EXTENSION"), strings(Docs.caseSchemaTree()
                .at("/$defs/pendingStatusApplication/properties/question/enum")));
    }

    static Stream<Arguments> decisionEnums() {
        return Stream.of(
                Arguments.of("/properties/question/enum", Question.class),
                Arguments.of("/properties/outcome/enum", Outcome.class),
                Arguments.of("/properties/referredTo/enum", ReferralBody.class),
                Arguments.of("/properties/authority/properties/confidence/enum", Confidence.class),
                Arguments.of("/$defs/reference/properties/confidence/enum", Confidence.class));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "not an enum: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseEnums")
    void caseSchema_enumIsTheJavaEnum(String pointer, Class<? extends Enum<?>> type) {
        assertEquals(names(type), strings(Docs.caseSchemaTree().at(pointer)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionEnums")
    void decisionSchema_enumIsTheJavaEnum(String pointer, Class<? extends Enum<?>> type) {
        assertEquals(names(type), strings(Docs.decisionSchemaTree().at(pointer)));
    }

    @Test
    void caseSchema_nullableRegionEnumIsTheJavaEnumPlusNull() {
        List<String> expected = new ArrayList<>(names(Region.class));
        expected.add(null);
        assertEquals(expected, strings(Docs.caseSchemaTree().at("/$defs/optionalRegion/enum")));
        List<String> reasons = new ArrayList<>(names(StatusEndReason.class));
        reasons.add(null);
        assertEquals(reasons, strings(Docs.caseSchemaTree().at("/$defs/statusEvent/properties/endReason/enum")));
    }

    @Test
    void caseSchema_countriesAreTheRuntimesIsoCodesPlusSovietUnion() {
        Set<String> expected = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        expected.add("SU");
        assertEquals(expected, new TreeSet<>(strings(Docs.caseSchemaTree().at("/$defs/country/enum"))),
                "Maybe the JDK's country list changed: regenerate the enum of /$defs/country");
    }

    @Test
    void caseSchema_scriptsAreTheFourLetterCodesJavaKnows() {
        Set<String> known = new TreeSet<>();
        char[] c = new char[4];
        for (c[0] = 'A'; c[0] <= 'Z'; c[0]++) {
            for (c[1] = 'a'; c[1] <= 'z'; c[1]++) {
                for (c[2] = 'a'; c[2] <= 'z'; c[2]++) {
                    for (c[3] = 'a'; c[3] <= 'z'; c[3]++) {
                        String code = new String(c);
                        try {
                            Character.UnicodeScript.forName(code);
                            known.add(code);
                        } catch (IllegalArgumentException e) {
                            // not a script code
                        }
                    }
                }
            }
        }
        assertEquals(known, new TreeSet<>(strings(Docs.caseSchemaTree().at("/$defs/personName/properties/script/enum"))));
    }

    @Test
    void caseSchema_limitsAreTheReadersLimits() {
        JsonNode s = Docs.caseSchemaTree();
        assertEquals(CaseJson.FORMAT, s.at("/properties/format/const").textValue());
        assertEquals(CaseJson.MAX_PERSONS, s.at("/properties/persons/maxItems").intValue());
        for (String array : List.of("familyTies", "centres", "stays", "quotas")) {
            assertEquals(CaseJson.MAX_ITEMS, s.at("/properties/" + array + "/maxItems").intValue(), array);
        }
        for (String array : List.of("statusHistory", "refusalFacts", "pendingStatusApplications")) {
            assertEquals(CaseJson.MAX_ITEMS, s.at("/$defs/application/properties/" + array + "/maxItems").intValue());
        }
        assertEquals(CaseJson.MAX_PERSONS, s.at("/$defs/application/properties/familyMembers/maxItems").intValue());
        assertEquals(CaseJson.MAX_TEXT, s.at("/$defs/text/maxLength").intValue());
        assertEquals(DecisionJson.FORMAT, Docs.decisionSchemaTree().at("/properties/format/const").textValue());
    }

    @Test
    void schemas_everyObjectWithPropertiesForbidsOthers() {
        for (JsonNode schema : List.of(Docs.caseSchemaTree(), Docs.decisionSchemaTree())) {
            List<String> open = new ArrayList<>();
            walk(schema, "", open);
            assertEquals(List.of(), open);
        }
    }

    private static void walk(JsonNode node, String pointer, List<String> open) {
        if (node.isObject()) {
            boolean inIfOrThen = pointer.matches(".*/(if|then|else)(/.*)?");
            if (node.has("properties") && node.has("type") && !inIfOrThen
                    && !node.path("additionalProperties").equals(Docs.tree("false"))) {
                open.add(pointer);
            }
            node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, open);
            }
        }
    }

    @Test
    void schemas_areValidDraft202012() {
        JsonSchema meta = Docs.FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(Docs.caseSchemaTree()));
        assertEquals(Set.of(), meta.validate(Docs.decisionSchemaTree()));
    }
}
