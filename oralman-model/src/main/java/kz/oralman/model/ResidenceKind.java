package kz.oralman.model;

/** Whether a residence was permanent or temporary. */
public enum ResidenceKind {
    /** Permanent residence. */
    PERMANENT,
    /** Temporary stay. */
    TEMPORARY
}
