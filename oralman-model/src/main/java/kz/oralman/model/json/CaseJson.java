package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.oralman.model.Printable;
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
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.Nationality;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.OfferResponse;
import kz.oralman.model.PendingApplication;
import kz.oralman.model.PermitDecision;
import kz.oralman.model.PermitDecisionKind;
import kz.oralman.model.Occupancy;
import kz.oralman.model.Periods;
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
 * The case contract, format {@value #FORMAT}: reads a case strictly and writes it canonically.
 *
 * <p>Reading reports every problem of a document at once, each with the JSON Pointer of the value
 * at fault: syntax errors, duplicate keys, unknown fields, wrong types, impossible dates, reversed
 * or overlapping periods, dangling person references and duplicate ids. Either a whole valid
 * {@link Case} comes back, or an {@link InvalidCaseException}; nothing in between.
 *
 * <p>Limits, so that hostile input cannot exhaust memory: a document of at most
 * {@value #MAX_DOCUMENT_CHARS} characters, nesting at most {@value #MAX_DEPTH} deep, at most
 * {@value #MAX_PERSONS} persons and {@value #MAX_ITEMS} items in any other array, strings of at most
 * {@value #MAX_TEXT} characters.
 *
 * <p>Writing is canonical: fields in a fixed order, absent optionals left out, two-space
 * indentation and {@code \n} line ends, so that {@code write(read(write(c)))} equals
 * {@code write(c)} byte for byte and {@link #hash(Case)} identifies a case.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseJson {
    /** The format id this class reads and writes. */
    public static final String FORMAT = "oralman-case/1";
    /** The most characters a case document may have. */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;
    /** The deepest nesting of arrays and objects a case document may have. */
    public static final int MAX_DEPTH = 16;
    /** The most persons a case may have. */
    public static final int MAX_PERSONS = 200;
    /** The most items any other array may have. */
    public static final int MAX_ITEMS = 1_000;
    /** The longest string value. */
    public static final int MAX_TEXT = 200;

    private static final Set<String> CASE_FIELDS = Set.of("format", "id", "persons", "familyTies", "application",
            "centres", "stays", "quotas");
    private static final Set<String> PERSON_FIELDS = Set.of("id", "names", "birthDate", "nationalityClaims",
            "citizenships", "residences", "documents", "permitDecisions", "personalDataConsent");
    private static final Set<String> NAME_FIELDS = Set.of("text", "script");
    private static final Set<String> CLAIM_FIELDS = Set.of("document", "whose", "issuedBy", "evidence",
            "nationality");
    private static final Set<String> PERMIT_FIELDS = Set.of("kind", "date", "art49Subparagraph", "evidence");
    private static final Set<String> PENDING_FIELDS = Set.of("person", "question", "filed");
    private static final Set<String> OFFER_FIELDS = Set.of("region", "offered", "response");
    private static final Set<String> CITIZENSHIP_FIELDS = Set.of("country", "from", "to", "evidence");
    private static final Set<String> RESIDENCE_FIELDS = Set.of("country", "region", "from", "to", "kind", "evidence");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("kind", "issuingCountry", "number", "issued", "expires");
    private static final Set<String> TIE_FIELDS = Set.of("from", "relation", "to");
    private static final Set<String> APPLICATION_FIELDS = Set.of("applicant", "familyMembers", "question", "filed",
            "channel", "purpose", "motives", "intendedRegion", "statusHistory", "refusalFacts", "documentPackage",
            "citizenshipApplication", "pendingStatusApplications", "quotaOffer");
    private static final Set<String> EVENT_FIELDS = Set.of("person", "kind", "date", "validUntil", "endReason");
    private static final Set<String> REFUSAL_FIELDS = Set.of("person", "ground", "evidence", "place");
    private static final Set<String> PACKAGE_FIELDS = Set.of("complete", "inDate");
    private static final Set<String> CITIZENSHIP_APPLICATION_FIELDS = Set.of("filed", "renunciation",
            "withPermanentResidence");
    private static final Set<String> CENTRE_FIELDS = Set.of("id", "name", "region", "kind", "capacity", "occupancy");
    private static final Set<String> OCCUPANCY_FIELDS = Set.of("date", "persons");
    private static final Set<String> STAY_FIELDS = Set.of("person", "centreId", "from", "to");
    private static final Set<String> QUOTA_FIELDS = Set.of("year", "region", "category", "unit", "allocated", "used",
            "asOf");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_DOCUMENT_CHARS)
                            .maxNumberLength(20)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CaseJson() {
    }

    /** The mapper whose parser settings (limits, duplicate keys, trailing tokens) the contract reads with. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a case document.
     *
     * @param json the document
     * @return the case
     * @throws InvalidCaseException with every problem found, when the document is not a valid case
     */
    public static Case read(String json) throws InvalidCaseException {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a leading byte order mark, as RFC 8259 allows a reader to ignore
        }
        if (json.length() > MAX_DOCUMENT_CHARS) {
            throw new InvalidCaseException(List.of(new Problem("", "the document has " + json.length()
                    + " characters, more than the limit of " + MAX_DOCUMENT_CHARS)));
        }
        Case fast = CaseStreamReader.tryRead(MAPPER, json);
        if (fast != null) {
            return fast;
        }
        return readChecking(json);
    }

    /**
     * The checking reader: parses the document into a tree and reports every problem with its JSON Pointer.
     * {@link #read(String)} uses it for the documents its streaming reader does not accept; tests use it as
     * the oracle the streaming reader must agree with.
     */
    static Case readChecking(String json) throws InvalidCaseException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(List.of(new Problem("", "not well-formed JSON: " + e.getOriginalMessage()
                    + locationOf(e))));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidCaseException(List.of(new Problem("", "the document is empty")));
        }
        return read(tree);
    }

    /**
     * Reads a case from a parsed JSON tree.
     *
     * @param tree the tree
     * @return the case
     * @throws InvalidCaseException with every problem found
     */
    public static Case read(JsonNode tree) throws InvalidCaseException {
        Node.Problems problems = new Node.Problems();
        Case result = new CaseReader(problems).read(tree);
        if (!problems.isEmpty() || result == null) {
            if (problems.isEmpty()) {
                problems.add("", "the case is invalid");
            }
            throw new InvalidCaseException(problems.list());
        }
        return result;
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /**
     * Writes a case in canonical form.
     *
     * @param c the case
     * @return the JSON text, ending with a newline
     */
    public static String write(Case c) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = Canonical.generator(out)) {
            CaseWriter.write(CanonicalOut.of(g), c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /**
     * SHA-256 of the canonical form of a case, in lower-case hex.
     *
     * @param c the case
     * @return the hash
     */
    public static String hash(Case c) {
        return HASHES.get(c, CaseJson::sha256Hex);
    }

    /** Recent hashes by case instance: one case decided for several persons or questions is hashed once. */
    private static final IdentityCache<Case, String> HASHES = new IdentityCache<>(64);

    /**
     * SHA-256 of the canonical form, streamed: the canonical JSON goes straight from the case into the
     * digest, with no tree and no text in between.
     */
    private static String sha256Hex(Case c) {
        MessageDigest sha = Canonical.sha256();
        CanonicalOut.Digest out = new CanonicalOut.Digest(sha);
        try {
            CaseWriter.write(out, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the digest does not fail
        }
        out.finish();
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The canonical JSON tree of a case.
     *
     * @param c the case
     * @return a new tree
     */
    public static ObjectNode toTree(Case c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("id", c.id());
        ArrayNode persons = root.putArray("persons");
        for (Person p : c.persons()) {
            ObjectNode o = persons.addObject();
            o.put("id", p.id().value());
            ArrayNode names = o.putArray("names");
            p.names().forEach(n -> names.addObject().put("text", n.text()).put("script", n.script()));
            o.put("birthDate", p.birthDate().toString());
            ArrayNode claims = o.putArray("nationalityClaims");
            p.nationalityClaims().forEach(n -> {
                ObjectNode x = claims.addObject().put("document", n.document().name())
                        .put("whose", n.whose().name()).put("issuedBy", n.issuedBy().code())
                        .put("evidence", n.evidence().name());
                if (!n.kazakh()) {
                    x.put("nationality", n.nationality().name()); // Kazakh is the default, left out
                }
            });
            ArrayNode citizenships = o.putArray("citizenships");
            p.citizenships().forEach(cp -> {
                ObjectNode x = citizenships.addObject().put("country", cp.country().code());
                period(x, cp.period());
                x.put("evidence", cp.evidence().name());
            });
            ArrayNode residences = o.putArray("residences");
            p.residences().forEach(r -> {
                ObjectNode x = residences.addObject().put("country", r.country().code());
                r.region().ifPresent(reg -> x.put("region", reg.name()));
                period(x, r.period());
                x.put("kind", r.kind().name()).put("evidence", r.evidence().name());
            });
            ArrayNode documents = o.putArray("documents");
            p.documents().forEach(d -> {
                ObjectNode x = documents.addObject().put("kind", d.kind().name())
                        .put("issuingCountry", d.issuingCountry().code()).put("number", d.number())
                        .put("issued", d.issued().toString());
                d.expires().ifPresent(e -> x.put("expires", e.toString()));
            });
            // fields added after format 1 was published: written only when present, so that the
            // canonical form and hash of a case without them do not change
            if (!p.permitDecisions().isEmpty()) {
                ArrayNode permits = o.putArray("permitDecisions");
                p.permitDecisions().forEach(d -> {
                    ObjectNode x = permits.addObject().put("kind", d.kind().name()).put("date", d.date().toString());
                    d.art49Subparagraph().ifPresent(n -> x.put("art49Subparagraph", n));
                    x.put("evidence", d.evidence().name());
                });
            }
            p.personalDataConsent().ifPresent(cs -> o.put("personalDataConsent", cs.name()));
        }
        ArrayNode ties = root.putArray("familyTies");
        c.familyTies().forEach(t -> ties.addObject().put("from", t.from().value()).put("relation", t.relation().name())
                .put("to", t.to().value()));
        Application a = c.application();
        ObjectNode app = root.putObject("application");
        app.put("applicant", a.applicant().value());
        ArrayNode members = app.putArray("familyMembers");
        a.familyMembers().forEach(m -> members.add(m.value()));
        app.put("question", a.question().name());
        app.put("filed", a.filed().toString());
        app.put("channel", a.channel().name());
        app.put("purpose", a.purpose().name());
        ArrayNode motives = app.putArray("motives");
        a.motives().forEach(m -> motives.add(m.name()));
        a.intendedRegion().ifPresent(r -> app.put("intendedRegion", r.name()));
        ArrayNode history = app.putArray("statusHistory");
        a.statusHistory().forEach(e -> {
            ObjectNode x = history.addObject().put("person", e.person().value()).put("kind", e.kind().name())
                    .put("date", e.date().toString());
            e.validUntil().ifPresent(v -> x.put("validUntil", v.toString()));
            e.endReason().ifPresent(r -> x.put("endReason", r.name()));
        });
        ArrayNode refusals = app.putArray("refusalFacts");
        a.refusalFacts().forEach(r -> {
            ObjectNode x = refusals.addObject().put("person", r.person().value())
                    .put("ground", r.ground().name()).put("evidence", r.evidence().name());
            r.place().ifPresent(pl -> x.put("place", pl.code()));
        });
        app.putObject("documentPackage").put("complete", a.documentPackage().complete().name())
                .put("inDate", a.documentPackage().inDate().name());
        a.citizenshipApplication().ifPresent(ca -> app.putObject("citizenshipApplication")
                .put("filed", ca.filed().toString()).put("renunciation", ca.renunciation().name())
                .put("withPermanentResidence", ca.withPermanentResidence()));
        if (!a.pendingStatusApplications().isEmpty()) {
            ArrayNode pending = app.putArray("pendingStatusApplications");
            a.pendingStatusApplications().forEach(pa -> pending.addObject().put("person", pa.person().value())
                    .put("question", pa.question().name()).put("filed", pa.filed().toString()));
        }
        a.quotaOffer().ifPresent(q -> app.putObject("quotaOffer").put("region", q.region().name())
                .put("offered", q.offered().toString()).put("response", q.response().name()));
        ArrayNode centres = root.putArray("centres");
        c.centres().forEach(ce -> {
            ObjectNode x = centres.addObject().put("id", ce.id()).put("name", ce.name())
                    .put("region", ce.region().name()).put("kind", ce.kind().name()).put("capacity", ce.capacity());
            ArrayNode occ = x.putArray("occupancy");
            ce.occupancy().forEach(o -> occ.addObject().put("date", o.date().toString()).put("persons", o.persons()));
        });
        ArrayNode stays = root.putArray("stays");
        c.stays().forEach(s -> {
            ObjectNode x = stays.addObject().put("person", s.person().value()).put("centreId", s.centreId());
            period(x, s.period());
        });
        ArrayNode quotas = root.putArray("quotas");
        c.quotas().forEach(q -> quotas.addObject().put("year", q.year()).put("region", q.region().name())
                .put("category", q.category().name()).put("unit", q.unit().name()).put("allocated", q.allocated())
                .put("used", q.used()).put("asOf", q.asOf().toString()));
        return root;
    }

    private static void period(ObjectNode o, LocalDateRange period) {
        o.put("from", period.getStart().toString());
        if (!period.isUnboundedEnd()) {
            o.put("to", period.getEndInclusive().toString());
        }
    }

    /** Reads one document; one instance per document. */
    private static final class CaseReader {
        private final Node.Problems problems;

        CaseReader(Node.Problems problems) {
            this.problems = problems;
        }

        Case read(JsonNode tree) {
            Optional<Node> rootOpt = Node.object(tree, "", problems, CASE_FIELDS);
            if (rootOpt.isEmpty()) {
                return null;
            }
            Node root = rootOpt.get();
            String format = root.text("format", 64);
            if (format != null && !format.equals(FORMAT)) {
                root.problem("format", Printable.quoted(format) + " is not a supported format\nMaybe \"" + FORMAT + "\"");
            }
            String id = root.text("id", 64);
            JsonNode personsNode = tree.get("persons");
            if (personsNode == null || personsNode.isNull()) {
                root.problem("persons", "is required");
            }
            List<Person> persons = root.array("persons", MAX_PERSONS, this::person);
            if (personsNode != null && personsNode.isArray() && personsNode.size() <= MAX_PERSONS) {
                checkUniquePersons(personsNode);
            }
            if (personsNode != null && personsNode.isArray() && personsNode.isEmpty()) {
                root.problem("persons", "must have at least one person: the applicant");
            }
            List<FamilyTie> ties = root.array("familyTies", MAX_ITEMS, this::tie);
            Application application = root.object("application", APPLICATION_FIELDS).map(this::application)
                    .orElse(null);
            List<Centre> centres = root.array("centres", MAX_ITEMS, this::centre);
            List<CentreStay> stays = root.array("stays", MAX_ITEMS, this::stay);
            List<QuotaSnapshot> quotas = root.array("quotas", MAX_ITEMS, this::quota);
            checkReferences(tree);
            if (!problems.isEmpty() || id == null || persons == null || persons.isEmpty() || ties == null
                    || application == null
                    || centres == null || stays == null || quotas == null) {
                return null;
            }
            return root.build(() -> new Case(id, persons, ties, application, centres, stays, quotas));
        }

        private void checkUniquePersons(JsonNode persons) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < persons.size(); i++) {
                JsonNode id = persons.get(i).isObject() ? persons.get(i).get("id") : null;
                if (id != null && id.isTextual()) {
                    Integer first = seen.putIfAbsent(id.textValue(), i);
                    if (first != null) {
                        problems.add("/persons/" + i + "/id", "duplicate person id " + Printable.quoted(id.textValue())
                                + ", already used by /persons/" + first);
                    }
                }
            }
        }

        /** Dangling references, reported at the exact path of each reference. */
        private void checkReferences(JsonNode tree) {
            Set<String> ids = new HashSet<>();
            JsonNode persons = tree.get("persons");
            if (persons != null && persons.isArray()) {
                persons.forEach(p -> {
                    JsonNode id = p.isObject() ? p.get("id") : null;
                    if (id != null && id.isTextual()) {
                        ids.add(id.textValue());
                    }
                });
            }
            Set<String> centreIds = new HashSet<>();
            JsonNode centres = tree.get("centres");
            if (centres != null && centres.isArray()) {
                for (int i = 0; i < centres.size(); i++) {
                    JsonNode id = centres.get(i).isObject() ? centres.get(i).get("id") : null;
                    if (id != null && id.isTextual() && !centreIds.add(id.textValue())) {
                        problems.add("/centres/" + i + "/id", "duplicate centre id " + Printable.quoted(id.textValue()));
                    }
                }
            }
            JsonNode app = tree.get("application");
            if (app != null && app.isObject()) {
                ref(app.get("applicant"), "/application/applicant", ids);
                eachRef(app.get("familyMembers"), "/application/familyMembers", null, ids);
                eachRef(app.get("statusHistory"), "/application/statusHistory", "person", ids);
                eachRef(app.get("refusalFacts"), "/application/refusalFacts", "person", ids);
                eachRef(app.get("pendingStatusApplications"), "/application/pendingStatusApplications", "person", ids);
            }
            eachRef(tree.get("familyTies"), "/familyTies", "from", ids);
            eachRef(tree.get("familyTies"), "/familyTies", "to", ids);
            eachRef(tree.get("stays"), "/stays", "person", ids);
            eachRef(tree.get("stays"), "/stays", "centreId", centreIds);
        }

        private void eachRef(JsonNode array, String path, String field, Set<String> ids) {
            if (array == null || !array.isArray()) {
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (field == null) {
                    ref(item, path + "/" + i, ids);
                } else if (item.isObject()) {
                    ref(item.get(field), path + "/" + i + "/" + field, ids);
                }
            }
        }

        private void ref(JsonNode value, String path, Set<String> ids) {
            if (value != null && value.isTextual() && !ids.contains(value.textValue())) {
                problems.add(path, Printable.quoted(value.textValue()) + " is not the id of a "
                        + (path.endsWith("centreId") ? "centre" : "person") + " of the case");
            }
        }

        private Person person(JsonNode json, String path) {
            return Node.object(json, path, problems, PERSON_FIELDS).map(n -> {
                PersonId id = personId(n, "id");
                List<PersonName> names = n.array("names", 20, this::name);
                if (names != null && names.isEmpty()) {
                    n.problem("names", "must have at least one name");
                    names = null;
                }
                LocalDate birth = n.date("birthDate");
                List<NationalityClaim> claims = n.array("nationalityClaims", 50, this::claim);
                List<CitizenshipPeriod> citizenships = n.array("citizenships", 50, this::citizenship);
                List<ResidencePeriod> residences = n.array("residences", 200, this::residence);
                List<IdentityDocument> documents = n.array("documents", 50, this::document);
                List<PermitDecision> permits = n.array("permitDecisions", 50, this::permitDecision);
                int before = problems.size();
                Optional<ConsentStatus> consent = n.optionalEnum("personalDataConsent", ConsentStatus.class);
                boolean consentOk = problems.size() == before;
                if (id == null || names == null || birth == null || claims == null || citizenships == null
                        || residences == null || documents == null || permits == null || !consentOk) {
                    return null;
                }
                List<PersonName> finalNames = names;
                return n.build(() -> new Person(id, finalNames, birth, claims, citizenships, residences, documents,
                        permits, consent));
            }).orElse(null);
        }

        private PersonId personId(Node n, String field) {
            String s = n.text(field, 64);
            if (s == null) {
                return null;
            }
            try {
                return PersonId.of(s);
            } catch (IllegalArgumentException e) {
                n.problem(field, e.getMessage());
                return null;
            }
        }

        private PersonId personIdValue(JsonNode json, String path) {
            if (json == null || !json.isTextual()) {
                problems.add(path, "expected a person id string, found " + Node.kind(json));
                return null;
            }
            try {
                return PersonId.of(json.textValue());
            } catch (IllegalArgumentException e) {
                problems.add(path, e.getMessage());
                return null;
            }
        }

        private CountryCode country(Node n, String field) {
            String s = n.text(field, 2 + 10);
            if (s == null) {
                return null;
            }
            try {
                return CountryCode.of(s);
            } catch (IllegalArgumentException e) {
                n.problem(field, e.getMessage());
                return null;
            }
        }

        private LocalDateRange period(Node n) {
            int before = problems.size();
            LocalDate from = n.date("from");
            Optional<LocalDate> to = n.optionalDate("to");
            if (from == null || problems.size() != before) {
                return null;
            }
            if (to.isPresent() && to.get().isBefore(from)) {
                n.problem("to", "the period is reversed: 'to' " + to.get() + " is before 'from' " + from);
                return null;
            }
            return to.map(t -> Periods.closed(from, t)).orElseGet(() -> Periods.open(from));
        }

        private PersonName name(JsonNode json, String path) {
            return Node.object(json, path, problems, NAME_FIELDS).map(n -> {
                String text = n.text("text", MAX_TEXT);
                String script = n.text("script", 8);
                return text == null || script == null ? null : n.build(() -> new PersonName(text, script));
            }).orElse(null);
        }

        private NationalityClaim claim(JsonNode json, String path) {
            return Node.object(json, path, problems, CLAIM_FIELDS).map(n -> {
                NationalityDocument doc = n.enumValue("document", NationalityDocument.class);
                Kin whose = n.enumValue("whose", Kin.class);
                CountryCode issuedBy = country(n, "issuedBy");
                EvidenceStatus evidence = n.enumValue("evidence", EvidenceStatus.class);
                int before = problems.size();
                Nationality nationality = n.optionalEnum("nationality", Nationality.class).orElse(Nationality.KAZAKH);
                return doc == null || whose == null || issuedBy == null || evidence == null
                        || problems.size() != before ? null
                        : n.build(() -> new NationalityClaim(doc, whose, issuedBy, evidence, nationality));
            }).orElse(null);
        }

        private PermitDecision permitDecision(JsonNode json, String path) {
            return Node.object(json, path, problems, PERMIT_FIELDS).map(n -> {
                PermitDecisionKind kind = n.enumValue("kind", PermitDecisionKind.class);
                LocalDate date = n.date("date");
                int before = problems.size();
                Optional<Integer> sub = n.has("art49Subparagraph")
                        ? Optional.ofNullable(n.integer("art49Subparagraph", 1, 30)) : Optional.empty();
                EvidenceStatus evidence = n.enumValue("evidence", EvidenceStatus.class);
                return kind == null || date == null || evidence == null || problems.size() != before ? null
                        : n.build(() -> new PermitDecision(kind, date, sub, evidence));
            }).orElse(null);
        }

        private CitizenshipPeriod citizenship(JsonNode json, String path) {
            return Node.object(json, path, problems, CITIZENSHIP_FIELDS).map(n -> {
                CountryCode country = country(n, "country");
                LocalDateRange period = period(n);
                EvidenceStatus evidence = n.enumValue("evidence", EvidenceStatus.class);
                return country == null || period == null || evidence == null ? null
                        : n.build(() -> new CitizenshipPeriod(country, period, evidence));
            }).orElse(null);
        }

        private ResidencePeriod residence(JsonNode json, String path) {
            return Node.object(json, path, problems, RESIDENCE_FIELDS).map(n -> {
                CountryCode country = country(n, "country");
                int before = problems.size();
                Optional<Region> region = n.optionalEnum("region", Region.class);
                boolean regionOk = problems.size() == before;
                LocalDateRange period = period(n);
                ResidenceKind kind = n.enumValue("kind", ResidenceKind.class);
                EvidenceStatus evidence = n.enumValue("evidence", EvidenceStatus.class);
                if (country != null && region.isPresent() && !country.isKazakhstan()) {
                    n.problem("region", "a region is only given for residence in KZ, not in " + country);
                    return null;
                }
                return country == null || !regionOk || period == null || kind == null || evidence == null ? null
                        : n.build(() -> new ResidencePeriod(country, region, period, kind, evidence));
            }).orElse(null);
        }

        private IdentityDocument document(JsonNode json, String path) {
            return Node.object(json, path, problems, DOCUMENT_FIELDS).map(n -> {
                IdentityDocumentKind kind = n.enumValue("kind", IdentityDocumentKind.class);
                CountryCode country = country(n, "issuingCountry");
                String number = n.text("number", 40);
                LocalDate issued = n.date("issued");
                int before = problems.size();
                Optional<LocalDate> expires = n.optionalDate("expires");
                if (problems.size() != before) {
                    return null;
                }
                if (issued != null && expires.isPresent() && expires.get().isBefore(issued)) {
                    n.problem("expires", "expires " + expires.get() + " is before issued " + issued);
                    return null;
                }
                return kind == null || country == null || number == null || issued == null ? null
                        : n.build(() -> new IdentityDocument(kind, country, number, issued, expires));
            }).orElse(null);
        }

        private FamilyTie tie(JsonNode json, String path) {
            return Node.object(json, path, problems, TIE_FIELDS).map(n -> {
                PersonId from = personId(n, "from");
                Relation relation = n.enumValue("relation", Relation.class);
                PersonId to = personId(n, "to");
                if (from != null && from.equals(to)) {
                    n.problem("to", Printable.quoted(String.valueOf(to)) + " is the same person as 'from': nobody is their own "
                            + (relation == null ? "relative" : relation.name().toLowerCase(java.util.Locale.ROOT)));
                    return null;
                }
                return from == null || relation == null || to == null ? null
                        : n.build(() -> new FamilyTie(from, relation, to));
            }).orElse(null);
        }

        private Application application(Node n) {
            PersonId applicant = personId(n, "applicant");
            List<PersonId> members = n.array("familyMembers", MAX_PERSONS, this::personIdValue);
            Question question = n.enumValue("question", Question.class);
            LocalDate filed = n.date("filed");
            Channel channel = n.enumValue("channel", Channel.class);
            ArrivalPurpose purpose = n.enumValue("purpose", ArrivalPurpose.class);
            List<ArrivalMotive> motives = n.array("motives", 20,
                    (j, p) -> n.enumOf(j, p, ArrivalMotive.class));
            int before = problems.size();
            Optional<Region> region = n.optionalEnum("intendedRegion", Region.class);
            boolean regionOk = problems.size() == before;
            List<StatusEvent> history = n.array("statusHistory", MAX_ITEMS, this::event);
            List<RefusalFact> refusals = n.array("refusalFacts", MAX_ITEMS, this::refusal);
            DocumentPackage pack = n.object("documentPackage", PACKAGE_FIELDS).map(p -> {
                EvidenceStatus complete = p.enumValue("complete", EvidenceStatus.class);
                EvidenceStatus inDate = p.enumValue("inDate", EvidenceStatus.class);
                return complete == null || inDate == null ? null : new DocumentPackage(complete, inDate);
            }).orElse(null);
            before = problems.size();
            Optional<CitizenshipApplication> citizenship = n.optionalObject("citizenshipApplication",
                    CITIZENSHIP_APPLICATION_FIELDS).map(c -> {
                        LocalDate cf = c.date("filed");
                        EvidenceStatus renunciation = c.enumValue("renunciation", EvidenceStatus.class);
                        Boolean together = c.bool("withPermanentResidence");
                        return cf == null || renunciation == null || together == null ? null
                                : new CitizenshipApplication(cf, renunciation, together);
                    });
            boolean citizenshipOk = problems.size() == before;
            List<PendingApplication> pending = n.array("pendingStatusApplications", MAX_ITEMS, this::pending);
            before = problems.size();
            Optional<QuotaOffer> offer = n.optionalObject("quotaOffer", OFFER_FIELDS).map(o -> {
                Region offered = o.enumValue("region", Region.class);
                LocalDate on = o.date("offered");
                OfferResponse response = o.enumValue("response", OfferResponse.class);
                return offered == null || on == null || response == null ? null
                        : new QuotaOffer(offered, on, response);
            });
            boolean offerOk = problems.size() == before;
            if (applicant == null || members == null || question == null || filed == null || channel == null
                    || purpose == null || motives == null || !regionOk || history == null || refusals == null
                    || pack == null || !citizenshipOk || pending == null || !offerOk) {
                return null;
            }
            return n.build(() -> new Application(applicant, members, question, filed, channel, purpose, motives,
                    region, history, refusals, pack, citizenship, pending, offer));
        }

        private PendingApplication pending(JsonNode json, String path) {
            return Node.object(json, path, problems, PENDING_FIELDS).map(n -> {
                PersonId person = personId(n, "person");
                Question question = n.enumValue("question", Question.class);
                LocalDate filed = n.date("filed");
                return person == null || question == null || filed == null ? null
                        : n.build(() -> new PendingApplication(person, question, filed));
            }).orElse(null);
        }

        private StatusEvent event(JsonNode json, String path) {
            return Node.object(json, path, problems, EVENT_FIELDS).map(n -> {
                PersonId person = personId(n, "person");
                StatusEventKind kind = n.enumValue("kind", StatusEventKind.class);
                LocalDate date = n.date("date");
                int before = problems.size();
                Optional<LocalDate> until = n.optionalDate("validUntil");
                Optional<StatusEndReason> reason = n.optionalEnum("endReason", StatusEndReason.class);
                if (problems.size() != before || person == null || kind == null || date == null) {
                    return null;
                }
                if (kind == StatusEventKind.ENDED) {
                    if (reason.isEmpty()) {
                        n.problem("endReason", "is required for an ENDED event");
                    }
                    if (until.isPresent()) {
                        n.problem("validUntil", "is not allowed for an ENDED event");
                    }
                } else {
                    if (until.isEmpty()) {
                        n.problem("validUntil", "is required for a " + kind + " event");
                    } else if (until.get().isBefore(date)) {
                        n.problem("validUntil", "validUntil " + until.get() + " is before the event date " + date);
                    }
                    if (reason.isPresent()) {
                        n.problem("endReason", "is only allowed for an ENDED event");
                    }
                }
                return problems.size() != before ? null
                        : n.build(() -> new StatusEvent(person, kind, date, until, reason));
            }).orElse(null);
        }

        private RefusalFact refusal(JsonNode json, String path) {
            return Node.object(json, path, problems, REFUSAL_FIELDS).map(n -> {
                PersonId person = personId(n, "person");
                RefusalGround ground = n.enumValue("ground", RefusalGround.class);
                EvidenceStatus evidence = n.enumValue("evidence", EvidenceStatus.class);
                int before = problems.size();
                Optional<CountryCode> place = n.has("place") ? Optional.ofNullable(country(n, "place"))
                        : Optional.empty();
                return person == null || ground == null || evidence == null || problems.size() != before ? null
                        : n.build(() -> new RefusalFact(person, ground, evidence, place));
            }).orElse(null);
        }

        private Centre centre(JsonNode json, String path) {
            return Node.object(json, path, problems, CENTRE_FIELDS).map(n -> {
                String id = n.text("id", 64);
                String name = n.text("name", MAX_TEXT);
                Region region = n.enumValue("region", Region.class);
                CentreKind kind = n.enumValue("kind", CentreKind.class);
                Integer capacity = n.integer("capacity", 0, 1_000_000);
                List<Occupancy> occupancy = n.array("occupancy", MAX_ITEMS, (j, p) ->
                        Node.object(j, p, problems, OCCUPANCY_FIELDS).map(o -> {
                            LocalDate d = o.date("date");
                            Integer persons = o.integer("persons", 0, 1_000_000);
                            return d == null || persons == null ? null : new Occupancy(d, persons);
                        }).orElse(null));
                return id == null || name == null || region == null || kind == null || capacity == null
                        || occupancy == null ? null
                        : n.build(() -> new Centre(id, name, region, kind, capacity, occupancy));
            }).orElse(null);
        }

        private CentreStay stay(JsonNode json, String path) {
            return Node.object(json, path, problems, STAY_FIELDS).map(n -> {
                PersonId person = personId(n, "person");
                String centre = n.text("centreId", 64);
                LocalDateRange period = period(n);
                return person == null || centre == null || period == null ? null
                        : n.build(() -> new CentreStay(person, centre, period));
            }).orElse(null);
        }

        private QuotaSnapshot quota(JsonNode json, String path) {
            return Node.object(json, path, problems, QUOTA_FIELDS).map(n -> {
                Integer year = n.integer("year", 1991, 2100);
                Region region = n.enumValue("region", Region.class);
                QuotaCategory category = n.enumValue("category", QuotaCategory.class);
                QuotaUnit unit = n.enumValue("unit", QuotaUnit.class);
                Integer allocated = n.integer("allocated", 0, 10_000_000);
                Integer used = n.integer("used", 0, 10_000_000);
                LocalDate asOf = n.date("asOf");
                return year == null || region == null || category == null || unit == null || allocated == null
                        || used == null || asOf == null ? null
                        : n.build(() -> new QuotaSnapshot(year, region, category, unit, allocated, used, asOf));
            }).orElse(null);
        }
    }
}
