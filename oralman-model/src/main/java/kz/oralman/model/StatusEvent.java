package kz.oralman.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One event of a person's status history.
 *
 * <p>{@code GRANTED} and {@code EXTENDED} carry {@code validUntil}, the last day of the status
 * (inclusive); {@code ENDED} carries the {@code endReason} and no {@code validUntil}.
 *
 * @param person whose status
 * @param kind granted, extended or ended
 * @param date the day of the decision
 * @param validUntil the last day of validity, for grants and extensions
 * @param endReason the reason, for an end
 */
public record StatusEvent(PersonId person, StatusEventKind kind, LocalDate date,
                          Optional<LocalDate> validUntil, Optional<StatusEndReason> endReason) {
    /** Checks which optional components go with which kind. */
    public StatusEvent {
        Checks.notNull(person, "person");
        Checks.notNull(kind, "kind");
        Checks.notNull(date, "date");
        Checks.notNull(validUntil, "validUntil");
        Checks.notNull(endReason, "endReason");
        if (kind == StatusEventKind.ENDED) {
            Checks.require(endReason.isPresent(), "endReason is required for an ENDED event");
            Checks.require(validUntil.isEmpty(), "validUntil is not allowed for an ENDED event");
        } else {
            Checks.require(validUntil.isPresent(), "validUntil is required for a " + kind + " event");
            Checks.require(endReason.isEmpty(), "endReason is only allowed for an ENDED event");
            Checks.require(!validUntil.get().isBefore(date), "validUntil " + validUntil.get()
                    + " is before the event date " + date);
        }
    }

    /**
     * A grant.
     *
     * @param person the holder
     * @param date the day of the decision
     * @param validUntil the last day of the status
     * @return the event
     */
    public static StatusEvent granted(PersonId person, LocalDate date, LocalDate validUntil) {
        return new StatusEvent(person, StatusEventKind.GRANTED, date, Optional.of(validUntil), Optional.empty());
    }

    /**
     * An extension.
     *
     * @param person the holder
     * @param date the day of the decision
     * @param validUntil the new last day of the status
     * @return the event
     */
    public static StatusEvent extended(PersonId person, LocalDate date, LocalDate validUntil) {
        return new StatusEvent(person, StatusEventKind.EXTENDED, date, Optional.of(validUntil), Optional.empty());
    }

    /**
     * An end before term.
     *
     * @param person the holder
     * @param date the day the status ended
     * @param reason why
     * @return the event
     */
    public static StatusEvent ended(PersonId person, LocalDate date, StatusEndReason reason) {
        return new StatusEvent(person, StatusEventKind.ENDED, date, Optional.empty(), Optional.of(reason));
    }
}
