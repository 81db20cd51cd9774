package kz.oralman.rules.facts;

import java.time.LocalDate;
import kz.oralman.model.Question;
import kz.oralman.model.Relation;

/**
 * The question being decided: inserted once per decision.
 *
 * <p>A family case is decided for each person in it (Art. 23 p.2 and Art. 26 p.1 give rights to
 * kandas «и члены их семей»): the subject is the person the decision is about, and {@code role} and
 * {@code relation} say what they are in the case.
 *
 * @param question what is asked
 * @param asOf the governing date
 * @param subject the id of the person the question is about
 * @param role {@code APPLICANT}, {@code FAMILY_MEMBER} or {@code OTHER}
 * @param relation the subject's relation to the applicant (the subject is the RELATION of the
 *     applicant), or null for the applicant or when no tie is recorded
 */
public record Ask(Question question, LocalDate asOf, String subject, String role, Relation relation) {
    /**
     * A question about the applicant.
     *
     * @param question what is asked
     * @param asOf the governing date
     * @param subject the applicant's id
     */
    public Ask(Question question, LocalDate asOf, String subject) {
        this(question, asOf, subject, "APPLICANT", null);
    }

    /** @return whether the subject is the applicant */
    public boolean applicant() {
        return "APPLICANT".equals(role);
    }

    /** @return whether the subject is a family member of the applicant, not the applicant */
    public boolean familyMember() {
        return "FAMILY_MEMBER".equals(role);
    }
}
