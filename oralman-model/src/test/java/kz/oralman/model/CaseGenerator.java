package kz.oralman.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * Makes random valid cases from a {@link Random}, for the property tests. The same seed gives the same
 * case. Cases reach the edges of the contract: leap days, one-day and open periods, the years 1800 and
 * 2200, overlapping citizenships of different countries, ids up to 64 characters, names in Cyrillic,
 * Latin, Han, Mongolian and Arabic scripts.
 */
public final class CaseGenerator {
    static final LocalDate FIRST_DAY = LocalDate.of(1800, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_FIRST + "._-";
    private static final String KAZAKH_CYRILLIC = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
            + "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
    private static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'";
    private static final String ARABIC = "ابتجحدرزسشعغفقكلمنوهيۇۆۋەى";
    private static final String[] COUNTRIES = {"KZ", "CN", "UZ", "MN", "TM", "RU", "KG", "TJ", "AF", "IR", "TR",
        "SU", "DE", "US"};

    private final Random random;

    /**
     * A generator drawing from {@code random}.
     *
     * @param random the source of randomness; seed it to reproduce a case
     */
    public CaseGenerator(Random random) {
        this.random = random;
    }

    /** @return a new random valid case */
    public Case next() {
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 8 : 4);
        Set<String> ids = new LinkedHashSet<>();
        ids.add(random.nextBoolean() ? "applicant" : id());
        while (ids.size() < count) {
            ids.add(id());
        }
        List<Person> persons = new ArrayList<>();
        for (String id : ids) {
            persons.add(person(id));
        }
        List<FamilyTie> ties = ties(persons);
        Application application = application(persons);
        List<Centre> centres = centres();
        List<CentreStay> stays = new ArrayList<>();
        if (!centres.isEmpty()) {
            for (int i = random.nextInt(4); i > 0; i--) {
                stays.add(new CentreStay(pick(persons).id(), pick(centres).id(), period(date())));
            }
        }
        return new Case(id(), persons, ties, application, centres, stays, quotas());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private String id() {
        int length = random.nextInt(20) == 0 ? 64 : 1 + random.nextInt(12);
        StringBuilder sb = new StringBuilder().append(ID_FIRST.charAt(random.nextInt(ID_FIRST.length())));
        while (sb.length() < length) {
            sb.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
        }
        return sb.toString();
    }

    /** A day from 1800 to 2200, often a leap day or an edge of the range. */
    private LocalDate date() {
        return dateBetween(FIRST_DAY, LAST_DAY);
    }

    private LocalDate dateBetween(LocalDate min, LocalDate max) {
        if (!min.isBefore(max)) {
            return min;
        }
        switch (random.nextInt(12)) {
            case 0:
                return min;
            case 1:
                return max;
            case 2: {
                int year = min.getYear() + random.nextInt(max.getYear() - min.getYear() + 1);
                int leap = year - year % 4;
                for (int y = leap; y <= max.getYear(); y += 4) {
                    if (java.time.Year.isLeap(y)) {
                        LocalDate d = LocalDate.of(y, Month.FEBRUARY, 29);
                        if (!d.isBefore(min) && !d.isAfter(max)) {
                            return d;
                        }
                    }
                }
                break;
            }
            default:
                break;
        }
        long span = max.toEpochDay() - min.toEpochDay();
        long near = random.nextInt(3) == 0 ? span : Math.min(span, 20_000);
        return min.plusDays((long) (random.nextDouble() * (near + 1)));
    }

    private LocalDateRange period(LocalDate from) {
        if (random.nextInt(3) == 0) {
            return Periods.open(from);
        }
        int shape = random.nextInt(5);
        LocalDate to = shape == 0 ? from : dateBetween(from, shape == 1 ? LAST_DAY : min(LAST_DAY, from.plusYears(10)));
        return Periods.closed(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Person person(String id) {
        LocalDate birth = random.nextInt(10) == 0 ? date() : dateBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2024, 12, 31));
        List<PersonName> names = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            names.add(name());
        }
        List<NationalityClaim> claims = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            claims.add(random.nextInt(4) == 0
                    ? new NationalityClaim(pick(NationalityDocument.class), pick(Kin.class), country(),
                            pick(EvidenceStatus.class), pick(Nationality.class))
                    : new NationalityClaim(pick(NationalityDocument.class), pick(Kin.class), country(),
                            pick(EvidenceStatus.class)));
        }
        List<CitizenshipPeriod> citizenships = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            CountryCode country = country();
            if (countries.add(country.code())) {
                for (LocalDateRange p : timeline(birth, 1 + random.nextInt(2))) {
                    citizenships.add(new CitizenshipPeriod(country, p, pick(EvidenceStatus.class)));
                }
            }
        }
        List<ResidencePeriod> residences = new ArrayList<>();
        for (LocalDateRange p : timeline(birth, random.nextInt(4))) {
            residences.add(residence(p, ResidenceKind.PERMANENT));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            ResidencePeriod temporary = residence(period(dateBetween(birth, LAST_DAY)), ResidenceKind.TEMPORARY);
            if (!residences.contains(temporary)) {
                residences.add(temporary);
            }
        }
        List<IdentityDocument> documents = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate issued = date();
            Optional<LocalDate> expires = random.nextBoolean() ? Optional.empty()
                    : Optional.of(dateBetween(issued, min(LAST_DAY, issued.plusYears(10))));
            documents.add(new IdentityDocument(pick(IdentityDocumentKind.class), country(), documentNumber(), issued,
                    expires));
        }
        List<PermitDecision> permits = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            permits.add(new PermitDecision(pick(PermitDecisionKind.class), dateBetween(birth, LAST_DAY),
                    random.nextBoolean() ? Optional.of(1 + random.nextInt(30)) : Optional.empty(),
                    pick(EvidenceStatus.class)));
        }
        permits.sort(Comparator.comparing(PermitDecision::date));
        Optional<ConsentStatus> consent = random.nextInt(3) == 0 ? Optional.of(pick(ConsentStatus.class))
                : Optional.empty();
        return new Person(PersonId.of(id), names, birth, claims, citizenships, residences, documents, permits,
                consent);
    }

    /** Up to {@code count} periods from {@code birth} on, in order and not overlapping; the last may be open. */
    private List<LocalDateRange> timeline(LocalDate birth, int count) {
        List<LocalDateRange> out = new ArrayList<>();
        LocalDate cursor = birth;
        for (int i = 0; i < count && !cursor.isAfter(LAST_DAY); i++) {
            LocalDate from = random.nextBoolean() ? cursor : dateBetween(cursor, min(LAST_DAY, cursor.plusYears(5)));
            boolean last = i == count - 1;
            if (last && random.nextBoolean()) {
                out.add(Periods.open(from));
                break;
            }
            LocalDate to = random.nextInt(6) == 0 ? from : dateBetween(from, min(LAST_DAY, from.plusYears(30)));
            out.add(Periods.closed(from, to));
            if (to.equals(LAST_DAY)) {
                break;
            }
            cursor = to.plusDays(1);
        }
        return out;
    }

    private ResidencePeriod residence(LocalDateRange period, ResidenceKind kind) {
        CountryCode country = country();
        Optional<Region> region = country.isKazakhstan() && random.nextBoolean() ? Optional.of(pick(Region.class))
                : Optional.empty();
        return new ResidencePeriod(country, region, period, kind, pick(EvidenceStatus.class));
    }

    private CountryCode country() {
        return CountryCode.of(COUNTRIES[random.nextInt(COUNTRIES.length)]);
    }

    private String documentNumber() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 12); i > 0; i--) {
            sb.append("ABCDEFGHJKLMNPRSTUVWXYZ0123456789 -/№".charAt(random.nextInt(37)));
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? "0" : s;
    }

    private PersonName name() {
        switch (random.nextInt(6)) {
            case 0:
            case 1:
                return PersonName.of(words(KAZAKH_CYRILLIC, " "), "Cyrl");
            case 2:
                return PersonName.of(words(LATIN, random.nextBoolean() ? " " : "-"), "Latn");
            case 3: {
                StringBuilder sb = new StringBuilder();
                for (int i = 2 + random.nextInt(4); i > 0; i--) {
                    // mostly the basic block, sometimes an ideograph outside the BMP
                    sb.appendCodePoint(random.nextInt(8) == 0 ? 0x20000 + random.nextInt(0xA6D0)
                            : 0x4E00 + random.nextInt(0x5200));
                    if (i == 2 && random.nextBoolean()) {
                        sb.append('·');
                    }
                }
                return PersonName.of(sb.toString(), "Hani");
            }
            case 4: {
                StringBuilder sb = new StringBuilder();
                for (int i = 3 + random.nextInt(8); i > 0; i--) {
                    sb.appendCodePoint(0x1820 + random.nextInt(0x58));   // Mongolian letters
                }
                return PersonName.of(sb.toString(), "Mong");
            }
            default:
                return PersonName.of(words(ARABIC, " "), "Arab");
        }
    }

    private String words(String alphabet, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int w = 1 + random.nextInt(3); w > 0; w--) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            // the first character of a word is a letter: a name has at least one letter
            sb.append(alphabet.charAt(random.nextInt(alphabet.length() - 1)));
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }

    private List<FamilyTie> ties(List<Person> persons) {
        Set<FamilyTie> ties = new LinkedHashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            for (int j = 0; j < persons.size(); j++) {
                if (i == j || random.nextInt(3) != 0) {
                    continue;
                }
                Person a = persons.get(i);
                Person b = persons.get(j);
                Relation relation = pick(Relation.class);
                boolean aOlder = a.birthDate().isBefore(b.birthDate());
                if (relation == Relation.PARENT && !aOlder || relation == Relation.CHILD && !b.birthDate()
                        .isBefore(a.birthDate())) {
                    relation = Relation.SPOUSE;
                }
                ties.add(new FamilyTie(a.id(), relation, b.id()));
            }
        }
        return List.copyOf(ties);
    }

    private Application application(List<Person> persons) {
        PersonId applicant = persons.get(0).id();
        List<PersonId> members = new ArrayList<>();
        for (Person p : persons.subList(1, persons.size())) {
            if (random.nextInt(4) != 0) {
                members.add(p.id());
            }
        }
        java.util.Collections.shuffle(members, random);
        Set<ArrivalMotive> motives = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            motives.add(pick(ArrivalMotive.class));
        }
        List<StatusEvent> history = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            PersonId who = pick(persons).id();
            LocalDate on = date();
            StatusEvent e = switch (random.nextInt(3)) {
                case 0 -> StatusEvent.granted(who, on, dateBetween(on, min(LAST_DAY, on.plusYears(2))));
                case 1 -> StatusEvent.extended(who, on, dateBetween(on, min(LAST_DAY, on.plusYears(2))));
                default -> StatusEvent.ended(who, on, pick(StatusEndReason.class));
            };
            history.add(e);
        }
        history.sort(Comparator.comparing(StatusEvent::date));
        List<RefusalFact> refusals = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            refusals.add(new RefusalFact(pick(persons).id(), pick(RefusalGround.class), pick(EvidenceStatus.class),
                    random.nextInt(3) == 0 ? Optional.of(country()) : Optional.empty()));
        }
        Optional<CitizenshipApplication> citizenship = random.nextInt(3) == 0
                ? Optional.of(new CitizenshipApplication(date(), pick(EvidenceStatus.class), random.nextBoolean()))
                : Optional.empty();
        return new Application(applicant, members, pick(Question.class), date(), pick(Channel.class),
                pick(ArrivalPurpose.class), List.copyOf(motives),
                random.nextBoolean() ? Optional.of(pick(Region.class)) : Optional.empty(), history, refusals,
                new DocumentPackage(pick(EvidenceStatus.class), pick(EvidenceStatus.class)), citizenship,
                pending(persons), random.nextInt(4) == 0
                        ? Optional.of(new QuotaOffer(pick(Region.class), date(), pick(OfferResponse.class)))
                        : Optional.empty());
    }

    private List<PendingApplication> pending(List<Person> persons) {
        List<PendingApplication> out = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            out.add(new PendingApplication(pick(persons).id(), random.nextBoolean() ? Question.STATUS_ASSIGNMENT
                    : Question.STATUS_EXTENSION, date()));
        }
        return out;
    }

    private List<Centre> centres() {
        List<Centre> centres = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String id = id();
            if (!ids.add(id)) {
                continue;
            }
            int capacity = random.nextInt(10) == 0 ? 1_000_000 : random.nextInt(500);
            List<Occupancy> occupancy = new ArrayList<>();
            LocalDate day = dateBetween(LocalDate.of(2011, 1, 1), LocalDate.of(2030, 1, 1));
            for (int k = random.nextInt(4); k > 0; k--) {
                occupancy.add(new Occupancy(day, capacity == 0 ? 0 : random.nextInt(capacity + 1)));
                day = day.plusDays(1 + random.nextInt(400));
            }
            String name = random.nextBoolean() ? words(KAZAKH_CYRILLIC, " ") : words(LATIN, " ");
            centres.add(new Centre(id, name, pick(Region.class), pick(CentreKind.class), capacity, occupancy));
        }
        return centres;
    }

    private List<QuotaSnapshot> quotas() {
        List<QuotaSnapshot> quotas = new ArrayList<>();
        Set<List<Object>> keys = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int allocated = random.nextInt(10) == 0 ? 10_000_000 : random.nextInt(5000);
            QuotaSnapshot q = new QuotaSnapshot(1991 + random.nextInt(110), pick(Region.class),
                    pick(QuotaCategory.class), pick(QuotaUnit.class), allocated, random.nextInt(allocated + 1),
                    date());
            if (keys.add(List.of(q.year(), q.region(), q.category(), q.asOf()))) {
                quotas.add(q);
            }
        }
        return quotas;
    }
}
