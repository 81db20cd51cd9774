package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.Receipt;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Decisions that cannot drift silently: each law version compiled under its own ReleaseId (never
 * another version's KieBase), receipts that name exactly one decision, hashes that cover what a
 * version uses and nothing else, decisions under an edited ruleset that say so.
 */
class DecisionTrustTest {
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");
    private static final String PARAMETERS = Ruleset.resource("kz/oralman/rules/parameters/parameters.json");

    private static Set<String> ruleNames(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            p.getRules().forEach(r -> names.add(r.getName()));
        }
        return names;
    }

    private static Set<String> declaredRules(LawVersion v) {
        Set<String> names = new TreeSet<>();
        for (String file : v.drlFiles()) {
            names.addAll(declaredRules(file));
        }
        return names;
    }

    private static Set<String> declaredRules(String file) {
        Set<String> names = new TreeSet<>();
        Matcher m = RULE_NAME.matcher(Ruleset.resource("kz/oralman/rules/drl/" + file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Nested
    class Builds {
        @Test
        void manySmallBuildsAtOnce_eachGetsItsOwnKieBase() throws Exception {
            // the probe of the issue: two threads building different rulesets over and over; with one
            // shared ReleaseId a thread sometimes received the other's KieBase
            LawVersion a = LawVersion.of("A@2012-01-01", LocalDate.of(2012, 1, 1), java.util.Optional.empty(),
                    "oralman", List.of("a.drl"), "");
            LawVersion b = LawVersion.of("B@2012-01-01", LocalDate.of(2012, 1, 1), java.util.Optional.empty(),
                    "oralman", List.of("b.drl"), "");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (LawVersion v : List.of(a, b)) {
                    results.add(pool.submit(() -> {
                        int wrong = 0;
                        for (int i = 0; i < 60; i++) {
                            String name = v.id().substring(0, 1) + ".ONLY" + i % 3;
                            Ruleset r = Ruleset.compile("test", v, Map.of(v.drlFiles().get(0), tinyRule(name)),
                                    PARAMETERS);
                            if (!ruleNames(r.kieBase(Question.STATUS_ASSIGNMENT)).equals(Set.of(name))) {
                                wrong++;
                            }
                        }
                        return wrong;
                    }));
                }
                for (Future<Integer> f : results) {
                    assertEquals(0, f.get(), "builds that received another build's KieBase");
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void everyBundledVersionBuiltConcurrently_holdsExactlyItsFilesRules() throws Exception {
            OralmanEngine fresh = OralmanEngine.bundled();
            List<LawVersion> versions = new ArrayList<>(fresh.versions());
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    List<LawVersion> order = new ArrayList<>(versions);
                    Collections.shuffle(order, new Random(t));
                    tasks.add(() -> {
                        for (LawVersion v : order) {
                            Ruleset r = fresh.ruleset(v);
                            assertEquals(v, r.version());
                            Set<String> inGroups = new TreeSet<>();
                            for (Question q : Question.values()) {
                                Set<String> names = ruleNames(r.kieBase(q));
                                Set<String> expected = new TreeSet<>();
                                r.groupFiles().get(Ruleset.group(q)).forEach(f -> expected.addAll(
                                        declaredRules(f)));
                                assertEquals(expected, names, "rules of " + v.id() + " for " + q);
                                inGroups.addAll(names);
                            }
                            assertEquals(declaredRules(v), inGroups, "rules of " + v.id());
                            assertEquals(declaredRules(v), r.rules().keySet(), "catalogue of " + v.id());
                        }
                        return null;
                    });
                }
                for (Future<Void> f : pool.invokeAll(tasks)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private String tinyRule(String name) {
            return "package kz.oralman.rules;\nimport kz.oralman.rules.facts.*;\nrule \"" + name + "\"\n"
                    + "    // A rule of a probe.\n    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\")\n"
                    + "when\n    Ask()\nthen\nend\n";
        }
    }

    @Nested
    class Hashes {
        private Map<String, String> drl(LawVersion v) {
            Map<String, String> files = new LinkedHashMap<>();
            v.drlFiles().forEach(f -> files.put(f, Ruleset.resource("kz/oralman/rules/drl/" + f)));
            return files;
        }

        private String hash(LawVersion v, Map<String, String> drl, String parameters) {
            return Ruleset.hash(v, drl, ParameterTable.parse(parameters, "parameters.json"), declaredRules(v));
        }

        /** The bundled parameters with one more value for a parameter. */
        private String withValue(String id, LocalDate from, String value) throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(PARAMETERS);
            for (var p : root.get("parameters")) {
                if (p.get("id").asText().equals(id)) {
                    ArrayNode values = (ArrayNode) p.get("values");
                    List<ObjectNode> kept = new ArrayList<>();
                    values.forEach(x -> kept.add((ObjectNode) x));
                    kept.removeIf(x -> x.get("from").asText().equals(from.toString()));
                    ObjectNode added = mapper.createObjectNode().put("from", from.toString()).put("value", value)
                            .put("reference", "UNVERIFIED: a test value");
                    kept.add(added);
                    kept.sort(java.util.Comparator.comparing(x -> x.get("from").asText()));
                    values.removeAll();
                    kept.forEach(values::add);
                }
            }
            return mapper.writeValueAsString(root);
        }

        @Test
        void aValueForALaterDate_leavesEveryEarlierVersionsHashAlone() throws Exception {
            List<LawVersion> versions = LawBook.bundled();
            LawVersion last = versions.get(versions.size() - 1);
            LocalDate late = last.from().plusDays(10);
            String changed = withValue("status.term", late, "P2Y");
            for (LawVersion v : versions) {
                String before = hash(v, drl(v), PARAMETERS);
                String after = hash(v, drl(v), changed);
                if (v.equals(last)) {
                    assertNotEquals(before, after, "a value inside " + v.id() + " must change its hash");
                } else {
                    assertEquals(before, after, "a value from " + late + " changed the hash of " + v.id());
                }
            }
        }

        @Test
        void anythingAVersionUses_changesItsHash() throws Exception {
            LawVersion v = LawBook.bundled().get(LawBook.bundled().size() / 2);
            String base = hash(v, drl(v), PARAMETERS);
            // a parameter value in force within its period
            assertNotEquals(base, hash(v, drl(v), withValue("status.term", v.from(), "P2Y")));
            // a DRL file's text
            Map<String, String> edited = drl(v);
            String first = v.drlFiles().get(0);
            edited.put(first, edited.get(first) + "\n// an edit\n");
            assertNotEquals(base, hash(v, edited, PARAMETERS));
            // its law book entry: the terminology, the period, the file list
            String other = v.terminology().equals("kandas") ? "oralman" : "kandas";
            assertNotEquals(base, hash(new LawVersion(v.id(), v.act(), v.period(), other, v.drlFiles(), v.summary()),
                    drl(v), PARAMETERS));
            assertNotEquals(base, hash(LawVersion.of(v.id(), v.act(), v.from(), java.util.Optional.of(v.from().plusDays(1)),
                    v.terminology(), v.drlFiles(), v.summary()), drl(v), PARAMETERS));
            // and it is stable
            assertEquals(base, hash(v, drl(v), PARAMETERS));
        }

        @Test
        void goldenReceipts_replayAfterALaterParameterValueIsAdded() throws Exception {
            List<LawVersion> versions = LawBook.bundled();
            LawVersion last = versions.get(versions.size() - 1);
            LocalDate late = last.until().orElse(last.from().plusYears(50)).plusYears(1);
            String params = withValue("status.term", late, "P3Y");
            List<Ruleset> rulesets = versions.stream()
                    .map(v -> Ruleset.compile(Ruleset.BUNDLED, v, drl(v), params)).toList();
            OralmanEngine engine = OralmanEngine.of(rulesets);
            Path cases = Path.of("..", "oralman-examples", "cases");
            int replayed = 0;
            try (Stream<Path> files = Files.list(cases)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Path golden = cases.resolve("golden").resolve(file.getFileName().toString()
                            .replace(".json", ".decision.json"));
                    Receipt receipt = DecisionJson.readReceipt(Files.readString(golden));
                    if (receipt.rulesetHash().isEmpty()) {
                        continue; // outside the encoded law: no ruleset
                    }
                    Case c = CaseJson.read(Files.readString(file));
                    Decision d = engine.replay(c, receipt);
                    assertEquals(receipt, d.receipt(), file.getFileName().toString());
                    replayed++;
                }
            }
            assertTrue(replayed >= 20, "only " + replayed + " golden receipts replayed");
        }
    }

    @Nested
    class Replay {
        private final Case c = CaseBuilder.qualifying().build();
        private final Decision d = RuleVerifier.ENGINE.decide(c);

        private Receipt altered(Receipt r, String libraryVersion, Question q, LocalDate asOf, String person) {
            return new Receipt(libraryVersion, r.lawVersion(), r.rulesetHash(), r.caseHash(), q, asOf, person,
                    r.digest());
        }

        @Test
        void aReceiptWhoseFieldsWereChanged_isRefusedByItsDigest() {
            Receipt r = d.receipt();
            assertTrue(r.isIntact());
            List<Receipt> changed = List.of(
                    altered(r, r.libraryVersion(), r.question(), r.asOf().plusDays(1), r.person()),
                    altered(r, r.libraryVersion(), Question.STATUS_EXTENSION, r.asOf(), r.person()),
                    altered(r, "9.9.9", r.question(), r.asOf(), r.person()),
                    altered(r, r.libraryVersion(), r.question(), r.asOf(), "someone-else"),
                    new Receipt(r.libraryVersion(), "Z1100000477@2011-07-22", r.rulesetHash(), r.caseHash(),
                            r.question(), r.asOf(), r.person(), r.digest()),
                    new Receipt(r.libraryVersion(), r.lawVersion(), "0".repeat(64), r.caseHash(),
                            r.question(), r.asOf(), r.person(), r.digest()));
            for (Receipt bad : changed) {
                assertFalse(bad.isIntact(), bad.toString());
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> RuleVerifier.ENGINE.replay(c, bad));
                assertTrue(e.getMessage().contains("does not match its contents"), e.getMessage());
            }
        }

        @Test
        void anotherLibraryVersion_isNamed() {
            Receipt r = d.receipt();
            Receipt other = Receipt.of("9.9.9", r.lawVersion(), r.rulesetHash(), r.caseHash(), r.question(), r.asOf(),
                    r.person());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RuleVerifier.ENGINE.replay(c, other));
            assertTrue(e.getMessage().startsWith("the receipt was made by oralman 9.9.9"), e.getMessage());
        }

        @Test
        void anIntactReceipt_replaysToTheSameDecision() {
            assertEquals(DecisionJson.write(d), DecisionJson.write(RuleVerifier.ENGINE.replay(c, d.receipt())));
            assertEquals(d.receipt(), DecisionJson.readReceipt(DecisionJson.write(d)));
            assertEquals(c.application().applicant().value(), d.receipt().person());
        }
    }

    @Nested
    class External {
        @Test
        void aDecisionUnderAFolder_namesTheFolderAndNeverTheBundledVersion(@org.junit.jupiter.api.io.TempDir Path tmp)
                throws Exception {
            Path dir = tmp.resolve("my-rules");
            RulesetFolder.export(dir);
            Case c = CaseBuilder.qualifying().build();
            LocalDate asOf = c.application().filed();
            LawVersion v = LawBook.on(asOf).orElseThrow();
            Map<String, String> files = new LinkedHashMap<>();
            v.drlFiles().forEach(f -> {
                try {
                    files.put(f, Files.readString(dir.resolve("drl").resolve(f)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Ruleset external = Ruleset.external("my-rules", v,
                    files, Files.readString(dir.resolve("parameters.json")));
            Decision d = OralmanEngine.pinned(external).decide(c, c.application().question(), asOf);
            Decision bundled = RuleVerifier.ENGINE.decide(c, c.application().question(), asOf);
            assertEquals(bundled.outcome(), d.outcome());
            assertTrue(d.lawVersion().startsWith("external:my-rules/" + v.id() + "#"), d.lawVersion());
            assertNotEquals(bundled.lawVersion(), d.lawVersion());
            assertEquals(d.lawVersion(), d.receipt().lawVersion());
            assertFalse(external.isBundled());
            String text = DecisionText.render(d, "en");
            assertTrue(text.contains("xternal ruleset \"my-rules\""), text);
            assertThrows(IllegalArgumentException.class, () -> Ruleset.external(" ", v, files, PARAMETERS));
        }
    }

    @Test
    void reusedSessions_decideAsFreshOnes_inAnyOrder_onManyThreads() throws Exception {
        long seed = RandomCases.seed();
        RandomCases random = new RandomCases(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cases.add(random.next(i));
        }
        // the reference: each case's conclusions in a session of its own, created for it and disposed
        OralmanEngine engine = OralmanEngine.bundled();
        List<Set<Object>> expected = new ArrayList<>();
        for (Case c : cases) {
            expected.add(conclusions(engine, c, true));
        }
        // the same cases in a shuffled order on three threads whose sessions are reused and reset
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Set<Object>>> done = new ArrayList<>();
            for (int i : order) {
                done.add(pool.submit(() -> conclusions(engine, cases.get(i), false)));
            }
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                assertEquals(expected.get(i), done.get(k).get(), "case " + i + " concluded differently on a reused"
                        + " session (seed " + seed + "; -Doralman.seed=" + seed + " reproduces)");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The findings, verdicts and evidence needs of a case, from a fresh session or the thread's reused one. */
    /** The KieBase of each version's whole file list, compiled once for the comparison. */
    private static final Map<String, KieBase> WHOLE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<Object> conclusions(OralmanEngine engine, Case c, boolean freshSession) {
        return conclusions(engine, c, c.application().question(), freshSession, false);
    }

    private static Set<Object> conclusions(OralmanEngine engine, Case c, Question question, boolean freshSession,
                                           boolean wholeBase) {
        LocalDate asOf = c.application().filed();
        java.util.Optional<LawVersion> v = engine.versionOn(asOf);
        if (v.isEmpty()) {
            return Set.of();
        }
        Ruleset ruleset = engine.ruleset(v.get());
        var params = ruleset.parameters().on(asOf);
        if (!freshSession) {
            Session.Result r = Session.run(ruleset, c, question, asOf, params);
            Set<Object> all = new java.util.HashSet<>(r.findings());
            all.addAll(r.verdicts());
            all.addAll(r.needs());
            return all;
        }
        org.kie.api.runtime.KieSession session = wholeBase
                ? WHOLE.computeIfAbsent(ruleset.version().id(), id -> ruleset.wholeKieBase()).newKieSession()
                : ruleset.newSession(question);
        try {
            Session.prepare(session, ruleset, c, question, asOf, params, c.application().applicant());
            Session.insertRequired(session, ruleset.version(), question);
            session.fireAllRules(OralmanEngine.MAX_FIRINGS);
            Set<Object> all = new java.util.HashSet<>();
            for (Object o : session.getObjects()) {
                if (o instanceof kz.oralman.rules.facts.Finding || o instanceof kz.oralman.rules.facts.Verdict
                        || o instanceof kz.oralman.rules.facts.EvidenceNeed) {
                    all.add(o);
                }
            }
            return all;
        } finally {
            session.dispose();
        }
    }

    @Test
    void theQuestionGroupsKieBases_concludeAsTheWholeVersion_onEveryQuestion() {
        long seed = RandomCases.seed();
        RandomCases random = new RandomCases(seed);
        OralmanEngine engine = OralmanEngine.bundled();
        int compared = 0;
        for (int i = 0; i < 150; i++) {
            Case base = random.next(i);
            for (Question q : Question.values()) {
                assertEquals(conclusions(engine, base, q, true, true), conclusions(engine, base, q, true, false),
                        "case " + i + " " + q + " (seed " + seed + ")");
                compared++;
            }
        }
        assertEquals(150 * Question.values().length, compared);
    }

    @Test
    void outcomePrecedence_isOneOrder() {
        List<Outcome> sorted = Stream.of(Outcome.values()).sorted(Outcome.BY_PRECEDENCE).toList();
        assertEquals(List.of(Outcome.NOT_APPLICABLE, Outcome.REFUSED, Outcome.REFERRED, Outcome.NEEDS_EVIDENCE,
                Outcome.ELIGIBLE_BUT_QUOTA_EXHAUSTED, Outcome.NO_PLACE_AVAILABLE, Outcome.GRANTED), sorted);
        assertEquals(Outcome.REFUSED, Outcome.prevailing(Set.of(Outcome.GRANTED, Outcome.REFUSED,
                Outcome.NEEDS_EVIDENCE)).orElseThrow());
        assertTrue(Outcome.prevailing(Set.of()).isEmpty());
        assertEquals(Outcome.values().length, Stream.of(Outcome.values()).map(Outcome::precedence)
                .collect(Collectors.toSet()).size(), "two outcomes share a rank");
    }
}
