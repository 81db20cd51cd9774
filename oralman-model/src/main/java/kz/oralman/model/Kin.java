package kz.oralman.model;

/** Whose document records the Kazakh nationality: the person's own, or a parent's. */
public enum Kin {
    /** The person's own document. */
    SELF,
    /** The father's document. */
    FATHER,
    /** The mother's document. */
    MOTHER
}
