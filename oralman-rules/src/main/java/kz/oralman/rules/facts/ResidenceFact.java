package kz.oralman.rules.facts;

import java.time.LocalDate;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Region;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.ResidencePeriod;

/**
 * A residence period of a person.
 *
 * @param person the person's id
 * @param residence the period
 * @param pointer its JSON Pointer
 */
public record ResidenceFact(String person, ResidencePeriod residence, String pointer) {
    /**
     * Whether the residence covers a date.
     *
     * @param date the date
     * @return true if covered
     */
    public boolean covers(LocalDate date) {
        return residence.covers(date);
    }

    /** @return whether the residence is permanent */
    public boolean permanent() {
        return residence.kind() == ResidenceKind.PERMANENT;
    }

    /** @return whether the residence is in Kazakhstan */
    public boolean inKazakhstan() {
        return residence.country().isKazakhstan();
    }

    /** @return the evidence status */
    public EvidenceStatus evidence() {
        return residence.evidence();
    }

    /** @return the region, or null outside Kazakhstan or where none is given */
    public Region regionOrNull() {
        return residence.region().orElse(null);
    }
}
