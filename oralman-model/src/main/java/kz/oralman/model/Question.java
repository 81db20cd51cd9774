package kz.oralman.model;

/** What an application asks for. */
public enum Question {
    /** Assignment of oralman / kandas status. */
    STATUS_ASSIGNMENT,
    /** Extension of the status. */
    STATUS_EXTENSION,
    /** Placement in an adaptation and integration centre. */
    CENTRE_PLACEMENT,
    /** Inclusion in the regional quota. */
    QUOTA_INCLUSION,
    /** Simplified (registration) acquisition of citizenship. */
    SIMPLIFIED_CITIZENSHIP
}
