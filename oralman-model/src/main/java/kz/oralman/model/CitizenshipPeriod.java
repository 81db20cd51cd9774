package kz.oralman.model;

import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * A period during which a person held the citizenship of a country. A person with no citizenship
 * period covering a date was stateless on that date. Former citizenship of Kazakhstan is a period
 * with {@link CountryCode#KZ}.
 *
 * @param country the country
 * @param period the half-open period; unbounded if the citizenship is held now
 * @param evidence how far the period is established
 */
public record CitizenshipPeriod(CountryCode country, LocalDateRange period, EvidenceStatus evidence) {
    /** Checks the components. */
    public CitizenshipPeriod {
        Checks.notNull(country, "country");
        Periods.checkPeriod(period, "period");
        Checks.notNull(evidence, "evidence");
    }

    /**
     * Whether the citizenship was held on a date.
     *
     * @param date the date
     * @return true if the period contains the date
     */
    public boolean heldOn(LocalDate date) {
        return period.contains(date);
    }
}
