package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * How a term given as a period ends. A term of a year that starts on 1 March 2024 ends on
 * 28 February 2025, the day before the anniversary; where the anniversary does not exist (a year
 * from 29 February, six months from 31 August) the term ends on the last day of that month. This is a modelling choice, not a cited rule
 * of law: the status rules say "one year" and no stored text says how the last day is counted.
 */
public final class Terms {
    private Terms() {
    }

    /**
     * The last day of a term.
     *
     * @param first the first day
     * @param length the length of the term, positive
     * @return the last day, inclusive
     */
    public static LocalDate lastDay(LocalDate first, Period length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("term length must be positive, was " + length);
        }
        LocalDate anniversary = first.plus(length);
        // plus() clamps a missing day (29 February, 31 August + 6 months) to the month's last day
        boolean noAnniversary = anniversary.getDayOfMonth() != first.getDayOfMonth();
        return noAnniversary ? anniversary : anniversary.minusDays(1);
    }

    /**
     * A term as a range: from its first day to its {@link #lastDay last day}, inclusive.
     *
     * @param first the first day
     * @param length the length of the term, positive
     * @return the range, half-open: its end is the day after the last day
     */
    public static LocalDateRange term(LocalDate first, Period length) {
        return LocalDateRange.ofClosed(first, lastDay(first, length));
    }
}
