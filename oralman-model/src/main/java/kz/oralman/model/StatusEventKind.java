package kz.oralman.model;

/** Events of a status history. */
public enum StatusEventKind {
    /** The status was assigned. */
    GRANTED,
    /** The status was extended. */
    EXTENDED,
    /** The status ended before its term. */
    ENDED
}
