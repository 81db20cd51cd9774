package kz.oralman.model;

import java.time.LocalDate;

/**
 * An application for the status (assignment or extension) filed and not yet decided, such as an
 * extension a holder applied for before the status ran out.
 *
 * @param person who applied
 * @param question {@link Question#STATUS_ASSIGNMENT} or {@link Question#STATUS_EXTENSION}
 * @param filed the filing day
 */
public record PendingApplication(PersonId person, Question question, LocalDate filed) {
    /** Checks the components. */
    public PendingApplication {
        Checks.notNull(person, "person");
        Checks.notNull(question, "question");
        Checks.notNull(filed, "filed");
        Checks.require(question == Question.STATUS_ASSIGNMENT || question == Question.STATUS_EXTENSION,
                "question " + question + " is not a status application: STATUS_ASSIGNMENT or STATUS_EXTENSION");
    }
}
