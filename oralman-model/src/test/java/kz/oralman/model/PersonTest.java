package kz.oralman.model;

import static kz.oralman.model.Fixtures.citizenship;
import static kz.oralman.model.Fixtures.date;
import static kz.oralman.model.Fixtures.personWith;
import static kz.oralman.model.Fixtures.residence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class PersonTest {
    private static LocalDateRange period(String from, String to) {
        return to == null ? Periods.open(date(from)) : Periods.closed(date(from), date(to));
    }

    @ParameterizedTest(name = "{0} {1}..{2} and {3} {4}..{5}: valid {6}")
    @CsvSource({
        "UZ, 1992-07-02, ,           UZ, 2000-01-01, 2000-12-31, false",  // same country, inside an open period
        "UZ, 1992-07-02, 2000-01-01, UZ, 2000-01-01, ,           false",  // same country, share one day
        "UZ, 1992-07-02, 1999-12-31, UZ, 2000-01-01, ,           true",   // same country, abutting
        "SU, 1990-01-01, 1991-12-25, KZ, 1991-12-16, ,           true",   // different countries may overlap
        "KZ, 1991-12-16, 2005-06-30, RU, 2001-01-01, ,           true",   // dual citizenship
        "CN, 1990-01-01, 1990-01-01, CN, 1990-01-01, 1990-01-01, false",  // the same single day twice
    })
    void citizenships_overlapOnlyForDifferentCountries(String c1, String f1, String t1, String c2, String f2,
                                                       String t2, boolean valid) {
        List<CitizenshipPeriod> periods = List.of(citizenship(c1, period(f1, t1)), citizenship(c2, period(f2, t2)));
        if (valid) {
            assertEquals(2, personWith("p", "1990-01-01", periods, List.of()).citizenships().size());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> personWith("p", "1990-01-01", periods, List.of()));
            assertTrue(e.getMessage().contains("citizenships[1] overlaps citizenships[0]"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0} {1}..{2} and {3} {4}..{5}: valid {6}")
    @CsvSource({
        "PERMANENT, 1990-01-01, 2024-01-31, PERMANENT, 2024-02-01, ,           true",
        "PERMANENT, 1990-01-01, 2024-01-31, PERMANENT, 2024-01-31, ,           false",  // one shared day
        "PERMANENT, 1990-01-01, ,           TEMPORARY, 2020-01-01, 2020-02-01, true",   // a trip abroad
        "TEMPORARY, 2020-01-01, 2020-12-31, TEMPORARY, 2020-06-01, 2021-06-01, true",
        "PERMANENT, 2024-02-29, 2024-02-29, PERMANENT, 2024-03-01, 2024-03-01, true",  // two one-day periods
    })
    void residences_permanentPeriodsDoNotOverlap(String k1, String f1, String t1, String k2, String f2, String t2,
                                                 boolean valid) {
        List<ResidencePeriod> periods = List.of(residence("UZ", period(f1, t1), ResidenceKind.valueOf(k1)),
                residence("KZ", period(f2, t2), ResidenceKind.valueOf(k2)));
        if (valid) {
            assertEquals(2, personWith("p", "1990-01-01", List.of(), periods).residences().size());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> personWith("p", "1990-01-01", List.of(), periods));
            assertTrue(e.getMessage().contains("residences[1] overlaps residences[0]"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "born {0}, period from {1}: valid {2}")
    @CsvSource({
        "2016-02-29, 2016-02-29, true",   // from birth, a leap day
        "2016-02-29, 2016-02-28, false",  // the day before birth
        "1990-01-01, 1989-12-31, false",
    })
    void periods_doNotStartBeforeBirth(String birth, String from, boolean valid) {
        List<CitizenshipPeriod> citizenships = List.of(citizenship("UZ", Periods.open(date(from))));
        List<ResidencePeriod> residences = List.of(residence("UZ", Periods.open(date(from)), ResidenceKind.PERMANENT));
        if (valid) {
            personWith("p", birth, citizenships, residences);
        } else {
            assertThrows(IllegalArgumentException.class, () -> personWith("p", birth, citizenships, List.of()));
            assertThrows(IllegalArgumentException.class, () -> personWith("p", birth, List.of(), residences));
        }
    }

    @Test
    void names_atLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Person(PersonId.of("p"), List.of(),
                date("1990-01-01"), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void lists_areCopiedAndUnmodifiable() {
        List<PersonName> names = new ArrayList<>(List.of(Fixtures.KAZAKH_NAME));
        Person p = new Person(PersonId.of("p"), names, date("1990-01-01"), List.of(), List.of(), List.of(), List.of());
        names.add(PersonName.of("Erlan", "Latn"));
        assertEquals(1, p.names().size());
        assertThrows(UnsupportedOperationException.class, () -> p.names().add(Fixtures.KAZAKH_NAME));
    }

    @ParameterizedTest(name = "on {0}: citizen {1}")
    @CsvSource({
        "1991-12-15, false",
        "1991-12-16, true",
        "2005-06-30, true",   // the last day is inclusive
        "2005-07-01, false",
    })
    void citizenOfKazakhstanOn(String on, boolean citizen) {
        Person p = personWith("p", "1975-03-21",
                List.of(citizenship("KZ", period("1991-12-16", "2005-06-30")), citizenship("RU", period("2005-07-01", null))),
                List.of());
        assertTrue(p.everCitizenOfKazakhstan());
        assertEquals(citizen, p.citizenOfKazakhstanOn(date(on)));
    }

    @Test
    void stateless_neverCitizen() {
        Person p = personWith("p", "1984-08-15", List.of(), List.of());
        assertFalse(p.everCitizenOfKazakhstan());
        assertFalse(p.citizenOfKazakhstanOn(date("2024-01-01")));
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} years")
    @CsvSource({
        "2016-02-29, 2017-02-28, 0",
        "2016-02-29, 2017-03-01, 1",
        "2016-02-29, 2020-02-29, 4",
        "2000-01-01, 1999-01-01, 0",   // before birth: 0, never negative
    })
    void ageOn(String birth, String on, int age) {
        assertEquals(age, Fixtures.person("p", birth).ageOn(date(on)));
    }
}
