package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import kz.oralman.model.CentreStay;

/**
 * A stay in a centre.
 *
 * @param person the id of the person
 * @param stay the stay
 * @param pointer its JSON Pointer
 */
public record StayFact(String person, CentreStay stay, String pointer) {
    /** @return the first day */
    public LocalDate from() {
        return stay.period().getStart();
    }

    /**
     * Whether the stay covers a date.
     *
     * @param date the date
     * @return true if the date is in the stay
     */
    public boolean covers(LocalDate date) {
        return stay.period().contains(date);
    }

    /**
     * Whether the stay has lasted the longest stay allowed by a date.
     *
     * @param longest the longest stay
     * @param date the date
     * @return true if the stay's start plus the longest stay is on or before the date, or before its end
     */
    public boolean reached(Period longest, LocalDate date) {
        LocalDate limit = from().plus(longest);
        LocalDate end = stay.period().isUnboundedEnd() ? date : stay.period().getEndInclusive().plusDays(1);
        return !limit.isAfter(end.isBefore(date) ? end : date);
    }
}
