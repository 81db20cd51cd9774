package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.CaseJson;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The bundled law precompiled to the executable model at build time (issue #13, step 4): every law
 * version's question groups are loaded precompiled, decide exactly as the DRL compiled at run time
 * does, and a text that differs from the one precompiled is never served the precompiled rules.
 */
class PrecompiledLawTest {

    private static final List<Question> QUESTIONS = List.of(Question.values());

    @Test
    void everyBundledVersion_andQuestionGroup_isPrecompiled() {
        List<String> missing = new ArrayList<>();
        for (LawVersion version : LawBook.bundled()) {
            Ruleset ruleset = Ruleset.bundled(version);
            assertTrue(ruleset.usesPrecompiled(), version.id());
            for (String group : ruleset.groupFiles().keySet()) {
                if (Precompiled.load(ruleset.groupTexts(group)).isEmpty()) {
                    missing.add(version.id() + " " + group);
                }
            }
        }
        assertEquals(List.of(), missing, "law versions and groups without precompiled rules");
    }

    @Test
    void aDecision_ofTheBundledEngine_runsOnThePrecompiledRules() {
        OralmanEngine engine = OralmanEngine.bundled();
        Case c = new RandomCases(7).next(0);
        LocalDate asOf = c.application().filed();
        LawVersion version = engine.versionOn(asOf).orElseThrow();
        engine.decide(c);
        assertTrue(engine.ruleset(version).precompiledFor(c.application().question()),
                "the bundled engine compiled " + version.id() + " at run time");
        assertFalse(engine.ruleset(version).classic().precompiledFor(c.application().question()));
    }

    @Test
    void theIndex_readsEveryBundledFile_asTheDrlParserDoes() {
        Map<String, String> texts = new LinkedHashMap<>();
        LawBook.bundled().forEach(v -> Ruleset.bundled(v).texts().forEach(texts::putIfAbsent));
        assertFalse(texts.isEmpty());
        texts.forEach((file, text) -> {
            List<Ruleset.RuleDescriptor> indexed = Precompiled.descriptors(text);
            assertNotNull(indexed, file + " is not in the build's index");
            assertEquals(Ruleset.describe(file, text, false), indexed, file);
        });
    }

    @Test
    void aChangedText_getsNoPrecompiledRules_andNoIndexedReading() {
        Ruleset ruleset = Ruleset.bundled(LawBook.bundled().get(LawBook.bundled().size() - 1));
        Map<String, String> files = new LinkedHashMap<>(ruleset.groupTexts("status"));
        assertTrue(Precompiled.load(files).isPresent());
        String file = files.keySet().iterator().next();
        // one character more, even in a comment, is another text: it is compiled, never served stale rules
        files.put(file, files.get(file) + "\n// amended\n");
        assertTrue(Precompiled.load(files).isEmpty());
        assertEquals(null, Precompiled.descriptors(files.get(file)));
        Map<String, String> renamed = new LinkedHashMap<>(ruleset.groupTexts("status"));
        renamed.put("renamed_" + file, renamed.remove(file));
        assertTrue(Precompiled.load(renamed).isEmpty(), "a file's name is part of the key");
    }

    @Test
    void theSameFiles_giveTheSameKieBase_loadedOnce() {
        Ruleset ruleset = Ruleset.bundled(LawBook.bundled().get(LawBook.bundled().size() - 1));
        KieBase a = Precompiled.load(ruleset.groupTexts("centre")).orElseThrow();
        KieBase b = Precompiled.load(new java.util.TreeMap<>(ruleset.groupTexts("centre"))).orElseThrow();
        assertTrue(a == b, "the key does not depend on the files' order");
    }

    /**
     * Precompiled and classic decide alike: every question on seeded random cases spread over every
     * law version (2,000 cases, 5 questions each), whole decisions compared (reasons, their arguments
     * and facts, evidence requests, terms, receipts).
     */
    @Test
    void precompiledAndClassic_decideAlike() {
        OralmanEngine precompiled = OralmanEngine.lazy(LawBook.bundled(), Ruleset::bundled);
        OralmanEngine classic = OralmanEngine.lazy(LawBook.bundled(), v -> Ruleset.bundled(v).classic());
        long seed = RandomCases.seed();
        RandomCases gen = new RandomCases(seed);
        int compared = 0;
        for (int i = 0; i < 2_000; i++) {
            Case c = gen.next(i);
            LocalDate asOf = c.application().filed();
            for (Question q : QUESTIONS) {
                Decision expected;
                Decision actual;
                try {
                    expected = classic.decide(c, q, asOf);
                    actual = precompiled.decide(c, q, asOf);
                } catch (RuntimeException e) {
                    throw new AssertionError("case " + i + " of seed " + seed + " (replay: -Doralman.seed=" + seed
                            + "), " + q + ": " + e.getMessage() + "\n" + CaseJson.write(c), e);
                }
                if (!expected.equals(actual)) {
                    fail("precompiled and classic differ on case " + i + " of seed " + seed + " (replay: -Doralman.seed="
                            + seed + "), " + q + ":\nclassic:     " + expected + "\nprecompiled: " + actual + "\n"
                            + CaseJson.write(c));
                }
                compared++;
            }
        }
        assertEquals(10_000, compared);
        for (LawVersion v : LawBook.bundled()) {
            Ruleset r = precompiled.ruleset(v);
            for (Question q : QUESTIONS) {
                if (r.groupFiles().containsKey(Ruleset.group(q)) && r.kieBaseBuilt(q)) {
                    assertTrue(r.precompiledFor(q), v.id() + " " + q + " was not precompiled");
                }
            }
        }
    }
}
