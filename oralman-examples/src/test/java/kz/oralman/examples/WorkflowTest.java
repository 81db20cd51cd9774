package kz.oralman.examples;

import static kz.oralman.examples.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.oralman.examples.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The legal researcher's and the integrator's commands: rules, --rules, batch, impact. */
class WorkflowTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path cases() {
        return Repo.root().resolve("oralman-examples/cases");
    }

    private static Path sample() {
        return cases().resolve("uz-2024-family-assign-granted.json");
    }

    @Test
    void rulesExport_thenCheck_thenDecideWithTheFolder(@TempDir Path dir) throws Exception {
        assertEquals(0, run("rules", "export", dir.toString()).code());
        Run check = run("rules", "check", dir.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("ok: " + kz.oralman.rules.LawBook.bundled().size() + " law version(s)"), check.out());
        assertTrue(check.out().contains("every version compiles to the executable model too"), check.out());
        Run bundled = run("decide", sample().toString(), "--format", "json", "--person", "applicant");
        Run folder = run("decide", sample().toString(), "--format", "json", "--person", "applicant", "--rules",
                dir.toString());
        // the same decision, named as the folder's own ruleset and never as the bundled law version
        var a = kz.oralman.model.json.DecisionJson.readReceipt(bundled.out());
        var b = kz.oralman.model.json.DecisionJson.readReceipt(folder.out());
        assertEquals(a.rulesetHash(), b.rulesetHash());
        assertEquals("external:" + dir.getFileName() + "/" + a.lawVersion() + "#" + a.rulesetHash().substring(0, 12),
                b.lawVersion());
        assertEquals(bundled.out().replace(a.lawVersion(), b.lawVersion()).replace(a.digest(), b.digest()),
                folder.out());
    }

    @Test
    void rulesCheck_warnsAboutDrlTheExecutableModelDoesNotTake_andExitsWith0(@TempDir Path dir) throws Exception {
        run("rules", "export", dir.toString());
        Path f = dir.resolve("drl/quota_regional.drl");
        String text = Files.readString(f);
        assertTrue(text.contains("countedIn($params.quotaUnit)"), "the bundled form of the unit comparison");
        // the form the classic compiler takes and the executable model's parser does not (`unit` is its keyword)
        Files.writeString(f, text.replace("!countedIn($params.quotaUnit)", "unit != $params.quotaUnit"));
        String version = kz.oralman.rules.LawBook.bundled().get(kz.oralman.rules.LawBook.bundled().size() - 1).id();
        Run r = run("rules", "check", dir.toString(), "--version", version);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + version + " does not compile to the executable model"), r.err());
        int line = text.substring(0, text.indexOf("rule \"QUOTA.UNIT_MISMATCH\"")).split("\n", -1).length;
        assertTrue(r.err().contains("quota_regional.drl:" + line + ": rule \"QUOTA.UNIT_MISMATCH\""), r.err());
        assertTrue(r.out().contains("1 version(s) with executable-model warnings"), r.out());
        Run quick = run("rules", "check", dir.toString(), "--version", version, "--no-executable-model");
        assertEquals(0, quick.code(), quick.err());
        assertFalse(quick.err().contains("warning"), quick.err());
        // and the folder still decides, compiled the classic way
        Run decide = run("decide", sample().toString(), "--rules", dir.toString(), "--person", "applicant");
        assertEquals(0, decide.code(), decide.err());
    }

    @Test
    void rulesCheck_ofAHostileFolder_exitsWith2_andNamesTheFileLineAndRule(@TempDir Path dir) throws Exception {
        run("rules", "export", dir.toString());
        Path f = dir.resolve("drl/art01_purpose.drl");
        Files.writeString(f, Files.readString(f).replace("ApplicationFact( purpose == ArrivalPurpose.TEMPORARY )",
                "ApplicationFact( purpose == ArrivalPurpose.TEMPORARY )\n    eval( Runtime.getRuntime() != null )"));
        Run r = run("rules", "check", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("art01_purpose.drl:") && r.err().contains("PURPOSE.TEMPORARY")
                && r.err().contains("Runtime"), r.err());
        assertTrue(r.err().contains("nothing was compiled"), r.err());
        Run decide = run("decide", sample().toString(), "--rules", dir.toString());
        assertEquals(2, decide.code());
        assertFalse(decide.err().contains("\tat "), decide.err());
    }

    @Test
    void rulesList_namesEveryRuleWithItsBasis() {
        Run r = run("rules", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("STATUS.ASSIGN.GRANT\tstatus_assignment.drl\tZ1100000477"), r.out());
        assertTrue(r.out().contains("UNVERIFIED"), r.out());
    }

    @Test
    void batch_decidesEveryLine_inOrder_andGoesOnPastBadOnes(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(cases())) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().limit(12).toList()) {
                lines.add(Files.readString(p).replace("\n", " "));
            }
        }
        lines.add(3, "{ not json");
        lines.add(7, "{\"format\": \"oralman-case/1\", \"id\": \"x\", \"persons\": []}");
        lines.add(9, "");
        Path in = dir.resolve("cases.jsonl");
        Files.write(in, lines);
        Path out = dir.resolve("decisions.jsonl");
        Run r = run("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(4, r.code(), "some lines are error records: " + r.err());
        List<String> written = Files.readAllLines(out);
        assertEquals(14, written.size());
        JsonNode error = MAPPER.readTree(written.get(3));
        assertEquals("oralman-error/1", error.get("format").asText());
        assertEquals(4, error.get("line").asInt());
        assertEquals("", error.at("/errors/0/path").asText());
        assertEquals("oralman-decision/1", MAPPER.readTree(written.get(0)).get("format").asText());
        JsonNode second = MAPPER.readTree(written.get(7));
        assertEquals("/persons", second.at("/errors/0/path").asText(), written.get(7));
        assertEquals("x", second.path("caseId").asText(), "the id of an invalid case, when it can be read");
        assertTrue(r.err().contains("14 cases: 12 decided, 2 errors"), r.err());
    }

    @Test
    void batch_ofAMissingFile_exitsWith2_andWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out.jsonl");
        assertEquals(2, run("batch", dir.resolve("nope.jsonl").toString(), "--out", out.toString()).code());
        assertFalse(Files.exists(out));
    }

    @Test
    void impact_ofThe2025Rules_showsTheNewProcessingTime() throws Exception {
        // the once-only extension is older than 2025 (C12: Law 327-VI); what the order of 10.10.2025 changes
        // for these samples is the processing period (C14: 3 working days)
        Run md = run("impact", "--from", "Z1100000477@2024-05-28", "--to", "Z1100000477@2025-10-26",
                cases().toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().contains("INTAKE.PROCESSING_TIME"), md.out());
        assertTrue(md.out().contains("```mermaid"), md.out());
        Run json = run("impact", "--from", "Z1100000477@2024-05-28", "--to", "Z1100000477@2025-10-26",
                cases().toString(), "--format", "json");
        JsonNode report = MAPPER.readTree(json.out());
        assertEquals("oralman-impact/1", report.get("format").asText());
        assertTrue(report.get("changed").asInt() > 0);
    }

    @Test
    void impact_ofAnEditedFolder_namesTheEditedRule(@TempDir Path dir) throws Exception {
        run("rules", "export", dir.toString());
        Path f = dir.resolve("drl/art01_purpose.drl");
        Files.writeString(f, Files.readString(f).replace("purpose == ArrivalPurpose.TEMPORARY",
                "purpose == ArrivalPurpose.PERMANENT_RESIDENCE"));
        Run r = run("impact", "--from", "bundled", "--to", dir.toString(), cases().toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = MAPPER.readTree(r.out());
        assertEquals("PURPOSE.TEMPORARY", report.at("/groups/0/ruleId").asText(), r.out());
    }

    @Test
    void impact_ofAnUnknownRuleset_exitsWith2() {
        Run r = run("impact", "--from", "nonsense", "--to", "bundled", cases().toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Maybe"), r.err());
    }

    @Test
    void aParameterTableMissingAParameter_isRejectedAtLoad_notAtTheFirstDecision(@TempDir Path dir) throws Exception {
        run("rules", "export", dir.toString());
        Path params = dir.resolve("parameters.json");
        JsonNode tree = MAPPER.readTree(Files.readString(params));
        com.fasterxml.jackson.databind.node.ArrayNode list = (com.fasterxml.jackson.databind.node.ArrayNode)
                tree.get("parameters");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get("id").asText().equals("mrp.tenge")) {
                list.remove(i);
                break;
            }
        }
        Files.writeString(params, MAPPER.writeValueAsString(tree));
        Run r = run("rules", "check", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("mrp.tenge"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
