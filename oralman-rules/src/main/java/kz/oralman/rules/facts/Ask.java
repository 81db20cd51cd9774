package kz.oralman.rules.facts;

import java.time.LocalDate;
import kz.oralman.model.Question;

/**
 * The question being decided: inserted once per decision.
 *
 * @param question what is asked
 * @param asOf the governing date
 * @param subject the id of the person the question is about
 */
public record Ask(Question question, LocalDate asOf, String subject) {
}
