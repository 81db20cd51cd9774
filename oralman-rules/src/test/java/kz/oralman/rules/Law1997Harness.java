package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Outcome;
import kz.oralman.rules.facts.LawParameters;

/**
 * Runs one DRL file of the 1997 law (Law of 13.12.1997 "On Population Migration") under a version of
 * that law, independent of the law book's file lists: the file under test, plus, where a test needs the
 * status granted, a stand-in rule that grants it (the 1997 status rules belong to another file).
 */
final class Law1997Harness {
    static final LocalDate FROM = LocalDate.of(1997, 12, 13);
    static final LocalDate UNTIL = LocalDate.of(2011, 8, 17);

    /** A stand-in for the 1997 status rules: the status is granted. */
    private static final String GRANT = """
            package kz.oralman.rules;
            import java.util.List;
            import java.util.Map;
            import kz.oralman.model.Question;
            import kz.oralman.model.decision.Outcome;
            import kz.oralman.rules.facts.*;
            rule "TEST1997.GRANT"
                // Test stand-in: the status is granted.
                @act("LAW-1997-MIGRATION") @confidence("SECONDARY") @verified("false")
            when
                $ask : Ask( question == Question.STATUS_ASSIGNMENT )
            then
                insertLogical( Verdict.of( drools, Outcome.GRANTED, Map.of(), List.of("/application") ) );
            end
            """;

    private final Ruleset ruleset;
    private final String ruleId;
    private Case c;

    private Law1997Harness(String file, boolean granted, String ruleId) {
        Map<String, String> drl = new LinkedHashMap<>();
        drl.put(file, Ruleset.resource("kz/oralman/rules/drl/" + file));
        if (granted) {
            drl.put("test1997_grant.drl", GRANT);
        }
        LawVersion v = version("LAW-1997-MIGRATION@1997-12-13", "LAW-1997-MIGRATION", FROM, UNTIL,
                List.copyOf(drl.keySet()));
        this.ruleset = Ruleset.compile(v, drl, Ruleset.resource("kz/oralman/rules/parameters/parameters.json"));
        this.ruleId = ruleId;
    }

    /** A law version read through the law book's own parser, as a ruleset folder would give it. */
    static LawVersion version(String id, String act, LocalDate from, LocalDate until, List<String> files) {
        String json = "{\"format\":\"oralman-lawbook/1\",\"versions\":[{\"id\":\"" + id + "\",\"act\":\"" + act
                + "\",\"from\":\"" + from + "\",\"until\":\"" + until + "\",\"terminology\":\"oralman\","
                + "\"summary\":\"test version\",\"drl\":[" + files.stream().map(f -> "\"" + f + "\"")
                .collect(Collectors.joining(",")) + "]}]}";
        return LawBook.parse(json, "test-lawbook.json").get(0);
    }

    /**
     * @param file the 1997 DRL file
     * @param granted whether the stand-in grant rule is added
     * @param ruleId the rule under test
     * @return a harness
     */
    static Law1997Harness verifyThat(String file, boolean granted, String ruleId) {
        return new Law1997Harness(file, granted, ruleId);
    }

    Law1997Harness given(CaseBuilder builder) {
        this.c = builder.build();
        return this;
    }

    /** The result of running the version on a date. */
    Session.Result on(String date) {
        LocalDate d = LocalDate.parse(date);
        LawParameters params = ruleset.parameters().on(d);
        return Session.run(ruleset, c, c.application().question(), d, params);
    }

    private static Stream<String> conclusions(Session.Result r) {
        return Stream.of(r.findings().stream().map(f -> f.ruleId()), r.verdicts().stream().map(v -> v.ruleId()),
                r.needs().stream().map(n -> n.ruleId())).flatMap(s -> s);
    }

    Law1997Harness derives(String date) {
        Session.Result r = on(date);
        assertTrue(conclusions(r).anyMatch(ruleId::equals), ruleId + " did not fire on " + date + ": "
                + conclusions(r).collect(Collectors.toList()));
        return this;
    }

    Law1997Harness doesNotDerive(String date) {
        Session.Result r = on(date);
        assertTrue(conclusions(r).noneMatch(ruleId::equals), ruleId + " fired on " + date);
        return this;
    }

    Law1997Harness concludes(String date, Outcome outcome) {
        Session.Result r = on(date);
        assertTrue(r.verdicts().stream().anyMatch(v -> v.ruleId().equals(ruleId) && v.outcome() == outcome),
                ruleId + " did not conclude " + outcome + " on " + date);
        return this;
    }

    Law1997Harness withArguments(String date, Map<String, String> arguments) {
        Session.Result r = on(date);
        boolean found = Stream.concat(r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.arguments()),
                r.verdicts().stream().filter(v -> v.ruleId().equals(ruleId)).map(v -> v.arguments()))
                .anyMatch(a -> a.entrySet().containsAll(arguments.entrySet()));
        assertTrue(found, ruleId + " did not conclude with " + arguments + " on " + date);
        return this;
    }

    /** The rule's citation, as the ruleset reads it (parts not cited are empty strings). */
    Law1997Harness cites(String act, String article, String paragraph, String subParagraph, String confidence) {
        RuleInfo info = ruleset.rule(ruleId).orElseThrow();
        assertEquals(act, info.basis().act(), ruleId);
        assertEquals(article, info.basis().article(), ruleId);
        assertEquals(paragraph, info.basis().paragraph(), ruleId);
        assertEquals(subParagraph, info.basis().subParagraph(), ruleId);
        assertEquals(confidence, info.basis().confidence().name(), ruleId);
        return this;
    }
}
