package kz.oralman.model;

import static kz.oralman.model.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.LocalDateRange;

class PeriodsTest {
    @ParameterizedTest(name = "{0}..{1} holds {2} days")
    @CsvSource({
        "2024-03-01, 2024-03-01, 1",     // same day: one day long
        "2024-02-28, 2024-03-01, 3",     // across a leap day
        "2023-02-28, 2023-03-01, 2",     // no leap day
        "2024-02-29, 2024-02-29, 1",     // the leap day alone
        "1800-01-01, 1800-12-31, 365",   // 1800 is not a leap year
        "2000-01-01, 2000-12-31, 366",   // 2000 is
    })
    void closed_isInclusiveAtBothEnds(String from, String to, long days) {
        LocalDateRange period = Periods.closed(date(from), date(to));
        assertEquals(days, period.lengthInDays());
        assertTrue(Periods.contains(period, date(from)));
        assertTrue(Periods.contains(period, date(to)));
        assertFalse(Periods.contains(period, date(to).plusDays(1)));
        assertFalse(Periods.contains(period, date(from).minusDays(1)));
        assertEquals(date(to), Periods.lastDay(period));
    }

    @ParameterizedTest(name = "{0}..{1} is reversed")
    @CsvSource({
        "2024-03-01, 2024-02-29",
        "2024-01-01, 2023-12-31",
        "2200-12-31, 1800-01-01",
    })
    void closed_reversed_throwsNamingBothEnds(String from, String to) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Periods.closed(date(from), date(to)));
        assertTrue(e.getMessage().contains(from) && e.getMessage().contains(to), e.getMessage());
    }

    @Test
    void open_hasNoLastDay() {
        LocalDateRange period = Periods.open(date("2024-02-29"));
        assertTrue(period.isUnboundedEnd());
        assertEquals(LocalDate.MAX, Periods.lastDay(period));
        assertTrue(Periods.contains(period, date("2200-12-31")));
        assertFalse(Periods.contains(period, date("2024-02-28")));
    }

    @Test
    void closed_nullEnds_throw() {
        assertThrows(IllegalArgumentException.class, () -> Periods.closed(null, date("2024-01-01")));
        assertThrows(IllegalArgumentException.class, () -> Periods.closed(date("2024-01-01"), null));
        assertThrows(IllegalArgumentException.class, () -> Periods.open(null));
    }

    @ParameterizedTest(name = "{0}..{1} and {2}..{3} overlap: {4}")
    @CsvSource({
        "2000-01-01, 2000-12-31, 2000-12-31, 2001-12-31, true",   // share the last day
        "2000-01-01, 2000-12-31, 2001-01-01, 2001-12-31, false",  // abut
        "2000-01-01, 2000-01-01, 2000-01-01, 2000-01-01, true",   // the same single day
        "2000-01-01, , 2150-01-01, 2150-01-01, true",             // open period
        "2000-01-01, 2000-12-31, 1999-01-01, , true",
    })
    void overlaps_usesInclusiveEnds(String f1, String t1, String f2, String t2, boolean overlaps) {
        LocalDateRange a = t1 == null ? Periods.open(date(f1)) : Periods.closed(date(f1), date(t1));
        LocalDateRange b = t2 == null ? Periods.open(date(f2)) : Periods.closed(date(f2), date(t2));
        assertEquals(overlaps, a.overlaps(b));
        assertEquals(overlaps, b.overlaps(a));
    }
}
