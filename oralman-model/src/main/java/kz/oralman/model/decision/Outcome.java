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
    ELIGIBLE_BUT_QUOTA_EXHAUSTED
}
