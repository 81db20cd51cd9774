package kz.oralman.rules;

/**
 * A ruleset (DRL files and parameters) cannot be loaded: it does not compile, misses metadata, or
 * has an invalid parameter table. The message names the file and, where known, the line and column.
 */
public class RulesetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong, and where
     */
    public RulesetException(String message) {
        super(message);
    }
}
