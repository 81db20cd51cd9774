package kz.oralman.rules.facts;

import kz.oralman.model.Centre;
import kz.oralman.model.CentreKind;
import kz.oralman.model.Region;

/**
 * A centre of the case with its free places on the governing date.
 *
 * @param centre the centre
 * @param region where it is
 * @param kind adaptation and integration, or temporary accommodation
 * @param counted whether an occupancy count exists on or before the date
 * @param free places free on the date (capacity less the latest count), 0 when not counted
 * @param pointer its JSON Pointer
 */
public record CentreFact(Centre centre, Region region, CentreKind kind, boolean counted, int free, String pointer) {
    /** @return the centre's id */
    public String id() {
        return centre.id();
    }

    /** @return whether it is an adaptation and integration centre */
    public boolean adaptation() {
        return kind == CentreKind.ADAPTATION_INTEGRATION;
    }
}
