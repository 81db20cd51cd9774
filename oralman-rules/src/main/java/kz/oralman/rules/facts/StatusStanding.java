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
 * @param extensions how many extensions the history holds
 * @param extendedBy2019 whether the 2019 one-off extension carried the status
 * @param pointers JSON Pointers of the events the standing rests on
 */
public record StatusStanding(String person, StatusState state, LocalDate validUntil, int extensions,
                             boolean extendedBy2019, List<String> pointers) {
    /** Copies the list. */
    public StatusStanding {
        pointers = List.copyOf(pointers);
    }
}
