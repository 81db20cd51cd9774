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

    /** @return whether the application was filed with a foreign mission of Kazakhstan (the embassy route) */
    public boolean viaForeignMission() {
        return application.channel() == kz.oralman.model.Channel.EMBASSY;
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

    /** @return the persons of the household: the applicant and the family members moving with them */
    public int persons() {
        return 1 + application.familyMembers().size();
    }

    /**
     * Places of the quota the household needs.
     *
     * @param unit what the quota counts
     * @return the persons of the household, or one family
     */
    public int needed(kz.oralman.model.QuotaUnit unit) {
        return unit == kz.oralman.model.QuotaUnit.PERSONS ? persons() : 1;
    }

    /** @return the notarised renunciation of foreign citizenship, as far as known; UNKNOWN without an application */
    public EvidenceStatus renunciation() {
        return application.citizenshipApplication().map(c -> c.renunciation()).orElse(EvidenceStatus.UNKNOWN);
    }

    /** @return whether permanent residence was applied for together with citizenship */
    public boolean withPermanentResidence() {
        return application.citizenshipApplication().map(c -> c.withPermanentResidence()).orElse(false);
    }

    /** @return whether a citizenship application is pending */
    public boolean citizenshipApplied() {
        return application.citizenshipApplication().isPresent();
    }
}
