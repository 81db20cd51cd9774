package kz.oralman.model.decision;

/**
 * How sure the library is of a legal basis, in the labels of the project's law notes.
 */
public enum Confidence {
    /** [P] Seen in primary text: the act itself or a verbatim copy. */
    PRIMARY,
    /** [S] From a secondary source: a government portal, a ministry statement, a law-firm note. */
    SECONDARY,
    /** [U] Unverified: a plausible reading no stored text confirmed. */
    UNVERIFIED;

    /** @return whether the basis was verified against primary text */
    public boolean isVerified() {
        return this == PRIMARY;
    }
}
