package kz.oralman.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.oralman.model.Application;
import kz.oralman.model.Case;
import kz.oralman.model.Channel;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.Question;
import kz.oralman.model.RefusalFact;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.Region;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.StatusEventKind;
import kz.oralman.model.StatusState;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.ReferralBody;
import kz.oralman.rules.facts.Evidence;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.ParameterTable;
import kz.oralman.rules.facts.Terms;
import kz.oralman.rules.facts.Condition;
import kz.oralman.rules.facts.EvidenceNeed;
import kz.oralman.rules.facts.Finding;
import kz.oralman.rules.facts.LawParameters;
import kz.oralman.rules.facts.Verdict;

/**
 * The status logic of the DRL files (STATUS_ASSIGNMENT and STATUS_EXTENSION, every bundled law version)
 * written once more in plain Java: the baseline the engine's speed is measured against, and a second
 * implementation the engine is checked against ({@code PlainStatusLogicTest}).
 *
 * <p>It reads the same law book ({@link LawBook#bundled()}: which DRL files a version uses decides which
 * conditions apply) and the same parameter table ({@code parameters.json} through {@link ParameterTable}),
 * and it builds the same explanation objects the rules insert ({@link Verdict}, {@link Finding},
 * {@link EvidenceNeed}, with their arguments and JSON Pointers), combined the way the engine combines
 * them: the strongest verdict wins, its reasons first, then the findings, sorted. What it leaves out is
 * what is not status logic: legal references, message texts, the receipt and its SHA-256 of the case.
 *
 * <p>Immutable and thread-safe. The parameter values of a date are cached (they change on a handful of
 * dates); the engine reads them anew for every decision.
 */
