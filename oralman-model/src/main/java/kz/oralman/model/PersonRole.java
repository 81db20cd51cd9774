package kz.oralman.model;

import java.util.Optional;

/**
 * What a person is in a case: the applicant, or a family member and their relation to the applicant.
 * The relation reads as "this person is the RELATION of the applicant" (a wife is the {@code SPOUSE}
 * of the applicant; a son is the {@code CHILD} of the applicant).
 *
 * @param applicant whether the person is the applicant
 * @param familyMember whether the person is listed as a family member moving with the applicant
 * @param relation the relation to the applicant, when a family tie between them is recorded
 */
public record PersonRole(boolean applicant, boolean familyMember, Optional<Relation> relation) {
    /** Checks the components. */
    public PersonRole {
        Checks.notNull(relation, "relation");
        Checks.require(!(applicant && (familyMember || relation.isPresent())),
                "the applicant is neither a family member nor related to themself");
    }

    /** @return the applicant's role */
    public static PersonRole ofApplicant() {
        return new PersonRole(true, false, Optional.empty());
    }

    /** @return {@code APPLICANT}, {@code FAMILY_MEMBER} or {@code OTHER} (a person of the case who is neither) */
    public String kind() {
        return applicant ? "APPLICANT" : familyMember ? "FAMILY_MEMBER" : "OTHER";
    }
}
