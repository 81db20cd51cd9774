package kz.oralman.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A refusal or annulment of a person's permanent residence permit in Kazakhstan.
 *
 * <p>Art. 25 p.1 sub-para 2 of the Law (wording of Law 226-VII of 20.04.2023): the status of kandas
 * ends «в случае отказа в выдаче либо аннулирования разрешения на постоянное проживание в Республике
 * Казахстан по основаниям, предусмотренным статьей 49 настоящего Закона». Only a decision on an
 * Art. 49 ground ends the status, so the ground is the sub-paragraph of Art. 49 the decision names;
 * when it is not known, whether the status ended is a question to settle.
 *
 * @param kind refused or annulled
 * @param date the day of the decision
 * @param art49Subparagraph the sub-paragraph of Art. 49 the decision rests on, if known (1 to 30)
 * @param evidence how far the decision is established
 */
public record PermitDecision(PermitDecisionKind kind, LocalDate date, Optional<Integer> art49Subparagraph,
                             EvidenceStatus evidence) {
    /** Checks the components. */
    public PermitDecision {
        Checks.notNull(kind, "kind");
        Checks.notNull(date, "date");
        Checks.notNull(art49Subparagraph, "art49Subparagraph");
        Checks.notNull(evidence, "evidence");
        art49Subparagraph.ifPresent(n -> Checks.require(n >= 1 && n <= 30, "art49Subparagraph " + n
                + " is outside 1..30"));
    }

    /** @return whether the decision is established and names an Art. 49 ground, so that it ends a status */
    public boolean endsStatus() {
        return evidence.isVerified() && art49Subparagraph.isPresent();
    }
}
