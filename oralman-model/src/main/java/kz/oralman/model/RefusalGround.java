package kz.oralman.model;

/**
 * Facts that may bear on a refusal. The statutory list was not found in primary text
 * (law-notes §3, [U]); every rule that uses one of these is marked unverified.
 */
public enum RefusalGround {
    /** The person is a threat to national security. */
    SECURITY_THREAT,
    /** The person has an unexpunged conviction for a serious crime. */
    CONVICTION,
    /** The person presented knowingly false or forged documents. */
    FORGED_DOCUMENTS,
    /** The person was expelled from Kazakhstan. */
    EXPULSION,
    /** An entry ban applies to the person. */
    ENTRY_BAN
}
