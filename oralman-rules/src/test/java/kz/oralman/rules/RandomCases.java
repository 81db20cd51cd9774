package kz.oralman.rules;

import kz.oralman.rules.facts.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kz.oralman.model.Application;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Case;
import kz.oralman.model.Channel;
import kz.oralman.model.CitizenshipApplication;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.CountryCode;
import kz.oralman.model.DocumentPackage;
import kz.oralman.model.EvidenceStatus;
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
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.StatusEvent;

/**
 * Seeded generator of status cases for property tests (we do not use jqwik). Every draw comes from
 * one {@link Random}, so a seed and an index reproduce a case exactly.
 */
final class RandomCases {
    private static final String[] ORIGINS = {"CN", "CN", "CN", "CN", "UZ", "UZ", "UZ", "UZ", "MN", "TM", "RU"};
    private static final PersonId A = PersonId.of("applicant");

    private final Random random;

    RandomCases(long seed) {
        this.random = new Random(seed);
    }

    static long seed() {
        String s = System.getProperty("oralman.seed");
        return s == null ? new Random().nextLong() : Long.parseLong(s);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private EvidenceStatus evidence() {
        int r = random.nextInt(10);
        return r < 6 ? EvidenceStatus.VERIFIED : EvidenceStatus.values()[random.nextInt(4)];
    }

    LocalDate date(LocalDate from, LocalDate until) {
        return from.plusDays(random.nextInt((int) (until.toEpochDay() - from.toEpochDay())));
    }

    Case next(int index) {
        String origin = pick(ORIGINS);
        LocalDate birth = date(LocalDate.of(1940, 1, 1), LocalDate.of(2008, 1, 1));
        LocalDate asOf = date(LocalDate.of(2010, 6, 1), LocalDate.of(2030, 6, 1));
        List<NationalityClaim> claims = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            NationalityDocument doc = pick(NationalityDocument.values());
            claims.add(new NationalityClaim(doc, pick(Kin.values()), CountryCode.of(doc
                    == NationalityDocument.COMMISSION_DETERMINATION ? "KZ" : origin), evidence()));
        }
        List<CitizenshipPeriod> citizenships = new ArrayList<>();
        LocalDate originFrom = birth.isAfter(LocalDate.of(1992, 1, 1)) ? birth : LocalDate.of(1992, 1, 1);
        if (random.nextInt(8) == 0) {
            LocalDate kzFrom = date(originFrom, asOf.plusYears(1));
            citizenships.add(new CitizenshipPeriod(CountryCode.KZ, random.nextBoolean() ? Periods.open(kzFrom)
                    : Periods.closed(kzFrom, kzFrom.plusYears(2)), evidence()));
        }
        citizenships.add(new CitizenshipPeriod(CountryCode.of(origin), Periods.open(originFrom), evidence()));
        List<ResidencePeriod> residences = new ArrayList<>();
        if (random.nextInt(6) == 0) {
            LocalDate moved = date(birth.plusDays(1), LocalDate.of(2009, 1, 1).isAfter(birth.plusDays(2))
                    ? LocalDate.of(2009, 1, 1) : birth.plusDays(2));
            residences.add(new ResidencePeriod(CountryCode.KZ, Optional.of(pick(Region.values())),
                    Periods.closed(birth, moved.minusDays(1)), ResidenceKind.PERMANENT, evidence()));
            residences.add(new ResidencePeriod(CountryCode.of(origin), Optional.empty(), Periods.open(moved),
                    ResidenceKind.PERMANENT, evidence()));
        } else {
            residences.add(new ResidencePeriod(CountryCode.of(origin), Optional.empty(), Periods.open(birth),
                    ResidenceKind.PERMANENT, evidence()));
        }
        Person p = new Person(A, List.of(PersonName.of("Test " + index, "Latn")), birth, claims, citizenships,
                residences, List.of());
        int qi = random.nextInt(10);
        Question q = qi < 5 ? Question.STATUS_ASSIGNMENT : qi < 7 ? Question.STATUS_EXTENSION
                : Question.values()[2 + random.nextInt(3)];
        List<StatusEvent> history = new ArrayList<>();
        if (random.nextBoolean()) {
            LocalDate granted = asOf.minusDays(random.nextInt(900));
            history.add(StatusEvent.granted(A, granted, Terms.lastDay(granted, java.time.Period.ofYears(1))));
            if (random.nextInt(3) == 0) {
                LocalDate ext = granted.plusDays(200);
                history.add(StatusEvent.extended(A, ext, Terms.lastDay(granted, java.time.Period.ofYears(2))));
            }
        }
        List<RefusalFact> refusals = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            refusals.add(new RefusalFact(A, pick(RefusalGround.values()), evidence()));
        }
        ArrivalPurpose purpose = random.nextInt(8) == 0 ? pick(ArrivalPurpose.values())
                : ArrivalPurpose.PERMANENT_RESIDENCE;
        Optional<Region> region = random.nextInt(6) == 0 ? Optional.empty() : Optional.of(pick(Region.values()));
        Optional<CitizenshipApplication> ca = random.nextBoolean() ? Optional.of(new CitizenshipApplication(
                asOf.minusDays(30), evidence(), random.nextBoolean())) : Optional.empty();
        Application app = new Application(A, List.of(), q, asOf, pick(Channel.values()), purpose, List.of(), region,
                history, refusals, new DocumentPackage(evidence(), evidence()), ca);
        List<kz.oralman.model.Centre> centres = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            int capacity = 10 + random.nextInt(200);
            centres.add(new kz.oralman.model.Centre("c" + i, "Centre " + i, pick(Region.values()),
                    pick(kz.oralman.model.CentreKind.values()), capacity, random.nextBoolean() ? List.of()
                    : List.of(new kz.oralman.model.Occupancy(asOf.minusDays(random.nextInt(60)),
                    random.nextInt(capacity + 1)))));
        }
        List<kz.oralman.model.QuotaSnapshot> quotas = new ArrayList<>();
        if (random.nextBoolean() && region.isPresent()) {
            int allocated = random.nextInt(1000);
            quotas.add(new kz.oralman.model.QuotaSnapshot(asOf.getYear(), region.get(),
                    kz.oralman.model.QuotaCategory.KANDAS, pick(kz.oralman.model.QuotaUnit.values()), allocated,
                    random.nextInt(allocated + 1), asOf.minusDays(random.nextInt(30))));
        }
        return new Case("random-" + index, List.of(p), List.of(), app, centres, List.of(), quotas);
    }
}
