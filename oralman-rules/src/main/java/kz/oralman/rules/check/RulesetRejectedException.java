package kz.oralman.rules.check;

import java.util.List;
import java.util.stream.Collectors;
import kz.oralman.rules.RulesetException;

/** A ruleset from outside the library was rejected: it failed the safety check or did not compile. */
public final class RulesetRejectedException extends RulesetException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * An exception with its problems.
     *
     * @param problems at least one problem
     */
    public RulesetRejectedException(List<RuleProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the ruleset:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found */
    public List<RuleProblem> problems() {
        return problems;
    }
}
