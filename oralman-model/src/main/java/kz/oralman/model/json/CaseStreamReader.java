package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.oralman.model.Application;
import kz.oralman.model.ArrivalMotive;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Case;
import kz.oralman.model.Centre;
import kz.oralman.model.CentreKind;
import kz.oralman.model.CentreStay;
import kz.oralman.model.Channel;
import kz.oralman.model.CitizenshipApplication;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.ConsentStatus;
import kz.oralman.model.CountryCode;
import kz.oralman.model.DocumentPackage;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.FamilyTie;
import kz.oralman.model.IdentityDocument;
import kz.oralman.model.IdentityDocumentKind;
import kz.oralman.model.Kin;
import kz.oralman.model.Nationality;
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Occupancy;
import kz.oralman.model.OfferResponse;
import kz.oralman.model.PendingApplication;
import kz.oralman.model.Periods;
import kz.oralman.model.PermitDecision;
import kz.oralman.model.PermitDecisionKind;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.PersonName;
import kz.oralman.model.QuotaCategory;
import kz.oralman.model.QuotaOffer;
import kz.oralman.model.QuotaSnapshot;
import kz.oralman.model.QuotaUnit;
import kz.oralman.model.Question;
import kz.oralman.model.RefusalFact;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.Region;
import kz.oralman.model.Relation;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.StatusEventKind;
import org.threeten.extra.LocalDateRange;

/**
 * The fast path of {@link CaseJson#read(String)}: Jackson's streaming parser straight into the model
 * records, with no JSON tree. It accepts exactly the documents the checking reader accepts, applying the
 * same checks (types, limits, dates, enums, required fields, unknown fields, periods, references, the
 * model's invariants), and gives the same {@link Case}. At the first thing it does not accept it gives
 * up and returns {@code null}; {@link CaseJson} then reads the document with the checking reader, which
 * reports every problem with its JSON Pointer. Giving up is always safe (it only costs time), so this
 * reader may be stricter than the contract, never more lenient: a differential test over the hostile
 * corpus and generated cases holds the two readers together. Package-private; one instance per document.
 */
