package kz.oralman.model;

/**
 * Whether a person consented to access to their personal data of restricted access (Art. 8 of the
 * Law "On Personal Data and Their Protection"). From the wording of Art. 20 given by Law 223-VII of
 * 19.04.2023, the absence of that consent is the fourth ground for refusing the status:
 * «отсутствие согласия этнического казаха … на доступ к персональным данным ограниченного доступа».
 */
public enum ConsentStatus {
    /** The consent was given. */
    GIVEN,
    /** The consent was refused or withdrawn. */
    REFUSED,
    /** It is not known whether the consent was given: a question to settle, never read as either. */
    UNKNOWN
}
