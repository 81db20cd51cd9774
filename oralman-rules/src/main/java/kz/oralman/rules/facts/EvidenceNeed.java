package kz.oralman.rules.facts;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A fact a rule needs and the case does not establish.
 *
 * @param ruleId the rule that needs it
 * @param fact the key of the fact, such as {@code nationality.kazakh}
 * @param person the id of the person
 * @param documents keys of the documents that would establish it
 * @param pointers JSON Pointers of the facts that fall short
 */
public record EvidenceNeed(String ruleId, String fact, String person, List<String> documents,
                           List<String> pointers) {
    /** Copies the lists; pointers sorted. */
    public EvidenceNeed {
        documents = List.copyOf(documents);
        pointers = pointers.stream().sorted().distinct().toList();
    }

    /**
     * A need of the rule now firing.
     *
     * @param rule the consequence's context
     * @param fact the fact key
     * @param person the person's id
     * @param documents the documents that would establish it
     * @param pointers the facts that fall short
     * @return the need
     */
    public static EvidenceNeed of(RuleContext rule, String fact, String person, List<String> documents,
                                  List<String> pointers) {
        return new EvidenceNeed(rule.getRule().getName(), fact, person, documents, pointers);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param fact as in the overload taking a {@code RuleContext}
     * @param person as in the overload taking a {@code RuleContext}
     * @param documents as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static EvidenceNeed of(org.drools.model.Drools rule, String fact, String person, List<String> documents, List<String> pointers) {
        return of((RuleContext) rule, fact, person, documents, pointers);
    }
}
