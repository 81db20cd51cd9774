package kz.oralman.rules.facts;

/**
 * A condition of the law for granting or extending the status, as a typed value: rules derive a
 * {@link Met} for a condition when the case satisfies it, and a grant rule requires a {@link Met} for
 * every condition the law version lists for the question ({@link Required}). A condition whose rules
 * are missing can therefore only leave the decision NEEDS_EVIDENCE, never GRANTED.
 */
public enum Condition {
    /** The document package was accepted at intake (complete and in date). */
    PACKAGE_ACCEPTED,
    /** Kazakh nationality is established (by a document, or by the commission from 2024). */
    NATIONALITY_ESTABLISHED,
    /**
     * The arrival element of the definition: arrived for permanent residence (1997 Art. 1 sp11;
     * 2011 Art. 1 sp13 until May 2020), or arrived in the historical homeland (May 2020 to 2023).
     */
    ARRIVAL_PURPOSE,
    /**
     * Permanent residence abroad at the moment of sovereignty, or (2011 wording) birth and permanent
     * residence abroad after it (the children clause).
     */
    RESIDED_ABROAD_AT_SOVEREIGNTY,
    /** Never a citizen of Kazakhstan (from Law No. 327-VI, 2020). */
    NEVER_CITIZEN,
    /** Settling in a designated region (2014 decrees, until Law No. 421-V). */
    SETTLEMENT_REGION,
    /** The applicant holds the status on the governing date (extension). */
    STATUS_HOLDER,
    /** The extension serves to obtain citizenship in the simplified procedure (extension). */
    CITIZENSHIP_PURPOSE,
    /** The applicant permanently resides in Kazakhstan (extension, from Law No. 327-VI). */
    PERMANENT_RESIDENT_IN_KAZAKHSTAN,
    /**
     * The residence condition of simplified citizenship: lawful permanent residence, or (from 2020) the
     * residence permit applied for together with citizenship.
     */
    RESIDENCE_FOR_CITIZENSHIP,
    /** The applicant is the widow(er) of a kandas (regional quota, from Law No. 82-VIII, 2024). */
    WIDOW_OF_KANDAS,
    /** A family member (spouse, child, parent) of a person holding the status on the date (Art. 26 p.1, C8). */
    FAMILY_MEMBER_OF_KANDAS,
    /** A common child of a deceased kandas and their widow or widower (Art. 21-1 p.1, Law 82-VIII). */
    COMMON_CHILD_OF_KANDAS
}
