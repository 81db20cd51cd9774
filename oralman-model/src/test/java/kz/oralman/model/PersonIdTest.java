package kz.oralman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdTest {
    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"applicant", "p2", "A", "0", "spouse.2", "child_1", "x-y",
        "a123456789012345678901234567890123456789012345678901234567890123"})
    void of_documentedForm_accepted(String id) {
        assertEquals(id, PersonId.of(id).value());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "-a", ".a", "_a", "a b", "ерлан", "a/b", "a\n",
        "a1234567890123456789012345678901234567890123456789012345678901234"})
    void of_otherForm_throwsWithAdvice(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonId.of(id));
        assertTrue(e.getMessage().contains("\nMaybe"), e.getMessage());
    }
}
