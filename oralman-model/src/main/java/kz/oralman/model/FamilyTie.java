package kz.oralman.model;

/**
 * A family tie: {@code from} is the {@code relation} of {@code to}.
 *
 * @param from the first person
 * @param relation the relation of {@code from} to {@code to}
 * @param to the second person
 */
public record FamilyTie(PersonId from, Relation relation, PersonId to) {
    /** Checks the components and that nobody is tied to themselves. */
    public FamilyTie {
        Checks.notNull(from, "from");
        Checks.notNull(relation, "relation");
        Checks.notNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("family tie of " + from + " points to the same person: "
                    + "nobody is their own " + relation.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
