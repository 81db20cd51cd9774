package kz.oralman.model;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.threeten.extra.LocalDateRange;

/**
 * Helpers for the half-open {@link LocalDateRange} periods of the model.
 *
 * <p>The JSON contract writes a period as {@code {"from": "2001-03-01", "to": "2005-12-31"}} with
 * both ends inclusive, because that is how documents state them; in Java a period is the
 * half-open range {@code [from, to + 1 day)}, and a period without {@code to} is unbounded.
 * A period that starts and ends on the same day is one day long and valid; an empty period
 * cannot be expressed.
 */
public final class Periods {
    private Periods() {
    }

    /**
     * The period from {@code from} to {@code to}, both inclusive.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the half-open range {@code [from, to + 1)}
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static LocalDateRange closed(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period is reversed: to " + to + " is before from " + from);
        }
        return LocalDateRange.ofClosed(from, to);
    }

    /**
     * The period starting on {@code from} and not yet ended.
     *
     * @param from the first day
     * @return the range {@code [from, +infinity)}
     */
    public static LocalDateRange open(LocalDate from) {
        return LocalDateRange.ofUnboundedEnd(Checks.notNull(from, "from"));
    }

    /**
     * The last day of a bounded period.
     *
     * @param period a period
     * @return its last day, or {@link LocalDate#MAX} for an unbounded period
     */
    public static LocalDate lastDay(LocalDateRange period) {
        return period.isUnboundedEnd() ? LocalDate.MAX : period.getEndInclusive();
    }

    /**
     * Whether {@code date} falls in {@code period}.
     *
     * @param period the period
     * @param date the date
     * @return true if the period contains the date
     */
    public static boolean contains(LocalDateRange period, LocalDate date) {
        return period.contains(date);
    }

    static LocalDateRange checkPeriod(LocalDateRange period, String field) {
        Checks.notNull(period, field);
        Checks.require(!period.isEmpty(), field + " must not be empty");
        Checks.require(!period.isUnboundedStart(), field + " must have a start date");
        return period;
    }

    static <T> void noOverlap(List<T> items, Function<T, LocalDateRange> period,
                              Function<T, Object> group, String field) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                T a = items.get(i);
                T b = items.get(j);
                if (Checks.same(group.apply(a), group.apply(b)) && period.apply(a).overlaps(period.apply(b))) {
                    throw new IllegalArgumentException(field + "[" + j + "] overlaps " + field + "[" + i + "]: "
                            + describe(period.apply(b)) + " and " + describe(period.apply(a)));
                }
            }
        }
    }

    static String describe(LocalDateRange range) {
        return range.getStart() + ".." + (range.isUnboundedEnd() ? "" : range.getEndInclusive().toString());
    }
}
