package kz.oralman.model;

/**
 * The kinds of document that can record a person's Kazakh nationality. Which documents do so in
 * which country is general knowledge not confirmed by a stored source (law-notes §2, [U]); the
 * rules use this list only to ask for evidence, never to refuse.
 */
public enum NationalityDocument {
    /** Soviet internal passport with its "nationality" line (before 1992). */
    SOVIET_INTERNAL_PASSPORT,
    /** A birth certificate that names the nationality of the person or the parents. */
    BIRTH_CERTIFICATE,
    /** A military record (Soviet era). */
    MILITARY_RECORD,
    /** An employment record book (Soviet era). */
    EMPLOYMENT_RECORD,
    /** China: resident identity card (民族 line). */
    CN_RESIDENT_IDENTITY_CARD,
    /** China: household register (户口簿). */
    CN_HOUSEHOLD_REGISTER,
    /** Mongolia: civil-registration document recording the ethnic group. */
    MN_CIVIL_REGISTRATION,
    /** A passport with a nationality line (older Uzbek or Turkmen passports). */
    PASSPORT_WITH_NATIONALITY_LINE,
    /** Another identity or civil-status document that records the nationality. */
    OTHER_CIVIL_STATUS_DOCUMENT,
    /**
     * The determination of the commission of the local executive body (since the 2024
     * amendments). {@link EvidenceStatus#VERIFIED} means the commission determined Kazakh
     * nationality; {@link EvidenceStatus#CONTESTED} means it found otherwise.
     */
    COMMISSION_DETERMINATION
}
