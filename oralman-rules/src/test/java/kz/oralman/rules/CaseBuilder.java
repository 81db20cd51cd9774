package kz.oralman.rules;

import kz.oralman.rules.facts.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.oralman.model.Application;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Case;
import kz.oralman.model.Channel;
import kz.oralman.model.CitizenshipApplication;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.CountryCode;
import kz.oralman.model.DocumentPackage;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.FamilyTie;
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
import org.threeten.extra.LocalDateRange;

/**
 * Builds test cases that read like sentences: an applicant born on a date, with claims,
 * citizenships and residences, applying on a date. Starts from a case that qualifies under every
 * version (an ethnic Kazakh from Uzbekistan, resident there since birth in 1980, a verified birth
 * certificate, a complete package, permanent residence declared).
 */
final class CaseBuilder {
    private LocalDate birth = LocalDate.of(1980, 5, 10);
    private final List<NationalityClaim> claims = new ArrayList<>();
    private final List<CitizenshipPeriod> citizenships = new ArrayList<>();
    private final List<ResidencePeriod> residences = new ArrayList<>();
    private final List<StatusEvent> history = new ArrayList<>();
    private final List<RefusalFact> refusals = new ArrayList<>();
    private Question question = Question.STATUS_ASSIGNMENT;
    private LocalDate filed = LocalDate.of(2024, 3, 1);
    private ArrivalPurpose purpose = ArrivalPurpose.PERMANENT_RESIDENCE;
    private Region region = Region.PAVLODAR;
    private DocumentPackage pack = new DocumentPackage(EvidenceStatus.VERIFIED, EvidenceStatus.VERIFIED);
    private CitizenshipApplication citizenshipApplication;
    private Channel channel = Channel.CITIZENS_SERVICE_CENTRE;
    private final List<Person> others = new ArrayList<>();
    private final List<PersonId> members = new ArrayList<>();
    private final List<FamilyTie> ties = new ArrayList<>();
    private final List<kz.oralman.model.Centre> centres = new ArrayList<>();
    private final List<kz.oralman.model.QuotaSnapshot> quotas = new ArrayList<>();
    private final List<kz.oralman.model.CentreStay> stays = new ArrayList<>();
    private boolean claimsTouched;
    private boolean citizenshipsTouched;
    private boolean residencesTouched;
    private final List<kz.oralman.model.PermitDecision> permits = new ArrayList<>();
    private Optional<kz.oralman.model.ConsentStatus> consent = Optional.empty();
    private Optional<kz.oralman.model.QuotaOffer> quotaOffer = Optional.empty();
    private final List<kz.oralman.model.PendingApplication> pending = new ArrayList<>();

    static final PersonId APPLICANT = PersonId.of("applicant");

    static CaseBuilder qualifying() {
        return new CaseBuilder();
    }

    CaseBuilder born(String date) {
        birth = LocalDate.parse(date);
        return this;
    }

    CaseBuilder claim(NationalityDocument document, Kin whose, String country, EvidenceStatus evidence) {
        claimsTouched = true;
        claims.add(new NationalityClaim(document, whose, CountryCode.of(country), evidence));
        return this;
    }

    CaseBuilder noClaims() {
        claimsTouched = true;
        claims.clear();
        return this;
    }

    CaseBuilder citizen(String country, String from, String to, EvidenceStatus evidence) {
        citizenshipsTouched = true;
        citizenships.add(new CitizenshipPeriod(CountryCode.of(country), period(from, to), evidence));
        return this;
    }

    CaseBuilder resided(String country, String from, String to, ResidenceKind kind, EvidenceStatus evidence) {
        residencesTouched = true;
        residences.add(new ResidencePeriod(CountryCode.of(country), Optional.empty(), period(from, to), kind,
                evidence));
        return this;
    }

    CaseBuilder status(StatusEvent event) {
        history.add(event);
        return this;
    }

    CaseBuilder refusal(RefusalGround ground, EvidenceStatus evidence) {
        refusals.add(new RefusalFact(APPLICANT, ground, evidence));
        return this;
    }

