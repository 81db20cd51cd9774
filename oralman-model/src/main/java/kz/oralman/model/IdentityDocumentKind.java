package kz.oralman.model;

/** Kinds of identity document. */
public enum IdentityDocumentKind {
    /** A foreign passport. */
    PASSPORT,
    /** A national identity card. */
    IDENTITY_CARD,
    /** A stateless person's certificate. */
    STATELESS_PERSON_CERTIFICATE,
    /** A birth certificate (for children). */
    BIRTH_CERTIFICATE,
    /** A residence permit of Kazakhstan. */
    RESIDENCE_PERMIT,
    /** A refugee's travel document. */
    REFUGEE_TRAVEL_DOCUMENT
}
