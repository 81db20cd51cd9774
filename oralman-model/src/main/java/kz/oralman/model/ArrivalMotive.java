package kz.oralman.model;

/** Motives an applicant may give for returning; the seed article names the first three. */
public enum ArrivalMotive {
    /** To keep the national identity. */
    NATIONAL_IDENTITY,
    /** The consequences of armed conflicts. */
    ARMED_CONFLICT,
    /** To raise the children in the national environment. */
    CHILDREN_IN_NATIONAL_ENVIRONMENT,
    /** To join family already in Kazakhstan. */
    FAMILY_REUNION,
    /** Work and economic reasons. */
    ECONOMIC,
    /** Another motive. */
    OTHER
}
