package kz.oralman.model;

/** Where an application was filed. */
public enum Channel {
    /** The local executive body (akimat). */
    LOCAL_EXECUTIVE_BODY,
    /** A citizens' service centre (ЦОН / ХҚКО). */
    CITIZENS_SERVICE_CENTRE,
    /** An embassy or consulate of Kazakhstan abroad. */
    EMBASSY,
    /** The e-government portal. */
    E_GOVERNMENT,
    /** The migration portal (from 26.10.2025). */
    MIGRATION_PORTAL
}
