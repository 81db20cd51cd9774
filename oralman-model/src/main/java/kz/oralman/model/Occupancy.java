package kz.oralman.model;

import java.time.LocalDate;

/**
 * The number of residents of a centre on a date.
 *
 * @param date the date of the count
 * @param persons residents on that date
 */
public record Occupancy(LocalDate date, int persons) {
    /** Checks the components. */
    public Occupancy {
        Checks.notNull(date, "date");
        Checks.nonNegative(persons, "persons");
    }
}
