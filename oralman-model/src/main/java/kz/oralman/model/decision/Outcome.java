package kz.oralman.model.decision;

/** What a decision says. */
public enum Outcome {
    /** The request is granted. */
    GRANTED,
    /** The request is refused, with its grounds. */
    REFUSED,
    /** Facts are not established; the evidence requests say which documents would settle them. */
    NEEDS_EVIDENCE,
    /** A human body must decide first (the nationality commission, the admission commission). */
    REFERRED,
    /** The question does not arise: the law is not in force, or the person is already a citizen. */
    NOT_APPLICABLE,
    /** Eligible for the regional quota, but the quota is used up. */
    ELIGIBLE_BUT_QUOTA_EXHAUSTED,
    /**
     * Eligible for a place in an adaptation and integration centre, but the intended region has none
     * or all are full; the reasons propose centres in the nearest regions and temporary accommodation.
     */
    NO_PLACE_AVAILABLE
}
