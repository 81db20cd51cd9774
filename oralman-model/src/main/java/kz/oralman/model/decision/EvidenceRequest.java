package kz.oralman.model.decision;

import java.util.List;
import java.util.Objects;

/**
 * A fact the case does not establish, and the documents that would establish it.
 *
 * @param fact the key of the missing fact, such as {@code nationality.kazakh}
 * @param person the id of the person the fact concerns
 * @param documents the documents that would establish it, as keys of the message bundles
 * @param ruleId the rule that needs the fact
 * @param basis the legal basis of that rule
 * @param facts JSON Pointers to the facts in the case that fall short, sorted
 */
public record EvidenceRequest(String fact, String person, List<String> documents, String ruleId,
                              LegalReference basis, List<String> facts) {
    /** Copies the lists. */
    public EvidenceRequest {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(person, "person");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(basis, "basis");
        facts = List.copyOf(Objects.requireNonNull(facts, "facts")).stream().sorted().distinct().toList();
    }
}
