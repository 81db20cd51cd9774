package kz.oralman.rules.facts;

import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.NationalityDocument;

/**
 * A nationality claim of a person.
 *
 * @param person the person's id
 * @param claim the claim
 * @param pointer its JSON Pointer
 */
public record ClaimFact(String person, NationalityClaim claim, String pointer) {
    /** @return the evidence status */
    public EvidenceStatus evidence() {
        return claim.evidence();
    }

    /** @return the document kind */
    public NationalityDocument document() {
        return claim.document();
    }

    /** @return whose document */
    public Kin whose() {
        return claim.whose();
    }

    /** @return the nationality the document records */
    public kz.oralman.model.Nationality nationality() {
        return claim.nationality();
    }

    /** @return whether the document records the Kazakh nationality */
    public boolean kazakh() {
        return claim.kazakh();
    }

    /** @return whether this is the nationality commission's determination */
    public boolean commission() {
        return claim.document() == NationalityDocument.COMMISSION_DETERMINATION;
    }
}
