package kz.oralman.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * @param permitDecisions refusals and annulments of the person's permanent residence permit, in date
 *     order (Art. 25 p.1 sub-para 2); empty when none is known
 * @param personalDataConsent whether the person consented to access to their personal data (Art. 20
 *     sub-para 4, from 2023); empty when the case does not report it
 */
public record Person(PersonId id, List<PersonName> names, LocalDate birthDate,
                     List<NationalityClaim> nationalityClaims, List<CitizenshipPeriod> citizenships,
                     List<ResidencePeriod> residences, List<IdentityDocument> documents,
                     List<PermitDecision> permitDecisions, Optional<ConsentStatus> personalDataConsent) {
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
        permitDecisions = Checks.list(permitDecisions, "permitDecisions");
        Checks.notNull(personalDataConsent, "personalDataConsent");
        for (int i = 0; i < permitDecisions.size(); i++) {
            LocalDate d = permitDecisions.get(i).date();
            Checks.require(!d.isBefore(birthDate), "permitDecisions[" + i + "] is dated " + d
                    + ", before the birth date " + birthDate);
            if (i > 0) {
                LocalDate prev = permitDecisions.get(i - 1).date();
                Checks.require(!d.isBefore(prev), "permitDecisions[" + i + "] on " + d + " is before permitDecisions["
                        + (i - 1) + "] on " + prev + "\nMaybe list the decisions in date order");
            }
        }
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
     * A person without permit decisions and without a reported consent: the shape of the case format
     * before those fields existed.
     *
     * @param id the id
     * @param names the names
     * @param birthDate the birth date
     * @param nationalityClaims nationality claims
     * @param citizenships the citizenship history
     * @param residences the residence history
     * @param documents identity documents
     */
    public Person(PersonId id, List<PersonName> names, LocalDate birthDate, List<NationalityClaim> nationalityClaims,
                  List<CitizenshipPeriod> citizenships, List<ResidencePeriod> residences,
                  List<IdentityDocument> documents) {
        this(id, names, birthDate, nationalityClaims, citizenships, residences, documents, List.of(),
                Optional.empty());
    }

    /**
     * Whether the person's own document is stated to record a nationality other than Kazakh (the claim
     * verified or declared) and no uncontested claim records the Kazakh one. Such a person does not
     * claim to be of Kazakh nationality: they are never asked for proof of it.
     *
     * @return true if so
     */
    public boolean statedNonKazakh() {
        return otherNationality(false);
    }

    /**
     * Whether the person's own verified document records a nationality other than Kazakh and no
     * uncontested claim records the Kazakh one: the person is not of Kazakh nationality as far as the
     * case establishes.
     *
     * @return true if so
     */
    public boolean establishedNonKazakh() {
        return otherNationality(true);
    }

    private boolean otherNationality(boolean verifiedOnly) {
        boolean other = nationalityClaims.stream().anyMatch(c -> c.whose() == Kin.SELF && !c.kazakh()
                && (c.evidence().isVerified() || (!verifiedOnly && c.evidence() == EvidenceStatus.DECLARED)));
        boolean kazakh = nationalityClaims.stream().anyMatch(c -> c.kazakh() && c.evidence() != EvidenceStatus.CONTESTED);
        return other && !kazakh;
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
