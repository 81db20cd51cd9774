package kz.oralman.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kz.oralman.model.Case;
import kz.oralman.model.PersonId;
import kz.oralman.model.Question;
import kz.oralman.model.StatusState;
import kz.oralman.model.decision.Authority;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.decision.Receipt;
import kz.oralman.model.decision.ReferralBody;
import kz.oralman.model.json.CaseJson;
import kz.oralman.rules.facts.EvidenceNeed;
import kz.oralman.rules.facts.Finding;
import kz.oralman.rules.facts.LawParameters;
import kz.oralman.rules.facts.Verdict;
import org.threeten.extra.LocalDateRange;

/**
 * Decides questions about the oralman / kandas status under the law as of any date.
 *
 * <p>Build one engine and share it: it is immutable and thread-safe. Each law version's rules are
 * compiled once, on first use, and shared by every thread; each decision runs in a session of its
 * own.
 *
 * <pre>{@code
 * OralmanEngine engine = OralmanEngine.bundled();
 * Decision d = engine.decide(someCase, Question.STATUS_ASSIGNMENT, LocalDate.of(2024, 3, 1));
 * System.out.println(d.outcome() + " under " + d.lawVersion());
 * }</pre>
 *
 * <p>The law version is chosen from the governing date {@code asOf}, never from the wall clock.
 * Before the 2011 law and from 01.01.2030 (a change whose content is not known) the decision is
 * {@link Outcome#NOT_APPLICABLE} with a reason saying so.
 */
public final class OralmanEngine {
    /** The most rule firings one decision may take before it is stopped as a runaway ruleset. */
    public static final int MAX_FIRINGS = 10_000;

    private static final LocalDate UNBOUNDED_PAST = LocalDate.of(1991, 12, 16);

    private final List<LawVersion> versions;
    private final Function<LawVersion, Ruleset> compiler;
    private final Map<String, Ruleset> compiled = new ConcurrentHashMap<>();
    private final boolean pinned;
    private final DecisionLimits limits;

