package kz.oralman.model;

/** What a quota counts. */
public enum QuotaUnit {
    /** Families (1997 law; until 2018). */
    FAMILIES,
    /** Persons (from 2018). */
    PERSONS
}
