package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Quotation;
import org.junit.jupiter.api.Test;

/**
 * The rules against the quotations and the catalogue of sources, for whatever rules the law book
 * bundles: every rule marked PRIMARY cites an article and carries the words of that article for
 * each law version that uses it; every act a rule cites is catalogued with titles in kk, ru and en
 * that are also its messages; the catalogue holds the acts the law versions rest on.
 */
class QuotationCatalogueTest {

    @Test
    void everyPrimaryRule_citesAnArticle_andQuotesItInEveryVersionThatUsesIt() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> otherWording = new TreeMap<>();
        int primary = 0;
        for (LawVersion v : LawBook.bundled()) {
            for (RuleInfo info : RuleVerifier.ENGINE.ruleset(v).rules().values()) {
                LegalReference basis = info.basis();
                if (basis.confidence() != Confidence.PRIMARY) {
                    continue;
                }
                primary++;
                String where = v.id() + " " + info.file() + ": rule \"" + info.id() + "\" (" + basis.citation() + ")";
                if (basis.article().isEmpty()) {
                    problems.add(where + " is PRIMARY but cites no article");
                    continue;
                }
                Quotation q = basis.text();
                if (q.isEmpty()) {
                    problems.add(where + " is PRIMARY but no quotation of its article covers " + v.from()
                            + "\n    Maybe add the words to texts/" + Sources.canonical(basis.act()) + "@WORDING.json");
                } else if (!q.exact()) {
                    otherWording.computeIfAbsent(info.id(), k -> new TreeSet<>()).add(v.id() + ": " + q.note());
                }
                assertEquals(LegalTexts.bundled().quote(basis, v.from()), q, where + ": the ruleset's quotation");
            }
        }
        if (!otherWording.isEmpty()) {
            System.out.println("PRIMARY rules shown with the words of another wording (that wording was not seen):");
            otherWording.forEach((id, notes) -> notes.forEach(n -> System.out.println("  " + id + " — " + n)));
        }
        System.out.println(primary + " PRIMARY rule uses across the law versions");
        assertTrue(problems.isEmpty(), problems.size() + " PRIMARY rule uses lack their article's words:\n  "
                + String.join("\n  ", problems));
    }

    @Test
    void aRuleThatIsNotPrimary_mayCarryWordsToo_butOnlyTheWordsOfItsOwnArticle() {
        for (LawVersion v : LawBook.bundled()) {
            for (RuleInfo info : RuleVerifier.ENGINE.ruleset(v).rules().values()) {
                LegalReference basis = info.basis();
                if (basis.article().isEmpty()) {
                    assertTrue(basis.text().isEmpty(), info.id() + " cites no article, yet carries words");
                }
            }
        }
    }

    @Test
    void everyCitedAct_isCatalogued_withTitlesThatAreItsMessages() {
        Set<String> cited = new TreeSet<>();
        for (LawVersion v : LawBook.bundled()) {
            RuleVerifier.ENGINE.ruleset(v).rules().values().forEach(r -> cited.add(r.basis().act()));
        }
        for (String act : cited) {
            assertTrue(Sources.byKey(act).isPresent(), act + " is cited by a rule but not in sources.json");
        }
        for (Source s : Sources.all()) {
            for (String lang : Messages.LANGUAGES) {
                assertEquals(s.title(lang), Messages.of(lang).text("act." + s.key()),
                        "the " + lang + " title of " + s.key() + " in sources.json and in the message bundle differ");
            }
        }
    }

    @Test
    void theCatalogue_holdsTheActsTheLawVersionsRestOn() {
        for (String key : List.of("Z1100000477", "LAW-1997-MIGRATION", "LAW-153-V-2013", "LAW-421-V-2015",
                "LAW-147-VI-2018", "LAW-327-VI-2020", "LAW-223-VII-2023", "LAW-226-VII-2023", "LAW-82-VIII-2024",
                "LAW-86-VIII-2024", "LAW-213-VIII-2025", "ORDER-2025-10-10", "GOV-DECREE-83-2016", "SOCIAL-CODE-2023",
                "LAW-15-VIII-2023", "Z910004800_", "CONSTITUTION-1995",
                "LAWS-2024-07-82-VIII-86-VIII", "LAW-204-I-1997")) {
            assertTrue(Sources.byKey(key).isPresent(), key + " is missing from sources.json");
        }
        assertEquals("LAW-82-VIII-2024", Sources.canonical("LAWS-2024-07-82-VIII-86-VIII"));
        assertEquals("LAW-1997-MIGRATION", Sources.canonical("LAW-204-I-1997"));
        assertEquals("Z1100000477", Sources.canonical("Z1100000477"));
        assertEquals("NOT-CATALOGUED", Sources.canonical("NOT-CATALOGUED"));
        assertEquals(java.util.Optional.of("Z1100000477"), Sources.amended("LAWS-2024-07-82-VIII-86-VIII"));
        assertEquals(java.util.Optional.of("Z1100000477"), Sources.amended("LAW-223-VII-2023"));
        assertTrue(Sources.amended("Z1100000477").isEmpty());
    }

    @Test
    void c9_theLawOf2011_isInForceFrom17August2011_perItsArticle63() {
        Source law = Sources.byKey("Z1100000477").orElseThrow();
        assertEquals(LocalDate.of(2011, 7, 22), law.adopted());
        assertEquals(LocalDate.of(2011, 8, 17), law.inForce());
        assertFalse(law.inForceOn(LocalDate.of(2011, 8, 16)));
        assertTrue(law.inForceOn(LocalDate.of(2011, 8, 17)));
        assertTrue(LegalTexts.bundled().quote("Z1100000477", "63", "1", "", law.inForce()).ru()
                .contains("по истечении десяти календарных дней после его первого официального опубликования"));
        Source old = Sources.byKey("LAW-1997-MIGRATION").orElseThrow();
        assertEquals(law.inForce(), old.repealed().orElseThrow(), "Art. 63 p. 2 repeals the 1997 law with it");
        assertTrue(old.inForceOn(LocalDate.of(2011, 8, 16)));
        assertFalse(old.inForceOn(LocalDate.of(2011, 8, 17)));
    }

    @Test
    void c45_theLawOnCitizenship_entersIntoForceOn1March1992_notOnItsAdoption() {
        Source cit = Sources.byKey("Z910004800_").orElseThrow();
        assertEquals(LocalDate.of(1991, 12, 20), cit.adopted());
        assertEquals(LocalDate.of(1992, 3, 1), cit.inForce());
        assertEquals(Confidence.SECONDARY, cit.inForceConfidence());
        assertTrue(LegalTexts.bundled().quote("Z910004800_", "3", "", "", cit.inForce()).ru()
                .contains("постоянно проживают в Республике Казахстан на день вступления в силу настоящего Закона"));
    }

    @Test
    void c49_c55_theAmendingLaws_enterIntoForceTenDaysAfterPublication_noEarlierThanTheCatalogueSays() {
        Map<String, LocalDate> adopted = Map.of("LAW-153-V-2013", LocalDate.of(2013, 12, 10),
                "LAW-421-V-2015", LocalDate.of(2015, 11, 24), "LAW-147-VI-2018", LocalDate.of(2018, 4, 16),
                "LAW-327-VI-2020", LocalDate.of(2020, 5, 13), "LAW-223-VII-2023", LocalDate.of(2023, 4, 19),
                "LAW-82-VIII-2024", LocalDate.of(2024, 5, 16), "LAW-213-VIII-2025", LocalDate.of(2025, 7, 17));
        adopted.forEach((key, day) -> {
            Source s = Sources.byKey(key).orElseThrow();
            assertEquals(day, s.adopted(), key);
            assertEquals(day.plusDays(11), s.inForce(), key + ": the earliest day, ten days after a publication"
                    + " no earlier than the adoption");
            assertEquals(Confidence.UNVERIFIED, s.inForceConfidence(), key + ": the publication date was not found");
            assertFalse(s.inForceBasis().isBlank(), key);
        });
        assertEquals(LocalDate.of(2023, 7, 1), Sources.byKey("LAW-226-VII-2023").orElseThrow().inForce());
        assertEquals(LocalDate.of(2024, 5, 21).plusDays(61), Sources.byKey("LAW-86-VIII-2024").orElseThrow().inForce(),
                "sixty days after publication");
        assertEquals(LocalDate.of(2025, 10, 26), Sources.byKey("ORDER-2025-10-10").orElseThrow().inForce());
        assertEquals(LocalDate.of(2030, 1, 1), Sources.byKey("LAW-15-VIII-2023").orElseThrow().inForce());
    }

    @Test
    void sources_rejectsABrokenCatalogue_namingThePlace() {
        String good = Ruleset.resource("kz/oralman/rules/sources.json");
        assertTrue(Sources.parse(good, "sources.json").size() == Sources.all().size());
        assertProblem(good.replaceFirst("\"inForce\": \"1991-12-16\"", "\"inForce\": \"1991-12-15\""),
                "/sources/0: source Z910004400_ enters into force on 1991-12-15, before it is adopted");
        assertProblem(good.replace("\"aliasOf\": \"LAW-1997-MIGRATION\"", "\"aliasOf\": \"NOPE\""),
                "LAW-204-I-1997 is an alias of NOPE");
        assertProblem(good.replaceFirst("\"en\": \"Constitutional Law", "\"de\": \"Constitutional Law"),
                "/sources/0: source Z910004400_ has no title in en");
        assertProblem(good.replace("\"key\": \"Z910004800_\"", "\"key\": \"Z910004400_\""), "the key Z910004400_ repeats");
        assertProblem(good.replaceFirst("\"amends\": \"Z1100000477\"", "\"amends\": \"NOPE\""),
                "LAW-153-V-2013 amends NOPE, which is not catalogued");
    }

    private static void assertProblem(String json, String expected) {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Sources.parse(json, "sources.json"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