    private OralmanEngine(List<LawVersion> versions, Function<LawVersion, Ruleset> compiler, boolean pinned,
                          DecisionLimits limits) {
        this.versions = List.copyOf(versions);
        this.compiler = compiler;
        this.pinned = pinned;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * An engine over the law versions bundled with the library.
     *
     * @return the engine
     */
    public static OralmanEngine bundled() {
        return new OralmanEngine(LawBook.bundled(), Ruleset::bundled, false, DecisionLimits.bundled());
    }

    /**
     * An engine that decides every date under one ruleset, whatever its dates of force: for comparing
     * what two wordings of the law decide on the same cases (an amendment's impact).
     *
     * @param ruleset the ruleset
     * @return the engine
     */
    public static OralmanEngine pinned(Ruleset ruleset) {
        return pinned(ruleset, DecisionLimits.bundled());
    }

    /**
     * A pinned engine whose decisions run under limits: for a ruleset from outside the library.
     *
     * @param ruleset the ruleset
     * @param limits the limits of each decision
     * @return the engine
     */
    public static OralmanEngine pinned(Ruleset ruleset, DecisionLimits limits) {
        OralmanEngine engine = new OralmanEngine(List.of(ruleset.version()), v -> ruleset, true, limits);
        engine.compiled.put(ruleset.version().id(), ruleset);
        return engine;
    }

    /**
     * An engine over given rulesets, such as ones loaded from a folder. The versions' periods must abut:
     * no gap and no overlap between them, and no id twice.
     *
     * @param rulesets the compiled rulesets
     * @return the engine
     * @throws IllegalArgumentException naming the versions and dates of a gap or an overlap
     */
    public static OralmanEngine of(List<Ruleset> rulesets) {
        return of(rulesets, DecisionLimits.external());
    }

    /**
     * An engine over given rulesets whose decisions run under limits ({@link #of(List)} uses
     * {@link DecisionLimits#external()}: a deadline of 2 s).
     *
     * @param rulesets the compiled rulesets
     * @param limits the limits of each decision
     * @return the engine
     */
    public static OralmanEngine of(List<Ruleset> rulesets, DecisionLimits limits) {
        List<LawVersion> versions = LawVersion.chain(rulesets.stream().map(Ruleset::version).toList());
        Map<String, Ruleset> byId = new ConcurrentHashMap<>();
        rulesets.forEach(r -> byId.put(r.version().id(), r));
        OralmanEngine engine = new OralmanEngine(versions, v -> byId.get(v.id()), false, limits);
        engine.compiled.putAll(byId);
        return engine;
    }

    /** @return the limits each decision of this engine runs under */
    public DecisionLimits limits() {
        return limits;
    }

    /**
     * An engine over law versions whose rules are compiled on first use, one version at a time: a
     * decision compiles only the version its date needs (a ruleset folder's, for instance). The
     * versions' periods must abut: no gap and no overlap between them, and no id twice.
     *
     * @param versions the law versions
     * @param compiler compiles a version's rules; called at most once per version
     * @return the engine
     * @throws IllegalArgumentException naming the versions and dates of a gap or an overlap
     */
    public static OralmanEngine lazy(List<LawVersion> versions, Function<LawVersion, Ruleset> compiler) {
        return lazy(versions, compiler, DecisionLimits.external());
    }

    /**
     * An engine over law versions compiled on first use whose decisions run under limits.
     *
     * @param versions the law versions
     * @param compiler compiles a version's rules; called at most once per version
     * @param limits the limits of each decision
     * @return the engine
     */
    public static OralmanEngine lazy(List<LawVersion> versions, Function<LawVersion, Ruleset> compiler,
                                     DecisionLimits limits) {
        return new OralmanEngine(LawVersion.chain(versions), Objects.requireNonNull(compiler, "compiler"), false,
                limits);
    }

    /** @return the law versions this engine knows, oldest first */
    public List<LawVersion> versions() {
        return versions;
    }

    /**
     * The law version in force on a date.
     *
     * @param date the governing date
     * @return the version, if one is encoded for that date
     */
    public Optional<LawVersion> versionOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (pinned) {
            return Optional.of(versions.get(0));
        }
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    /**
     * The compiled rules of a version, compiling them on first use.
     *
     * @param version a version of this engine
     * @return the ruleset
     * @throws RulesetException if the version's rules do not compile
     */
    public Ruleset ruleset(LawVersion version) {
        return compiled.computeIfAbsent(version.id(), id -> compiler.apply(version));
    }

    /**
     * Decides the question the case's application asks, on its filing date.
     *
     * @param c the case
     * @return the decision
     */
    public Decision decide(Case c) {
        return decide(c, c.application().question(), c.application().filed());
    }

    /**
     * Decides a question about the applicant of a case under the law in force on a date.
     *
     * @param c the case
     * @param question the question
     * @param asOf the governing date
     * @return the decision, with its reasons, evidence requests and receipt
     * @throws IllegalStateException if the rules stop without a conclusion, or fire without end
     * @throws DecisionLimitException if the engine runs under external limits and the decision breaks one
     */
    public Decision decide(Case c, Question question, LocalDate asOf) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        String subject = c.application().applicant().value();
        Optional<LawVersion> version = versionOn(asOf);
        if (version.isEmpty()) {
            return outsideEncodedLaw(c, question, asOf, subject);
        }
        Ruleset ruleset = ruleset(version.get());
        LawParameters params = ruleset.parameters().on(pinned ? within(version.get(), asOf) : asOf);
        Session.Result result = Session.run(ruleset, c, question, asOf, params, limits);
        return assemble(c, question, asOf, subject, ruleset, result);
    }

