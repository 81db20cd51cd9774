package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.util.List;
import kz.oralman.model.StatusState;

/**
 * A person's status on the governing date, read from the status history by
 * {@code kz.oralman.rules.StatusHistory}.
 *
 * @param person the person's id
 * @param state the state on the date
 * @param validUntil the last day of the latest grant or extension (with the 2019 one-off applied),
 *     or null when the person never had the status
 * @param extensionDates the days of the extensions since the latest grant
 * @param extendedBy2019 whether the 2019 one-off extension carried the status
 * @param pointers JSON Pointers of the events the standing rests on
 */
public record StatusStanding(String person, StatusState state, LocalDate validUntil, List<LocalDate> extensionDates,
                             boolean extendedBy2019, List<String> pointers) {
    /** Copies the lists. */
    public StatusStanding {
        extensionDates = List.copyOf(extensionDates);
        pointers = List.copyOf(pointers);
    }

    /** @return how many extensions since the latest grant */
    public int extensions() {
        return extensionDates.size();
    }

    /**
     * How many extensions were decided on or after a date.
     *
     * @param date the first day that counts
     * @return the count
     */
    public int extensionsSince(LocalDate date) {
        return (int) extensionDates.stream().filter(d -> !d.isBefore(date)).count();
    }
}
