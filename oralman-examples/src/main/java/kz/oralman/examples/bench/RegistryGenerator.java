package kz.oralman.examples.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kz.oralman.model.Application;
import kz.oralman.model.ArrivalMotive;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Case;
import kz.oralman.model.Channel;
import kz.oralman.model.CitizenshipApplication;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.CountryCode;
import kz.oralman.model.DocumentPackage;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.FamilyTie;
import kz.oralman.model.IdentityDocument;
import kz.oralman.model.IdentityDocumentKind;
import kz.oralman.model.Kin;
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Periods;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.PersonName;
import kz.oralman.model.Question;
import kz.oralman.model.RefusalFact;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.Region;
import kz.oralman.model.Relation;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.CaseJson;
import kz.oralman.rules.facts.Terms;

/**
 * A synthetic national registry of repatriates, reproducible from a seed, in the proportions of
 * law-notes §8: origins China ~44%, Uzbekistan ~40%, then Mongolia, Turkmenistan, Russia; persons
 * ~58% of working age, ~32% minors, ~10% pensioners; families of 1 to 7 (about 3.3 on average,
 * 1.16 million persons in about 330 thousand families). One case a family: its application (status
 * assignment or extension) by the head of the family, filed between mid-2011 and early 2030, with
 * evidence of every status (verified, declared, unknown, contested) so that every outcome occurs.
 *
 * <p>Not thread-safe: one generator a thread. The same seed gives the same cases, in the same order.
 */
public final class RegistryGenerator {
    private static final LocalDate FIRST_FILING = LocalDate.of(2011, 7, 1);
    private static final LocalDate LAST_FILING = LocalDate.of(2030, 1, 15);
    private static final LocalDate USSR_END = LocalDate.of(1992, 1, 1);
    private static final String[] ORIGINS = {"CN", "UZ", "MN", "TM", "RU"};
    private static final double[] ORIGIN_WEIGHTS = {44, 40, 8, 5, 3};
    private static final int[] FAMILY_SIZE_WEIGHTS = {20, 15, 18, 22, 15, 7, 3};
    private static final String[] GIVEN = {"Aibek", "Nurlan", "Yerlan", "Askar", "Dauren", "Serik", "Bolat", "Marat",
        "Aigerim", "Gulnara", "Dana", "Saule", "Aliya", "Zhanar", "Madina", "Ainur"};
    private static final String[] FAMILY = {"Nurlanov", "Seitov", "Zhumabaev", "Tokhtarov", "Abdrakhmanov",
        "Bekov", "Kasymov", "Omarov", "Suleimenov", "Ermekov", "Baimukhanov", "Dzhaksybekov"};
    private static final Region[] REGIONS = Region.values();
    private static final Region[] FAVOURED = {Region.TURKESTAN, Region.ALMATY_REGION, Region.MANGYSTAU,
        Region.ALMATY_CITY, Region.ASTANA, Region.SHYMKENT, Region.EAST_KAZAKHSTAN, Region.ABAI};

    /** Age groups of law-notes §8, on the filing date. */
    public enum AgeGroup {
        /** under 18 */
        MINOR,
        /** 18 to 62 */
        WORKING_AGE,
        /** 63 and over */
        PENSIONER
    }

    /** What was generated. */
    public static final class Stats {
        private long cases;
        private long persons;
        private final Map<String, Long> origins = new TreeMap<>();
        private final Map<AgeGroup, Long> ages = new TreeMap<>();
        private final Map<Integer, Long> familySizes = new TreeMap<>();
        private final Map<Question, Long> questions = new TreeMap<>();

        /** @return the number of cases (families) */
        public long cases() {
            return cases;
        }

        /** @return the number of persons */
        public long persons() {
            return persons;
        }

        /** @return persons by country of origin */
        public Map<String, Long> origins() {
            return origins;
        }

        /** @return persons by age group on the filing date */
        public Map<AgeGroup, Long> ages() {
            return ages;
        }

        /** @return families by size */
        public Map<Integer, Long> familySizes() {
            return familySizes;
        }

        /** @return cases by question */
        public Map<Question, Long> questions() {
            return questions;
        }

