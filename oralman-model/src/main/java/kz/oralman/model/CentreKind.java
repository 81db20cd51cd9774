package kz.oralman.model;

/** Kinds of centre. */
public enum CentreKind {
    /** A centre for adaptation and integration of oralmans / kandas (2011 law, Art. 24). */
    ADAPTATION_INTEGRATION,
    /** A temporary accommodation centre for people resettled under the regional quota. */
    TEMPORARY_ACCOMMODATION
}
