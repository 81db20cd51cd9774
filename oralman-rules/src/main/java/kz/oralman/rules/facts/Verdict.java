package kz.oralman.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.ReferralBody;
import org.kie.api.runtime.rule.RuleContext;
import org.threeten.extra.LocalDateRange;

/**
 * A decision rule's conclusion for the question asked. When several verdicts stand, the decision
 * takes the one whose outcome prevails ({@link Outcome#BY_PRECEDENCE}) and gives the reasons of all
 * of them. A grant carries its term as a typed range ({@link #granted}), never as text to re-parse.
 *
 * @param ruleId the rule that concluded it
 * @param outcome the outcome
 * @param body the body referred to, for REFERRED; else null
 * @param arguments message arguments
 * @param pointers JSON Pointers of the facts it rests on
 * @param term the term granted (closed at both ends in the case's reading), for a grant with a term;
 *        else null
 */
public record Verdict(String ruleId, Outcome outcome, ReferralBody body, Map<String, String> arguments,
                      List<String> pointers, LocalDateRange term) {
    /** Copies the collections, sorted; only a grant may carry a term. */
    public Verdict {
        arguments = Map.copyOf(new TreeMap<>(arguments));
        pointers = pointers.stream().sorted().distinct().toList();
        if (term != null && outcome != Outcome.GRANTED) {
            throw new IllegalArgumentException("rule " + ruleId + ": only a GRANTED verdict carries a term, not "
                    + outcome);
        }
    }

    /**
     * A verdict without a term.
     *
     * @param ruleId the rule that concluded it
     * @param outcome the outcome
     * @param body the body referred to, for REFERRED; else null
     * @param arguments message arguments
     * @param pointers JSON Pointers of the facts it rests on
     */
    public Verdict(String ruleId, Outcome outcome, ReferralBody body, Map<String, String> arguments,
                   List<String> pointers) {
        this(ruleId, outcome, body, arguments, pointers, null);
    }

    /**
     * A grant of the rule now firing, for a term. The messages see the term's first and last days as the
     * arguments {@code from} and {@code to}.
     *
     * @param rule the consequence's context
     * @param term the term granted, its end exclusive (see {@link kz.oralman.rules.facts.Terms#term})
     * @param arguments further message arguments
     * @param pointers facts it rests on
     * @return the verdict
     */
    public static Verdict granted(RuleContext rule, LocalDateRange term, Map<String, String> arguments,
                                  List<String> pointers) {
        Map<String, String> args = new TreeMap<>(arguments);
        args.put("from", term.getStart().toString());
        args.put("to", term.getEndInclusive().toString());
        return new Verdict(rule.getRule().getName(), Outcome.GRANTED, null, args, pointers, term);
    }

    /** @return the term granted, if this is a grant with a term */
    public Optional<LocalDateRange> grantedTerm() {
        return Optional.ofNullable(term);
    }

    /**
     * A verdict of the rule now firing.
     *
     * @param rule the consequence's context
     * @param outcome the outcome
     * @param pointers facts it rests on
     * @return the verdict
     */
    public static Verdict of(RuleContext rule, Outcome outcome, String... pointers) {
        return new Verdict(rule.getRule().getName(), outcome, null, Map.of(), List.of(pointers));
    }

    /**
     * A verdict of the rule now firing, with arguments.
     *
     * @param rule the consequence's context
     * @param outcome the outcome
     * @param arguments message arguments
     * @param pointers facts it rests on
     * @return the verdict
     */
    public static Verdict of(RuleContext rule, Outcome outcome, Map<String, String> arguments,
                             List<String> pointers) {
        return new Verdict(rule.getRule().getName(), outcome, null, arguments, pointers);
    }

    /**
     * A referral of the rule now firing.
     *
     * @param rule the consequence's context
     * @param body the body
     * @param pointers facts it rests on
     * @return the verdict
     */
    public static Verdict referral(RuleContext rule, ReferralBody body, String... pointers) {
        return new Verdict(rule.getRule().getName(), Outcome.REFERRED, body, Map.of("body", body.name()),
                List.of(pointers));
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param term as in the overload taking a {@code RuleContext}
     * @param arguments as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Verdict granted(org.drools.model.Drools rule, LocalDateRange term, Map<String, String> arguments, List<String> pointers) {
        return granted((RuleContext) rule, term, arguments, pointers);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param outcome as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Verdict of(org.drools.model.Drools rule, Outcome outcome, String... pointers) {
        return of((RuleContext) rule, outcome, pointers);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param outcome as in the overload taking a {@code RuleContext}
     * @param arguments as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Verdict of(org.drools.model.Drools rule, Outcome outcome, Map<String, String> arguments, List<String> pointers) {
        return of((RuleContext) rule, outcome, arguments, pointers);
    }

    /**
     * The same, from a rule compiled to the executable model (the precompiled bundled law), whose
     * consequences see {@code drools} as {@link org.drools.model.Drools}.
     *
     * @param rule the consequence's context
     * @param body as in the overload taking a {@code RuleContext}
     * @param pointers as in the overload taking a {@code RuleContext}
     * @return the fact
     */
    public static Verdict referral(org.drools.model.Drools rule, ReferralBody body, String... pointers) {
        return referral((RuleContext) rule, body, pointers);
    }
}
