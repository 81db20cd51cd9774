package kz.oralman.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The JSON Schemas of docs/schema, with the validator the model's tests use (networknt, draft 2020-12). */
public final class Schemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /**
     * @param name such as {@code oralman-decision-1}
     * @return the schema
     */
    public static JsonSchema of(String name) {
        return CACHE.computeIfAbsent(name, n -> FACTORY.getSchema(tree(n)));
    }

    /**
     * @param name such as {@code oralman-decision-1}
     * @return the schema document
     */
    public static JsonNode tree(String name) {
        try {
            return MAPPER.readTree(Files.readString(Repo.root().resolve("docs/schema/" + name + ".schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a schema finds wrong with a document, one line per message; empty when valid.
     *
     * @param name the schema
     * @param json the document
     * @return the messages
     */
    public static String violations(String name, String json) {
        try {
            Set<ValidationMessage> messages = of(name).validate(MAPPER.readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
    }
}
