package kz.oralman.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.oralman.model.Application;
import kz.oralman.model.Case;
import kz.oralman.model.Centre;
import kz.oralman.model.Person;
import kz.oralman.model.PersonRole;
import kz.oralman.model.Question;
import kz.oralman.rules.facts.ApplicationFact;
import kz.oralman.rules.facts.Ask;
import kz.oralman.rules.facts.CitizenshipFact;
import kz.oralman.rules.facts.ClaimFact;
import kz.oralman.rules.facts.ConsentFact;
import kz.oralman.rules.facts.PendingApplicationFact;
import kz.oralman.rules.facts.PermitDecisionFact;
import kz.oralman.rules.facts.QuotaOfferFact;
import kz.oralman.rules.facts.EvidenceNeed;
import kz.oralman.rules.facts.Finding;
import kz.oralman.rules.facts.LawParameters;
import kz.oralman.rules.facts.PersonFact;
import kz.oralman.rules.facts.RefusalEntry;
import kz.oralman.rules.facts.ResidenceFact;
import kz.oralman.rules.facts.CentreFact;
import kz.oralman.rules.facts.QuotaFact;
import kz.oralman.rules.facts.StayFact;
import kz.oralman.rules.facts.TieFact;
import kz.oralman.rules.facts.Verdict;
import org.kie.api.runtime.KieSession;

/** Runs one decision in a session of its own: inserts the facts, fires, collects the conclusions. */
final class Session {
    record Result(List<Finding> findings, List<Verdict> verdicts, List<EvidenceNeed> needs) {
    }

    private Session() {
    }

    static Result run(Ruleset ruleset, Case c, Question question, LocalDate asOf, LawParameters params) {
        return run(ruleset, c, question, asOf, params, c.application().applicant(), DecisionLimits.bundled());
    }

    static Result run(Ruleset ruleset, Case c, Question question, LocalDate asOf, LawParameters params,
                      DecisionLimits limits) {
        return run(ruleset, c, question, asOf, params, c.application().applicant(), limits);
    }

    static Result run(Ruleset ruleset, Case c, Question question, LocalDate asOf, LawParameters params,
                      kz.oralman.model.PersonId subject) {
        return run(ruleset, c, question, asOf, params, subject, DecisionLimits.bundled());
    }

