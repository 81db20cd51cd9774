package kz.oralman.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * How a term given as a period ends. A term of a year that starts on 1 March 2024 ends on
 * 28 February 2025, the day before the anniversary; a term that starts on 29 February ends on
 * 28 February, since the anniversary does not exist. This is a modelling choice, not a cited rule
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
        boolean noAnniversary = first.getMonth() == Month.FEBRUARY && first.getDayOfMonth() == 29
                && anniversary.getDayOfMonth() == 28 && anniversary.getMonth() == Month.FEBRUARY;
        return noAnniversary ? anniversary : anniversary.minusDays(1);
    }
}
