package kz.oralman.rules.check;

import java.util.Objects;

/**
 * A problem of a ruleset: where (file, 1-based line and column; 0 when unknown), in which rule,
 * which construct, and what.
 *
 * @param file the DRL file (or {@code lawbook.json}, {@code parameters.json})
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 * @param rule the rule it is in, or empty
 * @param construct the offending construct, such as {@code System.exit} or {@code function}
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String rule, String construct, String message) {
    /** Checks that no component is null. */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(construct, "construct");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (rule.isEmpty() ? "" : "rule \"" + rule + "\": ") + message;
    }
}
