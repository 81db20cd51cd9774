package kz.oralman.rules.facts;

import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A condition of the law met by a person, derived by a rule (in the manner of Timefold's
 * justifications: the condition is a typed value, never a rule id to match as text).
 *
 * @param condition the condition met
 * @param person the id of the person
 * @param ruleId the rule that derived it, for explanations and tests
 * @param pointers JSON Pointers of the facts it rests on
 */
public record Met(Condition condition, String person, String ruleId, List<String> pointers) {
    /** Checks the components and copies the pointers, sorted. */
    public Met {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(ruleId, "ruleId");
        pointers = pointers.stream().sorted().distinct().toList();
    }

    /**
     * The condition met, as derived by the rule now firing.
     *
     * @param rule the consequence's context ({@code drools} in DRL)
     * @param condition the condition
     * @param person the person's id
     * @param pointers the facts it rests on
     * @return the fact
     */
    public static Met of(RuleContext rule, Condition condition, String person, List<String> pointers) {
        return new Met(condition, person, rule.getRule().getName(), pointers);
    }

    /**
     * The condition met, as derived by the rule now firing.
     *
     * @param rule the consequence's context
     * @param condition the condition
     * @param person the person's id
     * @param pointers the facts it rests on
     * @return the fact
     */
    public static Met of(RuleContext rule, Condition condition, String person, String... pointers) {
        return of(rule, condition, person, List.of(pointers));
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param condition as in the overload taking a {@code RuleContext}
     * @param person as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Met of(org.drools.model.Drools rule, Condition condition, String person, List<String> pointers) {
        return of((RuleContext) rule, condition, person, pointers);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param condition as in the overload taking a {@code RuleContext}
     * @param person as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Met of(org.drools.model.Drools rule, Condition condition, String person, String... pointers) {
        return of((RuleContext) rule, condition, person, pointers);
    }
}
