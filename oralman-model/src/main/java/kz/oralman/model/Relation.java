package kz.oralman.model;

/**
 * A family tie, read as "{@code from} is the RELATION of {@code to}".
 */
public enum Relation {
    /** {@code from} is the spouse of {@code to}. */
    SPOUSE,
    /** {@code from} is a child of {@code to}. */
    CHILD,
    /** {@code from} is a parent of {@code to}. */
    PARENT,
    /** {@code from} is the widow or widower of {@code to}, who has died. */
    WIDOW_OF,
    /** {@code from} is a dependant of {@code to}. */
    DEPENDANT
}
