package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.oralman.model.Case;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.Person;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import org.junit.jupiter.api.Test;

/**
 * Properties of every decision, over seeded random cases (1,000 per property; the seed is printed
 * on failure and can be replayed with {@code -Doralman.seed=N}).
 */
class DecisionPropertiesTest {
    private static final int CASES = 1_000;
    private static final OralmanEngine ENGINE = RuleVerifier.ENGINE;

    private interface Property {
        void check(Case c, Decision d) throws Exception;
    }

    private static void forAll(String name, Property property) {
        long seed = RandomCases.seed();
        RandomCases gen = new RandomCases(seed);
        for (int i = 0; i < CASES; i++) {
            Case c = gen.next(i);
            try {
                property.check(c, ENGINE.decide(c));
            } catch (Throwable t) {
                fail(name + " failed on case " + i + " of seed " + seed + " (replay: -Doralman.seed=" + seed + ")\n"
                        + CaseJson.write(c), t);
            }
        }
    }

    @Test
    void everyDecision_isConsistentWithItsOutcome() {
        forAll("outcome consistency", (c, d) -> {
            assertFalse(d.reasons().isEmpty(), "no reasons");
            switch (d.outcome()) {
                case GRANTED -> {
                    // the 1997 law gives the status no term: it lasts until citizenship (T-1997 Art. 14 p.4)
                    boolean termed = (d.question() == kz.oralman.model.Question.STATUS_ASSIGNMENT
                            || d.question() == kz.oralman.model.Question.STATUS_EXTENSION
                            || d.question() == kz.oralman.model.Question.CENTRE_PLACEMENT)
                            && !d.lawVersion().startsWith("LAW-1997-MIGRATION@");
                    assertEquals(termed, d.term().isPresent(), "GRANTED " + d.question() + " and its term");
                    assertTrue(d.evidenceRequests().isEmpty(), "GRANTED with evidence requests");
                    d.term().ifPresent(t -> assertFalse(t.getStart().isBefore(d.asOf().minusYears(3))));
                }
                case NEEDS_EVIDENCE -> assertFalse(d.evidenceRequests().isEmpty());
                case REFERRED -> assertTrue(d.referredTo().isPresent());
                default -> assertTrue(d.term().isEmpty());
            }
        });
    }

    @Test
    void everyFactAReasonCites_isInTheCase() {
        forAll("pointers resolve", (c, d) -> {
            JsonNode tree = CaseJson.toTree(c);
            for (Reason r : d.reasons()) {
                for (String pointer : r.facts()) {
                    assertFalse(tree.at(pointer).isMissingNode(), r.ruleId() + " cites " + pointer);
                }
            }
            for (EvidenceRequest e : d.evidenceRequests()) {
                for (String pointer : e.facts()) {
                    assertFalse(tree.at(pointer).isMissingNode(), e.ruleId() + " cites " + pointer);
                }
                assertFalse(e.documents().isEmpty(), e.ruleId() + " requests no document");
            }
        });
    }

    @Test
    void deciding_isDeterministic_andReplaysFromItsReceipt() {
        forAll("determinism", (c, d) -> {
            String json = DecisionJson.write(d);
            assertEquals(json, DecisionJson.write(ENGINE.decide(c)));
            if (d.receipt().rulesetHash().isEmpty()) {
                return;
            }
            assertEquals(json, DecisionJson.write(ENGINE.replay(CaseJson.read(CaseJson.write(c)), d.receipt())));
        });
    }

    @Test
    void everyLanguage_rendersEveryKey() {
        forAll("rendering", (c, d) -> {
            for (String lang : Messages.LANGUAGES) {
                String text = DecisionText.render(d, lang);
                assertFalse(text.matches("(?s).*\\[[a-z]+\\.[A-Za-z_.]+].*"), lang + " has a missing key:\n" + text);
            }
        });
    }

    /**
     * Unknown is never false: when one verified fact becomes unknown, no refusal may rest on it.
     */
    @Test
    void aFactBecomingUnknown_neverBecomesTheGroundOfARefusal() {
        forAll("unknown is not false", (c, d) -> {
            Person p = c.persons().get(0);
            List<String> pointers = new ArrayList<>();
            List<Case> variants = new ArrayList<>();
            for (int i = 0; i < p.nationalityClaims().size(); i++) {
                NationalityClaim x = p.nationalityClaims().get(i);
                if (x.evidence() == EvidenceStatus.VERIFIED) {
                    int k = i;
                    variants.add(withPerson(c, q -> new Person(q.id(), q.names(), q.birthDate(),
                            replace(q.nationalityClaims(), k, new NationalityClaim(x.document(), x.whose(), x.issuedBy(),
                                    EvidenceStatus.UNKNOWN)), q.citizenships(), q.residences(), q.documents())));
                    pointers.add("/persons/0/nationalityClaims/" + i);
                }
            }
            for (int i = 0; i < p.citizenships().size(); i++) {
                CitizenshipPeriod x = p.citizenships().get(i);
                if (x.evidence() == EvidenceStatus.VERIFIED) {
                    int k = i;
                    variants.add(withPerson(c, q -> new Person(q.id(), q.names(), q.birthDate(), q.nationalityClaims(),
                            replace(q.citizenships(), k, new CitizenshipPeriod(x.country(), x.period(),
                                    EvidenceStatus.UNKNOWN)), q.residences(), q.documents())));
                    pointers.add("/persons/0/citizenships/" + i);
                }
            }
            for (int i = 0; i < p.residences().size(); i++) {
                ResidencePeriod x = p.residences().get(i);
                if (x.evidence() == EvidenceStatus.VERIFIED) {
                    int k = i;
                    variants.add(withPerson(c, q -> new Person(q.id(), q.names(), q.birthDate(), q.nationalityClaims(),
                            q.citizenships(), replace(q.residences(), k, new ResidencePeriod(x.country(), x.region(),
                                    x.period(), x.kind(), EvidenceStatus.UNKNOWN)), q.documents())));
                    pointers.add("/persons/0/residences/" + i);
                }
            }
            for (int v = 0; v < variants.size(); v++) {
                Decision changed = ENGINE.decide(variants.get(v));
                String pointer = pointers.get(v);
                if (changed.outcome() == Outcome.REFUSED) {
                    for (Reason r : changed.reasons()) {
                        if (r.facts().contains(pointer) && !d.reasons().contains(r)) {
                            fail("refusal rests on " + pointer + " after it became UNKNOWN: " + r);
                        }
                    }
                }
            }
        });
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    private static Case withPerson(Case c, UnaryOperator<Person> change) {
        List<Person> persons = new ArrayList<>(c.persons());
        persons.set(0, change.apply(persons.get(0)));
        return new Case(c.id(), persons, c.familyTies(), c.application(), c.centres(), c.stays(), c.quotas());
    }
}
