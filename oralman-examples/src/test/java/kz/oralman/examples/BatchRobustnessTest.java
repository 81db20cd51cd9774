package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import kz.oralman.examples.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch, impact and validate never abort on a bad input: every bad line or file becomes an error
 * record or message, the exit code says so (4), a usage error is exit 2 in one message, and nothing
 * shows a stack trace.
 */
class BatchRobustnessTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    private static void noStackTrace(Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"),
                r.err());
    }

    private static String sample(String name) throws Exception {
        return Files.readString(Repo.root().resolve("oralman-examples/cases/" + name)).replace("\n", " ");
    }

    @Test
    void everyBadLine_isAnErrorRecord_withItsLineAndCaseId_andTheRunExitsWith4(@TempDir Path dir) throws Exception {
        String good = sample("uz-2024-family-assign-granted.json");
        String older = sample("cn-2014-designated-region-granted.json");
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write((good + "\n").getBytes(StandardCharsets.UTF_8));                                  // 1 decided
        in.write(("{\"id\": \"bad-utf8\", \"x\": \"").getBytes(StandardCharsets.UTF_8));            // 2 not UTF-8
        in.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        in.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        in.write("{\"id\": \"cesu\", \"x\": \"".getBytes(StandardCharsets.UTF_8));                  // 3 encoded surrogate
        in.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        in.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        in.write((good.replaceFirst("\"id\": \"uz-2024-family-assign-granted\"", "\"id\": \"lone-\\\\ud800\"")
                + "\n").getBytes(StandardCharsets.UTF_8));                                          // 4 escaped surrogate
        in.write("{\"format\": \"oralman-case/1\", \"id\": \"no-persons\"}\n".getBytes(StandardCharsets.UTF_8)); // 5
        in.write("\n".getBytes(StandardCharsets.UTF_8));                                            // 6 blank: skipped
        in.write((older + "\n").getBytes(StandardCharsets.UTF_8));                                  // 7 decided
        in.write("[1, 2".getBytes(StandardCharsets.UTF_8));                                         // 8 no newline at end
        Path input = dir.resolve("cases.jsonl");
        Files.write(input, in.toByteArray());
        Path out = dir.resolve("out.jsonl");
        Run r = run("batch", input.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(4, r.code(), r.err());
        noStackTrace(r);
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(7, written.size(), String.join("\n", written));
        long[] lineNumbers = {1, 2, 3, 4, 5, 7, 8};
        for (int i = 0; i < written.size(); i++) {
            JsonNode record = MAPPER.readTree(written.get(i));
            boolean decision = record.path("format").asText().equals("oralman-decision/1");
            assertEquals("", Schemas.violations(decision ? "oralman-decision-1" : "oralman-error-1", written.get(i)),
                    written.get(i));
            if (!decision) {
                assertEquals(lineNumbers[i], record.path("line").asLong(), written.get(i));
            }
        }
        assertEquals("invalid-encoding", MAPPER.readTree(written.get(1)).path("kind").asText());
        assertEquals("invalid-encoding", MAPPER.readTree(written.get(2)).path("kind").asText());
        JsonNode lone = MAPPER.readTree(written.get(3));
        assertTrue(lone.path("kind").asText().startsWith("invalid"), written.get(3));
        assertTrue(lone.path("caseId").asText().startsWith("lone-"), written.get(3));
        assertEquals("no-persons", MAPPER.readTree(written.get(4)).path("caseId").asText());
        assertEquals("oralman-decision/1", MAPPER.readTree(written.get(5)).path("format").asText());
        assertTrue(r.err().contains("7 cases: 2 decided, 5 errors"), r.err());
    }

    @Test
    void allDecided_exits0_andTheOutputHasTheDefaultPermissions(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("two.jsonl");
        Files.writeString(input, sample("uz-2024-family-assign-granted.json") + "\n"
                + sample("cn-2014-designated-region-granted.json") + "\n");
        Path out = dir.resolve("out.jsonl");
        Run r = run("batch", input.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, Files.readAllLines(out).size());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path fresh = Files.createFile(dir.resolve("fresh"));
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(fresh);
            assertEquals(expected, Files.getPosixFilePermissions(out), "the permissions of a new file (umask applied)");
            assertTrue(Files.getPosixFilePermissions(out).contains(PosixFilePermission.OWNER_READ));
        }
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aMissingOutputFolder_isAUsageError_inOneMessage(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("one.jsonl");
        Files.writeString(input, sample("uz-2024-family-assign-granted.json") + "\n");
        Run r = run("batch", input.toString(), "--out", dir.resolve("no/such/folder/out.jsonl").toString());
        assertEquals(2, r.code(), r.err());
        noStackTrace(r);
        assertTrue(r.err().contains("does not exist"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Run folder = run("batch", dir.toString());
        assertEquals(2, folder.code(), folder.err());
        noStackTrace(folder);
    }

    @Test
    void asOfBeforeAFilingDate_isAnErrorRecordForThatCaseOnly(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("two.jsonl");
        Files.writeString(input, sample("uz-2024-family-assign-granted.json") + "\n"
                + sample("cn-2014-designated-region-granted.json") + "\n");
        Path out = dir.resolve("out.jsonl");
        Run r = run("batch", input.toString(), "--out", out.toString(), "--as-of", "2020-01-01");
        assertEquals(4, r.code(), r.err());
        List<String> written = Files.readAllLines(out);
        JsonNode refused = MAPPER.readTree(written.get(0));
        assertEquals("invalid-request", refused.path("kind").asText(), written.get(0));
        assertEquals("uz-2024-family-assign-granted", refused.path("caseId").asText());
        assertEquals("oralman-decision/1", MAPPER.readTree(written.get(1)).path("format").asText());
    }

    @Test
    void impactAndValidate_onAFolderWithBadFiles_goOn_andExitWith4(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.json"), Files.readString(Repo.root().resolve(
                "oralman-examples/cases/uz-2024-family-assign-granted.json")));
        Files.write(dir.resolve("b-latin1.json"), "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c-invalid.json"), "{\"format\": \"oralman-case/1\"}");
        Run impact = run("impact", "--from", "Z1100000477@2024-05-28", "--to", "Z1100000477@2025-10-26",
                dir.toString(), "--format", "json");
        assertEquals(4, impact.code(), impact.err());
        noStackTrace(impact);
        assertEquals("", Schemas.violations("oralman-impact-1", impact.out()), impact.out());
        JsonNode report = MAPPER.readTree(impact.out());
        assertEquals(1, report.path("cases").asInt());
        assertEquals(2, report.path("errors").asInt());
        assertEquals("b-latin1.json", report.path("unreadable").path(0).path("source").asText());
        assertTrue(report.path("unreadable").path(0).path("message").asText().contains("UTF-8"), impact.out());
        Run md = run("impact", "--from", "Z1100000477@2024-05-28", "--to", "Z1100000477@2025-10-26", dir.toString());
        assertTrue(md.out().contains("b-latin1.json"), md.out());

        Run validate = run("validate", dir.toString());
        assertEquals(4, validate.code(), validate.err());
        noStackTrace(validate);
        assertTrue(validate.out().contains("1 of 3 case files"), validate.out());
        assertTrue(validate.err().contains("b-latin1.json") && validate.err().contains("not UTF-8"), validate.err());
        Run allGood = run("validate", Repo.root().resolve("oralman-examples/cases").toString());
        assertEquals(0, allGood.code(), allGood.err());
    }

    @Test
    void impact_ofAJsonlFileWithBadLines_goesOn(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("cases.jsonl");
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write((sample("uz-2024-family-assign-granted.json") + "\n").getBytes(StandardCharsets.UTF_8));
        in.write(new byte[] {'{', (byte) 0xFF, '}', '\n'});
        in.write("{}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(input, in.toByteArray());
        Run r = run("impact", "--from", "bundled", "--to", "bundled", input.toString(), "--format", "json");
        assertEquals(4, r.code(), r.err());
        JsonNode report = MAPPER.readTree(r.out());
        assertEquals(1, report.path("cases").asInt());
        assertEquals("line 2", report.path("unreadable").path(0).path("source").asText());
        assertEquals("line 3", report.path("unreadable").path(1).path("source").asText());
    }
}
