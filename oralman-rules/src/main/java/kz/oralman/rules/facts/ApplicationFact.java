package kz.oralman.rules.facts;

import kz.oralman.model.Application;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Region;

/**
 * The application.
 *
 * @param application the application
 */
public record ApplicationFact(Application application) {
    /** @return the declared purpose */
    public ArrivalPurpose purpose() {
        return application.purpose();
    }

    /** @return the intended region, or null */
    public Region intendedRegionOrNull() {
        return application.intendedRegion().orElse(null);
    }

    /**
     * The intended region as the territory was divided on a date (Shymkent in 2014 was part of
     * South Kazakhstan Region).
     *
     * @param date the governing date
     * @return the region of that date, or null when none is named
     */
    public Region intendedRegionOn(java.time.LocalDate date) {
        return application.intendedRegion().map(r -> r.asOn(date)).orElse(null);
    }

    /** @return whether the package is complete, as far as known */
    public EvidenceStatus packageComplete() {
        return application.documentPackage().complete();
    }

    /** @return whether the documents are in date, as far as known */
    public EvidenceStatus packageInDate() {
        return application.documentPackage().inDate();
    }

    /** @return whether a citizenship application is pending */
    public boolean citizenshipApplied() {
        return application.citizenshipApplication().isPresent();
    }
}
