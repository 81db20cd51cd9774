package kz.oralman.rules;

import kz.oralman.rules.facts.Terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {
    @ParameterizedTest(name = "{0} + {1} ends {2}")
    @CsvSource({
        "2024-03-01, P1Y, 2025-02-28",
        "2024-02-29, P1Y, 2025-02-28",
        "2023-03-01, P1Y, 2024-02-29",
        "2023-02-28, P1Y, 2024-02-27",
        "2024-01-01, P1Y, 2024-12-31",
        "2025-08-31, P6M, 2026-02-28",
        "2026-01-10, P6M, 2026-07-09",
        "2024-02-29, P4Y, 2028-02-28"
    })
    void lastDay(String first, String length, String last) {
        assertEquals(LocalDate.parse(last), Terms.lastDay(LocalDate.parse(first), Period.parse(length)));
    }

    @Test
    void lastDay_rejectsAnEmptyTerm() {
        assertThrows(IllegalArgumentException.class, () -> Terms.lastDay(LocalDate.of(2024, 1, 1), Period.ZERO));
    }
}
