package kz.oralman.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.ReferralBody;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A decision rule's conclusion for the question asked. When several verdicts stand, the decision
 * takes the strongest in the order NOT_APPLICABLE, REFUSED, REFERRED, NEEDS_EVIDENCE,
 * ELIGIBLE_BUT_QUOTA_EXHAUSTED, NO_PLACE_AVAILABLE, GRANTED, and gives the reasons of all of them.
 *
 * @param ruleId the rule that concluded it
 * @param outcome the outcome
 * @param body the body referred to, for REFERRED; else null
 * @param arguments message arguments
 * @param pointers JSON Pointers of the facts it rests on
 */
public record Verdict(String ruleId, Outcome outcome, ReferralBody body, Map<String, String> arguments,
                      List<String> pointers) {
    /** Copies the collections, sorted. */
    public Verdict {
        arguments = Map.copyOf(new TreeMap<>(arguments));
        pointers = pointers.stream().sorted().distinct().toList();
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
}
