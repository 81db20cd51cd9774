package kz.oralman.model.decision;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a decision says.
 *
 * <p>When the rules conclude several outcomes for one question, the decision takes the one of highest
 * {@link #precedence() precedence} (the first in this order): {@link #NOT_APPLICABLE}, {@link #REFUSED},
 * {@link #REFERRED}, {@link #NEEDS_EVIDENCE}, {@link #ELIGIBLE_BUT_QUOTA_EXHAUSTED},
 * {@link #NO_PLACE_AVAILABLE}, {@link #GRANTED}: a question that does not arise is not refused, an
 * established ground of refusal is not turned into a request for evidence, and nothing is granted while
 * anything else stands. This is the one place the order is written; the engine and every baseline use it.
 */
public enum Outcome {
    /** The request is granted. */
    GRANTED(6),
    /** The request is refused, with its grounds. */
    REFUSED(1),
    /** Facts are not established; the evidence requests say which documents would settle them. */
    NEEDS_EVIDENCE(3),
    /** A human body must decide first (the nationality commission, the admission commission). */
    REFERRED(2),
    /** The question does not arise: the law is not in force, or the person is already a citizen. */
    NOT_APPLICABLE(0),
    /** Eligible for the regional quota, but the quota is used up. */
    ELIGIBLE_BUT_QUOTA_EXHAUSTED(4),
    /**
     * Eligible for a place in an adaptation and integration centre, but the intended region has none
     * or all are full; the reasons propose centres in the nearest regions and temporary accommodation.
     */
    NO_PLACE_AVAILABLE(5);

    /** Orders outcomes by precedence, the one that prevails first. */
    public static final Comparator<Outcome> BY_PRECEDENCE = Comparator.comparingInt(Outcome::precedence);

    private final int precedence;

    Outcome(int precedence) {
        this.precedence = precedence;
    }

    /**
     * The rank of this outcome when several are concluded: lower prevails.
     *
     * @return 0 for {@link #NOT_APPLICABLE} up to 6 for {@link #GRANTED}
     */
    public int precedence() {
        return precedence;
    }

    /**
     * The outcome that prevails among several.
     *
     * @param outcomes the outcomes concluded
     * @return the prevailing one, or empty when there are none
     */
    public static Optional<Outcome> prevailing(Collection<Outcome> outcomes) {
        return outcomes.stream().min(BY_PRECEDENCE);
    }
}
