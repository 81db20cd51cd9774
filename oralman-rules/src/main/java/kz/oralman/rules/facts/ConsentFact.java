package kz.oralman.rules.facts;

import kz.oralman.model.ConsentStatus;

/**
 * A person's consent to access to their personal data, when the case reports it (Art. 20 sub-para 4,
 * wording of 19.04.2023).
 *
 * @param person the person's id
 * @param status given, refused or unknown
 * @param pointer its JSON Pointer
 */
public record ConsentFact(String person, ConsentStatus status, String pointer) {
}
