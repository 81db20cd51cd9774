package kz.oralman.rules.facts;

import java.time.LocalDate;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.EvidenceStatus;

/**
 * A citizenship period of a person.
 *
 * @param person the person's id
 * @param period the period
 * @param pointer its JSON Pointer
 */
public record CitizenshipFact(String person, CitizenshipPeriod period, String pointer) {
    /** @return whether the country is Kazakhstan */
    public boolean kazakhstan() {
        return period.country().isKazakhstan();
    }

    /**
     * Whether the citizenship was held on a date.
     *
     * @param date the date
     * @return true if held
     */
    public boolean heldOn(LocalDate date) {
        return period.heldOn(date);
    }

    /** @return the evidence status */
    public EvidenceStatus evidence() {
        return period.evidence();
    }

    /** @return the first day */
    public LocalDate start() {
        return period.period().getStart();
    }
}