public final class PlainStatusLogic {
    private static final Comparator<Verdict> VERDICT_ORDER = Comparator
            .comparing(Verdict::outcome, Outcome.BY_PRECEDENCE).thenComparing(Verdict::ruleId)
            .thenComparing(v -> v.pointers().toString());
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::person).thenComparing(f -> f.pointers().toString())
            .thenComparing(f -> f.arguments().toString());
    private static final Comparator<EvidenceNeed> NEED_ORDER = Comparator.comparing(EvidenceNeed::fact)
            .thenComparing(EvidenceNeed::person).thenComparing(EvidenceNeed::ruleId)
            .thenComparing(n -> n.pointers().toString()).thenComparing(n -> n.documents().toString());
    private static final LocalDate YEAR_2019 = LocalDate.of(2019, 1, 1);
    /** Law 226-VII: «вводится в действие с 01.07.2023»; from then a refused permit also ends the status. */
    private static final LocalDate PERMIT_REFUSAL_ENDS_FROM = LocalDate.of(2023, 7, 1);
    private static final String PARAMETERS = "kz/oralman/rules/parameters/parameters.json";

    /** One reason of a plain decision: the rule, its message arguments and the facts it rests on. */
    public record PlainReason(String ruleId, Map<String, String> arguments, List<String> pointers) {
    }

    /**
     * A plain decision.
     *
     * @param outcome the outcome
     * @param lawVersion the id of the law version applied, or the engine's "none-..." id outside the law
     * @param termFrom the first day of the status term, for GRANTED; else null
     * @param termTo the last day of the status term, for GRANTED; else null
     * @param referredTo the body referred to, for REFERRED; else null
     * @param reasons the reasons, in the engine's order
     * @param evidenceRequests the facts to establish, for NEEDS_EVIDENCE and REFERRED, in the engine's order
     */
    public record PlainDecision(Outcome outcome, String lawVersion, LocalDate termFrom, LocalDate termTo,
                                ReferralBody referredTo, List<PlainReason> reasons,
                                List<EvidenceNeed> evidenceRequests) {
        /** @return the rule ids of the reasons, in order */
        public List<String> ruleIds() {
            return reasons.stream().map(PlainReason::ruleId).toList();
        }
    }

    /** The status of the applicant on the governing date, as {@code StatusHistory} reads it. */
    private record Standing(StatusState state, LocalDate validUntil, List<LocalDate> extensionDates,
                            boolean extendedBy2019, List<String> pointers, StatusEndReason endReason,
                            LocalDate endedOn, List<String> unsettled, List<String> unsettledCitizenship) {
        Standing(StatusState state, LocalDate validUntil, List<LocalDate> extensionDates, boolean extendedBy2019,
                 List<String> pointers) {
            this(state, validUntil, extensionDates, extendedBy2019, pointers, null, null, List.of(), List.of());
        }

        int extensionsSince(LocalDate date) {
            int n = 0;
            for (LocalDate d : extensionDates) {
                if (!d.isBefore(date)) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Which conditions a law version has: its DRL files and the conditions it lists for each question, read
     * from the law book.
     */
    private record Wording(LawVersion version, boolean sovereignty2011, boolean nationalityUntil2024,
                           boolean neverCitizen2020, boolean commission2024, boolean regions2014,
                           boolean rights23, boolean law1997, boolean purpose2011, boolean arrival2020,
                           boolean extension, boolean extension2020, boolean lifecycle, boolean refusalsBefore2023,
                           boolean refusals2023, boolean family) {
        static Wording of(LawVersion v) {
            Set<String> f = new HashSet<>(v.drlFiles());
            return new Wording(v, f.contains("art01_sovereignty_2011.drl"), f.contains("art01_nationality_until2024.drl"),
                    f.contains("art01_never_citizen_2020.drl"), f.contains("art01_nationality_commission_2024.drl"),
                    f.contains("settlement_regions_2014.drl"), f.contains("art23_rights.drl"),
                    f.contains("law1997_status.drl"), f.contains("art01_purpose.drl"), f.contains("art01_arrival_2020.drl"),
                    f.contains("status_extension.drl"), f.contains("status_extension_2020.drl"),
                    f.contains("status_lifecycle.drl"), f.contains("common_refusal_grounds.drl"),
                    f.contains("art20_refusal_grounds_2023.drl"), f.contains("family_members.drl"));
        }
    }

    private final List<Wording> wordings;
    private final ParameterTable parameters;
    private final Map<LocalDate, LawParameters> byDate = new ConcurrentHashMap<>();

    private PlainStatusLogic(List<LawVersion> versions, ParameterTable parameters) {
        this.wordings = versions.stream().map(Wording::of).toList();
        this.parameters = parameters;
    }

    /**
     * The plain logic over the bundled law book and parameter table.
     *
     * @return the logic
     */
    public static PlainStatusLogic bundled() {
        try (InputStream in = PlainStatusLogic.class.getClassLoader().getResourceAsStream(PARAMETERS)) {
            if (in == null) {
                throw new IllegalStateException(PARAMETERS + " is missing from the class path");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PlainStatusLogic(LawBook.bundled(), ParameterTable.parse(json, "parameters.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decides the application's question on its filing date.
     *
     * @param c the case
     * @return the decision
     */
    public PlainDecision decide(Case c) {
        return decide(c, c.application().question(), c.application().filed());
    }

    /**
     * Decides a status question about the applicant under the law in force on a date.
     *
     * @param c the case
     * @param question STATUS_ASSIGNMENT or STATUS_EXTENSION
     * @param asOf the governing date
     * @return the decision
     */
    public PlainDecision decide(Case c, Question question, LocalDate asOf) {
        if (question != Question.STATUS_ASSIGNMENT && question != Question.STATUS_EXTENSION) {
            throw new UnsupportedOperationException("question " + question + " is not a status question");
        }
        Wording w = null;
        for (Wording candidate : wordings) {
            if (candidate.version().inForceOn(asOf)) {
                w = candidate;
                break;
            }
        }
        if (w == null) {
            return outsideEncodedLaw(asOf);
        }
        LawParameters params = byDate.computeIfAbsent(asOf, parameters::on);
        Application app = c.application();
        PersonId subjectId = app.applicant();
        String subject = subjectId.value();
        int index = indexOf(c, subjectId);
        Person p = c.persons().get(index);
        String ptr = "/persons/" + index;
        Standing s = standing(c, p, index, asOf, params.oneOff2019Until());
        boolean assign = question == Question.STATUS_ASSIGNMENT;

        List<Verdict> verdicts = new ArrayList<>(4);
        List<Finding> findings = new ArrayList<>(8);
        List<EvidenceNeed> needs = new ArrayList<>(4);
        Set<Condition> met = EnumSet.noneOf(Condition.class);
        if (w.law1997()) {
            // law1997_status.drl (with common_decision.drl): the 1997 law has no intake, refusal or lifecycle rules
            if (assign) {
                law1997(app, p, ptr, subject, asOf, params, s, verdicts, findings, needs, met);
            } else {
                verdicts.add(new Verdict("OR1997.EXTENSION_NOT_IN_LAW", Outcome.NOT_APPLICABLE, null, Map.of(),
                        List.of("/application/question")));
            }
            return combine(w, question, subject, asOf, params, s, assign, verdicts, findings, needs, met);
        }

        // common_scope.drl
        if (assign) {
            for (int j = 0; j < p.citizenships().size(); j++) {
                CitizenshipPeriod cp = p.citizenships().get(j);
                if (cp.country().isKazakhstan() && cp.heldOn(asOf)) {
                    String cptr = ptr + "/citizenships/" + j;
                    if (establishedOrDeclared(cp.evidence())) {
                        verdicts.add(new Verdict("SCOPE.CITIZEN_OF_KAZAKHSTAN", Outcome.NOT_APPLICABLE, null,
                                Map.of("since", cp.period().getStart().toString()), List.of(cptr)));
                    } else {
                        needs.add(new EvidenceNeed("SCOPE.CITIZENSHIP_UNSETTLED", "citizenship.current", subject,
                                List.of("document.CITIZENSHIP_REGISTER_CHECK"), List.of(cptr)));
                    }
                }
            }
        }
        // common_intake.drl
        EvidenceStatus complete = app.documentPackage().complete();
        EvidenceStatus inDate = app.documentPackage().inDate();
        boolean packageAccepted = complete == EvidenceStatus.VERIFIED && inDate == EvidenceStatus.VERIFIED;
        if (packageAccepted) {
            met.add(Condition.PACKAGE_ACCEPTED);
            findings.add(finding("INTAKE.PACKAGE_ACCEPTED", subject, Map.of(), "/application/documentPackage"));
            Integer days = params.processingWorkingDays();
            if (days != null && days > 0) {
                findings.add(finding("INTAKE.PROCESSING_TIME", subject, Map.of("days", String.valueOf(days)),
                        "/application/filed"));
            }
        }
        if (complete == EvidenceStatus.CONTESTED) {
            verdicts.add(verdict("INTAKE.PACKAGE_INCOMPLETE", Outcome.REFUSED, Map.of(),
                    "/application/documentPackage/complete"));
        }
        if (inDate == EvidenceStatus.CONTESTED) {
            verdicts.add(verdict("INTAKE.DOCUMENTS_EXPIRED", Outcome.REFUSED, Map.of(),
                    "/application/documentPackage/inDate"));
        }
        if (unchecked(complete) || unchecked(inDate)) {
            needs.add(new EvidenceNeed("INTAKE.PACKAGE_UNCHECKED", "intake.package", subject,
                    List.of("document.INTAKE_CHECK"), List.of("/application/documentPackage")));
        }
        // common_refusal_grounds.drl before the Art. 20 list, art20_refusal_grounds_2023.drl from it
        Boolean statutory = statutoryList(asOf);
        if (w.refusalsBefore2023() && !Boolean.TRUE.equals(statutory)) {
            refusalsBeforeTheList(app, subjectId, verdicts, findings, needs);
        }
        if (w.refusals2023() && !Boolean.FALSE.equals(statutory)) {
            refusalsOfTheList(app, p, ptr, subjectId, verdicts, findings, needs);
        }
        if (assign) {
            assignmentConditions(w, app, p, ptr, subject, asOf, params, s, verdicts, findings, needs, met);
            // family_members.drl: the applicant's own verified document records another nationality
            if (w.family() && p.establishedNonKazakh()) {
                verdicts.add(verdict("FAMILY.OTHER_NATIONALITY", Outcome.REFUSED, Map.of(), ptr + "/nationalityClaims"));
            }
        }
        // status_lifecycle.drl
        if (w.lifecycle() && s.extendedBy2019()) {
            findings.add(new Finding("LIFECYCLE.ONE_OFF_2019_EXTENSION", subject,
                    Map.of("until", s.validUntil().toString()), s.pointers()));
        }
        if (s.state() == StatusState.ENDED && s.endReason() == StatusEndReason.PERMIT_REFUSED_OR_ANNULLED) {
            findings.add(new Finding("LIFECYCLE.ENDED_BY_PERMIT", subject, Map.of("date", String.valueOf(s.endedOn())),
                    s.pointers()));
        }
        if (s.endReason() != null && !s.endReason().isArticle25Ground()) {
            findings.add(new Finding("LIFECYCLE.END_NOT_ARTICLE_25", subject, Map.of("endReason", s.endReason().name(),
                    "date", String.valueOf(s.endedOn())), s.pointers()));
        }
        if (w.lifecycle() && s.state() == StatusState.ACTIVE && !s.unsettledCitizenship().isEmpty()) {
            needs.add(new EvidenceNeed("LIFECYCLE.CITIZENSHIP_UNSETTLED", "citizenship.acquired", subject,
                    List.of("document.CITIZENSHIP_REGISTER_CHECK"), s.unsettledCitizenship()));
        }
        if (s.state() == StatusState.ACTIVE && !s.unsettled().isEmpty()) {
            needs.add(new EvidenceNeed("LIFECYCLE.PERMIT_DECISION_UNSETTLED", "status.permitDecision", subject,
                    List.of("document.PERMIT_DECISION"), s.unsettled()));
        }
        if (!assign) {
            if (w.lifecycle() && s.state() == StatusState.ENDED_BY_CITIZENSHIP) {
                verdicts.add(new Verdict("LIFECYCLE.ENDED_BY_CITIZENSHIP", Outcome.NOT_APPLICABLE, null, Map.of(),
                        s.pointers()));
            }
            if (w.extension()) {
                extensionConditions(app, subject, params, s, verdicts, findings, needs, met);
            } else {
                // status_extension_none.drl: no extension before Law No. 147-VI
                verdicts.add(new Verdict("EXTEND.NOT_IN_LAW", Outcome.NOT_APPLICABLE, null, Map.of(),
                        List.of("/application/question")));
            }
            if (w.extension2020()) {
                extension2020(p, ptr, subject, asOf, findings, needs, met);
            }
        }
        return combine(w, question, subject, asOf, params, s, assign, verdicts, findings, needs, met);
    }

    /**
     * common_decision.drl, the GRANT rules (a grant needs every condition the version lists for the question)
     * and art23_rights.drl: they read the conclusions above.
     */
    private PlainDecision combine(Wording w, Question question, String subject, LocalDate asOf, LawParameters params,
                                  Standing s, boolean assign, List<Verdict> verdicts, List<Finding> findings,
                                  List<EvidenceNeed> needs, Set<Condition> met) {
        List<Condition> required = w.version().conditions(question);
        boolean onlyNeeds = verdicts.stream().allMatch(v -> v.outcome() == Outcome.NEEDS_EVIDENCE);
        if (onlyNeeds && needs.isEmpty()) {
            for (Condition c : required) {
                if (!met.contains(c)) {
                    needs.add(new EvidenceNeed("DECISION.CONDITION_NOT_ESTABLISHED", "condition." + c.name(), subject,
                            List.of("document.CONDITION_EVIDENCE"), List.of("/application")));
                }
            }
        }
        if (!needs.isEmpty()) {
            verdicts.add(verdict("DECISION.NEEDS_EVIDENCE", Outcome.NEEDS_EVIDENCE, Map.of(), "/application"));
        } else if (!required.isEmpty() && met.containsAll(required) && noRefusingVerdict(verdicts)) {
            if (assign && w.law1997()) {
                verdicts.add(new Verdict("OR1997.ASSIGN.GRANT", Outcome.GRANTED, null,
                        Map.of("from", asOf.toString()), List.of("/application")));
            } else if (assign) {
                verdicts.add(grant("STATUS.ASSIGN.GRANT", Terms.term(asOf, params.statusTerm()),
                        params.statusTerm().toString(), List.of("/application")));
            } else if (s.state() == StatusState.ACTIVE) {
                LocalDate from = s.validUntil().plusDays(1);
                verdicts.add(grant("STATUS.EXTEND.GRANT", Terms.term(from, params.extensionMaxTerm()),
                        params.extensionMaxTerm().toString(), s.pointers()));
            }
        }
        if (assign && w.version().drlFiles().contains("rights_1997.drl") && !verdicts.isEmpty()
                && verdicts.stream().allMatch(v -> v.outcome() == Outcome.GRANTED)) {
            // rights_1997.drl: the rights the 1997 law gives an oralman (Art. 15 p.1, 24 sp4, 29-3, 36)
            for (String right : List.of("RIGHTS1997.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY", "RIGHTS1997.BENEFITS",
                    "RIGHTS1997.MEDICAL_CARE", "RIGHTS1997.SCHOOL_AND_PRESCHOOL", "RIGHTS1997.NO_FEES")) {
                findings.add(finding(right, subject, Map.of(), "/application"));
            }
        }
        if (w.rights23() && granted(verdicts)) {
            // art23_rights.drl: the rights a granted or extended status opens
            findings.add(finding("RIGHTS.PERMANENT_RESIDENCE_WITHOUT_SOLVENCY", subject, Map.of(), "/application"));
            for (String right : RIGHTS) {
                findings.add(finding(right, subject, Map.of(), "/application"));
            }
        }
        return assemble(w.version().id(), verdicts, findings, needs);
    }

    /** Whether the Art. 20 list of 2023 governs the date (parameter refusal.art20ListFrom); null without it. */
    private Boolean statutoryList(LocalDate asOf) {
        return parameters.get("refusal.art20ListFrom").map(p -> p.on(asOf)
                .map(v -> !asOf.isBefore(LocalDate.parse(v.value()))).orElse(false)).orElse(null);
    }

    private static final Set<RefusalGround> COMPROMISING = java.util.EnumSet.of(RefusalGround.SECURITY_THREAT,
            RefusalGround.CONVICTION, RefusalGround.OFFENCE, RefusalGround.TERRORIST_OR_EXTREMIST_MEMBERSHIP);
    private static final Set<RefusalGround> FALSE_DOCUMENTS = java.util.EnumSet.of(RefusalGround.FORGED_DOCUMENTS,
            RefusalGround.UNRELIABLE_DOCUMENTS_OR_DATA);

    /** common_refusal_grounds.drl: no statutory list; false documents, and compromising information on the embassy route. */
    private static void refusalsBeforeTheList(Application app, PersonId subjectId, List<Verdict> verdicts,
                                              List<Finding> findings, List<EvidenceNeed> needs) {
        boolean embassy = app.channel() == kz.oralman.model.Channel.EMBASSY;
        String subject = subjectId.value();
        for (int i = 0; i < app.refusalFacts().size(); i++) {
            RefusalFact r = app.refusalFacts().get(i);
            if (!r.person().equals(subjectId)) {
                continue;
            }
            String rptr = "/application/refusalFacts/" + i;
            boolean verified = r.evidence() == EvidenceStatus.VERIFIED;
            boolean counts = FALSE_DOCUMENTS.contains(r.ground()) || (embassy && COMPROMISING.contains(r.ground()));
            if (verified && FALSE_DOCUMENTS.contains(r.ground())) {
                verdicts.add(verdict("REFUSAL.GROUND_ESTABLISHED", Outcome.REFUSED, Map.of("ground", r.ground().name()),
                        rptr));
            }
            if (verified && embassy && COMPROMISING.contains(r.ground())) {
                verdicts.add(new Verdict("REFUSAL.COMPROMISING_INFORMATION_FOREIGN_MISSION", Outcome.REFUSED, null,
                        Map.of("ground", r.ground().name()), List.of(rptr, "/application/channel")));
            }
            if (r.ground() == RefusalGround.EXPULSION || r.ground() == RefusalGround.ENTRY_BAN
                    || (!embassy && COMPROMISING.contains(r.ground()))) {
                findings.add(finding("REFUSAL.NOT_A_GROUND_BEFORE_2023", subject, Map.of("ground", r.ground().name()),
                        rptr));
            }
            if (!verified && counts) {
                needs.add(new EvidenceNeed("REFUSAL.GROUND_UNSETTLED", "refusal." + r.ground().name(), subject,
                        List.of("document.OFFICIAL_CHECK_" + r.ground().name()), List.of(rptr)));
            }
        }
    }

    /** art20_refusal_grounds_2023.drl for the status questions (ground 5 concerns the quota only). */
    private static void refusalsOfTheList(Application app, Person p, String ptr, PersonId subjectId,
                                          List<Verdict> verdicts, List<Finding> findings, List<EvidenceNeed> needs) {
        String subject = subjectId.value();
        for (int i = 0; i < app.refusalFacts().size(); i++) {
            RefusalFact r = app.refusalFacts().get(i);
            if (!r.person().equals(subjectId)) {
                continue;
            }
            String rptr = "/application/refusalFacts/" + i;
            RefusalGround g = r.ground();
            boolean verified = r.evidence() == EvidenceStatus.VERIFIED;
            boolean offence = g == RefusalGround.OFFENCE || g == RefusalGround.CONVICTION;
            boolean inKazakhstan = r.place().map(kz.oralman.model.CountryCode::isKazakhstan).orElse(false);
            if (verified && FALSE_DOCUMENTS.contains(g)) {
                verdicts.add(verdict("ART20.UNRELIABLE_DOCUMENTS", Outcome.REFUSED, Map.of("ground", g.name()), rptr));
            }
            if (verified && offence && inKazakhstan) {
                verdicts.add(verdict("ART20.OFFENCE_IN_KAZAKHSTAN", Outcome.REFUSED, Map.of("ground", g.name()), rptr));
            }
            if (offence && r.place().isPresent() && !inKazakhstan) {
                findings.add(finding("ART20.OFFENCE_ABROAD", subject, Map.of("ground", g.name(),
                        "place", r.place().get().code()), rptr));
            }
            if (offence && r.place().isEmpty()) {
                needs.add(new EvidenceNeed("ART20.OFFENCE_PLACE_UNKNOWN", "refusal.offencePlace", subject,
                        List.of("document.OFFICIAL_CHECK_OFFENCE"), List.of(rptr)));
            }
            if (verified && g == RefusalGround.TERRORIST_OR_EXTREMIST_MEMBERSHIP) {
                verdicts.add(verdict("ART20.TERRORIST_OR_EXTREMIST_MEMBERSHIP", Outcome.REFUSED,
                        Map.of("ground", g.name()), rptr));
            }
            if (g == RefusalGround.SECURITY_THREAT) {
                needs.add(new EvidenceNeed("ART20.SECURITY_THREAT_UNCLASSIFIED",
                        "refusal.TERRORIST_OR_EXTREMIST_MEMBERSHIP", subject,
                        List.of("document.OFFICIAL_CHECK_TERRORIST_OR_EXTREMIST_MEMBERSHIP",
                                "document.OFFICIAL_CHECK_OFFENCE"), List.of(rptr)));
            }
            if (!verified && (FALSE_DOCUMENTS.contains(g) || g == RefusalGround.TERRORIST_OR_EXTREMIST_MEMBERSHIP
                    || (offence && inKazakhstan))) {
                needs.add(new EvidenceNeed("ART20.GROUND_UNSETTLED", "refusal." + g.name(), subject,
                        List.of("document.OFFICIAL_CHECK_" + g.name()), List.of(rptr)));
            }
            if (g == RefusalGround.EXPULSION || g == RefusalGround.ENTRY_BAN) {
                findings.add(finding("ART20.NOT_A_STATUS_GROUND", subject, Map.of("ground", g.name()), rptr));
            }
        }
        p.personalDataConsent().ifPresent(consent -> {
            String cptr = ptr + "/personalDataConsent";
            if (consent == kz.oralman.model.ConsentStatus.REFUSED) {
                verdicts.add(verdict("ART20.NO_CONSENT", Outcome.REFUSED, Map.of(), cptr));
            } else if (consent == kz.oralman.model.ConsentStatus.UNKNOWN) {
                needs.add(new EvidenceNeed("ART20.CONSENT_UNKNOWN", "refusal.personalDataConsent", subject,
                        List.of("document.PERSONAL_DATA_CONSENT"), List.of(cptr)));
            }
        });
    }

    private static final List<String> RIGHTS = List.of("RIGHTS.FREE_ADAPTATION_SERVICES", "RIGHTS.MEDICAL_CARE",
            "RIGHTS.SCHOOL_AND_PRESCHOOL", "RIGHTS.HIGHER_EDUCATION_QUOTA", "RIGHTS.SOCIAL_PROTECTION",
            "RIGHTS.SIMPLIFIED_CITIZENSHIP", "RIGHTS.REGIONAL_QUOTA_SUPPORT");

    private static boolean granted(List<Verdict> verdicts) {
        for (Verdict v : verdicts) {
            if (v.ruleId().equals("STATUS.ASSIGN.GRANT") || v.ruleId().equals("STATUS.EXTEND.GRANT")) {
                return true;
            }
        }
        return false;
    }

    /** law1997_status.drl, the status assignment under the 1997 law. */
    private static void law1997(Application app, Person p, String ptr, String subject, LocalDate asOf,
                                LawParameters params, Standing s, List<Verdict> verdicts, List<Finding> findings,
                                List<EvidenceNeed> needs, Set<Condition> met) {
        for (int j = 0; j < p.citizenships().size(); j++) {
            CitizenshipPeriod cp = p.citizenships().get(j);
            if (cp.country().isKazakhstan() && cp.heldOn(asOf) && establishedOrDeclared(cp.evidence())) {
                verdicts.add(verdict("OR1997.CITIZEN_OF_KAZAKHSTAN", Outcome.NOT_APPLICABLE,
                        Map.of("since", cp.period().getStart().toString()), ptr + "/citizenships/" + j));
            }
        }
        List<NationalityClaim> claims = p.nationalityClaims();
        for (int j = 0; j < claims.size(); j++) {
            NationalityClaim claim = claims.get(j);
            if (claim.document() != NationalityDocument.COMMISSION_DETERMINATION
                    && claim.evidence() == EvidenceStatus.VERIFIED) {
                met.add(Condition.NATIONALITY_ESTABLISHED);
                findings.add(new Finding("OR1997.NATIONALITY_BY_DOCUMENT", subject,
                        Map.of("document", claim.document().name(), "whose", claim.whose().name()),
                        List.of(ptr + "/nationalityClaims/" + j)));
            }
        }
        if (!met.contains(Condition.NATIONALITY_ESTABLISHED)) {
            needs.add(new EvidenceNeed("OR1997.NATIONALITY_NOT_ESTABLISHED", "nationality.kazakh", subject,
                    Evidence.nationalityDocuments(p), List.of(ptr + "/nationalityClaims")));
        }
        LocalDate cutoff = params.sovereigntyCutoff();
        boolean inKazakhstan = false;
        for (int j = 0; j < p.residences().size(); j++) {
            ResidencePeriod r = p.residences().get(j);
            if (r.kind() != ResidenceKind.PERMANENT || r.evidence() != EvidenceStatus.VERIFIED || !r.covers(cutoff)) {
                continue;
            }
            String rptr = ptr + "/residences/" + j;
            if (r.country().isKazakhstan()) {
                inKazakhstan = true;
                verdicts.add(verdict("OR1997.RESIDED_IN_KAZAKHSTAN_AT_SOVEREIGNTY", Outcome.REFUSED,
                        Map.of("cutoff", cutoff.toString()), rptr));
            } else {
                met.add(Condition.RESIDED_ABROAD_AT_SOVEREIGNTY);
                findings.add(new Finding("OR1997.RESIDED_ABROAD_AT_SOVEREIGNTY", subject,
                        Map.of("cutoff", cutoff.toString(), "country", r.country().code()), List.of(rptr)));
            }
        }
        boolean bornAfter = p.birthDate().isAfter(cutoff);
        if (bornAfter) {
            verdicts.add(verdict("OR1997.BORN_AFTER_SOVEREIGNTY", Outcome.REFUSED, Map.of("cutoff", cutoff.toString()),
                    ptr + "/birthDate"));
        } else if (!met.contains(Condition.RESIDED_ABROAD_AT_SOVEREIGNTY) && !inKazakhstan) {
            needs.add(new EvidenceNeed("OR1997.RESIDENCE_AT_SOVEREIGNTY_UNSETTLED", "residence.atSovereignty", subject,
                    List.of("document.RESIDENCE_RECORD_AT_SOVEREIGNTY"), List.of(ptr + "/residences")));
        }
        switch (app.purpose()) {
            case PERMANENT_RESIDENCE -> {
                met.add(Condition.ARRIVAL_PURPOSE);
                findings.add(finding("OR1997.PURPOSE_PERMANENT_RESIDENCE", subject, Map.of(), "/application/purpose"));
            }
            case TEMPORARY -> verdicts.add(verdict("OR1997.PURPOSE_TEMPORARY", Outcome.REFUSED, Map.of(),
                    "/application/purpose"));
            case NOT_STATED -> needs.add(new EvidenceNeed("OR1997.PURPOSE_NOT_STATED", "application.purpose", subject,
                    List.of("document.DECLARATION_OF_PURPOSE"), List.of("/application/purpose")));
        }
        findings.add(finding("OR1997.DECISION_WITHIN_TWO_MONTHS", subject, Map.of("months", "2"), "/application/filed"));
        if (s.state() == StatusState.ACTIVE) {
            verdicts.add(new Verdict("OR1997.ALREADY_HOLDER", Outcome.NOT_APPLICABLE, null, Map.of(), s.pointers()));
        }
    }

    /** status_extension_2020.drl: only those permanently residing in Kazakhstan (Art. 21 p.2, 327-VI). */
    private static void extension2020(Person p, String ptr, String subject, LocalDate asOf, List<Finding> findings,
                                      List<EvidenceNeed> needs, Set<Condition> met) {
        for (int j = 0; j < p.residences().size(); j++) {
            ResidencePeriod r = p.residences().get(j);
            if (r.kind() == ResidenceKind.PERMANENT && r.country().isKazakhstan() && r.covers(asOf)
                    && establishedOrDeclared(r.evidence())) {
                met.add(Condition.PERMANENT_RESIDENT_IN_KAZAKHSTAN);
                findings.add(finding("EXTEND2020.PERMANENT_RESIDENT", subject, Map.of(), ptr + "/residences/" + j));
            }
        }
        if (!met.contains(Condition.PERMANENT_RESIDENT_IN_KAZAKHSTAN)) {
            needs.add(new EvidenceNeed("EXTEND2020.PERMANENT_RESIDENCE_NOT_ESTABLISHED", "residence.kazakhstan", subject,
                    List.of("document.PERMANENT_RESIDENCE_PERMIT"), List.of(ptr + "/residences")));
        }
    }

    private static void assignmentConditions(Wording w, Application app, Person p, String ptr, String subject,
                                             LocalDate asOf, LawParameters params, Standing s, List<Verdict> verdicts,
                                             List<Finding> findings, List<EvidenceNeed> needs, Set<Condition> met) {
        // art01_nationality.drl and art01_nationality_commission_2024.drl
        List<NationalityClaim> claims = p.nationalityClaims();
        boolean byDocument = false;
        boolean byCommission = false;
        boolean anyNotContested = false;
        boolean anyCommission = false;
        boolean anyDocumentNotContested = false;
        for (int j = 0; j < claims.size(); j++) {
            NationalityClaim claim = claims.get(j);
            boolean commission = claim.document() == NationalityDocument.COMMISSION_DETERMINATION;
            anyCommission |= commission;
            anyNotContested |= claim.evidence() != EvidenceStatus.CONTESTED;
            anyDocumentNotContested |= !commission && claim.kazakh() && claim.evidence() != EvidenceStatus.CONTESTED;
            if (claim.evidence() != EvidenceStatus.VERIFIED) {
                continue;
            }
            if (!commission && claim.kazakh()) {
                byDocument = true;
                met.add(Condition.NATIONALITY_ESTABLISHED);
                findings.add(new Finding("NATIONALITY.ESTABLISHED_BY_DOCUMENT", subject,
                        Map.of("document", claim.document().name(), "whose", claim.whose().name()),
                        List.of(ptr + "/nationalityClaims/" + j)));
            } else if (w.commission2024()) {
                byCommission = true;
                met.add(Condition.NATIONALITY_ESTABLISHED);
                findings.add(finding("NATIONALITY.ESTABLISHED_BY_COMMISSION", subject, Map.of(),
                        ptr + "/nationalityClaims/" + j));
            }
        }
        for (int j = 0; j < claims.size(); j++) {
            NationalityClaim claim = claims.get(j);
            boolean commission = claim.document() == NationalityDocument.COMMISSION_DETERMINATION;
            String cptr = ptr + "/nationalityClaims/" + j;
            if (!commission && claim.kazakh() && !byDocument && !byCommission && unchecked(claim.evidence())) {
                needs.add(new EvidenceNeed("NATIONALITY.CLAIM_UNVERIFIED", "nationality.kazakh", subject,
                        List.of("document." + claim.document().name()), List.of(cptr)));
            }
            if (commission && w.commission2024() && !byDocument) {
                if (unchecked(claim.evidence())) {
                    needs.add(new EvidenceNeed("NATIONALITY.COMMISSION_PENDING", "nationality.commission", subject,
                            List.of("document.COMMISSION_DETERMINATION"), List.of(cptr)));
                } else if (claim.evidence() == EvidenceStatus.CONTESTED) {
                    verdicts.add(verdict("NATIONALITY.DENIED_BY_COMMISSION", Outcome.REFUSED, Map.of(), cptr));
                }
            }
        }
        if (w.commission2024() && !anyNotContested && !anyCommission) {
            verdicts.add(new Verdict("NATIONALITY.REFER_TO_COMMISSION", Outcome.REFERRED,
                    ReferralBody.NATIONALITY_COMMISSION, Map.of("body", ReferralBody.NATIONALITY_COMMISSION.name()),
                    List.of(ptr + "/nationalityClaims")));
        }
        // art01_nationality_until2024.drl
        if (w.nationalityUntil2024() && !anyDocumentNotContested) {
            needs.add(new EvidenceNeed("NATIONALITY.NO_DOCUMENT", "nationality.kazakh", subject,
                    Evidence.nationalityDocuments(p), List.of(ptr + "/nationalityClaims")));
        }
        // art01_purpose.drl (2011 to Law No. 327-VI)
        if (w.purpose2011()) {
            switch (app.purpose()) {
                case PERMANENT_RESIDENCE -> {
                    met.add(Condition.ARRIVAL_PURPOSE);
                    findings.add(finding("PURPOSE.PERMANENT_RESIDENCE", subject, Map.of(), "/application/purpose"));
                }
                case TEMPORARY -> verdicts.add(verdict("PURPOSE.TEMPORARY", Outcome.REFUSED, Map.of(),
                        "/application/purpose"));
                case NOT_STATED -> needs.add(new EvidenceNeed("PURPOSE.NOT_STATED", "application.purpose", subject,
                        List.of("document.DECLARATION_OF_PURPOSE"), List.of("/application/purpose")));
            }
        }
        // art01_arrival_2020.drl (Law No. 327-VI to Law No. 223-VII)
        if (w.arrival2020()) {
            boolean filedHere = app.channel() == Channel.LOCAL_EXECUTIVE_BODY
                    || app.channel() == Channel.CITIZENS_SERVICE_CENTRE;
            boolean residesHere = false;
            for (ResidencePeriod r : p.residences()) {
                residesHere |= r.country().isKazakhstan() && r.covers(asOf) && establishedOrDeclared(r.evidence());
            }
            if (filedHere || residesHere) {
                met.add(Condition.ARRIVAL_PURPOSE);
                findings.add(finding("ARRIVAL2020.ARRIVED_IN_HOMELAND", subject,
                        Map.of("channel", app.channel().name()), "/application/channel"));
            } else {
                needs.add(new EvidenceNeed("ARRIVAL2020.ARRIVAL_NOT_ESTABLISHED", "arrival.homeland", subject,
                        List.of("document.ENTRY_RECORD"), List.of("/application/channel")));
            }
        }
        // status_assignment.drl
        if (s.state() == StatusState.ACTIVE) {
            verdicts.add(new Verdict("STATUS.ASSIGN.ALREADY_ACTIVE", Outcome.NOT_APPLICABLE, null,
                    Map.of("until", s.validUntil().toString()), s.pointers()));
        }
        if (w.sovereignty2011()) {
            sovereignty2011(p, ptr, subject, params, verdicts, findings, needs, met);
        }
        if (w.neverCitizen2020()) {
            neverCitizen2020(p, ptr, subject, asOf, params, verdicts, findings, needs, met);
        }
        if (w.regions2014()) {
            // settlement_regions_2014.drl
            Optional<Region> intended = app.intendedRegion();
            if (intended.isEmpty()) {
                needs.add(new EvidenceNeed("REGION2014.REGION_NOT_STATED", "application.intendedRegion", subject,
                        List.of("document.DECLARATION_OF_REGION"), List.of("/application")));
            } else {
                Region r = intended.get().asOn(asOf);
                if (params.designated(r)) {
                    met.add(Condition.SETTLEMENT_REGION);
                    findings.add(finding("REGION2014.DESIGNATED_REGION", subject, Map.of("region", r.name()),
                            "/application/intendedRegion"));
                } else {
                    verdicts.add(verdict("REGION2014.OTHER_REGION", Outcome.REFUSED, Map.of("region", r.name()),
                            "/application/intendedRegion"));
                }
            }
        }
    }

    /** art01_sovereignty_2011.drl */
    private static void sovereignty2011(Person p, String ptr, String subject, LawParameters params,
                                        List<Verdict> verdicts, List<Finding> findings, List<EvidenceNeed> needs,
                                        Set<Condition> met) {
        LocalDate cutoff = params.sovereigntyCutoff();
        boolean abroad = false;
        boolean child = false;
        boolean inKazakhstan = false;
        boolean bornAfter = p.birthDate().isAfter(cutoff);
        List<ResidencePeriod> residences = p.residences();
        for (int j = 0; j < residences.size(); j++) {
            ResidencePeriod r = residences.get(j);
            if (r.kind() != ResidenceKind.PERMANENT || r.evidence() != EvidenceStatus.VERIFIED) {
                continue;
            }
            String rptr = ptr + "/residences/" + j;
            if (r.country().isKazakhstan()) {
                if (r.covers(cutoff)) {
                    inKazakhstan = true;
                    verdicts.add(verdict("OR2011.RESIDED_IN_KAZAKHSTAN_AT_SOVEREIGNTY", Outcome.REFUSED,
                            Map.of("cutoff", cutoff.toString()), rptr));
                }
                continue;
            }
            if (r.covers(cutoff)) {
                abroad = true;
                findings.add(new Finding("OR2011.RESIDED_ABROAD_AT_SOVEREIGNTY", subject,
                        Map.of("cutoff", cutoff.toString(), "country", r.country().code()), List.of(rptr)));
            }
            if (bornAfter && r.covers(p.birthDate())) {
                child = true;
                findings.add(new Finding("OR2011.CHILD_BORN_ABROAD_AFTER_SOVEREIGNTY", subject,
                        Map.of("cutoff", cutoff.toString(), "country", r.country().code()),
                        List.of(ptr + "/birthDate", rptr)));
            }
        }
        if (abroad || child) {
            met.add(Condition.RESIDED_ABROAD_AT_SOVEREIGNTY);
        }
        if (!abroad && !child && !inKazakhstan) {
            needs.add(new EvidenceNeed("OR2011.RESIDENCE_AT_SOVEREIGNTY_UNSETTLED", "residence.atSovereignty", subject,
                    List.of("document.RESIDENCE_RECORD_AT_SOVEREIGNTY"), List.of(ptr + "/residences")));
        }
    }

    /** art01_never_citizen_2020.drl */
    private static void neverCitizen2020(Person p, String ptr, String subject, LocalDate asOf, LawParameters params,
                                         List<Verdict> verdicts, List<Finding> findings, List<EvidenceNeed> needs,
                                         Set<Condition> met) {
        boolean everKazakhstan = false;
        for (int j = 0; j < p.citizenships().size(); j++) {
            CitizenshipPeriod cp = p.citizenships().get(j);
            if (!cp.country().isKazakhstan()) {
                continue;
            }
            everKazakhstan = true;
            if (cp.heldOn(asOf)) {
                continue;
            }
            String cptr = ptr + "/citizenships/" + j;
            if (establishedOrDeclared(cp.evidence())) {
                verdicts.add(verdict("KANDAS2020.FORMER_CITIZEN", Outcome.REFUSED,
                        Map.of("since", cp.period().getStart().toString()), cptr));
            } else {
                needs.add(new EvidenceNeed("KANDAS2020.FORMER_CITIZENSHIP_UNSETTLED", "citizenship.neverKazakhstan",
                        subject, List.of("document.CITIZENSHIP_REGISTER_CHECK"), List.of(cptr)));
            }
        }
        if (everKazakhstan) {
            return;
        }
        met.add(Condition.NEVER_CITIZEN);
        findings.add(finding("KANDAS2020.NEVER_CITIZEN", subject, Map.of(), ptr + "/citizenships"));
        LocalDate lawDate = params.citizenshipLawDate();
        for (int j = 0; j < p.residences().size(); j++) {
            ResidencePeriod r = p.residences().get(j);
            if (r.kind() == ResidenceKind.PERMANENT && r.country().isKazakhstan() && r.covers(lawDate)
                    && establishedOrDeclared(r.evidence())) {
                needs.add(new EvidenceNeed("KANDAS2020.RESIDED_IN_KAZAKHSTAN_WHEN_CITIZENSHIP_LAW_ADOPTED",
                        "citizenship.neverKazakhstan", subject, List.of("document.CITIZENSHIP_REGISTER_CHECK"),
                        List.of(ptr + "/residences/" + j)));
            }
        }
    }

    /** status_extension.drl, but for the GRANT rule. */
    private static void extensionConditions(Application app, String subject, LawParameters params, Standing s,
                                            List<Verdict> verdicts, List<Finding> findings, List<EvidenceNeed> needs,
                                            Set<Condition> met) {
        switch (s.state()) {
            case ENDED_BY_CITIZENSHIP -> {
                // status_lifecycle.drl concludes; status_extension.drl has nothing to add
            }
            case ACTIVE -> {
                met.add(Condition.STATUS_HOLDER);
                findings.add(new Finding("STATUS.EXTEND.ACTIVE", subject, Map.of("until", s.validUntil().toString()),
                        s.pointers()));
                int since = s.extensionsSince(params.extensionCountFrom());
                if (since >= params.extensionMaxCount()) {
                    verdicts.add(new Verdict("STATUS.EXTEND.LIMIT_REACHED", Outcome.REFUSED, null,
                            Map.of("extensions", String.valueOf(since), "max", String.valueOf(params.extensionMaxCount()),
                                    "countFrom", params.extensionCountFrom().toString()), s.pointers()));
                }
            }
            default -> verdicts.add(new Verdict("STATUS.EXTEND.NOT_ACTIVE", Outcome.REFUSED, null,
                    Map.of("state", s.state().name()),
                    s.pointers().isEmpty() ? List.of("/application/statusHistory") : s.pointers()));
        }
        if (app.citizenshipApplication().isPresent()) {
            met.add(Condition.CITIZENSHIP_PURPOSE);
            findings.add(finding("STATUS.EXTEND.FOR_CITIZENSHIP", subject, Map.of(),
                    "/application/citizenshipApplication"));
        } else {
            needs.add(new EvidenceNeed("STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION", "citizenship.application", subject,
                    List.of("document.CITIZENSHIP_APPLICATION_RECEIPT"), List.of("/application")));
        }
    }

    /** StatusHistory.standing of the rules module, for the applicant. */
    private static Standing standing(Case c, Person p, int index, LocalDate date, LocalDate oneOff2019Until) {
        List<StatusEvent> history = c.application().statusHistory();
        if (history.isEmpty()) {
            return new Standing(StatusState.NONE, null, List.of(), false, List.of());
        }
        LocalDate grantedOn = null;
        LocalDate validUntil = null;
        List<LocalDate> extensions = new ArrayList<>();
        StatusEndReason ended = null;
        LocalDate endedOn = null;
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusEvent e = history.get(i);
            if (!e.person().equals(p.id()) || e.date().isAfter(date)) {
                continue;
            }
            String pointer = "/application/statusHistory/" + i;
            if (e.kind() == StatusEventKind.GRANTED) {
                grantedOn = e.date();
                validUntil = e.validUntil().orElseThrow();
                extensions.clear();
                ended = null;
                endedOn = null;
                pointers.clear();
                pointers.add(pointer);
            } else if (grantedOn != null && e.kind() == StatusEventKind.EXTENDED) {
                validUntil = e.validUntil().orElseThrow();
                extensions.add(e.date());
                pointers.add(pointer);
            } else if (grantedOn != null && e.kind() == StatusEventKind.ENDED && ended == null) {
                ended = e.endReason().orElseThrow();
                endedOn = e.date();
                pointers.add(pointer);
            }
        }
        if (grantedOn == null) {
            return new Standing(StatusState.NONE, null, List.of(), false, List.copyOf(pointers));
        }
        boolean carried2019 = !date.isBefore(YEAR_2019) && !validUntil.isBefore(YEAR_2019)
                && validUntil.isBefore(oneOff2019Until);
        if (carried2019) {
            validUntil = oneOff2019Until;
        }
        if (ended == StatusEndReason.CITIZENSHIP_ACQUIRED) {
            return new Standing(StatusState.ENDED_BY_CITIZENSHIP, validUntil, extensions, carried2019, pointers, ended,
                    endedOn, List.of(), List.of());
        }
        if (ended != null) {
            return new Standing(StatusState.ENDED, validUntil, extensions, carried2019, pointers, ended, endedOn,
                    List.of(), List.of());
        }
        LocalDate citizenOn = null;
        String citizenPointer = null;
        List<String> unsettledCitizenship = new ArrayList<>();
        for (int i = 0; i < p.citizenships().size(); i++) {
            CitizenshipPeriod cp = p.citizenships().get(i);
            LocalDate start = cp.period().getStart();
            if (cp.country().isKazakhstan() && !start.isBefore(grantedOn) && !start.isAfter(date)) {
                if (!establishedOrDeclared(cp.evidence())) {
                    unsettledCitizenship.add("/persons/" + index + "/citizenships/" + i);
                    continue;
                }
                citizenOn = start;
                citizenPointer = "/persons/" + index + "/citizenships/" + i;
                break;
            }
        }
        // Art. 25 p.1 sp2: an annulment on an Art. 49 ground, and a refusal from 01.07.2023 (Law 226-VII)
        LocalDate permitOn = null;
        String permitPointer = null;
        List<String> unsettled = new ArrayList<>();
        for (int i = 0; i < p.permitDecisions().size(); i++) {
            kz.oralman.model.PermitDecision d = p.permitDecisions().get(i);
            boolean inForceThen = !d.date().isBefore(grantedOn) && !d.date().isAfter(validUntil);
            boolean covered = d.kind() == kz.oralman.model.PermitDecisionKind.ANNULLED
                    || !d.date().isBefore(PERMIT_REFUSAL_ENDS_FROM);
            if (!inForceThen || !covered || d.date().isAfter(date)) {
                continue;
            }
            String pointer = "/persons/" + index + "/permitDecisions/" + i;
            if (d.endsStatus()) {
                if (permitOn == null) {
                    permitOn = d.date();
                    permitPointer = pointer;
                }
            } else {
                unsettled.add(pointer);
            }
        }
        if (citizenOn != null && (permitOn == null || !permitOn.isBefore(citizenOn))) {
            pointers.add(citizenPointer);
            return new Standing(StatusState.ENDED_BY_CITIZENSHIP, validUntil, extensions, carried2019, pointers,
                    StatusEndReason.CITIZENSHIP_ACQUIRED, citizenOn, List.of(), List.of());
        }
        if (permitOn != null) {
            pointers.add(permitPointer);
            return new Standing(StatusState.ENDED, validUntil, extensions, carried2019, pointers,
                    StatusEndReason.PERMIT_REFUSED_OR_ANNULLED, permitOn, List.of(), List.of());
        }
        StatusState state = date.isAfter(validUntil) ? StatusState.EXPIRED : StatusState.ACTIVE;
        return new Standing(state, validUntil, extensions, carried2019, pointers, null,
                state == StatusState.EXPIRED ? validUntil.plusDays(1) : null,
                state == StatusState.ACTIVE ? unsettled : List.of(),
                state == StatusState.ACTIVE ? unsettledCitizenship : List.of());
    }

    private static PlainDecision assemble(String lawVersion, List<Verdict> verdicts, List<Finding> findings,
                                          List<EvidenceNeed> needs) {
        if (verdicts.isEmpty()) {
            throw new IllegalStateException("no verdict: the plain logic is not exhaustive");
        }
        verdicts.sort(VERDICT_ORDER);
        Verdict winner = verdicts.get(0);
        Outcome outcome = winner.outcome();
        List<PlainReason> reasons = new ArrayList<>(verdicts.size() + findings.size());
        for (Verdict v : verdicts) {
            if (v.outcome() != Outcome.NEEDS_EVIDENCE || outcome == Outcome.NEEDS_EVIDENCE) {
                reasons.add(new PlainReason(v.ruleId(), v.arguments(), v.pointers()));
            }
        }
        findings.sort(FINDING_ORDER);
        for (Finding f : findings) {
            reasons.add(new PlainReason(f.ruleId(), f.arguments(), f.pointers()));
        }
        List<EvidenceNeed> requests = List.of();
        if (outcome == Outcome.NEEDS_EVIDENCE || outcome == Outcome.REFERRED) {
            needs.sort(NEED_ORDER);
            requests = needs;
        }
        LocalDate from = null;
        LocalDate to = null;
        if (outcome == Outcome.GRANTED && winner.grantedTerm().isPresent()) {
            from = winner.grantedTerm().get().getStart();
            to = winner.grantedTerm().get().getEndInclusive();
        }
        return new PlainDecision(outcome, lawVersion, from, to, outcome == Outcome.REFERRED ? winner.body() : null,
                reasons, requests);
    }

    private PlainDecision outsideEncodedLaw(LocalDate asOf) {
        LawVersion first = wordings.get(0).version();
        LawVersion last = wordings.get(wordings.size() - 1).version();
        boolean before = asOf.isBefore(first.from());
        String ruleId = before ? "SCOPE.BEFORE_ENCODED_LAW" : "SCOPE.AFTER_ENCODED_LAW";
        String bound = before ? first.from().toString() : last.until().map(LocalDate::toString).orElse("");
        PlainReason reason = new PlainReason(ruleId, Map.of("asOf", asOf.toString(), "date", bound), List.of());
        return new PlainDecision(Outcome.NOT_APPLICABLE, (before ? "none-before-" : "none-from-") + bound, null, null,
                null, List.of(reason), List.of());
    }

    private static boolean noRefusingVerdict(List<Verdict> verdicts) {
        for (Verdict v : verdicts) {
            if (v.outcome() != Outcome.GRANTED) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(Case c, PersonId id) {
        List<Person> persons = c.persons();
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the applicant " + id + " is not a person of case " + c.id());
    }

    private static boolean establishedOrDeclared(EvidenceStatus e) {
        return e == EvidenceStatus.VERIFIED || e == EvidenceStatus.DECLARED;
    }

    private static boolean unchecked(EvidenceStatus e) {
        return e == EvidenceStatus.UNKNOWN || e == EvidenceStatus.DECLARED;
    }

    private static Verdict grant(String ruleId, org.threeten.extra.LocalDateRange term, String length,
                                 List<String> pointers) {
        return new Verdict(ruleId, Outcome.GRANTED, null, Map.of("from", term.getStart().toString(),
                "to", term.getEndInclusive().toString(), "term", length), pointers, term);
    }

    private static Verdict verdict(String ruleId, Outcome outcome, Map<String, String> arguments, String pointer) {
        return new Verdict(ruleId, outcome, null, arguments, List.of(pointer));
    }

    private static Finding finding(String ruleId, String person, Map<String, String> arguments, String pointer) {
        return new Finding(ruleId, person, arguments, List.of(pointer));
    }
}
