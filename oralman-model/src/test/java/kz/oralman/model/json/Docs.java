package kz.oralman.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The project's docs/ tree as the tests see it: examples, schemas, and a validator for each schema. */
final class Docs {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static Path root;
    private static JsonSchema caseSchema;
    private static JsonSchema decisionSchema;

    private Docs() {
    }

    /** The docs/ directory, found by walking up from the working directory (Surefire runs in the module). */
    static synchronized Path dir() {
        if (root == null) {
            for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("docs/examples")) && Files.isDirectory(p.resolve("docs/schema"))) {
                    root = p.resolve("docs");
                    break;
                }
            }
            if (root == null) {
                throw new IllegalStateException("no docs/examples above " + Path.of("").toAbsolutePath()
                        + "\nMaybe run the tests from inside the repository");
            }
        }
        return root;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in a docs/ subdirectory whose names end with {@code suffix}, sorted. */
    static List<Path> files(String subdirectory, String suffix) {
        try (Stream<Path> s = Files.list(dir().resolve(subdirectory))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode caseSchemaTree() {
        return tree(read(dir().resolve("schema/oralman-case-1.schema.json")));
    }

    static JsonNode decisionSchemaTree() {
        return tree(read(dir().resolve("schema/oralman-decision-1.schema.json")));
    }

    static synchronized JsonSchema caseSchema() {
        if (caseSchema == null) {
            caseSchema = FACTORY.getSchema(caseSchemaTree());
        }
        return caseSchema;
    }

    static synchronized JsonSchema decisionSchema() {
        if (decisionSchema == null) {
            decisionSchema = FACTORY.getSchema(decisionSchemaTree());
        }
        return decisionSchema;
    }

    /** What the schema finds wrong with a document, one line per message; empty when valid. */
    static String violations(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