    /**
     * Runs one decision about one person of the case: the {@link Ask} fact names that person and their
     * role (applicant, or family member and relation). The decision runs under the limits given (a
     * deadline and the firing limit, see {@link DecisionGuard}) in the calling thread's reused session.
     */
    static Result run(Ruleset ruleset, Case c, Question question, LocalDate asOf, LawParameters params,
                      kz.oralman.model.PersonId subject, DecisionLimits limits) {
        KieSession session = ruleset.acquireSession(question);
        boolean clean = false;
        try {
            prepare(session, ruleset, c, question, asOf, params, subject);
            DecisionGuard.fire(session, limits, ruleset.version().id() + " on case " + c.id());
            List<Finding> findings = new ArrayList<>();
            List<Verdict> verdicts = new ArrayList<>();
            List<EvidenceNeed> needs = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Finding f) {
                    findings.add(f);
                } else if (o instanceof Verdict v) {
                    verdicts.add(v);
                } else if (o instanceof EvidenceNeed n) {
                    needs.add(n);
                }
            }
            Result result = new Result(findings, verdicts, needs);
            clean = true;
            return result;
        } finally {
            if (clean) {
                ruleset.releaseSession(question, session, true);
            } else {
                DecisionGuard.release(session);
            }
        }
    }

    /** The conditions the version requires for a grant of the question (lawbook {@code "conditions"}). */
    static void insertRequired(KieSession session, LawVersion version, Question question) {
        for (kz.oralman.rules.facts.Condition condition : version.conditions(question)) {
            session.insert(new kz.oralman.rules.facts.Required(question, condition));
        }
    }

    /**
     * Which wording of the refusal grounds governs the date, from the parameter
     * {@code refusal.art20ListFrom}: empty when the table lacks the parameter; not statutory before the
     * parameter's first value.
     */
    static java.util.Optional<kz.oralman.rules.facts.RefusalList> refusalList(ParameterTable table, LocalDate asOf) {
        return table.get("refusal.art20ListFrom").map(p -> p.on(asOf)
                .map(v -> LocalDate.parse(v.value()))
                .map(from -> new kz.oralman.rules.facts.RefusalList(from, !asOf.isBefore(from)))
                .orElseGet(() -> new kz.oralman.rules.facts.RefusalList(null, false)));
    }

    /** Inserts everything a decision sees: the case's facts, the version's required conditions, the refusal list. */
    static void prepare(KieSession session, Ruleset ruleset, Case c, Question question, LocalDate asOf,
                        LawParameters params, kz.oralman.model.PersonId subject) {
        insertFacts(session, c, question, asOf, params, subject);
        insertRequired(session, ruleset.version(), question);
        refusalList(ruleset.parameters(), asOf).ifPresent(session::insert);
    }

    static void insertFacts(KieSession session, Case c, Question question, LocalDate asOf, LawParameters params) {
        insertFacts(session, c, question, asOf, params, c.application().applicant());
    }

    static void insertFacts(KieSession session, Case c, Question question, LocalDate asOf, LawParameters params,
                            kz.oralman.model.PersonId subject) {
        Application app = c.application();
        Set<kz.oralman.model.PersonId> members = Set.copyOf(app.familyMembers());
        PersonRole role = c.role(subject);
        session.insert(new Ask(question, asOf, subject.value(), role.kind(), role.relation().orElse(null)));
        session.insert(params);
        for (Person p : c.persons()) {
            session.insert(StatusHistory.standing(c, p.id(), asOf, params.oneOff2019Until()));
        }
        session.insert(new ApplicationFact(app));
        for (int i = 0; i < c.centres().size(); i++) {
            Centre centre = c.centres().get(i);
            var count = centre.occupancyOn(asOf);
            session.insert(new CentreFact(centre, centre.region(), centre.kind(), count.isPresent(),
                    count.map(o -> centre.capacity() - o.persons()).orElse(0), "/centres/" + i));
        }
        for (int i = 0; i < c.stays().size(); i++) {
            session.insert(new StayFact(c.stays().get(i).person().value(), c.stays().get(i), "/stays/" + i));
        }
        for (int i = 0; i < c.quotas().size(); i++) {
            session.insert(new QuotaFact(c.quotas().get(i), "/quotas/" + i));
        }
        for (int i = 0; i < c.persons().size(); i++) {
            Person p = c.persons().get(i);
            String ptr = "/persons/" + i;
            String id = p.id().value();
            session.insert(new PersonFact(p, id, ptr, p.id().equals(app.applicant()), members.contains(p.id())));
            for (int j = 0; j < p.nationalityClaims().size(); j++) {
                session.insert(new ClaimFact(id, p.nationalityClaims().get(j), ptr + "/nationalityClaims/" + j));
            }
            for (int j = 0; j < p.citizenships().size(); j++) {
                session.insert(new CitizenshipFact(id, p.citizenships().get(j), ptr + "/citizenships/" + j));
            }
            for (int j = 0; j < p.residences().size(); j++) {
                session.insert(new ResidenceFact(id, p.residences().get(j), ptr + "/residences/" + j));
            }
            for (int j = 0; j < p.permitDecisions().size(); j++) {
                session.insert(new PermitDecisionFact(id, p.permitDecisions().get(j), ptr + "/permitDecisions/" + j));
            }
            final String consentPointer = ptr + "/personalDataConsent";
            p.personalDataConsent().ifPresent(cs -> session.insert(new ConsentFact(id, cs, consentPointer)));
        }
        for (int i = 0; i < c.familyTies().size(); i++) {
            var t = c.familyTies().get(i);
            session.insert(new TieFact(t.from().value(), t.relation(), t.to().value(), t, "/familyTies/" + i));
        }
        for (int i = 0; i < app.refusalFacts().size(); i++) {
            var r = app.refusalFacts().get(i);
            session.insert(new RefusalEntry(r.person().value(), r.ground(), r.evidence(),
                    "/application/refusalFacts/" + i, r.place().map(kz.oralman.model.CountryCode::code).orElse(null)));
        }
        for (int i = 0; i < app.pendingStatusApplications().size(); i++) {
            var pa = app.pendingStatusApplications().get(i);
            session.insert(new PendingApplicationFact(pa.person().value(), pa,
                    "/application/pendingStatusApplications/" + i));
        }
        app.quotaOffer().ifPresent(o -> session.insert(new QuotaOfferFact(o, "/application/quotaOffer")));
    }
}
