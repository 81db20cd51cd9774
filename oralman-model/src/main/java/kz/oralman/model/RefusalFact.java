package kz.oralman.model;

/**
 * A fact that may bear on a refusal, as the host's checks found it. {@code VERIFIED} means the
 * fact is established; {@code DECLARED}, {@code UNKNOWN} or {@code CONTESTED} mean it was
 * reported but not established, which the rules treat as a question to settle, not as a ground.
 *
 * @param person whom the fact concerns
 * @param ground what the fact is
 * @param evidence how far it is established
 */
public record RefusalFact(PersonId person, RefusalGround ground, EvidenceStatus evidence) {
    /** Checks that no component is null. */
    public RefusalFact {
        Checks.notNull(person, "person");
        Checks.notNull(ground, "ground");
        Checks.notNull(evidence, "evidence");
    }
}
