package kz.oralman.model.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.oralman.model.Question;
import org.threeten.extra.LocalDateRange;

/**
 * A decision on one question of one case on one date, with its explanation.
 *
 * @param caseId the case
 * @param question the question decided
 * @param subject the id of the person the decision is about (the applicant)
 * @param asOf the governing date
 * @param outcome what the decision says
 * @param term the status term, for a granted status or extension (half-open)
 * @param lawVersion the id of the law version applied
 * @param terminology {@code oralman} or {@code kandas}, as the law version names the status
 * @param authority the competent authority on the governing date
 * @param referredTo the body the case is referred to, for {@link Outcome#REFERRED}
 * @param reasons the explanation, most decisive first
 * @param evidenceRequests what would settle the facts not established
 * @param receipt what the decision can be reproduced from
 */
public record Decision(String caseId, Question question, String subject, LocalDate asOf, Outcome outcome,
                       Optional<LocalDateRange> term, String lawVersion, String terminology,
                       Authority authority, Optional<ReferralBody> referredTo, List<Reason> reasons,
                       List<EvidenceRequest> evidenceRequests, Receipt receipt) {
    /** Copies the lists and checks that the optional parts go with the outcome. */
    public Decision {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(lawVersion, "lawVersion");
        Objects.requireNonNull(terminology, "terminology");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(referredTo, "referredTo");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        evidenceRequests = List.copyOf(Objects.requireNonNull(evidenceRequests, "evidenceRequests"));
        Objects.requireNonNull(receipt, "receipt");
        if (term.isPresent() && (term.get().isEmpty() || term.get().isUnboundedEnd() || term.get().isUnboundedStart())) {
            throw new IllegalArgumentException("term must be a bounded, non-empty period, was " + term.get());
        }
        if (referredTo.isPresent() != (outcome == Outcome.REFERRED)) {
            throw new IllegalArgumentException("referredTo must be present exactly when the outcome is REFERRED");
        }
        if (outcome == Outcome.NEEDS_EVIDENCE && evidenceRequests.isEmpty()) {
            throw new IllegalArgumentException("a NEEDS_EVIDENCE decision must carry evidence requests");
        }
    }

    /** @return whether every reason rests on a basis verified against primary text */
    public boolean fullyVerified() {
        return reasons.stream().allMatch(Reason::verified);
    }
}
