package kz.oralman.rules.facts;

import kz.oralman.model.FamilyTie;
import kz.oralman.model.Relation;

/**
 * A family tie.
 *
 * @param from the id of the first person
 * @param relation the relation of {@code from} to {@code to}
 * @param to the id of the second person
 * @param tie the tie
 * @param pointer its JSON Pointer
 */
public record TieFact(String from, Relation relation, String to, FamilyTie tie, String pointer) {
}