final class CaseStreamReader {
    /** Thrown to give up; stackless and shared, it carries nothing. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final JsonParser p;
    private final Set<PersonId> referenced = new HashSet<>();
    private final List<String> centreRefs = new ArrayList<>();

    private CaseStreamReader(JsonParser p) {
        this.p = p;
    }

    /**
     * Reads a case, or gives up.
     *
     * @param mapper the mapper whose parser settings (limits, duplicate keys) the contract uses
     * @param json the document, without a byte order mark, within the size limit
     * @return the case, or null when the document is not one this reader accepts
     */
    static Case tryRead(ObjectMapper mapper, String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Case c = new CaseStreamReader(parser).root();
            return parser.nextToken() == null ? c : null;
        } catch (IOException | RuntimeException e) {
            return null; // a syntax error, a limit, a failed check or invariant: the checking reader reports it
        }
    }

    private Case root() throws IOException {
        String format = null;
        String id = null;
        List<Person> persons = null;
        List<FamilyTie> ties = List.of();
        Application application = null;
        List<Centre> centres = List.of();
        List<CentreStay> stays = List.of();
        List<QuotaSnapshot> quotas = List.of();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "format" -> format = text(64);
                case "id" -> id = text(64);
                case "persons" -> persons = isNull() ? null : array(CaseJson.MAX_PERSONS, this::person);
                case "familyTies" -> ties = array(CaseJson.MAX_ITEMS, this::tie);
                case "application" -> application = application();
                case "centres" -> centres = array(CaseJson.MAX_ITEMS, this::centre);
                case "stays" -> stays = array(CaseJson.MAX_ITEMS, this::stay);
                case "quotas" -> quotas = array(CaseJson.MAX_ITEMS, this::quota);
                default -> throw GIVE_UP;
            }
        }
        if (!CaseJson.FORMAT.equals(format) || id == null || persons == null || persons.isEmpty()
                || application == null) {
            throw GIVE_UP;
        }
        Set<PersonId> ids = new HashSet<>();
        for (Person person : persons) {
            ids.add(person.id());
        }
        Set<String> centreIds = new HashSet<>();
        for (Centre centre : centres) {
            require(centreIds.add(centre.id()));
        }
        require(ids.containsAll(referenced) && centreIds.containsAll(centreRefs));
        return new Case(id, persons, ties, application, centres, stays, quotas);
    }

    private Person person() throws IOException {
        requireObject();
        PersonId id = null;
        List<PersonName> names = null;
        LocalDate birth = null;
        List<NationalityClaim> claims = List.of();
        List<CitizenshipPeriod> citizenships = List.of();
        List<ResidencePeriod> residences = List.of();
        List<IdentityDocument> documents = List.of();
        List<PermitDecision> permits = List.of();
        Optional<ConsentStatus> consent = Optional.empty();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "id" -> id = PersonId.of(text(64));
                case "names" -> names = array(20, this::name);
                case "birthDate" -> birth = date();
                case "nationalityClaims" -> claims = array(50, this::claim);
                case "citizenships" -> citizenships = array(50, this::citizenship);
                case "residences" -> residences = array(200, this::residence);
                case "documents" -> documents = array(50, this::document);
                case "permitDecisions" -> permits = array(50, this::permitDecision);
                case "personalDataConsent" -> consent = optionalEnum(CONSENT);
                default -> throw GIVE_UP;
            }
        }
        require(id != null && names != null && !names.isEmpty() && birth != null);
        return new Person(id, names, birth, claims, citizenships, residences, documents, permits, consent);
    }

    private PersonName name() throws IOException {
        requireObject();
        String text = null;
        String script = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "text" -> text = text(CaseJson.MAX_TEXT);
                case "script" -> script = text(8);
                default -> throw GIVE_UP;
            }
        }
        require(text != null && script != null);
        return new PersonName(text, script);
    }

    private NationalityClaim claim() throws IOException {
        requireObject();
        NationalityDocument document = null;
        Kin whose = null;
        CountryCode issuedBy = null;
        EvidenceStatus evidence = null;
        Nationality nationality = Nationality.KAZAKH;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "document" -> document = enumValue(NATIONALITY_DOCUMENT);
                case "whose" -> whose = enumValue(KIN);
                case "issuedBy" -> issuedBy = country();
                case "evidence" -> evidence = enumValue(EVIDENCE);
                case "nationality" -> nationality = optionalEnum(NATIONALITY).orElse(Nationality.KAZAKH);
                default -> throw GIVE_UP;
            }
        }
        require(document != null && whose != null && issuedBy != null && evidence != null);
        return new NationalityClaim(document, whose, issuedBy, evidence, nationality);
    }

    private PermitDecision permitDecision() throws IOException {
        requireObject();
        PermitDecisionKind kind = null;
        LocalDate date = null;
        Optional<Integer> subparagraph = Optional.empty();
        EvidenceStatus evidence = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "kind" -> kind = enumValue(PERMIT_KIND);
                case "date" -> date = date();
                case "art49Subparagraph" -> subparagraph = isNull() ? Optional.empty()
                        : Optional.of(integer(1, 30));
                case "evidence" -> evidence = enumValue(EVIDENCE);
                default -> throw GIVE_UP;
            }
        }
        require(kind != null && date != null && evidence != null);
        return new PermitDecision(kind, date, subparagraph, evidence);
    }

    private CitizenshipPeriod citizenship() throws IOException {
        requireObject();
        CountryCode country = null;
        LocalDate from = null;
        LocalDate to = null;
        EvidenceStatus evidence = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "country" -> country = country();
                case "from" -> from = date();
                case "to" -> to = optionalDate();
                case "evidence" -> evidence = enumValue(EVIDENCE);
                default -> throw GIVE_UP;
            }
        }
        require(country != null && evidence != null);
        return new CitizenshipPeriod(country, period(from, to), evidence);
    }

    private ResidencePeriod residence() throws IOException {
        requireObject();
        CountryCode country = null;
        Optional<Region> region = Optional.empty();
        LocalDate from = null;
        LocalDate to = null;
        ResidenceKind kind = null;
        EvidenceStatus evidence = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "country" -> country = country();
                case "region" -> region = optionalEnum(REGION);
                case "from" -> from = date();
                case "to" -> to = optionalDate();
                case "kind" -> kind = enumValue(RESIDENCE_KIND);
                case "evidence" -> evidence = enumValue(EVIDENCE);
                default -> throw GIVE_UP;
            }
        }
        require(country != null && kind != null && evidence != null
                && (region.isEmpty() || country.isKazakhstan()));
        return new ResidencePeriod(country, region, period(from, to), kind, evidence);
    }

    private IdentityDocument document() throws IOException {
        requireObject();
        IdentityDocumentKind kind = null;
        CountryCode country = null;
        String number = null;
        LocalDate issued = null;
        LocalDate expires = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "kind" -> kind = enumValue(DOCUMENT_KIND);
                case "issuingCountry" -> country = country();
                case "number" -> number = text(40);
                case "issued" -> issued = date();
                case "expires" -> expires = optionalDate();
                default -> throw GIVE_UP;
            }
        }
        require(kind != null && country != null && number != null && issued != null
                && (expires == null || !expires.isBefore(issued)));
        return new IdentityDocument(kind, country, number, issued, Optional.ofNullable(expires));
    }

    private FamilyTie tie() throws IOException {
        requireObject();
        PersonId from = null;
        Relation relation = null;
        PersonId to = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "from" -> from = personRef();
                case "relation" -> relation = enumValue(RELATION);
                case "to" -> to = personRef();
                default -> throw GIVE_UP;
            }
        }
        require(from != null && relation != null && to != null && !from.equals(to));
        return new FamilyTie(from, relation, to);
    }

    private Application application() throws IOException {
        requireObject();
        PersonId applicant = null;
        List<PersonId> members = List.of();
        Question question = null;
        LocalDate filed = null;
        Channel channel = null;
        ArrivalPurpose purpose = null;
        List<ArrivalMotive> motives = List.of();
        Optional<Region> region = Optional.empty();
        List<StatusEvent> history = List.of();
        List<RefusalFact> refusals = List.of();
        DocumentPackage pack = null;
        Optional<CitizenshipApplication> citizenship = Optional.empty();
        List<PendingApplication> pending = List.of();
        Optional<QuotaOffer> offer = Optional.empty();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "applicant" -> applicant = personRef();
                case "familyMembers" -> members = array(CaseJson.MAX_PERSONS, this::memberRef);
                case "question" -> question = enumValue(QUESTION);
                case "filed" -> filed = date();
                case "channel" -> channel = enumValue(CHANNEL);
                case "purpose" -> purpose = enumValue(PURPOSE);
                case "motives" -> motives = array(20, () -> enumValue(MOTIVE));
                case "intendedRegion" -> region = optionalEnum(REGION);
                case "statusHistory" -> history = array(CaseJson.MAX_ITEMS, this::event);
                case "refusalFacts" -> refusals = array(CaseJson.MAX_ITEMS, this::refusal);
                case "documentPackage" -> pack = documentPackage();
                case "citizenshipApplication" -> citizenship = isNull() ? Optional.empty()
                        : Optional.of(citizenshipApplication());
                case "pendingStatusApplications" -> pending = array(CaseJson.MAX_ITEMS, this::pending);
                case "quotaOffer" -> offer = isNull() ? Optional.empty() : Optional.of(quotaOffer());
                default -> throw GIVE_UP;
            }
        }
        require(applicant != null && question != null && filed != null && channel != null && purpose != null
                && pack != null);
        return new Application(applicant, members, question, filed, channel, purpose, motives, region, history,
                refusals, pack, citizenship, pending, offer);
    }

    private DocumentPackage documentPackage() throws IOException {
        requireObject();
        EvidenceStatus complete = null;
        EvidenceStatus inDate = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "complete" -> complete = enumValue(EVIDENCE);
                case "inDate" -> inDate = enumValue(EVIDENCE);
                default -> throw GIVE_UP;
            }
        }
        require(complete != null && inDate != null);
        return new DocumentPackage(complete, inDate);
    }

    private CitizenshipApplication citizenshipApplication() throws IOException {
        requireObject();
        LocalDate filed = null;
        EvidenceStatus renunciation = null;
        Boolean together = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "filed" -> filed = date();
                case "renunciation" -> renunciation = enumValue(EVIDENCE);
                case "withPermanentResidence" -> together = bool();
                default -> throw GIVE_UP;
            }
        }
        require(filed != null && renunciation != null && together != null);
        return new CitizenshipApplication(filed, renunciation, together);
    }

    private QuotaOffer quotaOffer() throws IOException {
        requireObject();
        Region region = null;
        LocalDate offered = null;
        OfferResponse response = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "region" -> region = enumValue(REGION);
                case "offered" -> offered = date();
                case "response" -> response = enumValue(OFFER_RESPONSE);
                default -> throw GIVE_UP;
            }
        }
        require(region != null && offered != null && response != null);
        return new QuotaOffer(region, offered, response);
    }

    private PendingApplication pending() throws IOException {
        requireObject();
        PersonId person = null;
        Question question = null;
        LocalDate filed = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "person" -> person = personRef();
                case "question" -> question = enumValue(QUESTION);
                case "filed" -> filed = date();
                default -> throw GIVE_UP;
            }
        }
        require(person != null && question != null && filed != null);
        return new PendingApplication(person, question, filed);
    }

    private StatusEvent event() throws IOException {
        requireObject();
        PersonId person = null;
        StatusEventKind kind = null;
        LocalDate date = null;
        LocalDate until = null;
        Optional<StatusEndReason> reason = Optional.empty();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "person" -> person = personRef();
                case "kind" -> kind = enumValue(EVENT_KIND);
                case "date" -> date = date();
                case "validUntil" -> until = optionalDate();
                case "endReason" -> reason = optionalEnum(END_REASON);
                default -> throw GIVE_UP;
            }
        }
        require(person != null && kind != null && date != null);
        if (kind == StatusEventKind.ENDED) {
            require(reason.isPresent() && until == null);
        } else {
            require(until != null && !until.isBefore(date) && reason.isEmpty());
        }
        return new StatusEvent(person, kind, date, Optional.ofNullable(until), reason);
    }

    private RefusalFact refusal() throws IOException {
        requireObject();
        PersonId person = null;
        RefusalGround ground = null;
        EvidenceStatus evidence = null;
        Optional<CountryCode> place = Optional.empty();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "person" -> person = personRef();
                case "ground" -> ground = enumValue(REFUSAL_GROUND);
                case "evidence" -> evidence = enumValue(EVIDENCE);
                case "place" -> place = isNull() ? Optional.empty() : Optional.of(country());
                default -> throw GIVE_UP;
            }
        }
        require(person != null && ground != null && evidence != null);
        return new RefusalFact(person, ground, evidence, place);
    }

    private Centre centre() throws IOException {
        requireObject();
        String id = null;
        String name = null;
        Region region = null;
        CentreKind kind = null;
        Integer capacity = null;
        List<Occupancy> occupancy = List.of();
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "id" -> id = text(64);
                case "name" -> name = text(CaseJson.MAX_TEXT);
                case "region" -> region = enumValue(REGION);
                case "kind" -> kind = enumValue(CENTRE_KIND);
                case "capacity" -> capacity = integer(0, 1_000_000);
                case "occupancy" -> occupancy = array(CaseJson.MAX_ITEMS, this::occupancy);
                default -> throw GIVE_UP;
            }
        }
        require(id != null && name != null && region != null && kind != null && capacity != null);
        return new Centre(id, name, region, kind, capacity, occupancy);
    }

    private Occupancy occupancy() throws IOException {
        requireObject();
        LocalDate date = null;
        Integer persons = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "date" -> date = date();
                case "persons" -> persons = integer(0, 1_000_000);
                default -> throw GIVE_UP;
            }
        }
        require(date != null && persons != null);
        return new Occupancy(date, persons);
    }

    private CentreStay stay() throws IOException {
        requireObject();
        PersonId person = null;
        String centre = null;
        LocalDate from = null;
        LocalDate to = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "person" -> person = personRef();
                case "centreId" -> centre = text(64);
                case "from" -> from = date();
                case "to" -> to = optionalDate();
                default -> throw GIVE_UP;
            }
        }
        require(person != null && centre != null);
        centreRefs.add(centre);
        return new CentreStay(person, centre, period(from, to));
    }

    private QuotaSnapshot quota() throws IOException {
        requireObject();
        Integer year = null;
        Region region = null;
        QuotaCategory category = null;
        QuotaUnit unit = null;
        Integer allocated = null;
        Integer used = null;
        LocalDate asOf = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
            p.nextToken();
            switch (f) {
                case "year" -> year = integer(1991, 2100);
                case "region" -> region = enumValue(REGION);
                case "category" -> category = enumValue(QUOTA_CATEGORY);
                case "unit" -> unit = enumValue(QUOTA_UNIT);
                case "allocated" -> allocated = integer(0, 10_000_000);
                case "used" -> used = integer(0, 10_000_000);
                case "asOf" -> asOf = date();
                default -> throw GIVE_UP;
            }
        }
        require(year != null && region != null && category != null && unit != null && allocated != null
                && used != null && asOf != null);
        return new QuotaSnapshot(year, region, category, unit, allocated, used, asOf);
    }

    // ---- values; each reads the current token -------------------------------------------------------

    private interface Item<T> {
        T read() throws IOException;
    }

    /** An optional array (absent or null is empty) of at most {@code max} items, none null. */
    private <T> List<T> array(int max, Item<T> item) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (out.size() == max) {
                throw GIVE_UP;
            }
            out.add(item.read());
        }
        return out;
    }

    private void requireObject() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
    }

    private boolean isNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw GIVE_UP;
        }
    }

    /** A required string of at most {@code max} code points. */
    private String text(int max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        String s = p.getText();
        if (s.length() > max && s.codePointCount(0, s.length()) > max) {
            throw GIVE_UP;
        }
        return s;
    }

    /** A person reference, checked against the persons of the case at the end. */
    private PersonId personRef() throws IOException {
        PersonId id = PersonId.of(text(64));
        referenced.add(id);
        return id;
    }

    /** An item of {@code familyMembers}: a person id string, with no length limit of its own. */
    private PersonId memberRef() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        PersonId id = PersonId.of(p.getText());
        referenced.add(id);
        return id;
    }

    private CountryCode country() throws IOException {
        return CountryCode.of(text(2 + 10));
    }

    private Boolean bool() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw GIVE_UP;
    }

    /** A whole number that fits an int, within [min, max]. */
    private Integer integer(int min, int max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw GIVE_UP;
        }
        int v = p.getIntValue();
        require(v >= min && v <= max);
        return v;
    }

    private LocalDate optionalDate() throws IOException {
        return isNull() ? null : date();
    }

    /**
     * A date written {@code YYYY-MM-DD} in ASCII digits, a day that exists, in the years 1800..2200. Any
     * other form gives up, and the checking reader decides.
     */
    private LocalDate date() throws IOException {
        String s = text(10);
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw GIVE_UP;
        }
        int year = digits(s, 0, 4);
        require(year >= 1800 && year <= 2200);
        return LocalDate.of(year, digits(s, 5, 7), digits(s, 8, 10)); // DateTimeException gives up
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw GIVE_UP;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private <E extends Enum<E>> E enumValue(Map<String, E> names) throws IOException {
        E e = names.get(text(64));
        if (e == null) {
            throw GIVE_UP;
        }
        return e;
    }

    private <E extends Enum<E>> Optional<E> optionalEnum(Map<String, E> names) throws IOException {
        return isNull() ? Optional.empty() : Optional.of(enumValue(names));
    }

    private static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
        Map<String, E> m = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), e);
        }
        return Map.copyOf(m);
    }

    private static final Map<String, NationalityDocument> NATIONALITY_DOCUMENT = names(NationalityDocument.class);
    private static final Map<String, Kin> KIN = names(Kin.class);
    private static final Map<String, EvidenceStatus> EVIDENCE = names(EvidenceStatus.class);
    private static final Map<String, Nationality> NATIONALITY = names(Nationality.class);
    private static final Map<String, ConsentStatus> CONSENT = names(ConsentStatus.class);
    private static final Map<String, PermitDecisionKind> PERMIT_KIND = names(PermitDecisionKind.class);
    private static final Map<String, Region> REGION = names(Region.class);
    private static final Map<String, ResidenceKind> RESIDENCE_KIND = names(ResidenceKind.class);
    private static final Map<String, IdentityDocumentKind> DOCUMENT_KIND = names(IdentityDocumentKind.class);
    private static final Map<String, Relation> RELATION = names(Relation.class);
    private static final Map<String, Question> QUESTION = names(Question.class);
    private static final Map<String, Channel> CHANNEL = names(Channel.class);
    private static final Map<String, ArrivalPurpose> PURPOSE = names(ArrivalPurpose.class);
    private static final Map<String, ArrivalMotive> MOTIVE = names(ArrivalMotive.class);
    private static final Map<String, OfferResponse> OFFER_RESPONSE = names(OfferResponse.class);
    private static final Map<String, StatusEventKind> EVENT_KIND = names(StatusEventKind.class);
    private static final Map<String, StatusEndReason> END_REASON = names(StatusEndReason.class);
    private static final Map<String, RefusalGround> REFUSAL_GROUND = names(RefusalGround.class);
    private static final Map<String, CentreKind> CENTRE_KIND = names(CentreKind.class);
    private static final Map<String, QuotaCategory> QUOTA_CATEGORY = names(QuotaCategory.class);
    private static final Map<String, QuotaUnit> QUOTA_UNIT = names(QuotaUnit.class);

    private static LocalDateRange period(LocalDate from, LocalDate to) {
        require(from != null && (to == null || !to.isBefore(from)));
        return to == null ? Periods.open(from) : Periods.closed(from, to);
    }
}
