package kz.oralman.rules;

import java.util.Objects;
import kz.oralman.model.decision.LegalReference;

/**
 * A rule of a ruleset with its metadata: id, legal basis, the DRL file it is in and its summary
 * (the first comment line of the rule).
 *
 * @param id the stable rule id (the DRL rule name)
 * @param basis the legal basis, in the revision of the law version
 * @param file the DRL file
 * @param summary what the rule says, in plain words
 */
public record RuleInfo(String id, LegalReference basis, String file, String summary) {
    /** Checks that no component is null. */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(summary, "summary");
    }
}
