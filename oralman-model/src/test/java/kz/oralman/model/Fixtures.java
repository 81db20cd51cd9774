package kz.oralman.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/** Small named facts for the unit tests: a person, an application, a case, built with defaults. */
final class Fixtures {
    static final PersonName KAZAKH_NAME = PersonName.of("Ерлан Сейітұлы", "Cyrl");

    private Fixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalDateRange closed(String from, String to) {
        return Periods.closed(date(from), date(to));
    }

    static LocalDateRange open(String from) {
        return Periods.open(date(from));
    }

    static Person person(String id, String birthDate) {
        return new Person(PersonId.of(id), List.of(KAZAKH_NAME), date(birthDate), List.of(), List.of(), List.of(),
                List.of());
    }

    static Person personWith(String id, String birthDate, List<CitizenshipPeriod> citizenships,
                             List<ResidencePeriod> residences) {
        return new Person(PersonId.of(id), List.of(KAZAKH_NAME), date(birthDate), List.of(), citizenships,
                residences, List.of());
    }

    static CitizenshipPeriod citizenship(String country, LocalDateRange period) {
        return new CitizenshipPeriod(CountryCode.of(country), period, EvidenceStatus.VERIFIED);
    }

    static ResidencePeriod residence(String country, LocalDateRange period, ResidenceKind kind) {
        return new ResidencePeriod(CountryCode.of(country), Optional.empty(), period, kind, EvidenceStatus.VERIFIED);
    }

    static Application application(String applicant, String... members) {
        return new Application(PersonId.of(applicant), java.util.Arrays.stream(members).map(PersonId::of).toList(),
                Question.STATUS_ASSIGNMENT, date("2024-03-01"), Channel.CITIZENS_SERVICE_CENTRE,
                ArrivalPurpose.PERMANENT_RESIDENCE, List.of(), Optional.empty(), List.of(), List.of(),
                new DocumentPackage(EvidenceStatus.VERIFIED, EvidenceStatus.VERIFIED), Optional.empty());
    }

    static FamilyTie tie(String from, Relation relation, String to) {
        return new FamilyTie(PersonId.of(from), relation, PersonId.of(to));
    }

    static Case caseOf(List<Person> persons, List<FamilyTie> ties) {
        return new Case("c1", persons, ties, application(persons.get(0).id().value()), List.of(), List.of(),
                List.of());
    }
}
