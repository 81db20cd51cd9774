package kz.oralman.model;

/** Why a status ended before its term. Only citizenship is secondary-sourced; the rest are [U]. */
public enum StatusEndReason {
    /** Citizenship of Kazakhstan was acquired [S]. */
    CITIZENSHIP_ACQUIRED,
    /** The holder left for permanent residence abroad [U]. */
    LEFT_FOR_PERMANENT_RESIDENCE_ABROAD,
    /** The status rested on knowingly false documents [U]. */
    FALSE_DOCUMENTS,
    /** The holder died [U]. */
    DEATH,
    /** A court decision [U]. */
    COURT_DECISION
}
