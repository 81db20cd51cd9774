package kz.oralman.model;

/**
 * A fact that may bear on a refusal, as the host's checks found it. {@code VERIFIED} means the
 * fact is established; {@code DECLARED}, {@code UNKNOWN} or {@code CONTESTED} mean it was
 * reported but not established, which the rules treat as a question to settle, not as a ground.
 *
 * @param person whom the fact concerns
 * @param ground what the fact is
 * <p>{@code place} says where an offence or a conviction's offence was committed: Art. 20
 * sub-para 3 (wording of Law 223-VII of 19.04.2023) speaks of «правонарушений на территории
 * Республики Казахстан». When it is absent for such a ground, where it was committed is a question
 * to settle.
 *
 * @param person whom the fact concerns
 * @param ground what the fact is
 * @param evidence how far it is established
 * @param place the country where the offence was committed, if known
 */
public record RefusalFact(PersonId person, RefusalGround ground, EvidenceStatus evidence,
                          java.util.Optional<CountryCode> place) {
    /** Checks that no component is null. */
    public RefusalFact {
        Checks.notNull(person, "person");
        Checks.notNull(ground, "ground");
        Checks.notNull(evidence, "evidence");
        Checks.notNull(place, "place");
    }

    /**
     * A fact without a place.
     *
     * @param person whom the fact concerns
     * @param ground what the fact is
     * @param evidence how far it is established
     */
    public RefusalFact(PersonId person, RefusalGround ground, EvidenceStatus evidence) {
        this(person, ground, evidence, java.util.Optional.empty());
    }
}
