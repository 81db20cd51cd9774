package kz.oralman.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule found about a person. The rule that derives it is its id; the rule's metadata give
 * the legal basis. Findings are inserted logically and never modified.
 *
 * @param ruleId the id (name) of the rule that derived it
 * @param person the id of the person
 * @param arguments message arguments
 * @param pointers JSON Pointers of the facts it rests on
 */
public record Finding(String ruleId, String person, Map<String, String> arguments, List<String> pointers) {
    /** Copies the collections, sorted. */
    public Finding {
        arguments = Map.copyOf(new TreeMap<>(arguments));
        pointers = pointers.stream().sorted().distinct().toList();
    }

    /**
     * A finding of the rule now firing.
     *
     * @param rule the consequence's context ({@code drools} or {@code kcontext} in DRL)
     * @param person the person's id
     * @param pointers the facts it rests on
     * @return the finding
     */
    public static Finding of(RuleContext rule, String person, String... pointers) {
        return new Finding(rule.getRule().getName(), person, Map.of(), List.of(pointers));
    }

    /**
     * A finding of the rule now firing, with message arguments.
     *
     * @param rule the consequence's context
     * @param person the person's id
     * @param arguments message arguments
     * @param pointers the facts it rests on
     * @return the finding
     */
    public static Finding of(RuleContext rule, String person, Map<String, String> arguments, List<String> pointers) {
        return new Finding(rule.getRule().getName(), person, arguments, pointers);
    }

    /**
     * Whether this finding was derived by a rule.
     *
     * @param id a rule id
     * @return true if the ids match
     */
    public boolean by(String id) {
        return ruleId.equals(id);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param person as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Finding of(org.drools.model.Drools rule, String person, String... pointers) {
        return of((RuleContext) rule, person, pointers);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param person as in the overload taking a {@code RuleContext}
     * @param arguments as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Finding of(org.drools.model.Drools rule, String person, Map<String, String> arguments, List<String> pointers) {
        return of((RuleContext) rule, person, arguments, pointers);
    }
}
