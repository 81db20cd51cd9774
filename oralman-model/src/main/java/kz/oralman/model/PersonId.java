package kz.oralman.model;

import java.util.regex.Pattern;

/**
 * The identifier of a person within one case, such as {@code "applicant"} or {@code "p2"}.
 *
 * @param value 1 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit
 */
public record PersonId(String value) implements Comparable<PersonId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /**
     * Checks the form of the id.
     *
     * @throws IllegalArgumentException if the id is not of the documented form
     */
    public PersonId {
        Checks.notNull(value, "person id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("person id " + Printable.quoted(value) + " is not of the form "
                    + FORM.pattern() + "\nMaybe use ids such as \"applicant\", \"spouse\", \"p3\"");
        }
    }

    /**
     * The id of the given value.
     *
     * @param value the id
     * @return the person id
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
