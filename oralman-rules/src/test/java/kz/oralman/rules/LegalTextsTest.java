package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.oralman.model.decision.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quotation catalogue: every file parses and is listed, every entry names where its words were
 * read, no two entries claim the same provision on the same day, and the lookup finds the words
 * of the wording in force on a date, on both sides of each change. The claim ids (C1, C3, …) are
 * those of {@code primary-texts.md}.
 */
class LegalTextsTest {
    private static final Path TEXTS = Path.of("src/main/resources/kz/oralman/rules/texts");
    private static final LegalTexts BUNDLED = LegalTexts.bundled();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static String ru(String act, String article, String paragraph, String sub, String date) {
        return BUNDLED.quote(act, article, paragraph, sub, d(date)).ru();
    }

    @Test
    void everyFileOfTheFolderIsListed_andEveryListedFileParses() throws IOException {
        JsonNode index = new ObjectMapper().readTree(TEXTS.resolve("index.json").toFile());
        Set<String> listed = new TreeSet<>();
        index.path("files").forEach(f -> assertTrue(listed.add(f.asText()), f.asText() + " is listed twice"));
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(TEXTS)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("index.json"))
                    .forEach(present::add);
        }
        assertEquals(present, listed, "texts/index.json must list exactly the quotation files of the folder");
        assertEquals(listed.size(), BUNDLED.wordings().size());
    }

    @Test
    void everyEntryNamesTheTextItWasReadIn_andWhere() {
        for (LegalTexts.Wording w : BUNDLED.wordings()) {
            assertFalse(w.texts().isEmpty(), w.id());
            w.texts().forEach((lang, t) -> {
                assertTrue(t.key().startsWith("T-"), w.id() + " " + lang + ": text key " + t.key());
                assertTrue(t.url().startsWith("https://github.com/") && t.url().contains("/blob/" + t.commit() + "/"),
                        w.id() + ": " + t.url());
                assertFalse(t.state().isBlank(), w.id() + " " + lang + " has no state");
            });
            for (LegalTexts.Entry e : w.entries()) {
                String where = w.id() + " " + e.key();
                assertTrue(e.ru().isPresent() || e.kk().isPresent(), where + " has no words");
                e.ru().ifPresent(x -> {
                    assertTrue(w.texts().containsKey("ru"), where + ": Russian words without a Russian source");
                    assertFalse(x.at().isBlank(), where + ": where the Russian words stand is not said");
                    assertFalse(x.text().isBlank(), where);
                });
                e.kk().ifPresent(x -> {
                    assertTrue(w.texts().containsKey("kk"), where + ": Kazakh words without a Kazakh source");
                    assertFalse(x.at().isBlank(), where + ": where the Kazakh words stand is not said");
                    assertFalse(x.text().isBlank(), where);
                });
            }
        }
    }

    @Test
    void wordsAreCopied_notParaphrased_eachEntryStartsWithItsOwnNumber() {
        for (LegalTexts.Wording w : BUNDLED.wordings()) {
            for (LegalTexts.Entry e : w.entries()) {
                String number = !e.subParagraph().isEmpty() ? e.subParagraph() + ")"
                        : !e.paragraph().isEmpty() ? e.paragraph() + "." : "";
                if (number.isEmpty()) {
                    continue;
                }
                e.ru().ifPresent(x -> assertTrue(x.text().startsWith(number), w.id() + " " + e.key() + ": " + x.text()));
                e.kk().ifPresent(x -> assertTrue(x.text().startsWith(number), w.id() + " " + e.key() + ": " + x.text()));
            }
        }
    }

    @Test
    void noTwoEntriesClaimTheSameProvisionOnTheSameDay() {
        Map<String, List<String>> clashes = new LinkedHashMap<>();
        List<LegalTexts.Wording> all = BUNDLED.wordings();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i; j < all.size(); j++) {
                LegalTexts.Wording a = all.get(i);
                LegalTexts.Wording b = all.get(j);
                if (!a.act().equals(b.act())) {
                    continue;
                }
                for (LegalTexts.Entry x : a.entries()) {
                    for (LegalTexts.Entry y : b.entries()) {
                        if (x == y || !x.key().equals(y.key())) {
                            continue;
                        }
                        if (x.inForce().overlaps(y.inForce())) {
                            clashes.computeIfAbsent(a.act() + " " + x.key(), k -> new ArrayList<>())
                                    .add(a.id() + x.inForce() + " and " + b.id() + y.inForce());
                        }
                    }
                }
            }
        }
        assertTrue(clashes.isEmpty(), "entries overlap: " + clashes);
    }

    /**
     * A check on the copying, from two texts read apart: the rename of 02.01.2021 replaced only the
     * words its footnote lists («оралман» → «кандас» in ten forms), so every provision quoted from
     * both the 2020 and the 2021 Russian texts must read the same once renamed; and the provisions
     * no later law changed read the same in 2021 and 2025.
     */
    @Test
    void theRenameChangedOnlyTheWordsItsFootnoteLists_soTwoCopiesAgree() {
        String[][] forms = {{"оралманами", "кандасами"}, {"оралманам", "кандасам"}, {"оралманов", "кандасов"},
            {"оралманах", "кандасах"}, {"оралманом", "кандасом"}, {"оралмана", "кандаса"}, {"оралманы", "кандасы"},
            {"Оралманы", "Кандасы"}, {"Оралманам", "Кандасам"}, {"оралман", "кандас"}};
        LegalTexts.Wording y2020 = wording("Z1100000477@2020");
        LegalTexts.Wording y2021 = wording("Z1100000477@2021");
        int compared = 0;
        for (LegalTexts.Entry e : y2020.entries()) {
            LegalTexts.Entry later = entry(y2021, e.key());
            if (later == null || e.ru().isEmpty() || later.ru().isEmpty()) {
                continue;
            }
            String renamed = e.ru().get().text();
            for (String[] f : forms) {
                renamed = renamed.replaceAll("(?<![\\p{L}])" + f[0] + "(?![\\p{L}])", f[1]);
            }
            assertEquals(later.ru().get().text(), renamed, e.key() + ": the 2020 words renamed differ from the 2021 words");
            compared++;
        }
        assertTrue(compared >= 25, compared + " provisions compared");
        int same = 0;
        for (String key : List.of("1//2", "1//13-1", "1//28", "11//4-2", "11//9", "11//10", "11//11", "15/1/6-1",
                "15/1/6-3", "15/1/6-4", "19-1//", "24/1/", "24/2/", "26/1/1", "26/1/5", "25//3")) {
            LegalTexts.Entry a = entry(y2021, key);
            LegalTexts.Entry b = entry(wording("Z1100000477@2025"), key.equals("25//3") ? "25/1/3" : key);
            assertEquals(a.ru().get().text(), b.ru().get().text(), key + ": unchanged since 2021, yet the copies differ");
            same++;
        }
        assertEquals(16, same);
        for (String key : List.of("1//13-1", "1//13-2", "20/4/", "20/6/", "23/1/", "23/2/", "23/2/1")) {
            assertEquals(entry(wording("Z1100000477@2018"), key).kk().get().text(), entry(y2020, key).kk().get().text(),
                    key + ": Law No. 327-VI did not change it, yet the 2018 and 2020 Kazakh copies differ");
        }
    }

    private static LegalTexts.Wording wording(String id) {
        return BUNDLED.wordings().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    private static LegalTexts.Entry entry(LegalTexts.Wording w, String key) {
        return w.entries().stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    @Test
    void everyActQuotedIsCatalogued_andItsTextKeysAreNamedThere() {
        for (LegalTexts.Wording w : BUNDLED.wordings()) {
            Source s = Sources.byKey(w.act()).orElseThrow(() -> new AssertionError(w.id() + ": act not in sources.json"));
            assertTrue(s.aliasOf().isEmpty(), w.id() + " is filed under an alias");
            w.texts().values().forEach(t -> assertTrue(s.texts().contains(t.key()),
                    w.id() + ": sources.json does not name " + t.key() + " among the texts of " + s.key()));
        }
    }

    @ParameterizedTest(name = "{0} {1}/{2}/{3} on {4} ({6})")
    @CsvSource(delimiter = '|', value = {
        // C54: the 1997 definition, no children clause; the 2007/2010 wording is exact from 01.01.2010
        "LAW-1997-MIGRATION|1||11|2010-01-01|на момент приобретения суверенитета|exact",
        "LAW-1997-MIGRATION|1||11|2009-12-31|на момент приобретения суверенитета|shown",
        "LAW-1997-MIGRATION|14|2||2010-06-01|в течение двух месяцев|shown",
        "LAW-1997-MIGRATION|14|2||2011-08-16|в течение двух месяцев|exact",
        "LAW-204-I-1997|14|4||2011-08-16|после получения им гражданства|exact",
        // C9: the 2011 law's own commencement clause
        "Z1100000477|63|1||2011-08-17|по истечении десяти календарных дней|exact",
        "Z1100000477|62|2||2011-08-17|сохраняют свое действие|exact",
        // C3, C4: the 2020 definition, then the rename, then the 2023 one
        "Z1100000477|1||13|2020-05-24|прибывшие на историческую родину|exact",
        "Z1100000477|1||13|2021-01-01|оралман – этнический казах|exact",
        "Z1100000477|1||13|2021-01-02|кандас – этнический казах|exact",
        "Z1100000477|1||13|2023-04-29|прибывшие на историческую родину|exact",
        "Z1100000477|1||13|2023-04-30|в порядке, установленном уполномоченным органом|exact",
        // C12: one extension of at most six months from Law No. 327-VI, until Art. 21 is repealed
        "Z1100000477|21|2||2020-05-24|однократно на срок не более шести месяцев|exact",
        "Z1100000477|21|2||2023-04-29|однократно на срок не более шести месяцев|exact",
        // C10, C11: Art. 25 without paragraphs until 01.07.2023, then p. 1 of the 226-VII wording
        "Z1100000477|25|1|3|2023-06-30|по истечении одного года со дня получения статуса кандаса|exact",
        "Z1100000477|25|1|3|2023-07-01|по истечении одного года со дня получения статуса кандаса|exact",
        "Z1100000477|25|1|1|2020-05-24|после получения оралманом гражданства|exact",
        // C23: the refusal grounds of Law No. 223-VII
        "Z1100000477|20||3|2023-04-30|террористическим или экстремистским организациям|exact",
        "Z1100000477|20||5|2025-10-26|отказ этнического казаха от предложенной для расселения|exact",
        // C49, C32: the nationality commission and the widows, from Law No. 82-VIII
        "Z1100000477|15|1|6-10|2024-05-27|принимают решение о принадлежности к казахской национальности|exact",
        "Z1100000477|21-1|1||2024-05-27|вдовы кандасов и их общие дети|exact",
        // C48: the commission for applications; its 2023 words were not seen, the 2025 ones stand in
        "Z1100000477|19-2|||2023-04-30|Комиссия по приему кандасов|shown",
        "Z1100000477|19-2|||2025-07-28|Комиссия по приему кандасов|exact",
        // C26, C47, C18, C39, C38
        "Z1100000477|11||4-2|2020-05-24|на предстоящий год|exact",
        "Z1100000477|11||10|2025-10-26|рассматривает жалобы на отказ|exact",
        "Z1100000477|24|2||2021-01-02|Порядок и сроки проживания кандасов|exact",
        "Z1100000477|26|1|1|2024-05-27|в упрощенном (регистрационном) порядке|exact",
        "Z1100000477|23|1||2023-06-30|освобождаются от подтверждения своей платежеспособности|exact",
        // C16: Art. 49, whose grounds end the status through Art. 25 p. 1 sp. 2
        "Z1100000477|49||4|2021-05-11|определяемых Правительством Республики Казахстан, за исключением этнических казахов|exact",
        "Z1100000477|49||4|2021-01-02|определяемых Правительством Республики Казахстан, за исключением этнических казахов|shown",
        "Z1100000477|49||4|2024-05-27|определяемых Министерством внутренних дел Республики Казахстан|exact",
        "Z1100000477|49||11|2023-04-30|выдворенным в течение пяти лет|shown",
        "Z1100000477|21-1|1||2023-04-30|включаются члены семьи кандаса, прибывшие|shown",
        "Z910004800_|3|||1992-03-01|на день вступления в силу настоящего Закона|shown",
        // an amending law's insertion is quoted from the act it amends; a sub-paragraph cited without its p. 1
        "LAW-82-VIII-2024|15|1|6-10|2024-05-28|принимают решение о принадлежности к казахской национальности|exact",
        "LAWS-2024-07-82-VIII-86-VIII|21-1|1||2024-05-28|вдовы кандасов и их общие дети|exact",
        "Z1100000477|25||3|2025-10-26|по истечении одного года со дня получения статуса кандаса|exact",
        "SOCIAL-CODE-2023|263|1||2023-07-01|с 1 июля 2023 года|exact",
        "CONSTITUTION-1995|21|1||2011-08-17|право свободного передвижения|exact",
    })
    void quote_findsTheWordsInForceOnTheDate(String act, String article, String paragraph, String sub, String date,
                                              String words, String kind) {
        Quotation q = BUNDLED.quote(act, article, paragraph == null ? "" : paragraph, sub == null ? "" : sub, d(date));
        assertFalse(q.isEmpty(), "no quotation");
        assertTrue(q.ru().contains(words), q.ru());
        assertEquals(kind.equals("exact"), q.exact(), q.note());
        assertTrue(q.sources().stream().anyMatch(s -> s.startsWith("ru: https://github.com/")), q.sources().toString());
    }

    @ParameterizedTest(name = "{0} {1}/{2}/{3} on {4}")
    @CsvSource(delimiter = '|', value = {
        // C1: the 2018 Kazakh wording with the sovereignty condition and the children clause
        "Z1100000477|1||13|2018-05-15|егемендік алған кезде|Z1100000477@2018",
        "Z1100000477|1||13|2020-05-23|ұлты қазақ балалары|Z1100000477@2018",
        "Z1100000477|1||13|2020-05-24|тарихи отанына келген|Z1100000477@2020",
        "Z1100000477|1||13|2025-10-26|уәкілетті орган белгілеген тәртіппен|Z1100000477@2025",
        "Z1100000477|25||3|2013-12-21|бір жыл өткеннен кейін|Z1100000477@2018",
    })
    void quote_givesTheKazakhWords_whereTheKazakhTextWasRead(String act, String article, String paragraph,
                                                              String sub, String date, String words, String wording) {
        Quotation q = BUNDLED.quote(act, article, paragraph == null ? "" : paragraph, sub == null ? "" : sub, d(date));
        assertTrue(q.kk().contains(words), q.kk());
        assertEquals(wording, q.wording());
        assertEquals(q.kk(), q.words("kk"));
    }

    @Test
    void quote_beforeTheActTookEffect_givesTheWordsItHadWhenItDid() {
        assertEquals(BUNDLED.quote("Z1100000477", "24", "2", "", d("2011-08-17")),
                BUNDLED.quote("Z1100000477", "24", "2", "", d("2011-07-22")));
        assertFalse(BUNDLED.quote("Z1100000477", "24", "2", "", d("2011-07-22")).isEmpty());
        assertTrue(BUNDLED.quote("Z1100000477", "24", "2", "", d("2011-08-17")).note().contains("2011"));
    }

    @Test
    void quote_isNone_whereNoWordingWasRead_orNoArticleIsCited() {
        Quotation art25 = BUNDLED.quote("Z1100000477", "25", "", "3", d("2013-12-20"));
        assertTrue(art25.otherWording() && art25.note().contains("was not read"),
                "the 2011–2013 Art. 25 was not seen (C10): a later wording stands in, flagged: " + art25.note());
        assertFalse(art25.exact());
        Quotation before147 = BUNDLED.quote("Z1100000477", "21", "2", "", d("2018-04-26"));
        assertTrue(before147.otherWording() && before147.note().contains("which added the extension"),
                "the 2015–2018 Art. 21 p. 2 had no extension; the 2018 words stand in, flagged: " + before147.note());
        // where no wording in force was read, words of another wording stand in, never as the words of the day
        Quotation before421 = BUNDLED.quote("Z1100000477", "21", "2", "", d("2015-12-04"));
        assertTrue(before421.isEmpty() || (before421.otherWording() && !before421.exact()), "before Law No. 421-V");
        Quotation repealed = BUNDLED.quote("Z1100000477", "21", "2", "", d("2023-04-30"));
        assertTrue(repealed.isEmpty() || (repealed.otherWording() && !repealed.exact()), "Art. 21 repealed");
        assertTrue(BUNDLED.quote("Z1100000477", "", "", "", d("2024-01-01")).isEmpty());
        assertTrue(BUNDLED.quote("V1300008624", "3", "", "", d("2024-01-01")).isEmpty(), "no text of the status rules");
        Quotation after2030 = BUNDLED.quote("Z1100000477", "20", "", "3", d("2030-01-01"));
        assertTrue(after2030.isEmpty() || (after2030.otherWording() && !after2030.exact()), "Law No. 15-VIII");
    }

    @Test
    void quote_ofAWholeArticle_joinsItsQuotedParts_andSaysSo() {
        Quotation q = BUNDLED.quote("Z1100000477", "1", "", "", d("2021-01-02"));
        assertEquals("Z1100000477@2021", q.wording());
        assertTrue(q.ru().startsWith("2) адаптационные") && q.ru().contains("\n13) кандас") && q.ru().endsWith("национальности."),
                q.ru());
        assertTrue(q.partial() && q.exact() && q.note().contains("not its whole text"), q.note());
        Quotation p2 = BUNDLED.quote("Z1100000477", "23", "2", "", d("2024-05-27"));
        assertTrue(p2.exact() && p2.ru().startsWith("2. Лица, получившие статус кандаса"), p2.ru());
    }

    // --- the lookup on a small catalogue written for the test ---

    private static final String FILE = """
            {"format": "oralman-legal-text/1", "act": "X", "wording": "W", "description": "test",
             "inForce": {"from": "2020-01-01", "until": "2021-01-01"},
             "texts": {"ru": {"key": "T-x", "repo": "o/r", "path": "p.txt", "commit": "%s", "state": "s"}},
             "entries": [
               {"article": "5", "ru": {"text": "статья пять", "at": "Статья 5"}},
               {"article": "7", "paragraph": "2", "ru": {"text": "2. пункт", "at": "Статья 7 п. 2"},
                "inForce": {"from": "2020-06-01", "until": null},
                "shownFor": {"from": "2019-01-01", "until": "2020-06-01", "note": "later words"}},
               {"article": "7", "paragraph": "2", "subParagraph": "1", "ru": {"text": "1) подпункт", "at": "x"}},
               {"article": "7", "paragraph": "3", "ru": {"text": "3. другой", "at": "x"}}
             ]}
            """.formatted("a".repeat(40));

    private static LegalTexts small(String json) {
        return LegalTexts.parse(Map.of("X@W.json", json));
    }

    @Test
    void lookup_halfOpenRanges_onBothSidesOfEachBoundary() {
        LegalTexts t = small(FILE);
        // outside the wording's days the words stand in only flagged as another wording's
        assertTrue(t.quote("X", "5", "", "", d("2019-12-31")).otherWording());
        assertEquals("статья пять", t.quote("X", "5", "", "", d("2020-01-01")).ru());
        assertFalse(t.quote("X", "5", "", "", d("2020-01-01")).otherWording());
        assertEquals("статья пять", t.quote("X", "5", "", "", d("2020-12-31")).ru());
        assertTrue(t.quote("X", "5", "", "", d("2021-01-01")).otherWording());
        Quotation before = t.quote("X", "7", "2", "", d("2020-05-31"));
        assertEquals("later words", before.note());
        assertFalse(before.exact());
        assertTrue(before.otherWording() && !before.partial());
        assertTrue(t.quote("X", "7", "2", "", d("2020-06-01")).exact());
        assertTrue(t.quote("X", "7", "2", "", d("2035-01-01")).exact(), "an entry's open end");
        Quotation early = t.quote("X", "7", "2", "", d("2018-12-31"));
        assertTrue(early.otherWording() && !early.exact() && early.note().contains("was not read"), early.note());
    }

    @Test
    void lookup_fallsBackToTheEnclosingUnit_andReadsParagraphOneOfAnUnnumberedArticle() {
        LegalTexts t = small(FILE);
        assertEquals("статья пять", t.quote("X", "5", "1", "", d("2020-02-01")).ru(), "p. 1 of an unnumbered article");
        assertEquals("статья пять", t.quote("X", "5", "", "9", d("2020-02-01")).ru(), "a sub-paragraph not quoted alone");
        assertEquals("1) подпункт", t.quote("X", "7", "2", "1", d("2020-02-01")).ru());
        assertEquals("3. другой", t.quote("X", "7", "3", "4", d("2020-02-01")).ru());
        assertTrue(t.quote("X", "7", "4", "", d("2020-02-01")).isEmpty(), "p. 4 is not quoted");
        Quotation article = t.quote("X", "7", "", "", d("2020-07-01"));
        assertEquals("2. пункт\n3. другой", article.ru(), "sub-paragraph 1 is inside the quoted p. 2");
        assertTrue(article.partial() && !article.otherWording());
        Quotation early = t.quote("X", "7", "", "", d("2019-06-01"));
        assertEquals("2. пункт", early.ru(), "only p. 2 may stand in before 2020");
        assertTrue(early.partial() && early.otherWording() && early.note().contains("later words"), early.note());
        assertTrue(t.quote("Y", "5", "", "", d("2020-02-01")).isEmpty(), "another act");
    }

    @Test
    void parse_namesTheFileAndThePlaceOfTheProblem() {
        assertMessage(FILE.replace("\"act\": \"X\"", "\"act\": \"Z\""), "X@W.json: the file of act Z");
        assertMessage(FILE.replace("a".repeat(40), "abc"), "X@W.json: /texts/ru: commit 'abc'");
        assertMessage(FILE.replace("\"article\": \"5\"", "\"article\": \"five\""), "X@W.json: /entries/0: 'five'");
        assertMessage(FILE.replace("\"at\": \"Статья 5\"", "\"at\": \" \""), "X@W.json: /entries/0: 'at' is required");
        assertMessage(FILE.replace("\"note\": \"later words\"", "\"note\": \"\""), "/entries/1: 'note' is required");
        assertMessage(FILE.replace("{\"article\": \"7\", \"paragraph\": \"3\", \"ru\"", "{\"article\": \"7\", \"paragraph\": \"3\", \"kk\""),
                "/entries/3: /kk is given but /texts names no kk source");
        assertMessage(FILE.replace("2021-01-01", "2019-01-01"), "X@W.json: /inForce ends on 2019-01-01");
        assertMessage("{", "X@W.json: not well-formed JSON");
    }

    private static void assertMessage(String json, String expected) {
        RulesetException e = assertThrows(RulesetException.class, () -> small(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
