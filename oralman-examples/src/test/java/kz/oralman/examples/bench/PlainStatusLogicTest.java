package kz.oralman.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.json.CaseJson;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-Java status logic, the benchmarks' baseline, decides as the engine does: the same outcome,
 * law version, term, referral, reasons (rule ids, in order, with their arguments and facts) and
 * evidence requests, on every sample case and on generated registry cases (each decided under both
 * status questions). No timing is asserted here: the speed targets live in the benchmarks.
 */
class PlainStatusLogicTest {
    private static final OralmanEngine ENGINE = OralmanEngine.bundled();
    private static final PlainStatusLogic PLAIN = PlainStatusLogic.bundled();
    private static final long SEED = Long.getLong("oralman.bench.seed", 20_240_301L);
    private static final int GENERATED = Integer.getInteger("oralman.bench.cases", 2_500);

    static List<Path> samples() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("oralman-examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root not found");
        }
        try (Stream<Path> files = Files.list(p.resolve("oralman-examples/cases"))) {
            // the plain baseline covers the status questions, which the benchmarks measure
            return files.filter(f -> f.toString().endsWith(".json")).filter(PlainStatusLogicTest::statusQuestion)
                    .sorted().toList();
        }
    }

    private static boolean statusQuestion(Path f) {
        try {
            String q = CaseJson.read(Files.readString(f)).application().question().name();
            return q.equals("STATUS_ASSIGNMENT") || q.equals("STATUS_EXTENSION");
        } catch (IOException | kz.oralman.model.json.InvalidCaseException e) {
            return true;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleCase_plainLogicAgreesWithTheEngine(Path file) throws Exception {
        Case c = CaseJson.read(Files.readString(file));
        List<String> problems = compare(c, c.application().question(), c.application().filed());
        if (!problems.isEmpty()) {
            fail(file.getFileName() + ":\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void generatedRegistry_plainLogicAgreesWithTheEngine_andCoversEveryOutcome() throws Exception {
        RegistryGenerator generator = new RegistryGenerator(SEED);
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            Case generated = generator.next();
            // through the JSON contract, as the bench command reads it
            Case c = CaseJson.read(RegistryGenerator.line(generated));
            for (Question q : List.of(Question.STATUS_ASSIGNMENT, Question.STATUS_EXTENSION)) {
                List<String> problems = compare(c, q, c.application().filed());
                if (!problems.isEmpty() && failures.size() < 10) {
                    failures.add(c.id() + " " + q + " " + c.application().filed() + ":\n    "
                            + String.join("\n    ", problems) + "\n    case: " + RegistryGenerator.line(c));
                }
            }
            seen.add(ENGINE.decide(c).outcome());
        }
        if (!failures.isEmpty()) {
            fail("plain logic and engine disagree (seed " + SEED + ", -Doralman.bench.seed=" + SEED + "):\n"
                    + String.join("\n", failures));
        }
        assertEquals(EnumSet.of(Outcome.GRANTED, Outcome.REFUSED, Outcome.NEEDS_EVIDENCE, Outcome.REFERRED,
                Outcome.NOT_APPLICABLE), seen, "outcomes of the generated registry, seed " + SEED);
    }

    /** The 1997 law (1997-12-13 to 2011-08-16) and every cut's first day: the generated cases decided then. */
    @Test
    void generatedRegistry_underThe1997LawAndOnEveryCut_plainLogicAgreesWithTheEngine() throws Exception {
        RegistryGenerator generator = new RegistryGenerator(SEED + 1997);
        java.util.Random dates = new java.util.Random(SEED);
        List<java.time.LocalDate> cuts = kz.oralman.rules.LawBook.bundled().stream()
                .map(kz.oralman.rules.LawVersion::from).toList();
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Case c = CaseJson.read(RegistryGenerator.line(generator.next()));
            java.time.LocalDate asOf = i % 2 == 0
                    ? java.time.LocalDate.of(1997, 12, 13).plusDays(dates.nextInt(4_994))
                    : cuts.get(dates.nextInt(cuts.size()));
            for (Question q : List.of(Question.STATUS_ASSIGNMENT, Question.STATUS_EXTENSION)) {
                List<String> problems = compare(c, q, asOf);
                if (!problems.isEmpty() && failures.size() < 10) {
                    failures.add(c.id() + " " + q + " " + asOf + ":\n    " + String.join("\n    ", problems));
                }
                if (i % 2 == 0) {
                    seen.add(ENGINE.decide(c, q, asOf).outcome());
                }
            }
        }
        if (!failures.isEmpty()) {
            fail("plain logic and engine disagree (seed " + SEED + "):\n" + String.join("\n", failures));
        }
        assertTrue(seen.contains(Outcome.GRANTED) && seen.contains(Outcome.REFUSED), "1997 outcomes " + seen);
    }

    @Test
    void generator_isReproducibleFromItsSeed() {
        List<String> a = RegistryGenerator.cases(SEED, 50).stream().map(RegistryGenerator::line).toList();
        List<String> b = RegistryGenerator.cases(SEED, 50).stream().map(RegistryGenerator::line).toList();
        assertEquals(a, b, "seed " + SEED);
        RegistryGenerator g = new RegistryGenerator(SEED);
        for (int i = 0; i < 3_000; i++) {
            g.next();
        }
        RegistryGenerator.Stats s = g.stats();
        double cn = share(s.origins().get("CN"), s.persons());
        double uz = share(s.origins().get("UZ"), s.persons());
        double minors = share(s.ages().get(RegistryGenerator.AgeGroup.MINOR), s.persons());
        double working = share(s.ages().get(RegistryGenerator.AgeGroup.WORKING_AGE), s.persons());
        double pensioners = share(s.ages().get(RegistryGenerator.AgeGroup.PENSIONER), s.persons());
        String described = "seed " + SEED + "\n" + s.describe();
        assertTrue(cn > 0.40 && cn < 0.48, described);
        assertTrue(uz > 0.36 && uz < 0.44, described);
        assertTrue(minors > 0.28 && minors < 0.36, described);
        assertTrue(working > 0.54 && working < 0.62, described);
        assertTrue(pensioners > 0.07 && pensioners < 0.13, described);
    }

    private static double share(Long part, long whole) {
        return part == null ? 0 : (double) part / whole;
    }

    private static List<String> compare(Case c, Question q, java.time.LocalDate asOf) {
        Decision d = ENGINE.decide(c, q, asOf);
        PlainStatusLogic.PlainDecision p = PLAIN.decide(c, q, asOf);
        List<String> problems = new ArrayList<>();
        check(problems, "outcome", d.outcome(), p.outcome());
        check(problems, "law version", d.lawVersion(), p.lawVersion());
        check(problems, "term from", d.term().map(t -> t.getStart()).orElse(null), p.termFrom());
        check(problems, "term to", d.term().map(t -> t.getEndInclusive()).orElse(null), p.termTo());
        check(problems, "referred to", d.referredTo().orElse(null), p.referredTo());
        check(problems, "reason rule ids", d.reasons().stream().map(Reason::ruleId).toList(), p.ruleIds());
        if (problems.isEmpty()) {
            for (int i = 0; i < d.reasons().size(); i++) {
                Reason r = d.reasons().get(i);
                PlainStatusLogic.PlainReason pr = p.reasons().get(i);
                check(problems, r.ruleId() + " arguments", r.arguments(), pr.arguments());
                check(problems, r.ruleId() + " facts", r.facts(), pr.pointers());
            }
        }
        List<String> engineRequests = d.evidenceRequests().stream().map(PlainStatusLogicTest::request).toList();
        List<String> plainRequests = p.evidenceRequests().stream()
                .map(n -> n.fact() + " " + n.person() + " " + n.documents() + " " + n.ruleId() + " " + n.pointers())
                .toList();
        check(problems, "evidence requests", engineRequests, plainRequests);
        return problems;
    }

    private static String request(EvidenceRequest e) {
        return e.fact() + " " + e.person() + " " + e.documents() + " " + e.ruleId() + " " + e.facts();
    }

    private static void check(List<String> problems, String what, Object engine, Object plain) {
        if (!java.util.Objects.equals(engine, plain)) {
            problems.add(what + ": engine " + engine + ", plain " + plain);
        }
    }
}
