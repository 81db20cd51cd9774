package kz.oralman.model;

import org.threeten.extra.LocalDateRange;

/**
 * A person's stay in a centre.
 *
 * @param person who stays
 * @param centreId the centre, one of the case's centres
 * @param period the half-open period of the stay
 */
public record CentreStay(PersonId person, String centreId, LocalDateRange period) {
    /** Checks the components. */
    public CentreStay {
        Checks.notNull(person, "person");
        Checks.notNull(centreId, "centreId");
        Periods.checkPeriod(period, "period");
    }
}
