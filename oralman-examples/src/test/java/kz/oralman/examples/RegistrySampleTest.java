package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code oralman-examples/cases/registry-sample.jsonl}, the batch example of the help and the docs:
 * every line is one of the sample cases, as its file says it, once.
 */
class RegistrySampleTest {
    @Test
    void everyLine_isASampleCase_asItsFileSaysIt() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Path cases = Repo.root().resolve("oralman-examples/cases");
        List<String> lines = Files.readAllLines(cases.resolve("registry-sample.jsonl"), StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 25, "only " + lines.size() + " lines");
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode c = mapper.readTree(line);
            String id = c.path("id").asText();
            assertTrue(ids.add(id), "twice: " + id);
            Path file = cases.resolve(id + ".json");
            assertTrue(Files.exists(file), "no sample case file for line " + id);
            assertEquals(mapper.readTree(Files.readString(file)), c, id + ": the line differs from " + file.getFileName()
                    + "\nMaybe regenerate the sample registry from the case files");
        }
    }
}
