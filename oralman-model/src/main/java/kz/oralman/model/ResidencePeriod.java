package kz.oralman.model;

import java.time.LocalDate;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A period of residence in a country; in Kazakhstan, optionally in a region.
 *
 * @param country the country of residence
 * @param region the region of Kazakhstan, only when the country is {@code KZ}
 * @param period the half-open period; unbounded if the residence goes on
 * @param kind permanent or temporary
 * @param evidence how far the period is established
 */
public record ResidencePeriod(CountryCode country, Optional<Region> region, LocalDateRange period,
                              ResidenceKind kind, EvidenceStatus evidence) {
    /** Checks the components and that a region is given only for Kazakhstan. */
    public ResidencePeriod {
        Checks.notNull(country, "country");
        Checks.notNull(region, "region");
        Periods.checkPeriod(period, "period");
        Checks.notNull(kind, "kind");
        Checks.notNull(evidence, "evidence");
        if (region.isPresent() && !country.isKazakhstan()) {
            throw new IllegalArgumentException("region " + region.get() + " is given for country " + country
                    + "; a region is only given for KZ");
        }
    }

    /**
     * Whether this residence covers a date.
     *
     * @param date the date
     * @return true if the period contains the date
     */
    public boolean covers(LocalDate date) {
        return period.contains(date);
    }

    /** @return whether the residence was permanent and outside Kazakhstan */
    public boolean isPermanentAbroad() {
        return kind == ResidenceKind.PERMANENT && !country.isKazakhstan();
    }
}
