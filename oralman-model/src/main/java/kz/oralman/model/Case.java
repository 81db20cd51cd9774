package kz.oralman.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A whole case: the persons, their family ties, the application, and the centres and quota
 * snapshots the question may need.
 *
 * <p>Checked here: person ids are unique; every id the application, a tie, a status event, a
 * refusal fact, a pending status application or a stay names is a person of the case; no tie repeats; nobody is, through
 * parent and child ties, their own ancestor; a child is not born before a parent; centre ids are
 * unique and every stay names one.
 *
 * @param id the case id, 1 to 64 characters of the person-id form
 * @param persons the persons
 * @param familyTies the family ties among them
 * @param application the application
 * @param centres centres known to the case
 * @param stays stays in those centres
 * @param quotas quota snapshots
 */
public record Case(String id, List<Person> persons, List<FamilyTie> familyTies, Application application,
                   List<Centre> centres, List<CentreStay> stays, List<QuotaSnapshot> quotas) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Copies the lists and checks the references and invariants. */
    public Case {
        Checks.notNull(id, "id");
        Checks.require(ID.matcher(id).matches(), "id " + Printable.quoted(id) + " of the case is not of the form " + ID.pattern());
        persons = Checks.list(persons, "persons");
        Checks.require(!persons.isEmpty(), "persons must not be empty: a case has at least the applicant");
        Checks.unique(persons, Person::id, "persons");
        familyTies = Checks.list(familyTies, "familyTies");
        Checks.unique(familyTies, t -> t, "familyTies");
        Checks.notNull(application, "application");
        centres = Checks.list(centres, "centres");
        Checks.unique(centres, Centre::id, "centres");
        stays = Checks.list(stays, "stays");
        quotas = Checks.list(quotas, "quotas");
        Checks.unique(quotas, q -> List.of(q.year(), q.region(), q.category(), q.asOf()), "quotas");

        Map<PersonId, Person> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        known(byId, application.applicant(), "application.applicant");
        for (int i = 0; i < application.familyMembers().size(); i++) {
            known(byId, application.familyMembers().get(i), "application.familyMembers[" + i + "]");
        }
        for (int i = 0; i < application.statusHistory().size(); i++) {
            known(byId, application.statusHistory().get(i).person(), "application.statusHistory[" + i + "].person");
        }
        for (int i = 0; i < application.refusalFacts().size(); i++) {
            known(byId, application.refusalFacts().get(i).person(), "application.refusalFacts[" + i + "].person");
        }
        for (int i = 0; i < application.pendingStatusApplications().size(); i++) {
            known(byId, application.pendingStatusApplications().get(i).person(),
                    "application.pendingStatusApplications[" + i + "].person");
        }
        for (int i = 0; i < familyTies.size(); i++) {
            FamilyTie t = familyTies.get(i);
            known(byId, t.from(), "familyTies[" + i + "].from");
            known(byId, t.to(), "familyTies[" + i + "].to");
            Person child = t.relation() == Relation.CHILD ? byId.get(t.from())
                    : t.relation() == Relation.PARENT ? byId.get(t.to()) : null;
            Person parent = t.relation() == Relation.CHILD ? byId.get(t.to())
                    : t.relation() == Relation.PARENT ? byId.get(t.from()) : null;
            if (child != null && !child.birthDate().isAfter(parent.birthDate())) {
                throw new IllegalArgumentException("familyTies[" + i + "]: child " + child.id() + " born "
                        + child.birthDate() + " is not younger than parent " + parent.id() + " born "
                        + parent.birthDate());
            }
        }
        Set<String> centreIds = new HashSet<>();
        centres.forEach(c -> centreIds.add(c.id()));
        for (int i = 0; i < stays.size(); i++) {
            known(byId, stays.get(i).person(), "stays[" + i + "].person");
            Checks.require(centreIds.contains(stays.get(i).centreId()), "stays[" + i + "].centreId '"
                    + stays.get(i).centreId() + "' is not a centre of the case");
        }
        checkNoAncestryCycle(familyTies);
    }

    private static void known(Map<PersonId, Person> byId, PersonId id, String field) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException(field + " " + Printable.quoted(String.valueOf(id)) + " is not a person of the case");
        }
    }

    private static void checkNoAncestryCycle(List<FamilyTie> ties) {
        Map<PersonId, Set<PersonId>> parents = new HashMap<>();
        for (FamilyTie t : ties) {
            if (t.relation() == Relation.CHILD) {
                parents.computeIfAbsent(t.from(), k -> new HashSet<>()).add(t.to());
            } else if (t.relation() == Relation.PARENT) {
                parents.computeIfAbsent(t.to(), k -> new HashSet<>()).add(t.from());
            }
        }
        for (PersonId start : parents.keySet()) {
            Deque<PersonId> todo = new ArrayDeque<>(parents.get(start));
            Set<PersonId> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                PersonId next = todo.pop();
                if (next.equals(start)) {
                    throw new IllegalArgumentException("familyTies make " + start + " their own ancestor");
                }
                if (seen.add(next)) {
                    todo.addAll(parents.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    /**
     * The person with an id.
     *
     * @param personId the id
     * @return the person, or empty if the case has none with that id
     */
    public Optional<Person> person(PersonId personId) {
        return persons.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    /**
     * The role of a person in the case: the applicant, or a family member and how they are related
     * to the applicant.
     *
     * @param personId a person of the case
     * @return the role
     * @throws IllegalArgumentException if the person is not in the case
     */
    public PersonRole role(PersonId personId) {
        if (person(personId).isEmpty()) {
            throw new IllegalArgumentException("person " + personId + " is not a person of case " + id);
        }
        PersonId applicant = application.applicant();
        if (personId.equals(applicant)) {
            return PersonRole.ofApplicant();
        }
        Optional<Relation> relation = Optional.empty();
        for (FamilyTie t : familyTies) {
            if (t.from().equals(personId) && t.to().equals(applicant)) {
                relation = Optional.of(t.relation());
                break;
            }
            if (t.to().equals(personId) && t.from().equals(applicant)) {
                relation = Optional.of(switch (t.relation()) {
                    case CHILD -> Relation.PARENT;
                    case PARENT -> Relation.CHILD;
                    default -> t.relation();
                });
                break;
            }
        }
        return new PersonRole(false, application.familyMembers().contains(personId), relation);
    }

    /** @return the applicant */
    public Person applicant() {
        return person(application.applicant()).orElseThrow();
    }
}