    /**
     * Decides a question about one person of a case under the law in force on a date. A family case
     * is decided for each person in it: the Law gives rights to kandas «и члены их семей» (Art. 23
     * p.2, Art. 26 p.1). The rules see the person as the subject of the question, with their role (the
     * applicant, or a family member and their relation to the applicant). A family member of Kazakh
     * nationality is decided on their own merits; one of another nationality is not a kandas and gets
     * the reasons and rights of a family member, never a request for proof of Kazakh nationality.
     *
     * @param c the case
     * @param question the question
     * @param asOf the governing date
     * @param person the person the decision is about
     * @return the decision, whose {@link Decision#subject()} is the person
     * @throws IllegalArgumentException if the person is not in the case
     * @throws IllegalStateException if the rules stop without a conclusion, or fire without end
     */
    public Decision decide(Case c, Question question, LocalDate asOf, PersonId person) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(person, "person");
        if (c.person(person).isEmpty()) {
            throw new IllegalArgumentException("person " + person + " is not a person of case " + c.id()
                    + "\nMaybe one of " + c.application().everyone());
        }
        Optional<LawVersion> version = versionOn(asOf);
        if (version.isEmpty()) {
            return outsideEncodedLaw(c, question, asOf, person.value());
        }
        Ruleset ruleset = ruleset(version.get());
        LawParameters params = ruleset.parameters().on(pinned ? within(version.get(), asOf) : asOf);
        Session.Result result = Session.run(ruleset, c, question, asOf, params, person, limits);
        return assemble(c, question, asOf, person.value(), ruleset, result);
    }

    /**
     * Decides a question for every person of a case: the applicant first, then the family members in
     * the order of the application, then any other person of the case in the order of
     * {@code persons}. Each decision is the one {@link #decide(Case, Question, LocalDate, PersonId)}
     * gives for that person.
     *
     * @param c the case
     * @param question the question
     * @param asOf the governing date
     * @return one decision per person, applicant first
     */
    public List<Decision> decideEach(Case c, Question question, LocalDate asOf) {
        Objects.requireNonNull(c, "case");
        List<Decision> out = new ArrayList<>();
        for (PersonId p : everyoneInOrder(c)) {
            out.add(decide(c, question, asOf, p));
        }
        return List.copyOf(out);
    }

    /**
     * Decides the question the case's application asks, on its filing date, for every person of the case.
     *
     * @param c the case
     * @return one decision per person, applicant first
     */
    public List<Decision> decideEach(Case c) {
        return decideEach(c, c.application().question(), c.application().filed());
    }

    /**
     * The persons of a case in decision order: the applicant, the family members as the application
     * lists them, then the other persons as the case lists them.
     *
     * @param c the case
     * @return the ids
     */
    public static List<PersonId> everyoneInOrder(Case c) {
        java.util.LinkedHashSet<PersonId> order = new java.util.LinkedHashSet<>(c.application().everyone());
        c.persons().forEach(p -> order.add(p.id()));
        return List.copyOf(order);
    }

    /**
     * A person's status on a date with what it rests on: the state, the last day, the end reason and
     * the day it ended (with whether that reason is an Art. 25 ground), and the JSON Pointers of the
     * events of the case it is read from.
     *
     * @param c the case
     * @param person a person of the case
     * @param date the date
     * @return the standing
     * @throws IllegalArgumentException if the person is not in the case
     */
    public kz.oralman.rules.facts.StatusStanding standingOn(Case c, PersonId person, LocalDate date) {
        if (c.person(person).isEmpty()) {
            throw new IllegalArgumentException("person " + person + " is not a person of case " + c.id());
        }
        LocalDate oneOff = versionOn(date).map(v -> parameters(v).on(date).oneOff2019Until())
                .orElse(LocalDate.of(2019, 12, 31));
        return StatusHistory.standing(c, person, date, oneOff);
    }

    /**
     * Decides again from a receipt, checking that the ruleset and the case are the ones it names.
     *
     * @param c the case
     * @param receipt the receipt of an earlier decision
     * @return the decision, identical to the earlier one
     * @throws IllegalArgumentException if the case or the ruleset differs from the receipt's
     */
    public Decision replay(Case c, Receipt receipt) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(receipt, "receipt");
        if (!receipt.isIntact()) {
            throw new IllegalArgumentException("the receipt's digest " + receipt.digest() + " does not match its"
                    + " contents (asOf " + receipt.asOf() + ", question " + receipt.question() + ", person "
                    + receipt.person() + ", law version " + receipt.lawVersion() + ", library "
                    + receipt.libraryVersion() + ")\nMaybe the receipt was altered after the decision");
        }
        if (!receipt.libraryVersion().equals(Library.version())) {
            throw new IllegalArgumentException("the receipt was made by oralman " + receipt.libraryVersion()
                    + ", this is " + Library.version() + "\nMaybe replay with the library version "
                    + receipt.libraryVersion());
        }
        String caseHash = CaseJson.hash(c);
        if (!caseHash.equals(receipt.caseHash())) {
            throw new IllegalArgumentException("the case's hash " + caseHash + " differs from the receipt's "
                    + receipt.caseHash() + "\nMaybe the case was changed after the decision");
        }
        Decision d = decide(c, receipt.question(), receipt.asOf());
        if (!d.subject().equals(receipt.person())) {
            throw new IllegalArgumentException("the receipt is about person " + receipt.person() + ", the case's"
                    + " decision about " + d.subject());
        }
        if (!d.receipt().rulesetHash().equals(receipt.rulesetHash())
                || !d.receipt().lawVersion().equals(receipt.lawVersion())) {
            throw new IllegalArgumentException("ruleset " + d.receipt().lawVersion() + " (" + d.receipt().rulesetHash()
                    + ") differs from the receipt's " + receipt.lawVersion() + " (" + receipt.rulesetHash() + ")"
                    + "\nMaybe decide with the library version " + receipt.libraryVersion()
                    + " or the ruleset the receipt names");
        }
        if (!d.receipt().equals(receipt)) {
            throw new IllegalArgumentException("the replayed receipt " + d.receipt() + " differs from " + receipt);
        }
        return d;
    }

    /**
     * The status of a person on a date, read from the case's status history.
     *
     * @param c the case
     * @param person a person of the case
     * @param date the date
     * @return ACTIVE, EXPIRED, ENDED_BY_CITIZENSHIP, ENDED or NONE
     * @throws IllegalArgumentException if the person is not in the case
     */
    public StatusState statusOn(Case c, PersonId person, LocalDate date) {
        if (c.person(person).isEmpty()) {
            throw new IllegalArgumentException("person " + person + " is not a person of case " + c.id());
        }
        LocalDate oneOff = versionOn(date).map(v -> parameters(v).on(date).oneOff2019Until())
                .orElse(LocalDate.of(2019, 12, 31));
        return StatusHistory.standing(c, person, date, oneOff).state();
    }

    /**
     * The parameters of a version without compiling its rules when they are not compiled yet: reading
     * a status history needs one date, not a KieBase. Only a bundled engine can lack a compiled ruleset.
     */
    private ParameterTable parameters(LawVersion v) {
        Ruleset compiledRuleset = compiled.get(v.id());
        return compiledRuleset != null ? compiledRuleset.parameters() : BundledParameters.TABLE;
    }

    /** The bundled parameter table, read once on first use. */
    private static final class BundledParameters {
        static final ParameterTable TABLE = ParameterTable.parse(
                Ruleset.resource("kz/oralman/rules/parameters/parameters.json"), "parameters.json");
    }

    /** A pinned version reads the parameters of its own period: the date, clamped into it. */
    private static LocalDate within(LawVersion v, LocalDate date) {
        if (date.isBefore(v.from())) {
            return v.from();
        }
        return v.until().filter(u -> !date.isBefore(u)).map(u -> u.minusDays(1)).orElse(date);
    }

    private Decision outsideEncodedLaw(Case c, Question question, LocalDate asOf, String subject) {
        boolean before = versions.isEmpty() || asOf.isBefore(versions.get(0).from());
        String ruleId = before ? "SCOPE.BEFORE_ENCODED_LAW" : "SCOPE.AFTER_ENCODED_LAW";
        LegalReference basis = before
                ? new LegalReference(versions.isEmpty() ? LawBook.ACT : versions.get(0).act(), "", "", "", "", Confidence.PRIMARY)
                : new LegalReference("LAW-15-VIII-2023", "", "", "", "", Confidence.PRIMARY);
        String bound = before ? (versions.isEmpty() ? UNBOUNDED_PAST.toString() : versions.get(0).from().toString())
                : versions.get(versions.size() - 1).until().map(LocalDate::toString).orElse("");
        Reason reason = new Reason(ruleId, basis, "rule." + ruleId, Map.of("date", bound, "asOf", asOf.toString()),
                List.of());
        String lawVersion = before ? "none-before-" + bound : "none-from-" + bound;
        Receipt receipt = Receipt.of(Library.version(), lawVersion, "", CaseJson.hash(c), question, asOf, subject);
        return new Decision(c.id(), question, subject, asOf, Outcome.NOT_APPLICABLE, Optional.empty(), lawVersion,
                before ? "oralman" : "kandas", Authorities.on(asOf), Optional.empty(), List.of(reason), List.of(),
                receipt);
    }

    private Decision assemble(Case c, Question question, LocalDate asOf, String subject, Ruleset ruleset,
                              Session.Result result) {
        List<Verdict> verdicts = new ArrayList<>(result.verdicts());
        if (verdicts.isEmpty()) {
            throw new IllegalStateException("no decision rule concluded on case " + c.id() + " (" + question + ", "
                    + asOf + ", " + ruleset.version().id() + ")\nMaybe a condition's rules are not exhaustive");
        }
        verdicts.sort(Comparator.comparing(Verdict::outcome, Outcome.BY_PRECEDENCE).thenComparing(Verdict::ruleId)
                .thenComparing(v -> v.pointers().toString()));
        Verdict winner = verdicts.get(0);
        Outcome outcome = winner.outcome();
        List<Reason> reasons = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.outcome() != Outcome.NEEDS_EVIDENCE || outcome == Outcome.NEEDS_EVIDENCE) {
                reasons.add(reason(ruleset, v.ruleId(), v.arguments(), v.pointers()));
            }
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(Comparator.comparing(Finding::ruleId).thenComparing(Finding::person)
                .thenComparing(f -> f.pointers().toString()).thenComparing(f -> f.arguments().toString()));
        for (Finding f : findings) {
            reasons.add(reason(ruleset, f.ruleId(), f.arguments(), f.pointers()));
        }
        List<EvidenceRequest> requests = new ArrayList<>();
        if (outcome == Outcome.NEEDS_EVIDENCE || outcome == Outcome.REFERRED) {
            List<EvidenceNeed> needs = new ArrayList<>(result.needs());
            needs.sort(Comparator.comparing(EvidenceNeed::fact).thenComparing(EvidenceNeed::person)
                    .thenComparing(EvidenceNeed::ruleId).thenComparing(n -> n.pointers().toString())
                    .thenComparing(n -> n.documents().toString()));
            for (EvidenceNeed n : needs) {
                requests.add(new EvidenceRequest(n.fact(), n.person(), n.documents(), n.ruleId(),
                        info(ruleset, n.ruleId()).basis(), n.pointers()));
            }
        }
        Optional<LocalDateRange> term = Optional.empty();
        if (outcome == Outcome.GRANTED) {
            term = winner.grantedTerm();
        }
        Optional<ReferralBody> body = outcome == Outcome.REFERRED ? Optional.of(winner.body()) : Optional.empty();
        LawVersion version = ruleset.version();
        Authority authority = Authorities.on(asOf);
        Receipt receipt = Receipt.of(Library.version(), ruleset.lawVersionLabel(), ruleset.hash(), CaseJson.hash(c),
                question, asOf, subject);
        return new Decision(c.id(), question, subject, asOf, outcome, term, ruleset.lawVersionLabel(),
                version.terminology(),
                authority, body, reasons, requests, receipt);
    }

    private static RuleInfo info(Ruleset ruleset, String ruleId) {
        return ruleset.rule(ruleId).orElseThrow(() -> new IllegalStateException("rule " + ruleId
                + " is not in the catalogue of " + ruleset.version().id()));
    }

    private static Reason reason(Ruleset ruleset, String ruleId, Map<String, String> args, List<String> pointers) {
        return new Reason(ruleId, info(ruleset, ruleId).basis(), "rule." + ruleId, args, pointers);
    }
}
