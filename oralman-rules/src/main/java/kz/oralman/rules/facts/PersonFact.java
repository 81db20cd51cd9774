package kz.oralman.rules.facts;

import java.time.LocalDate;
import kz.oralman.model.Person;

/**
 * A person of the case with where it stands in the case document.
 *
 * @param person the person
 * @param id the person's id
 * @param pointer the JSON Pointer of the person, {@code /persons/N}
 * @param applicant whether the person is the applicant
 * @param familyMember whether the person moves with the applicant
 */
public record PersonFact(Person person, String id, String pointer, boolean applicant, boolean familyMember) {
    /**
     * Whether the person was born after a date.
     *
     * @param date the date
     * @return true if the birth date is after it
     */
    public boolean bornAfter(LocalDate date) {
        return person.birthDate().isAfter(date);
    }

    /**
     * Whether the person's own document is stated (verified or declared) to record a nationality other
     * than Kazakh and no uncontested claim records the Kazakh one ({@link Person#statedNonKazakh()}).
     *
     * @return true if so
     */
    public boolean nonKazakh() {
        return person.statedNonKazakh();
    }

    /**
     * Whether the person's own verified document records another nationality and no uncontested claim
     * the Kazakh one ({@link Person#establishedNonKazakh()}).
     *
     * @return true if so
     */
    public boolean nonKazakhEstablished() {
        return person.establishedNonKazakh();
    }

    /**
     * Whether the person is a family member moving with the applicant who is stated to be of another
     * nationality ({@link #nonKazakh()}): such a person is never asked for proof of Kazakh nationality.
     *
     * @return true if so
     */
    public boolean nonKazakhMember() {
        return familyMember && nonKazakh();
    }

    /** @return the pointer to the birth date */
    public String birthPointer() {
        return pointer + "/birthDate";
    }
}
