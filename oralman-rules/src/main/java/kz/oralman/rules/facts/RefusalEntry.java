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
 */
public record RefusalEntry(String person, RefusalGround ground, EvidenceStatus evidence, String pointer) {
}
