package kz.oralman.model;

/** The categories of the regional quota. */
public enum QuotaCategory {
    /** Oralmans / kandas. */
    KANDAS,
    /** Internal resettlers (citizens moving between regions). */
    INTERNAL_RESETTLER
}
