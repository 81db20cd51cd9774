package kz.oralman.model.decision;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of an explanation: which rule found what, on which legal basis, resting on which
 * facts of the case.
 *
 * @param ruleId the stable id of the rule, such as {@code KANDAS.ASSIGN.ETHNIC_KAZAKH}
 * @param basis the legal basis
 * @param messageKey the key of the message in the bundles
 * @param arguments named message arguments, sorted by name
 * @param facts JSON Pointers into the case to the facts the reason rests on, sorted
 */
public record Reason(String ruleId, LegalReference basis, String messageKey, Map<String, String> arguments,
                     List<String> facts) {
    /** Copies the collections into sorted, unmodifiable ones. */
    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(arguments, "arguments")));
        facts = List.copyOf(Objects.requireNonNull(facts, "facts")).stream().sorted().distinct().toList();
    }

    /** @return whether the legal basis was verified against primary text */
    public boolean verified() {
        return basis.verified();
    }
}
