package kz.oralman.model;

/** The state of a person's status on a date, read from the status history. */
public enum StatusState {
    /** The status is in force. */
    ACTIVE,
    /** The term (or the extension) ran out. */
    EXPIRED,
    /** The status ended because the holder acquired citizenship of Kazakhstan. */
    ENDED_BY_CITIZENSHIP,
    /** The status ended early for another reason. */
    ENDED,
    /** The person never had the status by that date. */
    NONE
}
