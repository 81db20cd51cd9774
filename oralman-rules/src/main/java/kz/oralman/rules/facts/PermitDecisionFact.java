package kz.oralman.rules.facts;

import kz.oralman.model.PermitDecision;

/**
 * A refusal or annulment of a person's permanent residence permit (Art. 25 p.1 sub-para 2).
 *
 * @param person the person's id
 * @param decision the decision
 * @param pointer its JSON Pointer
 */
public record PermitDecisionFact(String person, PermitDecision decision, String pointer) {
    /** @return whether the decision is established and names an Art. 49 ground */
    public boolean endsStatus() {
        return decision.endsStatus();
    }

    /** @return the day of the decision, as text */
    public String date() {
        return decision.date().toString();
    }
}