    /** A refusal fact of the applicant with the country where the offence was committed (null: not known). */
    CaseBuilder refusal(RefusalGround ground, EvidenceStatus evidence, String place) {
        refusals.add(new RefusalFact(APPLICANT, ground, evidence,
                Optional.ofNullable(place).map(CountryCode::of)));
        return this;
    }

    /** A claim of the applicant's own document recording a nationality. */
    CaseBuilder nationality(kz.oralman.model.Nationality nationality, EvidenceStatus evidence) {
        claimsTouched = true;
        claims.add(new NationalityClaim(NationalityDocument.PASSPORT_WITH_NATIONALITY_LINE, Kin.SELF,
                CountryCode.of("UZ"), evidence, nationality));
        return this;
    }

    /** A refusal or annulment of the applicant's permanent residence permit. */
    CaseBuilder permit(kz.oralman.model.PermitDecisionKind kind, String date, Integer art49, EvidenceStatus evidence) {
        permits.add(new kz.oralman.model.PermitDecision(kind, LocalDate.parse(date), Optional.ofNullable(art49),
                evidence));
        return this;
    }

    /** The applicant's consent to access to personal data. */
    CaseBuilder consent(kz.oralman.model.ConsentStatus status) {
        consent = Optional.of(status);
        return this;
    }

    /** The region offered under the quota and the answer. */
    CaseBuilder offer(Region r, String offered, kz.oralman.model.OfferResponse response) {
        quotaOffer = Optional.of(new kz.oralman.model.QuotaOffer(r, LocalDate.parse(offered), response));
        return this;
    }

    /** A pending status application of a person of the case. */
    CaseBuilder pending(String person, Question q, String filedOn) {
        pending.add(new kz.oralman.model.PendingApplication(PersonId.of(person), q, LocalDate.parse(filedOn)));
        return this;
    }

    /** Where the application was filed. */
    CaseBuilder channel(Channel c) {
        channel = c;
        return this;
    }

    /**
     * A spouse moving with the applicant, whose own verified document records a nationality (KAZAKH,
     * or another).
     */
    CaseBuilder spouse(String id, kz.oralman.model.Nationality nationality) {
        return spouseDeclared(id, nationality, EvidenceStatus.VERIFIED);
    }

    /** A spouse whose own document is claimed, with some evidence, to record a nationality. */
    CaseBuilder spouseDeclared(String id, kz.oralman.model.Nationality nationality, EvidenceStatus evidence) {
        others.add(new Person(PersonId.of(id), List.of(PersonName.of("Gulnora", "Latn")), LocalDate.of(1985, 3, 3),
                List.of(new NationalityClaim(NationalityDocument.BIRTH_CERTIFICATE, Kin.SELF, CountryCode.of("UZ"),
                        evidence, nationality)),
                List.of(new CitizenshipPeriod(CountryCode.of("UZ"), Periods.open(LocalDate.of(1992, 7, 2)),
                        EvidenceStatus.VERIFIED)),
                List.of(new ResidencePeriod(CountryCode.of("UZ"), Optional.empty(), Periods.open(LocalDate.of(1985, 3, 3)),
                        ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)), List.of()));
        members.add(PersonId.of(id));
        ties.add(new FamilyTie(PersonId.of(id), kz.oralman.model.Relation.SPOUSE, APPLICANT));
        return this;
    }

    CaseBuilder question(Question q) {
        question = q;
        return this;
    }

    CaseBuilder filed(String date) {
        filed = LocalDate.parse(date);
        return this;
    }

    CaseBuilder purpose(ArrivalPurpose p) {
        purpose = p;
        return this;
    }

    CaseBuilder region(Region r) {
        region = r;
        return this;
    }

    CaseBuilder documentPackage(EvidenceStatus complete, EvidenceStatus inDate) {
        pack = new DocumentPackage(complete, inDate);
        return this;
    }

    /** A family member moving with the applicant (a child of the applicant). */
    CaseBuilder child(String id, String born) {
        others.add(new Person(PersonId.of(id), List.of(PersonName.of("Айгерім", "Cyrl")), LocalDate.parse(born),
                List.of(), List.of(), List.of(), List.of()));
        members.add(PersonId.of(id));
        ties.add(new FamilyTie(PersonId.of(id), kz.oralman.model.Relation.CHILD, APPLICANT));
        return this;
    }