        void count(Case c, String origin) {
            cases++;
            persons += c.persons().size();
            origins.merge(origin, (long) c.persons().size(), Long::sum);
            familySizes.merge(c.persons().size(), 1L, Long::sum);
            questions.merge(c.application().question(), 1L, Long::sum);
            LocalDate filed = c.application().filed();
            for (Person p : c.persons()) {
                int age = p.ageOn(filed);
                ages.merge(age < 18 ? AgeGroup.MINOR : age < 63 ? AgeGroup.WORKING_AGE : AgeGroup.PENSIONER, 1L,
                        Long::sum);
            }
        }

        /** @return a few lines describing the proportions */
        public String describe() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%,d persons in %,d cases (families), %.2f persons a family%n",
                    persons, cases, cases == 0 ? 0.0 : (double) persons / cases));
            b.append("  origins:");
            origins.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f%%", k, 100.0 * v / persons)));
            b.append(String.format("%n  ages:"));
            ages.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f%%", k, 100.0 * v / persons)));
            b.append(String.format("%n  family sizes:"));
            familySizes.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %d:%.1f%%", k, 100.0 * v / cases)));
            b.append(String.format("%n  questions:"));
            questions.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f%%", k, 100.0 * v / cases)));
            return b.toString();
        }
    }

    private final SplittableRandom random;
    private final Stats stats = new Stats();
    private long next;

    /**
     * A generator.
     *
     * @param seed the seed: the same seed gives the same registry
     */
    public RegistryGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return what was generated so far */
    public Stats stats() {
        return stats;
    }

    /**
     * Generates cases.
     *
     * @param seed the seed
     * @param count how many cases
     * @return the cases
     */
    public static List<Case> cases(long seed, int count) {
        RegistryGenerator g = new RegistryGenerator(seed);
        List<Case> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(g.next());
        }
        return out;
    }

    /**
     * Writes a registry of a number of persons, one case (a family) a line, format oralman-case/1.
     *
     * @param out where the lines go
     * @param persons how many persons; the last family is cut to fit
     * @return what was written
     * @throws IOException if writing fails
     */
    public Stats write(Writer out, long persons) throws IOException {
        while (stats.persons() < persons) {
            int size = (int) Math.min(familySize(), persons - stats.persons());
            out.write(line(next(size)));
            out.write('\n');
        }
        out.flush();
        return stats;
    }

    /**
     * A case as one JSONL line, without the newline.
     *
     * @param c the case
     * @return the line
     */
    public static String line(Case c) {
        return Canonical.printLine(CaseJson.toTree(c));
    }

    /** @return the next case, of a family of random size */
    public Case next() {
        return next(familySize());
    }

    private Case next(int familySize) {
        String origin = ORIGINS[pick(ORIGIN_WEIGHTS)];
        CountryCode country = CountryCode.of(origin);
        LocalDate filed = FIRST_FILING.plusDays(random.nextLong(FIRST_FILING.until(LAST_FILING,
                java.time.temporal.ChronoUnit.DAYS) + 1));
        Question question = random.nextDouble() < 0.78 ? Question.STATUS_ASSIGNMENT : Question.STATUS_EXTENSION;
        LocalDate moved = filed.minusDays(30 + random.nextInt(700));

        // the applicant: 88% of working age, 12% pensioners
        boolean pensioner = random.nextDouble() < 0.12;
        LocalDate applicantBirth = birth(filed, pensioner ? AgeGroup.PENSIONER : AgeGroup.WORKING_AGE);
        PersonId applicantId = PersonId.of("p1");
        List<Person> persons = new ArrayList<>(familySize);
        persons.add(applicant(applicantId, country, applicantBirth, filed, moved, question));

        List<PersonId> members = new ArrayList<>();
        List<FamilyTie> ties = new ArrayList<>();
        boolean spouse = false;
        for (int i = 2; i <= familySize; i++) {
            // the rest of the family, so that all persons come to ~58% / ~32% / ~10%
            double r = random.nextDouble();
            AgeGroup group = r < 0.457 ? AgeGroup.MINOR : r < 0.904 ? AgeGroup.WORKING_AGE : AgeGroup.PENSIONER;
            LocalDate birth = birth(filed, group);
            PersonId id = PersonId.of("p" + i);
            persons.add(member(id, country, birth, moved));
            members.add(id);
            Relation relation;
            if (!birth.isBefore(applicantBirth.plusYears(16))) {
                ties.add(new FamilyTie(id, Relation.CHILD, applicantId));
                continue;
            } else if (!birth.isAfter(applicantBirth.minusYears(16))) {
                relation = Relation.PARENT;
            } else if (!spouse) {
                spouse = true;
                relation = Relation.SPOUSE;
            } else {
                relation = Relation.DEPENDANT;
            }
            ties.add(new FamilyTie(id, relation, applicantId));
        }

        double purposeDraw = random.nextDouble();
        ArrivalPurpose purpose = purposeDraw < 0.93 ? ArrivalPurpose.PERMANENT_RESIDENCE
                : purposeDraw < 0.965 ? ArrivalPurpose.TEMPORARY : ArrivalPurpose.NOT_STATED;
        List<ArrivalMotive> motives = random.nextDouble() < 0.5 ? List.of(ArrivalMotive.NATIONAL_IDENTITY)
                : List.of(ArrivalMotive.NATIONAL_IDENTITY, ArrivalMotive.FAMILY_REUNION);
        Optional<Region> region = random.nextDouble() < 0.9 ? Optional.of(region()) : Optional.empty();
        DocumentPackage documents = new DocumentPackage(
                evidence(0.90, 0.04, 0.03), evidence(0.92, 0.03, 0.02));
        List<RefusalFact> refusals = List.of();
        if (random.nextDouble() < 0.025) {
            RefusalGround ground = RefusalGround.values()[random.nextInt(RefusalGround.values().length)];
            refusals = List.of(new RefusalFact(applicantId, ground, evidence(0.5, 0.25, 0.25)));
        }
        List<StatusEvent> history = question == Question.STATUS_EXTENSION ? extensionHistory(applicantId, filed)
                : assignmentHistory(applicantId, filed);
        Optional<CitizenshipApplication> citizenship = Optional.empty();
        if (question == Question.STATUS_EXTENSION && random.nextDouble() < 0.82) {
            citizenship = Optional.of(new CitizenshipApplication(filed.minusDays(random.nextInt(60)),
                    random.nextBoolean() ? EvidenceStatus.VERIFIED : EvidenceStatus.DECLARED, false));
        }
        Channel channel = Channel.values()[random.nextInt(3)];
        Application app = new Application(applicantId, members, question, filed, channel, purpose, motives, region,
                history, refusals, documents, citizenship);
        Case c = new Case(String.format(Locale.ROOT, "reg-%08d", ++next), persons, ties, app, List.of(), List.of(),
                List.of());
        stats.count(c, origin);
        return c;
    }

    private Person applicant(PersonId id, CountryCode country, LocalDate birth, LocalDate filed, LocalDate moved,
                             Question question) {
        boolean exSoviet = !country.code().equals("CN") && !country.code().equals("MN");
        List<CitizenshipPeriod> citizenships = new ArrayList<>(2);
        LocalDate citizenFrom = exSoviet && birth.isBefore(USSR_END) ? USSR_END : birth;
        citizenships.add(new CitizenshipPeriod(country, Periods.open(citizenFrom), EvidenceStatus.VERIFIED));
        double kz = random.nextDouble();
        if (kz < 0.012) {
            // a citizen of Kazakhstan already (by the filing date)
            LocalDate from = filed.minusDays(1 + random.nextInt(700));
            citizenships.add(new CitizenshipPeriod(CountryCode.KZ, Periods.open(from.isBefore(birth) ? birth : from),
                    evidence(0.7, 0.1, 0.1)));
        } else if (kz < 0.032 && birth.isBefore(LocalDate.of(1978, 1, 1))) {
            // a former citizen of Kazakhstan
            citizenships.add(new CitizenshipPeriod(CountryCode.KZ,
                    Periods.closed(LocalDate.of(1995, 3, 1), LocalDate.of(1999, 12, 31)), evidence(0.5, 0.2, 0.15)));
        } else if (question == Question.STATUS_EXTENSION && kz < 0.06) {
            // became a citizen of Kazakhstan while holding the status
            citizenships.add(new CitizenshipPeriod(CountryCode.KZ, Periods.open(filed.minusDays(random.nextInt(20))),
                    EvidenceStatus.VERIFIED));
        }

        List<ResidencePeriod> residences = new ArrayList<>(3);
        double res = random.nextDouble();
        LocalDate abroadFrom = birth;
        if (res < 0.03 && birth.isBefore(LocalDate.of(1988, 1, 1))) {
            // lived in Kazakhstan when it became sovereign, left later
            LocalDate left = LocalDate.of(1995, 6, 30);
            residences.add(new ResidencePeriod(CountryCode.KZ, Optional.of(region().asOn(LocalDate.of(1995, 1, 1))),
                    Periods.closed(birth, left), ResidenceKind.PERMANENT, evidence(0.7, 0.2, 0.1)));
            abroadFrom = left.plusDays(1);
        }
        if (res >= 0.02 || !residences.isEmpty()) {
            LocalDate abroadTo = moved.minusDays(1);
            if (!abroadTo.isBefore(abroadFrom)) {
                residences.add(new ResidencePeriod(country, Optional.empty(), Periods.closed(abroadFrom, abroadTo),
                        ResidenceKind.PERMANENT, evidence(0.85, 0.08, 0.07)));
            }
        }
        if (!moved.isBefore(birth)) {
            residences.add(new ResidencePeriod(CountryCode.KZ, Optional.of(region()), Periods.open(moved),
                    ResidenceKind.PERMANENT, EvidenceStatus.DECLARED));
        }

        List<NationalityClaim> claims = new ArrayList<>(1);
        double nat = random.nextDouble();
        NationalityDocument usual = usualDocument(country.code());
        Kin whose = random.nextDouble() < 0.8 ? Kin.SELF : Kin.FATHER;
        if (nat < 0.78) {
            claims.add(new NationalityClaim(usual, whose, country, EvidenceStatus.VERIFIED));
        } else if (nat < 0.86) {
            claims.add(new NationalityClaim(usual, whose, country,
                    random.nextBoolean() ? EvidenceStatus.DECLARED : EvidenceStatus.UNKNOWN));
        } else if (nat < 0.90) {
            claims.add(new NationalityClaim(usual, whose, country, EvidenceStatus.CONTESTED));
        } else if (nat < 0.95) {
            claims.clear(); // no document records the nationality
        } else {
            claims.add(new NationalityClaim(NationalityDocument.COMMISSION_DETERMINATION, Kin.SELF, CountryCode.KZ,
                    evidence(0.6, 0.1, 0.1)));
        }
        LocalDate issued = filed.minusYears(1 + random.nextInt(9));
        List<IdentityDocument> documents = List.of(new IdentityDocument(IdentityDocumentKind.PASSPORT, country,
                String.format(Locale.ROOT, "N%07d", random.nextInt(10_000_000)),
                issued.isBefore(birth) ? birth : issued, Optional.of(issued.plusYears(10))));
        return new Person(id, List.of(name()), birth, claims, citizenships, residences, documents);
    }

    private Person member(PersonId id, CountryCode country, LocalDate birth, LocalDate moved) {
        boolean exSoviet = !country.code().equals("CN") && !country.code().equals("MN");
        LocalDate citizenFrom = exSoviet && birth.isBefore(USSR_END) ? USSR_END : birth;
        List<CitizenshipPeriod> citizenships = List.of(new CitizenshipPeriod(country, Periods.open(citizenFrom),
                EvidenceStatus.VERIFIED));
        List<NationalityClaim> claims = random.nextBoolean() ? List.of(new NationalityClaim(
                NationalityDocument.BIRTH_CERTIFICATE, Kin.SELF, country, evidence(0.8, 0.1, 0.05))) : List.of();
        List<ResidencePeriod> residences = List.of();
        if (moved.isAfter(birth)) {
            residences = List.of(new ResidencePeriod(country, Optional.empty(), Periods.closed(birth, moved.minusDays(1)),
                    ResidenceKind.PERMANENT, evidence(0.8, 0.15, 0.05)));
        }
        return new Person(id, List.of(name()), birth, claims, citizenships, residences, List.of());
    }

    private List<StatusEvent> assignmentHistory(PersonId id, LocalDate filed) {
        double r = random.nextDouble();
        if (r < 0.03) {
            // still holds the status
            LocalDate granted = filed.minusDays(10 + random.nextInt(300));
            return List.of(StatusEvent.granted(id, granted, Terms.lastDay(granted, Period.ofYears(1))));
        }
        if (r < 0.05) {
            // an old status that expired
            LocalDate granted = filed.minusDays(800 + random.nextInt(1500));
            return List.of(StatusEvent.granted(id, granted, Terms.lastDay(granted, Period.ofYears(1))));
        }
        return List.of();
    }

    private List<StatusEvent> extensionHistory(PersonId id, LocalDate filed) {
        double r = random.nextDouble();
        if (r < 0.08) {
            return List.of();
        }
        if (r < 0.72) {
            // active, never extended
            LocalDate granted = filed.minusDays(30 + random.nextInt(330));
            return List.of(StatusEvent.granted(id, granted, Terms.lastDay(granted, Period.ofYears(1))));
        }
        if (r < 0.88) {
            // active, extended once
            LocalDate granted = filed.minusDays(380 + random.nextInt(330));
            LocalDate until = Terms.lastDay(granted, Period.ofYears(1));
            LocalDate extended = until.minusDays(5 + random.nextInt(20));
            return List.of(StatusEvent.granted(id, granted, until),
                    StatusEvent.extended(id, extended, Terms.lastDay(until.plusDays(1), Period.ofYears(1))));
        }
        if (r < 0.95) {
            // expired
            LocalDate granted = filed.minusDays(400 + random.nextInt(900));
            return List.of(StatusEvent.granted(id, granted, Terms.lastDay(granted, Period.ofYears(1))));
        }
        // ended
        LocalDate granted = filed.minusDays(60 + random.nextInt(300));
        StatusEndReason reason = StatusEndReason.values()[random.nextInt(StatusEndReason.values().length)];
        return List.of(StatusEvent.granted(id, granted, Terms.lastDay(granted, Period.ofYears(1))),
                StatusEvent.ended(id, granted.plusDays(1 + random.nextInt(50)), reason));
    }

    private LocalDate birth(LocalDate filed, AgeGroup group) {
        int age = switch (group) {
            case MINOR -> random.nextInt(18);
            case WORKING_AGE -> 18 + random.nextInt(45);
            case PENSIONER -> 63 + random.nextInt(23);
        };
        return filed.minusYears(age).minusDays(random.nextInt(365));
    }

    private static NationalityDocument usualDocument(String country) {
        return switch (country) {
            case "CN" -> NationalityDocument.CN_RESIDENT_IDENTITY_CARD;
            case "MN" -> NationalityDocument.MN_CIVIL_REGISTRATION;
            case "UZ", "TM" -> NationalityDocument.PASSPORT_WITH_NATIONALITY_LINE;
            default -> NationalityDocument.BIRTH_CERTIFICATE;
        };
    }

    private Region region() {
        return random.nextDouble() < 0.6 ? FAVOURED[random.nextInt(FAVOURED.length)]
                : REGIONS[random.nextInt(REGIONS.length)];
    }

    private PersonName name() {
        return PersonName.of(GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)], "Latn");
    }

    /** VERIFIED, DECLARED, UNKNOWN with the given probabilities, CONTESTED for the rest. */
    private EvidenceStatus evidence(double verified, double declared, double unknown) {
        double r = random.nextDouble();
        return r < verified ? EvidenceStatus.VERIFIED : r < verified + declared ? EvidenceStatus.DECLARED
                : r < verified + declared + unknown ? EvidenceStatus.UNKNOWN : EvidenceStatus.CONTESTED;
    }

    private int familySize() {
        int total = 0;
        for (int w : FAMILY_SIZE_WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < FAMILY_SIZE_WEIGHTS.length; i++) {
            r -= FAMILY_SIZE_WEIGHTS[i];
            if (r < 0) {
                return i + 1;
            }
        }
        return FAMILY_SIZE_WEIGHTS.length;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
