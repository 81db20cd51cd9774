package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.oralman.examples.cli.OralmanCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OralmanCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String example() {
        return Repo.root().resolve("docs/examples/uz-2024-family.json").toString();
    }

    @Test
    void decide_printsTheExplanation() {
        Run r = run("decide", example());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Outcome: Granted"), r.out());
        assertTrue(r.out().contains("[NATIONALITY.ESTABLISHED_BY_DOCUMENT]"), r.out());
    }

    @Test
    void decide_asJson_inAnyLanguage_givesTheSameDecision_withTheReasonsTextsInThatLanguage() throws Exception {
        Run plain = run("decide", example(), "--format", "json", "--person", "applicant");
        Run en = run("decide", example(), "--format", "json", "--lang", "en", "--person", "applicant");
        Run kk = run("decide", example(), "--format", "json", "--lang", "kk", "--person", "applicant");
        assertEquals(0, en.code());
        assertEquals(0, kk.code());
        assertTrue(plain.out().contains("\"format\": \"oralman-decision/1\""));
        assertFalse(plain.out().contains("\"language\""), "no texts unless asked for");
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode k = m.readTree(kk.out());
        assertEquals("kk", k.path("language").asText());
        assertTrue(k.path("reasons").path(0).path("text").asText().contains("жыл"), kk.out());
        for (Run r : new Run[] {en, kk}) {
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(r.out());
            tree.remove("language");
            tree.path("reasons").forEach(x -> ((com.fasterxml.jackson.databind.node.ObjectNode) x).remove("text"));
            assertEquals(m.readTree(plain.out()), tree, "the same decision in every language");
        }
    }

    @Test
    void decide_asOfAnotherDate_changesTheLawVersion() {
        Run r = run("decide", example(), "--as-of", "2025-11-01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"lawVersion\": \"Z1100000477@2025-10-26\""), r.out());
    }

    @Test
    void decide_asOfBeforeTheFilingDate_isRefused_inOneSentence() {
        Run r = run("decide", example(), "--as-of", "2020-12-31");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("before the filing date 2024-03-01"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void decide_aBadAsOf_isOneSentence_withoutAJavaClassName() {
        Run r = run("decide", example(), "--as-of", "2023-02-29");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'2023-02-29' is not a date of the form YYYY-MM-DD that exists"), r.err());
        assertFalse(r.err().contains("java.") || r.err().contains("Exception"), r.err());
    }

    @Test
    void decide_aCaseWithProblems_exitsWith2_andNamesEveryPath_withoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(example())).replace("\"1986-04-12\"", "\"1986-02-30\"")
                .replace("\"relation\": \"SPOUSE\"", "\"relation\": \"COUSIN\""));
        Run r = run("decide", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("/persons/0/birthDate"), r.err());
        assertTrue(r.err().contains("/familyTies/0/relation"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void decide_aMissingFile_exitsWith2() {
        Run r = run("decide", "no/such/case.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void decide_notJson_exitsWith2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": ");
        Run r = run("decide", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("(document)"), r.err());
    }

    @Test
    void decide_badOptions_exitWith2() {
        assertEquals(2, run("decide", example(), "--as-of", "2023-02-29").code());
        assertEquals(2, run("decide", example(), "--lang", "de").code());
        assertEquals(2, run("decide", example(), "--format", "xml").code());
        assertEquals(2, run("decide").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void decide_anotherQuestion_ofTheSameCase() {
        Run r = run("decide", example(), "--question", "QUOTA_INCLUSION");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[QUOTA.NO_STATUS]"), r.out());
    }

    @Test
    void validate_printsASummary() {
        Run r = run("validate", example());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("is valid"), r.out());
        assertTrue(r.out().contains("applicant applicant"), r.out());
    }

    @Test
    void unverified_listsRulesAndParameters() {
        Run r = run("unverified");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("REFUSAL.GROUND_ESTABLISHED"), r.out());
        assertTrue(r.out().contains("sovereignty.cutoff"), r.out());
    }

    @Test
    void unverified_listsTheUncertainCutDates_andByHowMuch() {
        Run r = run("unverified");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Z1100000477@2024-05-28  from 2024-05-28 until 2025-07-29"), out);
        assertTrue(out.contains("the earliest possible day is 27.05.2024"), out);
        assertTrue(out.contains("LAW-1997-MIGRATION@1997-12-13"), out);
        assertTrue(out.contains("Z1100000477@2014-07-15"), out);
        assertTrue(!out.contains("Z1100000477@2023-07-01  from"), "01.07.2023 is given by the act itself:\n" + out);
    }

    @Test
    void sources_listsTheSeedsActs() {
        Run r = run("sources", "--lang", "ru");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Z910004400_"), r.out());
        assertTrue(r.out().contains("MVD-ORDER-582-2011"), r.out());
    }

    @Test
    void help_andVersion_succeed() {
        assertEquals(0, run("--help").code());
        assertEquals(0, run("decide", "--help").code());
        assertTrue(run("--version").out().contains("oralman"));
    }
}
