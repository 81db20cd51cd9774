package kz.oralman.rules.facts;

import java.util.Objects;
import kz.oralman.model.Question;

/**
 * A condition the law version in force requires for a question, inserted by the engine from the law
 * book ({@code "conditions"} of the version). A grant rule needs a {@link Met} for each.
 *
 * @param question the question
 * @param condition the condition required
 */
public record Required(Question question, Condition condition) {
    /** Checks the components. */
    public Required {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(condition, "condition");
    }
}
