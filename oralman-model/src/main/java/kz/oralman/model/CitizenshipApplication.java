package kz.oralman.model;

import java.time.LocalDate;

/**
 * An application for citizenship of Kazakhstan in the simplified (registration) procedure.
 *
 * @param filed the day it was filed
 * @param renunciation the notarised renunciation of foreign citizenship
 * @param withPermanentResidence whether a permanent residence permit was applied for together
 *     with citizenship (possible since the 2020 reform)
 */
public record CitizenshipApplication(LocalDate filed, EvidenceStatus renunciation,
                                     boolean withPermanentResidence) {
    /** Checks that no component is null. */
    public CitizenshipApplication {
        Checks.notNull(filed, "filed");
        Checks.notNull(renunciation, "renunciation");
    }
}
