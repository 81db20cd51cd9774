package kz.oralman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;

import org.junit.jupiter.api.Test;

/**
 * A value from the input shown in an error message cannot carry a control character to the reader's
 * terminal or log: no NUL, no ESC (a terminal escape sequence), no line break forging another line,
 * no bidirectional override; letters of every script stay as they are.
 */
class PrintableTest {

    @Test
    void controlFormatAndSeparatorCharacters_areEscaped_lettersAreNot() {
        assertEquals("'a\\u0000b'", Printable.quoted("a\u0000b"));
        assertEquals("'\\u001B[31mred'", Printable.quoted("\u001b[31mred"));
        assertEquals("'one\\u000Atwo\\u000D'", Printable.quoted("one\ntwo\r"));
        assertEquals("'abc\\u202Efdp.exe'", Printable.quoted("abc\u202efdp.exe"));
        assertEquals("'\\u2028\\u0085\\u007F'", Printable.quoted("\u2028\u0085\u007f"));
        assertEquals("'\\uD800x'", Printable.quoted("\ud800x"), "an unpaired surrogate");
        assertEquals("'Қанат Әлиұлы 😀 𠀁'", Printable.quoted("Қанат Әлиұлы 😀 𠀁"));
        assertEquals("null", Printable.quoted(null));
    }

    @Test
    void aLongValue_isCut_sayingHowLongItWas() {
        String shown = Printable.quoted("x".repeat(5_000));
        assertTrue(shown.length() < 140, shown);
        assertTrue(shown.contains("(5000 characters)"), shown);
    }

    /** 20,000 random strings (seed printed on failure): the result never holds a control character. */
    @Test
    void nothingShown_holdsAControlCharacter() {
        long seed = Long.getLong("oralman.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            String shown = Printable.quoted(s.toString());
            for (int i = 0; i < shown.length(); i++) {
                int type = Character.getType(shown.charAt(i));
                boolean unpaired = Character.isHighSurrogate(shown.charAt(i))
                        ? i + 1 >= shown.length() || !Character.isLowSurrogate(shown.charAt(i + 1))
                        : Character.isLowSurrogate(shown.charAt(i))
                                && (i == 0 || !Character.isHighSurrogate(shown.charAt(i - 1)));
                assertFalse(type == Character.CONTROL || type == Character.FORMAT || unpaired
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR,
                        "seed " + seed + " (replay: -Doralman.seed=" + seed + "): " + shown);
            }
        }
    }

    @Test
    void aCaseWithAControlCharacterInAnId_isReported_withTheCharacterEscaped() throws Exception {
        String sample = Files.readString(Path.of("..", "oralman-examples", "cases", "uz-2024-family-assign-granted.json"));
        String hostile = sample.replaceFirst("\"id\"\\s*:\\s*\"applicant\"", "\"id\": \"app\\\\u0000\\\\u001b[2J\\\\nlicant\"");
        InvalidCaseException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidCaseException.class,
                () -> CaseJson.read(hostile));
        String message = String.valueOf(e.getMessage()) + e.problems();
        assertTrue(message.contains("app\\u0000\\u001B[2J\\u000Alicant"), message);
        assertFalse(message.chars().anyMatch(c -> c == 0 || c == 0x1b), message);
    }
}
