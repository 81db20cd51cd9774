package kz.oralman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KZ", "CN", "UZ", "MN", "TM", "RU", "KG", "TR", "IR", "AF", "SU"})
    void of_isoCodeOrSovietUnion_accepted(String code) {
        assertEquals(code, CountryCode.of(code).code());
        assertEquals(code, CountryCode.of(code).toString());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"kz", "Kz", "KAZ", "K", "", "XX", "ZZ", "AN", "YU", "CS", "UZB", " KZ"})
    void of_notAnIsoAlpha2Code_throwsWithAdvice(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCode.of(code));
        assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("\nMaybe"), e.getMessage());
    }

    @Test
    void of_null_throws() {
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of(null));
    }

    @Test
    void of_everyIsoCountryOfTheRuntime_accepted() {
        for (String code : Locale.getISOCountries()) {
            assertEquals(code, CountryCode.of(code).code());
        }
    }

    @ParameterizedTest(name = "{0} is Kazakhstan: {1}")
    @CsvSource({"KZ, true", "SU, false", "KG, false"})
    void isKazakhstan(String code, boolean expected) {
        assertEquals(expected, CountryCode.of(code).isKazakhstan());
    }

    @Test
    void constants_equalTheirCodes() {
        assertEquals(CountryCode.of("KZ"), CountryCode.KZ);
        assertEquals(CountryCode.of("SU"), CountryCode.SU);
        assertTrue(CountryCode.KZ.compareTo(CountryCode.SU) < 0);
        assertFalse(CountryCode.SU.isKazakhstan());
    }
}
