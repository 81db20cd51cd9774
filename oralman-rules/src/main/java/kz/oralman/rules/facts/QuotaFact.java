package kz.oralman.rules.facts;

import kz.oralman.model.QuotaCategory;
import kz.oralman.model.QuotaSnapshot;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Region;

/**
 * A quota snapshot of the case.
 *
 * @param snapshot the snapshot
 * @param pointer its JSON Pointer
 */
public record QuotaFact(QuotaSnapshot snapshot, String pointer) {
    /** @return the year */
    public int year() {
        return snapshot.year();
    }

    /** @return the region */
    public Region region() {
        return snapshot.region();
    }

    /** @return the category */
    public QuotaCategory category() {
        return snapshot.category();
    }

    /**
     * Whether the quota is counted in a unit. In DRL, {@code countedIn($params.quotaUnit)} reads as the law
     * does; a bare {@code unit == …} cannot be used there, since {@code unit} is a keyword of the
     * executable model's parser that precompiles the bundled law.
     *
     * @param unit the unit
     * @return whether the quota is counted in it
     */
    public boolean countedIn(QuotaUnit unit) {
        return snapshot.unit() == unit;
    }

    /** @return the unit */
    public QuotaUnit unit() {
        return snapshot.unit();
    }

    /**
     * Whether the snapshot was counted on or before a date.
     *
     * @param date the date
     * @return true if counted by then
     */
    public boolean countedBy(java.time.LocalDate date) {
        return !snapshot.asOf().isAfter(date);
    }

    /**
     * Whether this snapshot is newer than another.
     *
     * @param other another snapshot
     * @return true if counted later
     */
    public boolean newerThan(QuotaFact other) {
        return snapshot.asOf().isAfter(other.snapshot.asOf());
    }

    /** @return the places left */
    public int remaining() {
        return snapshot.remaining();
    }
}
