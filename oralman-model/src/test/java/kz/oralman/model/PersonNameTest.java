package kz.oralman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Ерлан Сейітұлы          | Cyrl",   // Kazakh Cyrillic, with ұ and і
        "Әлихан Дәуренұлы        | Cyrl",
        "Нұрлан Хасен            | Cyrl",
        "Серикболын Бауыржан     | Cyrl",   // Mongolian Kazakh, Mongolian Cyrillic spelling
        "Бат-Эрдэнэ Өлзийбаяр    | Cyrl",   // Mongolian Cyrillic: hyphen is common to all scripts
        "努尔兰·哈森              | Hani",   // Chinese, middle dot between given and family name
        "叶尔兰                   | Hani",
        "ᠪᠠᠤᠢᠷᠵᠠᠨ                 | Mong",   // Mongolian script
        "O'ktam Yo'ldoshev       | Latn",   // Uzbek Latin with apostrophes
        "Gulnora Seyitova        | Latn",
        "Dilshod Oʻrinboyev      | Latn",   // Uzbek Latin with the modifier letter turned comma
        "نۇرلان حاسەن            | Arab",   // Kazakh in the Arabic script used in China
        "Ерлан 2                 | Cyrl",   // digits belong to no script
    })
    void of_lettersOfTheDeclaredScript_accepted(String text, String script) {
        PersonName name = PersonName.of(text, script);
        assertEquals(text, name.text());
        assertEquals(script, name.script());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Erlan Seyitov           | Cyrl | LATIN",     // Latin letters labelled Cyrillic
        "Ерлан Seyitov           | Cyrl | LATIN",     // mixed
        "Ерлан                   | Latn | CYRILLIC",
        "努尔兰                   | Cyrl | HAN",
        "Серикболын              | Mong | CYRILLIC",  // Mongolian in Cyrillic is Cyrl, not Mong
        "Erlan                   | Hani | LATIN",
    })
    void of_letterOfAnotherScript_throwsNamingTheLetter(String text, String script, String actual) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonName.of(text, script));
        assertTrue(e.getMessage().contains(actual), e.getMessage());
        assertTrue(e.getMessage().contains(script), e.getMessage());
    }

    @ParameterizedTest(name = "script ''{0}''")
    @CsvSource({"Xxxx", "Cyrillc", "C", "''", "Kazakh", "latin", "Cyrillic", "CYRL"})
    void of_unknownScript_throwsWithAdvice(String script) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonName.of("Erlan", script));
        assertTrue(e.getMessage().contains("\nMaybe"), e.getMessage());
    }

    @ParameterizedTest(name = "text #{index}")
    @ValueSource(strings = {"", "   ", "A\tB", "A\u0000B", "A\u0085B", "A\u007FB"})
    void of_blankOrControlCharacters_throws(String text) {
        assertThrows(IllegalArgumentException.class, () -> PersonName.of(text, "Latn"));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"200, true", "201, false"})
    void of_atMost200Characters(int length, boolean valid) {
        String text = "a".repeat(length);
        if (valid) {
            assertEquals(length, PersonName.of(text, "Latn").text().length());
        } else {
            assertThrows(IllegalArgumentException.class, () -> PersonName.of(text, "Latn"));
        }
    }

    @ParameterizedTest(name = "{0} Han characters outside the BMP")
    @CsvSource({"200, true", "201, false"})
    void of_countsCodePointsNotCharsForTheLimit(int length, boolean valid) {
        String text = new String(Character.toChars(0x20000)).repeat(length);
        if (valid) {
            assertEquals(length, PersonName.of(text, "Hani").text().codePointCount(0, text.length()));
        } else {
            assertThrows(IllegalArgumentException.class, () -> PersonName.of(text, "Hani"));
        }
    }

    @ParameterizedTest(name = "unpaired surrogate #{index}")
    @ValueSource(strings = {"\uD840", "a\uDC00", "\uDC00\uD840"})
    void of_unpairedSurrogate_throws(String text) {
        assertThrows(IllegalArgumentException.class, () -> PersonName.of(text, "Hani"));
    }

    @ParameterizedTest(name = "text ''{0}''")
    @ValueSource(strings = {"12345", "-", "·"})
    void of_textWithoutALetter_throws(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonName.of(text, "Latn"));
        assertTrue(e.getMessage().contains("no letter"), e.getMessage());
    }
}
