package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.oralman.examples.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code decide --quote} and {@code sources}: the acts' own words and the catalogue from the command line. */
class QuoteCliTest {
    private static String centreCase() {
        return Repo.root().resolve("oralman-examples/cases/tm-2024-centre-aktau-placed-granted.json").toString();
    }

    @Test
    void decide_quote_printsTheWordsOfTheArticle_underItsReason() {
        Run plain = CliTest.run("decide", centreCase());
        Run quoted = CliTest.run("decide", centreCase(), "--quote");
        assertEquals(0, quoted.code(), quoted.err());
        assertFalse(plain.out().contains("Text of the act"), plain.out());
        assertTrue(quoted.out().contains("Text of the act (Z1100000477@2025, in Russian):"), quoted.out());
        assertTrue(quoted.out().contains("       | Порядок и сроки проживания кандасов и членов их семей в центре адаптации"),
                quoted.out());
        String rulesInForce = quoted.out().split("\\[CENTRE.RULES_IN_FORCE]", 2)[1].split("\n {2}\\d+\\. ", 2)[0];
        assertTrue(rulesInForce.contains("Text of the act (Z1100000477@2025, in Russian):\n       | 2. Для оказания"),
                "the words stand under their reason:\n" + quoted.out());
        assertFalse(rulesInForce.contains("only the parts"), "Art. 24 p. 2 is quoted whole");
        assertTrue(quoted.out().contains("(only the parts of this provision that the library quotes, not its whole text)"),
                "Art. 24 cited whole gets its quoted paragraphs, and says so");
        String withoutQuotes = quoted.out().replaceAll("(?m)^     Text of the act.*\\n(^       .*\\n)*", "");
        assertEquals(plain.out(), withoutQuotes, "--quote only adds the words");
    }

    @Test
    void decide_quote_inKazakh_givesTheKazakhWords_whereHeld_elseTheRussian() {
        Run kk = CliTest.run("decide", centreCase(), "--quote", "--lang", "kk");
        assertEquals(0, kk.code(), kk.err());
        assertTrue(kk.out().contains("Акт мәтіні (Z1100000477@2025, қазақ тілінде):"), kk.out());
        Run kk2025 = CliTest.run("decide", centreCase(), "--quote", "--lang", "kk", "--as-of", "2025-11-01");
        assertTrue(kk2025.out().contains("Акт мәтіні (Z1100000477@2025, қазақ тілінде):"), kk2025.out());
        assertTrue(kk2025.out().contains("       | Қандастар мен олардың отбасы мүшелерінің"), kk2025.out());
    }

    @Test
    void decide_json_carriesTheWords_inLegalBasisText() {
        Run json = CliTest.run("decide", centreCase(), "--format", "json", "--person", "applicant");
        assertEquals(0, json.code(), json.err());
        // a 2024 decision (version Z1100000477@2023-07-01) quotes the current wording, read in T-2025ru
        assertTrue(json.out().contains("\"wording\": \"Z1100000477@2025\""), json.out());
        assertTrue(json.out().contains("\"ru: https://github.com/Zh4nS1k/LegalRAG/blob/"), json.out());
    }

    @Test
    void sources_listsTheActsTheLawVersionsRestOn_withTheirDatesAndTexts() {
        Run r = CliTest.run("sources", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Z1100000477 (Adilet Z1100000477) — Law of the Republic of Kazakhstan No. 477-IV"), r.out());
        assertTrue(r.out().contains("in force 2011-08-17 (PRIMARY: Art. 63 p. 1"), r.out());
        assertTrue(r.out().contains("LAW-82-VIII-2024 — Law of the Republic of Kazakhstan No. 82-VIII of 16 May 2024"), r.out());
        assertTrue(r.out().contains("LAWS-2024-07-82-VIII-86-VIII"), r.out());
        assertTrue(r.out().contains("    an older key of LAW-82-VIII-2024"), r.out());
        assertTrue(r.out().contains("read in: T-1997"), r.out());
        Run ru = CliTest.run("sources", "--lang", "ru");
        assertTrue(ru.out().contains("Закон Республики Казахстан от 13 декабря 1997 года № 204-I «О миграции населения»"), ru.out());
        assertEquals(2, CliTest.run("sources", "--lang", "de").code());
    }
}
