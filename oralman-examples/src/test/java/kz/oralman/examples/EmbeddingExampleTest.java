package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import kz.oralman.examples.embedding.EmbeddingExample;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void theExampleRuns_andExplainsInRussian() throws Exception {
        String text = EmbeddingExample.explain(Repo.root().resolve("docs/examples/uz-2024-family.json"),
                LocalDate.of(2024, 3, 1));
        assertTrue(text.contains("Удовлетворено"), text);
    }

    @Test
    void theReadmeShowsExactlyTheCompiledSnippet() throws Exception {
        String source = Files.readString(Repo.root().resolve(
                "oralman-examples/src/main/java/kz/oralman/examples/embedding/EmbeddingExample.java"));
        String snippet = source.substring(source.indexOf("// README-SNIPPET-START") + "// README-SNIPPET-START".length(),
                source.indexOf("        // README-SNIPPET-END"));
        String dedented = Arrays.stream(snippet.strip().split("\n")).map(l -> l.startsWith("        ")
                ? l.substring(8) : l).collect(Collectors.joining("\n"));
        String readme = Files.readString(Repo.root().resolve("README.md"));
        assertTrue(readme.contains(dedented), "README.md must contain the snippet of EmbeddingExample:\n" + dedented);
    }
}
