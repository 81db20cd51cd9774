package kz.oralman.rules.facts;

import kz.oralman.model.PendingApplication;

/**
 * A status application filed and not yet decided.
 *
 * @param person the applicant's id
 * @param application the application
 * @param pointer its JSON Pointer
 */
public record PendingApplicationFact(String person, PendingApplication application, String pointer) {
}
