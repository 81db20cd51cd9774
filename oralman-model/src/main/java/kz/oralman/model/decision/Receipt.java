package kz.oralman.model.decision;

import java.time.LocalDate;
import java.util.Objects;
import kz.oralman.model.Question;

/**
 * What a decision can be reproduced from: the same library, the same ruleset, the same case and
 * question on the same date give the identical decision.
 *
 * @param libraryVersion the version of oralman
 * @param lawVersion the id of the law version applied
 * @param rulesetHash SHA-256 of the rules and parameters of that law version
 * @param caseHash SHA-256 of the case in canonical JSON
 * @param question the question
 * @param asOf the governing date
 */
public record Receipt(String libraryVersion, String lawVersion, String rulesetHash, String caseHash,
                      Question question, LocalDate asOf) {
    /** Checks that no component is null. */
    public Receipt {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(lawVersion, "lawVersion");
        Objects.requireNonNull(rulesetHash, "rulesetHash");
        Objects.requireNonNull(caseHash, "caseHash");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
    }
}