    /** The applicant is the widow(er) of a person who held the status from a date. */
    CaseBuilder widowOf(String id, String grantedOn) {
        others.add(new Person(PersonId.of(id), List.of(PersonName.of("Серік", "Cyrl")), LocalDate.of(1970, 1, 1),
                List.of(), List.of(), List.of(), List.of()));
        ties.add(new FamilyTie(APPLICANT, kz.oralman.model.Relation.WIDOW_OF, PersonId.of(id)));
        LocalDate g = LocalDate.parse(grantedOn);
        history.add(0, StatusEvent.granted(PersonId.of(id), g, g.plusYears(1).minusDays(1)));
        return this;
    }

    CaseBuilder centre(String id, Region r, kz.oralman.model.CentreKind kind, int capacity, String countedOn, int occupied) {
        centres.add(new kz.oralman.model.Centre(id, "Centre " + id, r, kind, capacity, countedOn == null ? List.of()
                : List.of(new kz.oralman.model.Occupancy(LocalDate.parse(countedOn), occupied))));
        return this;
    }

    CaseBuilder quota(int year, Region r, kz.oralman.model.QuotaUnit unit, int allocated, int used, String countedOn) {
        quotas.add(new kz.oralman.model.QuotaSnapshot(year, r, kz.oralman.model.QuotaCategory.KANDAS, unit, allocated,
                used, LocalDate.parse(countedOn)));
        return this;
    }

    CaseBuilder stay(String centreId, String from, String to) {
        stays.add(new kz.oralman.model.CentreStay(APPLICANT, centreId, period(from, to)));
        return this;
    }

    CaseBuilder citizenshipApplication(String filedOn, EvidenceStatus renunciation, boolean withPermanentResidence) {
        citizenshipApplication = new CitizenshipApplication(LocalDate.parse(filedOn), renunciation,
                withPermanentResidence);
        return this;
    }

    /** A status granted to the applicant for a year from a date. */
    CaseBuilder holder(String grantedOn) {
        LocalDate g = LocalDate.parse(grantedOn);
        history.add(StatusEvent.granted(APPLICANT, g, Terms.lastDay(g, java.time.Period.ofYears(1))));
        return this;
    }

    CaseBuilder citizenshipApplication(String filedOn) {
        citizenshipApplication = new CitizenshipApplication(LocalDate.parse(filedOn), EvidenceStatus.VERIFIED, true);
        return this;
    }

    /** Fills each list the test did not touch with the qualifying default. */
    private void defaults() {
        if (!claimsTouched) {
            claims.add(new NationalityClaim(NationalityDocument.BIRTH_CERTIFICATE, Kin.SELF, CountryCode.of("UZ"),
                    EvidenceStatus.VERIFIED));
        }
        if (!citizenshipsTouched) {
            citizenships.add(new CitizenshipPeriod(CountryCode.of("UZ"),
                    Periods.open(birth.isAfter(LocalDate.of(1992, 7, 2)) ? birth : LocalDate.of(1992, 7, 2)),
                    EvidenceStatus.VERIFIED));
        }
        if (!residencesTouched) {
            residences.add(new ResidencePeriod(CountryCode.of("UZ"), Optional.empty(), Periods.open(birth),
                    ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED));
        }
        claimsTouched = true;
        citizenshipsTouched = true;
        residencesTouched = true;
    }

    private static LocalDateRange period(String from, String to) {
        return to == null ? Periods.open(LocalDate.parse(from)) : Periods.closed(LocalDate.parse(from),
                LocalDate.parse(to));
    }

    Case build() {
        defaults();
        Person p = new Person(APPLICANT, List.of(PersonName.of("Ерлан Сейітұлы", "Cyrl")), birth, claims,
                citizenships, residences, List.of(), permits, consent);
        Application app = new Application(APPLICANT, members, question, filed, channel,
                purpose, List.of(), Optional.ofNullable(region), history, refusals, pack,
                Optional.ofNullable(citizenshipApplication), pending, quotaOffer);
        List<Person> persons = new ArrayList<>();
        persons.add(p);
        persons.addAll(others);
        return new Case("test-case", persons, ties, app, centres, stays, quotas);
    }
}
