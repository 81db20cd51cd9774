package kz.oralman.model;

/** What the internal affairs body decided on a permanent residence permit. */
public enum PermitDecisionKind {
    /** The permit was refused («отказ в выдаче»). */
    REFUSED,
    /** The permit was annulled («аннулирование»). */
    ANNULLED
}
