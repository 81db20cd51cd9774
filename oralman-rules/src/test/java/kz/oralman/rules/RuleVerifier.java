package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.rules.facts.LawParameters;

/**
 * Tests one rule at a time, in the manner of Timefold's constraint verifier:
 * {@code verifyThat("RULE.ID").given(case).asOf(date).derives()}. It runs the rules of the law
 * version in force on the date and looks at everything they concluded (findings, verdicts and
 * evidence needs), not only at what the decision shows.
 */
final class RuleVerifier {
    static final OralmanEngine ENGINE = OralmanEngine.bundled();

    private final String ruleId;
    private Case c;
    private kz.oralman.model.PersonId subject;

    private RuleVerifier(String ruleId) {
        this.ruleId = ruleId;
    }

    static RuleVerifier verifyThat(String ruleId) {
        return new RuleVerifier(ruleId);
    }

    RuleVerifier given(CaseBuilder builder) {
        this.c = builder.build();
        return this;
    }

    /** A case built by hand, for facts the builder does not offer (such as ties between other persons). */
    RuleVerifier given(Case built) {
        this.c = built;
        return this;
    }

    /** Decides about this person of the case instead of the applicant. */
    RuleVerifier about(String personId) {
        this.subject = kz.oralman.model.PersonId.of(personId);
        return this;
    }

    Run asOf(String date) {
        return new Run(LocalDate.parse(date));
    }

    final class Run {
        private final LocalDate date;
        private final Session.Result result;
        private final Ruleset ruleset;

        Run(LocalDate date) {
            this.date = date;
            Optional<LawVersion> version = ENGINE.versionOn(date);
            if (version.isEmpty()) {
                fail("no law version on " + date);
            }
            ruleset = ENGINE.ruleset(version.get());
            if (ruleset.rule(ruleId).isEmpty()) {
                fail("rule " + ruleId + " is not in law version " + version.get().id() + " (asOf " + date + ")");
            }
            LawParameters params = ruleset.parameters().on(date);
            result = Session.run(ruleset, c, c.application().question(), date, params,
                    subject == null ? c.application().applicant() : subject);
        }

        private Stream<String> conclusions() {
            return Stream.of(result.findings().stream().map(f -> f.ruleId()),
                    result.verdicts().stream().map(v -> v.ruleId()),
                    result.needs().stream().map(n -> n.ruleId())).flatMap(s -> s);
        }

        private String describe() {
            return conclusions().sorted().collect(Collectors.joining(", ", "[", "]"));
        }

        /** The rule concluded something. */
        Run derives() {
            assertTrue(conclusions().anyMatch(ruleId::equals),
                    ruleId + " did not fire on " + date + "; conclusions: " + describe());
            return this;
        }

        /** The rule concluded nothing. */
        Run doesNotDerive() {
            assertTrue(conclusions().noneMatch(ruleId::equals),
                    ruleId + " fired on " + date + " but should not; conclusions: " + describe());
            return this;
        }

        /** The rule concluded with these message arguments. */
        Run withArguments(Map<String, String> arguments) {
            boolean found = Stream.concat(
                    result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.arguments()),
                    result.verdicts().stream().filter(v -> v.ruleId().equals(ruleId)).map(v -> v.arguments()))
                    .anyMatch(a -> a.entrySet().containsAll(arguments.entrySet()));
            assertTrue(found, ruleId + " did not conclude with " + arguments + " on " + date);
            return this;
        }

        /** The rule's verdict has this outcome. */
        Run concludes(Outcome outcome) {
            assertTrue(result.verdicts().stream().anyMatch(v -> v.ruleId().equals(ruleId) && v.outcome() == outcome),
                    ruleId + " did not conclude " + outcome + " on " + date + "; verdicts: " + result.verdicts());
            return this;
        }

        /** The whole decision has this outcome. */
        Run decision(Outcome outcome) {
            Decision d = decide();
            assertEquals(outcome, d.outcome(), "decision on " + date + ": " + d.reasons().stream()
                    .map(r -> r.ruleId()).toList());
            return this;
        }

        Decision decide() {
            return subject == null ? ENGINE.decide(c, c.application().question(), date)
                    : ENGINE.decide(c, c.application().question(), date, subject);
        }
    }
}
