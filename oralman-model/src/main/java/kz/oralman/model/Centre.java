package kz.oralman.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An adaptation and integration centre or a temporary accommodation centre.
 *
 * @param id the centre's id, unique within the case
 * @param name the centre's name
 * @param region where it is
 * @param kind what it is
 * @param capacity places, in persons
 * @param occupancy counts of residents on dates, in date order, each within the capacity
 */
public record Centre(String id, String name, Region region, CentreKind kind, int capacity,
                     List<Occupancy> occupancy) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Checks the components and the occupancy counts. */
    public Centre {
        Checks.notNull(id, "id");
        Checks.require(ID.matcher(id).matches(), "id " + Printable.quoted(id) + " of the centre is not of the form " + ID.pattern());
        Checks.text(name, "name", 200);
        Checks.notNull(region, "region");
        Checks.notNull(kind, "kind");
        Checks.nonNegative(capacity, "capacity");
        occupancy = Checks.list(occupancy, "occupancy");
        Checks.unique(occupancy, Occupancy::date, "occupancy");
        for (int i = 0; i < occupancy.size(); i++) {
            Occupancy o = occupancy.get(i);
            Checks.require(o.persons() <= capacity, "occupancy[" + i + "].persons " + o.persons()
                    + " exceeds the capacity " + capacity);
            if (i > 0) {
                Checks.require(o.date().isAfter(occupancy.get(i - 1).date()),
                        "occupancy[" + i + "].date is out of date order");
            }
        }
    }

    /**
     * The latest count on or before a date.
     *
     * @param date the date
     * @return the count, or empty when none was taken by then
     */
    public Optional<Occupancy> occupancyOn(LocalDate date) {
        return occupancy.stream().filter(o -> !o.date().isAfter(date)).max(Comparator.comparing(Occupancy::date));
    }
}
