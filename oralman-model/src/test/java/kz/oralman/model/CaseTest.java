package kz.oralman.model;

import static kz.oralman.model.Fixtures.application;
import static kz.oralman.model.Fixtures.caseOf;
import static kz.oralman.model.Fixtures.person;
import static kz.oralman.model.Fixtures.tie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTest {
    private static final List<Person> FAMILY = List.of(person("father", "1960-01-01"), person("son", "1986-04-12"),
            person("grandson", "2016-02-29"));

    @ParameterizedTest(name = "{0} {1} {2}: valid {3}")
    @CsvSource({
        "son,    CHILD,  father, true",
        "father, PARENT, son,    true",
        "father, CHILD,  son,    false",   // a child older than the parent
        "son,    PARENT, father, false",
        "father, SPOUSE, son,    true",    // only CHILD and PARENT know an order of birth
        "son,    DEPENDANT, grandson, true",
    })
    void familyTies_childIsYoungerThanParent(String from, Relation relation, String to, boolean valid) {
        List<FamilyTie> ties = List.of(tie(from, relation, to));
        if (valid) {
            assertEquals(ties, caseOf(FAMILY, ties).familyTies());
        } else {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> caseOf(FAMILY, ties));
            assertTrue(e.getMessage().contains("is not younger than parent"), e.getMessage());
        }
    }

    @Test
    void familyTies_childBornOnTheParentsBirthday_isNotYounger() {
        List<Person> twins = List.of(person("a", "2000-01-01"), person("b", "2000-01-01"));
        assertThrows(IllegalArgumentException.class, () -> caseOf(twins, List.of(tie("a", Relation.CHILD, "b"))));
    }

    @Test
    void familyTies_ancestryCycle_rejected() {
        // A cycle through CHILD and PARENT ties always contains a child not younger than its parent, so the birth
        // check fires first; the separate cycle check in Case is a second line of defence.
        List<FamilyTie> ties = List.of(tie("son", Relation.CHILD, "father"), tie("grandson", Relation.CHILD, "son"),
                tie("grandson", Relation.PARENT, "father"));
        assertThrows(IllegalArgumentException.class, () -> caseOf(FAMILY, ties));
    }

    @Test
    void familyTies_threeGenerations_valid() {
        List<FamilyTie> ties = List.of(tie("son", Relation.CHILD, "father"), tie("grandson", Relation.CHILD, "son"),
                tie("father", Relation.PARENT, "son"));
        assertEquals(3, caseOf(FAMILY, ties).familyTies().size());
    }

    @Test
    void familyTies_repeated_rejected() {
        List<FamilyTie> ties = List.of(tie("son", Relation.CHILD, "father"), tie("son", Relation.CHILD, "father"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> caseOf(FAMILY, ties));
        assertTrue(e.getMessage().contains("familyTies[1] repeats"), e.getMessage());
    }

    @ParameterizedTest(name = "dangling {0}")
    @ValueSource(strings = {"from", "to"})
    void familyTies_danglingReference_rejected(String end) {
        FamilyTie t = end.equals("from") ? tie("mother", Relation.SPOUSE, "father")
                : tie("father", Relation.SPOUSE, "mother");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> caseOf(FAMILY, List.of(t)));
        assertTrue(e.getMessage().contains("familyTies[0]." + end + " 'mother'"), e.getMessage());
    }

    @Test
    void selfTie_rejectedByFamilyTie() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tie("son", Relation.SPOUSE, "son"));
        assertTrue(e.getMessage().contains("nobody is their own spouse"), e.getMessage());
    }

    @Test
    void persons_duplicateId_rejected() {
        List<Person> persons = List.of(person("p", "1990-01-01"), person("p", "1991-01-01"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> caseOf(persons, List.of()));
        assertTrue(e.getMessage().contains("persons[1] repeats p"), e.getMessage());
    }

    @Test
    void persons_empty_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new Case("c1", List.of(), List.of(), application("x"),
                List.of(), List.of(), List.of()));
    }

    @ParameterizedTest(name = "applicant {0}, member {1}")
    @CsvSource({"nobody, son", "father, nobody"})
    void application_danglingPerson_rejected(String applicant, String member) {
        assertThrows(IllegalArgumentException.class, () -> new Case("c1", FAMILY, List.of(),
                application(applicant, member), List.of(), List.of(), List.of()));
    }

    @ParameterizedTest(name = "case id ''{0}''")
    @ValueSource(strings = {"", " c", "c 1", "-c", "ü"})
    void id_ofOtherForm_rejected(String id) {
        assertThrows(IllegalArgumentException.class, () -> new Case(id, FAMILY, List.of(), application("father"),
                List.of(), List.of(), List.of()));
    }

    @Test
    void stays_mustNameACentreAndAPersonOfTheCase() {
        Centre centre = new Centre("aic", "Centre", Region.ABAI, CentreKind.ADAPTATION_INTEGRATION, 10, List.of());
        CentreStay good = new CentreStay(PersonId.of("son"), "aic", Fixtures.open("2024-01-01"));
        CentreStay noCentre = new CentreStay(PersonId.of("son"), "tac", Fixtures.open("2024-01-01"));
        CentreStay noPerson = new CentreStay(PersonId.of("x"), "aic", Fixtures.open("2024-01-01"));
        assertEquals(1, new Case("c", FAMILY, List.of(), application("father"), List.of(centre), List.of(good),
                List.of()).stays().size());
        assertThrows(IllegalArgumentException.class, () -> new Case("c", FAMILY, List.of(), application("father"),
                List.of(centre), List.of(noCentre), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Case("c", FAMILY, List.of(), application("father"),
                List.of(centre), List.of(noPerson), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Case("c", FAMILY, List.of(), application("father"),
                List.of(centre, centre), List.of(), List.of()));
    }

    @Test
    void quotas_sameYearRegionCategoryAndDay_rejected() {
        QuotaSnapshot q = new QuotaSnapshot(2024, Region.TURKESTAN, QuotaCategory.KANDAS, QuotaUnit.PERSONS, 10, 1,
                Fixtures.date("2024-01-01"));
        QuotaSnapshot sameKey = new QuotaSnapshot(2024, Region.TURKESTAN, QuotaCategory.KANDAS, QuotaUnit.FAMILIES, 5,
                5, Fixtures.date("2024-01-01"));
        assertThrows(IllegalArgumentException.class, () -> new Case("c", FAMILY, List.of(), application("father"),
                List.of(), List.of(), List.of(q, sameKey)));
    }

    @Test
    void person_and_applicant_lookUpById() {
        Case c = caseOf(FAMILY, List.of());
        assertEquals("father", c.applicant().id().value());
        assertEquals(Optional.of(FAMILY.get(2)), c.person(PersonId.of("grandson")));
        assertEquals(Optional.empty(), c.person(PersonId.of("nobody")));
    }
}
