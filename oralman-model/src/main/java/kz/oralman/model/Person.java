package kz.oralman.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A person of the case: the applicant or a family member.
 *
 * <p>Invariants checked here: at least one name; no period starts before the birth date;
 * citizenship periods of the same country do not overlap (citizenships of different countries
 * may); permanent residence periods do not overlap each other.
 *
 * @param id the id, unique within the case
 * @param names the names, at least one, in any scripts
 * @param birthDate the birth date
 * @param nationalityClaims documents claimed to record Kazakh nationality
 * @param citizenships the citizenship history
 * @param residences the residence history
 * @param documents identity documents
 */
public record Person(PersonId id, List<PersonName> names, LocalDate birthDate,
                     List<NationalityClaim> nationalityClaims, List<CitizenshipPeriod> citizenships,
                     List<ResidencePeriod> residences, List<IdentityDocument> documents) {
    /** Copies the lists and checks the invariants. */
    public Person {
        Checks.notNull(id, "id");
        names = Checks.list(names, "names");
        Checks.require(!names.isEmpty(), "names of person " + id + " must not be empty");
        Checks.notNull(birthDate, "birthDate");
        nationalityClaims = Checks.list(nationalityClaims, "nationalityClaims");
        citizenships = Checks.list(citizenships, "citizenships");
        residences = Checks.list(residences, "residences");
        documents = Checks.list(documents, "documents");
        for (int i = 0; i < citizenships.size(); i++) {
            LocalDate start = citizenships.get(i).period().getStart();
            Checks.require(!start.isBefore(birthDate), "citizenships[" + i + "] starts on " + start
                    + ", before the birth date " + birthDate);
        }
        for (int i = 0; i < residences.size(); i++) {
            LocalDate start = residences.get(i).period().getStart();
            Checks.require(!start.isBefore(birthDate), "residences[" + i + "] starts on " + start
                    + ", before the birth date " + birthDate);
        }
        Periods.noOverlap(citizenships, CitizenshipPeriod::period, CitizenshipPeriod::country, "citizenships");
        Periods.noOverlap(residences, ResidencePeriod::period,
                r -> r.kind() == ResidenceKind.PERMANENT ? ResidenceKind.PERMANENT : r, "residences");
    }

    /**
     * Whether the person held the citizenship of Kazakhstan at any time.
     *
     * @return true if a citizenship period with {@code KZ} exists
     */
    public boolean everCitizenOfKazakhstan() {
        return citizenships.stream().anyMatch(c -> c.country().isKazakhstan());
    }

    /**
     * Whether the person is a citizen of Kazakhstan on a date.
     *
     * @param date the date
     * @return true if a {@code KZ} citizenship period covers the date
     */
    public boolean citizenOfKazakhstanOn(LocalDate date) {
        return citizenships.stream().anyMatch(c -> c.country().isKazakhstan() && c.heldOn(date));
    }

    /**
     * The person's age in whole years on a date.
     *
     * @param date the date
     * @return the age, 0 before the first birthday
     */
    public int ageOn(LocalDate date) {
        return Math.max(0, java.time.Period.between(birthDate, date).getYears());
    }
}
