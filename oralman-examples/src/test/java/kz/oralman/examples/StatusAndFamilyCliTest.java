package kz.oralman.examples;

import static kz.oralman.examples.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.oralman.examples.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code decide} for every person of a family case, {@code --person}, and {@code status}. */
class StatusAndFamilyCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String sample(String name) {
        return Repo.root().resolve("oralman-examples/cases/" + name + ".json").toString();
    }

    private static final String FAMILY = "uz-2024-09-uzbek-spouse-family-granted";
    private static final String ANNULLED = "cn-2024-11-extension-permit-annulled-refused";

    @Test
    void decide_aFamilyCase_printsOneDecisionPerPerson_applicantFirst() {
        Run r = run("decide", sample(FAMILY));
        assertEquals(0, r.code(), r.err());
        int applicant = r.out().indexOf("== Person: applicant, applicant ==");
        int spouse = r.out().indexOf("== Person: spouse, family member (spouse of the applicant) ==");
        int child = r.out().indexOf("== Person: child, family member (child of the applicant) ==");
        assertTrue(applicant == 0 && spouse > applicant && child > spouse, r.out());
        assertTrue(r.out().contains("[FAMILY.NOT_A_KANDAS]"), r.out());
        assertFalse(r.out().substring(spouse, child).contains("nationality.kazakh"), r.out());
    }

    @Test
    void decide_asJson_isAnArrayOfDecisions_andWithPersonOneObject() throws Exception {
        JsonNode all = MAPPER.readTree(run("decide", sample(FAMILY), "--format", "json").out());
        assertTrue(all.isArray());
        assertEquals(3, all.size());
        assertEquals("applicant", all.get(0).get("subject").asText());
        assertEquals("spouse", all.get(1).get("subject").asText());
        assertEquals("NOT_APPLICABLE", all.get(1).get("outcome").asText());
        Run one = run("decide", sample(FAMILY), "--format", "json", "--person", "spouse");
        assertEquals(0, one.code(), one.err());
        JsonNode spouse = MAPPER.readTree(one.out());
        assertTrue(spouse.isObject());
        assertEquals(all.get(1), spouse);
        String[] lines = run("decide", sample(FAMILY), "--format", "jsonl").out().split("\n");
        assertEquals(3, lines.length);
        assertEquals(all.get(2), MAPPER.readTree(lines[2]));
    }

    @Test
    void decide_anUnknownPerson_exitsWith2_andListsThePersons() {
        Run r = run("decide", sample(FAMILY), "--person", "cousin");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'cousin' is not a person") && r.err().contains("spouse"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(2, run("decide", sample(FAMILY), "--person", "bad id!").code());
    }

    @Test
    void status_anAnnulledPermit_endsTheStatus_withTheArticle25Ground_andTheEvents() {
        Run r = run("status", sample(ANNULLED), "--person", "applicant", "--on", "2024-11-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Status on 2024-11-01: ended — permanent residence permit refused or annulled on the "
                + "grounds of Art. 49 (Art. 25 p.1 sub-para 2)"), r.out());
        assertTrue(r.out().contains("[/persons/0/permitDecisions/0]"), r.out());
        assertTrue(r.out().contains("[/application/statusHistory/0]"), r.out());
        Run before = run("status", sample(ANNULLED), "--person", "applicant", "--on", "2024-06-13");
        assertTrue(before.out().contains("Status on 2024-06-13: active"), before.out());
        Run none = run("status", sample(ANNULLED), "--person", "applicant", "--on", "2024-01-31");
        assertTrue(none.out().contains(": never held"), none.out());
        Run expired = run("status", sample("uz-2023-06-30-permit-refusal-extension-granted"), "--on", "2024-03-01");
        assertTrue(expired.out().contains(": expired — one year"), expired.out());
    }

    @Test
    void status_asJson_inEveryLanguage_andTextInKazakhAndRussian() throws Exception {
        JsonNode j = MAPPER.readTree(run("status", sample(ANNULLED), "--on", "2024-11-01", "--format", "json").out());
        assertEquals(1, j.size());
        JsonNode s = j.get(0);
        assertEquals("oralman-status/1", s.get("format").asText());
        assertEquals("ENDED", s.get("state").asText());
        assertEquals("PERMIT_REFUSED_OR_ANNULLED", s.get("endReason").asText());
        assertTrue(s.get("article25Ground").asBoolean());
        assertEquals(2, s.get("article25Subparagraph").asInt());
        assertEquals("2024-06-14", s.get("endedOn").asText());
        assertEquals("PERMIT_ANNULLED", s.get("events").get(1).get("kind").asText());
        assertTrue(run("status", sample(ANNULLED), "--on", "2024-11-01", "--lang", "kk").out()
                .contains("тұрақты тұруға рұқсат"));
        assertTrue(run("status", sample(ANNULLED), "--on", "2024-11-01", "--lang", "ru").out()
                .contains("разрешения на постоянное проживание"));
    }

    @Test
    void status_anEndThatIsNotAnArticle25Ground_isFlagged() {
        Run r = run("status", sample("ru-2015-extension-before-law-147-VI-not-applicable"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(not an Art. 25 ground)"), r.out());
        assertTrue(r.out().contains("⚠ The recorded reason is not one of the grounds Art. 25 p.1 lists"), r.out());
    }

    @Test
    void status_showsPendingApplicationsAndUnsettledPermitDecisions() {
        Run r = run("status", sample("cn-2025-permit-annulment-unsettled-needs-evidence"), "--on", "2025-03-03");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": active"), r.out());
        assertTrue(r.out().contains("Status application pending: Extension of kandas status, 2025-03-03"), r.out());
        assertTrue(r.out().contains("⚠ A permanent residence permit decision may have ended the status"), r.out());
    }

    @Test
    void status_badInput_exitsWith2() {
        assertEquals(2, run("status", sample(ANNULLED), "--person", "nobody").code());
        assertEquals(2, run("status", sample(ANNULLED), "--on", "2024-02-30").code());
        assertEquals(2, run("status", sample(ANNULLED), "--lang", "de").code());
        assertEquals(2, run("status", "no/such.json").code());
        assertEquals(0, run("status", "--help").code());
    }
}
