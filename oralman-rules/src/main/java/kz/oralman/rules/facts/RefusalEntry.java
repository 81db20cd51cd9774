package kz.oralman.rules.facts;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.RefusalGround;

/**
 * A fact bearing on refusal.
 *
 * @param person the id of the person it concerns
 * @param ground the ground
 * @param evidence how far it is established
 * @param pointer its JSON Pointer
 * @param place the ISO code of the country where the offence was committed, or null when not known
 */
public record RefusalEntry(String person, RefusalGround ground, EvidenceStatus evidence, String pointer,
                           String place) {
    /**
     * A fact without a place.
     *
     * @param person the person's id
     * @param ground the ground
     * @param evidence how far it is established
     * @param pointer its JSON Pointer
     */
    public RefusalEntry(String person, RefusalGround ground, EvidenceStatus evidence, String pointer) {
        this(person, ground, evidence, pointer, null);
    }

    /** @return whether the place is known */
    public boolean placeKnown() {
        return place != null;
    }

    /** @return whether the offence was committed on the territory of Kazakhstan */
    public boolean inKazakhstan() {
        return "KZ".equals(place);
    }

    /** @return the pointer of the place field */
    public String placePointer() {
        return pointer + "/place";
    }
}
