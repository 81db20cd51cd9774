package kz.oralman.model.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a case document cannot be read: carries every problem found, each with its JSON
 * Pointer. No partly built case escapes.
 */
public final class InvalidCaseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception carrying the problems.
     *
     * @param problems the problems, at least one
     */
    public InvalidCaseException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in document order */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the case:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
