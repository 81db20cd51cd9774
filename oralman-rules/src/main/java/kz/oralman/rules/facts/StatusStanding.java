package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.util.List;
import kz.oralman.model.StatusEndReason;
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
 * @param endReason why the status ended, for {@code ENDED} and {@code ENDED_BY_CITIZENSHIP}; else null
 * @param endedOn the day the status ended, when known; else null
 * @param unsettledPermitPointers permit decisions after the grant that may have ended the status
 *     but are not established or name no Art. 49 ground: questions to settle, never read either way
 * @param unsettledCitizenshipPointers citizenships of Kazakhstan acquired after the grant that would have
 *     ended the status (Art. 25 p.1 sp.1) but are not established: questions to settle, never read either way
 */
public record StatusStanding(String person, StatusState state, LocalDate validUntil, List<LocalDate> extensionDates,
                             boolean extendedBy2019, List<String> pointers, StatusEndReason endReason,
                             LocalDate endedOn, List<String> unsettledPermitPointers,
                             List<String> unsettledCitizenshipPointers) {
    /** Copies the lists. */
    public StatusStanding {
        extensionDates = List.copyOf(extensionDates);
        pointers = List.copyOf(pointers);
        unsettledPermitPointers = List.copyOf(unsettledPermitPointers);
        unsettledCitizenshipPointers = List.copyOf(unsettledCitizenshipPointers);
    }

    /**
     * A standing without an end reason and without unsettled permit decisions.
     *
     * @param person the person's id
     * @param state the state
     * @param validUntil the last day, or null
     * @param extensionDates the extension days
     * @param extendedBy2019 whether the 2019 one-off applied
     * @param pointers the events
     */
    public StatusStanding(String person, StatusState state, LocalDate validUntil, List<LocalDate> extensionDates,
                          boolean extendedBy2019, List<String> pointers) {
        this(person, state, validUntil, extensionDates, extendedBy2019, pointers, null, null, List.of(), List.of());
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

    /** @return whether the status ended for a reason Art. 25 p.1 lists (citizenship, or the permit on Art. 49 grounds) */
    public boolean endedOnArticle25Ground() {
        return endReason != null && endReason.isArticle25Ground();
    }

    /** @return whether the history records an end for a reason Art. 25 p.1 does not list */
    public boolean endedOnOtherGround() {
        return endReason != null && !endReason.isArticle25Ground();
    }

    /** @return whether a citizenship of Kazakhstan that may have ended the status is unsettled */
    public boolean citizenshipUnsettled() {
        return !unsettledCitizenshipPointers.isEmpty();
    }

    /** @return whether a permit decision that may have ended the status is unsettled */
    public boolean permitUnsettled() {
        return !unsettledPermitPointers.isEmpty();
    }
}
