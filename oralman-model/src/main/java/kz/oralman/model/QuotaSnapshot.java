package kz.oralman.model;

import java.time.LocalDate;

/**
 * The state of a regional quota on a date: how much was allocated and how much is used.
 *
 * @param year the quota year
 * @param region the region
 * @param category kandas or internal resettlers
 * @param unit families or persons
 * @param allocated the quota
 * @param used how much is taken
 * @param asOf the day of the count
 */
public record QuotaSnapshot(int year, Region region, QuotaCategory category, QuotaUnit unit, int allocated,
                            int used, LocalDate asOf) {
    /** Checks the components. */
    public QuotaSnapshot {
        Checks.require(year >= 1991 && year <= 2100, "year " + year + " is outside 1991..2100");
        Checks.notNull(region, "region");
        Checks.notNull(category, "category");
        Checks.notNull(unit, "unit");
        Checks.nonNegative(allocated, "allocated");
        Checks.nonNegative(used, "used");
        Checks.require(used <= allocated, "used " + used + " exceeds allocated " + allocated);
        Checks.notNull(asOf, "asOf");
    }

    /** @return the places left */
    public int remaining() {
        return allocated - used;
    }
}
