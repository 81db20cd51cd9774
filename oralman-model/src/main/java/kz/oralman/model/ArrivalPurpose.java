package kz.oralman.model;

/** The declared purpose of arrival in Kazakhstan. */
public enum ArrivalPurpose {
    /** Permanent residence in the historical homeland: the purpose the status requires. */
    PERMANENT_RESIDENCE,
    /** A temporary purpose: study, work, a visit. */
    TEMPORARY,
    /** The applicant has not stated the purpose. */
    NOT_STATED
}
