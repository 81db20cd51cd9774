package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dates and terms in each language's own form. */
class TextFormsTest {
    @Test
    void dates_inEachLanguagesForm() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertEquals("01.03.2024", TextForms.date(d, Messages.of("kk")));
        assertEquals("01.03.2024", TextForms.date(d, Messages.of("ru")));
        assertEquals("1 March 2024", TextForms.date(d, Messages.of("en")));
    }

    @Test
    void terms_inEachLanguagesWords() {
        assertEquals("1 жыл", TextForms.value("P1Y", Messages.of("kk")));
        assertEquals("1 год", TextForms.value("P1Y", Messages.of("ru")));
        assertEquals("1 year", TextForms.value("P1Y", Messages.of("en")));
        assertEquals("6 ай", TextForms.value("P6M", Messages.of("kk")));
        assertEquals("6 месяцев", TextForms.value("P6M", Messages.of("ru")));
        assertEquals("6 months", TextForms.value("P6M", Messages.of("en")));
        assertEquals("3 месяца", TextForms.value("P3M", Messages.of("ru")));
        assertEquals("2 года 1 месяц 21 день", TextForms.value("P2Y1M21D", Messages.of("ru")));
        assertEquals("11 лет", TextForms.value("P11Y", Messages.of("ru")));
    }

    @Test
    void otherValues_areKept() {
        for (String v : new String[] {"P", "PT1H", "2024-13-45", "Z1100000477", "140 MRP = 516,880 KZT", "5", "UZ"}) {
            assertEquals(v, TextForms.value(v, Messages.of("ru")), v);
        }
    }

    @Test
    void russianPlural_followsTheLastDigits_forManyCounts() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            long n = random.nextInt(100_000);
            String expected = n % 10 == 1 && n % 100 != 11 ? "one"
                    : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "few" : "many";
            assertEquals(expected, TextForms.plural(n, "ru"), "n=" + n + " seed=" + seed);
            assertEquals(n == 1 ? "one" : "many", TextForms.plural(n, "en"), "n=" + n + " seed=" + seed);
            assertEquals("one", TextForms.plural(n, "kk"), "n=" + n + " seed=" + seed);
        }
    }

    @Test
    void messageArguments_areFormed_butEnumsAndNumbersAreNot() {
        String ru = Messages.of("ru").format("rule.STATUS.ASSIGN.GRANT",
                Map.of("from", "2024-03-01", "to", "2025-02-28", "term", "P1Y"), "kandas");
        assertEquals("Статус «кандас» присваивается с 01.03.2024 по 28.02.2025 (срок: 1 год).", ru);
        assertFalse(Messages.of("kk").format("rule.STATUS.ASSIGN.GRANT",
                Map.of("from", "2024-03-01", "to", "2025-02-28", "term", "P1Y"), "kandas").contains("P1Y"));
    }
}
