package kz.oralman.model;

/**
 * How far a fact of the case is established. The rules never read {@link #UNKNOWN},
 * {@link #DECLARED} or {@link #CONTESTED} as false: such a fact leads to an evidence request.
 */
public enum EvidenceStatus {
    /** Nothing is known about the fact. */
    UNKNOWN,
    /** The applicant states the fact; no document has been checked. */
    DECLARED,
    /** A competent official has checked the fact against a document. */
    VERIFIED,
    /** The fact is disputed, for example the document is suspected to be false. */
    CONTESTED;

    /** @return whether the fact is established */
    public boolean isVerified() {
        return this == VERIFIED;
    }
}
