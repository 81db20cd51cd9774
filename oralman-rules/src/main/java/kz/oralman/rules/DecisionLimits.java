package kz.oralman.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits one decision runs under. Rules from outside the library run under a deadline (a watchdog
 * halts the session and the decision fails with a {@link DecisionLimitException}), a firing limit,
 * and caps on the size of the facts the rules derive; the bundled rules run under the firing limit
 * only.
 *
 * @param deadline the longest a decision may take; {@link Duration#ZERO} for none
 * @param maxFirings the most rule firings one decision may take
 * @param maxFactChars the largest fact a rule may derive, counted in characters of its strings and
 *     elements of its collections
 * @param maxDerivedChars the most characters all facts derived in one decision may have together
 */
public record DecisionLimits(Duration deadline, int maxFirings, int maxFactChars, long maxDerivedChars) {
    /** The default deadline of a decision under external rules. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(2);

    /** Checks the values. */
    public DecisionLimits {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must not be negative, was " + deadline);
        }
        if (maxFirings < 1 || maxFactChars < 1 || maxDerivedChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return the limits of external rules: 2 s, the firing limit, 16,000 characters a fact, 2,000,000 in all */
    public static DecisionLimits external() {
        return new DecisionLimits(DEFAULT_DEADLINE, OralmanEngine.MAX_FIRINGS, 16_000, 2_000_000L);
    }

    /** @return the limits of the bundled rules: the firing limit only */
    public static DecisionLimits bundled() {
        return new DecisionLimits(Duration.ZERO, OralmanEngine.MAX_FIRINGS, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * The same limits with another deadline.
     *
     * @param d the deadline; {@link Duration#ZERO} for none
     * @return the limits
     */
    public DecisionLimits withDeadline(Duration d) {
        return new DecisionLimits(d, maxFirings, maxFactChars, maxDerivedChars);
    }

    /** @return whether a watchdog is needed */
    boolean hasDeadline() {
        return !deadline.isZero();
    }
}
