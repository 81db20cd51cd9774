package kz.oralman.rules;

/**
 * A decision broke a limit of its ruleset ({@link DecisionLimits}): it ran past its deadline, fired
 * too often, derived too much, ran out of memory or a rule threw. The fault is the ruleset's, not the
 * case's: the message names the law version, the case and the limit.
 */
public final class DecisionLimitException extends RulesetException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message which limit, for which version and case
     */
    public DecisionLimitException(String message) {
        super(message);
    }
}
