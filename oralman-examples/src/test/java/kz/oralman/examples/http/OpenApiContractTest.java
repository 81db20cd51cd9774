package kz.oralman.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.oralman.examples.Repo;
import kz.oralman.examples.Schemas;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document passes a strict parser (swagger-parser, every reference resolved, the external
 * JSON Schemas included), and its examples are sample cases and decisions that validate against the
 * schemas it references.
 */
class OpenApiContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SwaggerParseResult parse(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateExternalRefs(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readLocation(location, null, options);
    }

    @Test
    void theDocument_passesTheStrictParser_withEveryReferenceResolved() throws Exception {
        URL url = DecisionService.class.getResource("openapi.json");
        assertNotNull(url);
        SwaggerParseResult result = parse(url.toString());
        assertEquals(List.of(), result.getMessages(), "swagger-parser found problems");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals("Apache-2.0", api.getInfo().getLicense().getIdentifier());
        assertTrue(!api.getServers().isEmpty(), "servers");
        for (String path : List.of("/v1/decisions", "/health", "/health/live", "/health/ready", "/metrics",
                "/openapi.json")) {
            assertNotNull(api.getPaths().get(path), path);
        }
        assertNotNull(api.getComponents().getSchemas().get("Case"));
    }

    @Test
    void theParser_isStrictEnough_toRefuseABrokenCopy(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String text = new String(DecisionService.resource("openapi.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"$ref\": \"schema/oralman-decision-1.schema.json\"", "\"$ref\": \"schema/missing.schema.json\"")
                .replace("\"openapi\": \"3.1.0\"", "\"openapi\": \"3.1.0\", \"unknownTopLevel\": 1");
        Path copy = dir.resolve("openapi.json");
        Files.writeString(copy, text);
        assertTrue(!parse(copy.toUri().toString()).getMessages().isEmpty(), "a broken copy is refused");
    }

    @Test
    void theComponents_referTheRealSchemas_andTheSchemasAreServedAndBundled() throws Exception {
        JsonNode doc = MAPPER.readTree(DecisionService.resource("openapi.json"));
        for (String[] c : new String[][] {{"Case", "oralman-case-1"}, {"Decision", "oralman-decision-1"},
            {"ErrorRecord", "oralman-error-1"}, {"ImpactReport", "oralman-impact-1"}}) {
            assertEquals("schema/" + c[1] + ".schema.json", doc.at("/components/schemas/" + c[0] + "/$ref").asText(), c[0]);
            byte[] bundled = DecisionService.resource("schema/" + c[1] + ".schema.json");
            assertEquals(Files.readString(Repo.root().resolve("docs/schema/" + c[1] + ".schema.json")),
                    new String(bundled, java.nio.charset.StandardCharsets.UTF_8), "the jar carries docs/schema as is");
        }
    }

    @Test
    void theExamples_areSampleCasesAndDecisions_thatValidate() throws Exception {
        JsonNode doc = MAPPER.readTree(DecisionService.resource("openapi.json"));
        JsonNode caseExamples = doc.at("/paths/~1v1~1decisions/post/requestBody/content/application~1json/examples");
        assertTrue(caseExamples.size() >= 1);
        caseExamples.properties().forEach(e -> {
            Path sample = Repo.root().resolve("oralman-examples/cases/" + e.getKey() + ".json");
            try {
                assertEquals(MAPPER.readTree(Files.readString(sample)), e.getValue().path("value"),
                        "the example " + e.getKey() + " is the sample case of that name");
                assertEquals("", Schemas.violations("oralman-case-1", e.getValue().path("value").toString()));
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
        JsonNode decisions = doc.at("/paths/~1v1~1decisions/post/responses/200/content/application~1json/examples");
        assertTrue(decisions.size() >= 1);
        decisions.forEach(e -> assertEquals("", Schemas.violations("oralman-decision-1", e.path("value").toString()),
                e.toString()));
    }
}
