package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruleset folder's own texts ({@code messages/}) are what its decisions are explained with, so its
 * ruleset hash covers them: an edited text changes the hash of the versions whose rules use it (and
 * so every receipt of theirs), and a folder with the library's texts hashes as one without texts.
 */
class FolderTextsHashTest {

    private static final String VERSION = "Z1100000477@2025-10-26";
    private static final String KEY = "rule.STATUS.ASSIGN.GRANT=";

    private static String hash(Path dir) {
        OralmanEngine engine = RulesetFolder.lazy(dir);
        LawVersion v = engine.versions().stream().filter(x -> x.id().equals(VERSION)).findFirst().orElseThrow();
        return engine.ruleset(v).hash();
    }

    @Test
    void anEditedText_changesTheHash_andTheLibrarysTexts_hashAsNone(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        String exported = hash(dir);

        Path en = dir.resolve(MessageBundles.FOLDER).resolve(MessageBundles.fileName("en"));
        String text = Files.readString(en, StandardCharsets.UTF_8);
        assertTrue(text.contains(KEY), "the exported English texts hold " + KEY);
        Files.writeString(en, text.replace(KEY, KEY + "As amended: "), StandardCharsets.UTF_8);
        String edited = hash(dir);
        assertNotEquals(exported, edited, "a rule's English text was edited, and the hash did not change");

        Files.writeString(en, text, StandardCharsets.UTF_8);
        assertEquals(exported, hash(dir), "the same texts again give the same hash");

        try (Stream<Path> files = Files.walk(dir.resolve(MessageBundles.FOLDER))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertEquals(exported, hash(dir), "the exported texts are the library's: no messages/ hashes alike");
    }
}
