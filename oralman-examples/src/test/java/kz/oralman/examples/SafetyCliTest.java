package kz.oralman.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on untrusted input: hostile rules folders and tricky paths end with exit code 2 and one
 * clear message, never a stack trace, a hang or running out of memory. Timeouts only guard against a
 * hang.
 */
class SafetyCliTest {
    private static final String HEAD = "package kz.oralman.rules;\nimport kz.oralman.model.decision.Outcome;\n"
            + "import kz.oralman.rules.facts.*;\n";
    private static final String META = "    @act(\"Z1100000477\") @confidence(\"UNVERIFIED\") @verified(\"false\")\n";

    private static String rule(String id, String when, String then) {
        return "rule \"" + id + "\"\n    // A rule of the CLI safety test.\n" + META + "when\n    " + when + "\nthen\n    "
                + then + "\nend\n\n";
    }

    private static Path rules(Path dir, String drl) throws Exception {
        Path rules = dir.resolve("rules");
        CliTest.Run export = CliTest.run("rules", "export", rules.toString());
        assertEquals(0, export.code(), export.err());
        Files.writeString(rules.resolve("lawbook.json"), "{\"format\":\"oralman-lawbook/1\",\"versions\":[{"
                + "\"id\":\"Z1100000477@2011-07-22\",\"from\":\"2011-07-22\",\"terminology\":\"oralman\","
                + "\"drl\":[\"x.drl\"]}]}");
        Files.writeString(rules.resolve("drl/x.drl"), HEAD + drl);
        // these probes carry no texts of their own: the folder is explained with the library's
        try (java.util.stream.Stream<Path> texts = Files.list(rules.resolve("messages"))) {
            for (Path t : texts.toList()) {
                Files.delete(t);
            }
        }
        Files.delete(rules.resolve("messages"));
        return rules;
    }

    private static String example() {
        return Repo.root().resolve("docs/examples/uz-2024-family.json").toString();
    }

    private static void assertUserError(CliTest.Run r, String words) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(words), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void rulesCheck_ofAnAnnotationPayload_isRejected_andRunsNothing(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("marker");
        Path rules = rules(dir, rule("X.EVIL", "Ask()", "").replace("@verified(\"false\")",
                "@verified(\"false\") @note(java.nio.file.Files.write(java.nio.file.Paths.get(\"" + marker
                        + "\"), new byte[0]))"));
        CliTest.Run r = CliTest.run("rules", "check", rules.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("x.drl:") && r.err().contains("rule \"X.EVIL\"") && r.err().contains("@note"),
                r.err());
        assertFalse(Files.exists(marker));
    }

    @Test
    @Timeout(120)
    void decide_withRulesThatRunPastTheDeadline_exitsWith2(@TempDir Path dir) throws Exception {
        String seed = rule("X.SEED", "$a : Ask()", "insertLogical( Finding.of( drools, \"0\" ) );");
        String count = rule("X.COUNT", "$f : Finding( Integer.parseInt(person) < 1500 )",
                "insertLogical( Finding.of( drools, String.valueOf(Integer.parseInt($f.person()) + 1) ) );");
        String join = rule("X.JOIN", "$x : Finding()\n    $y : Finding()\n    Finding( person.length() > "
                + "$x.person().length() + $y.person().length() + 100 )", "");
        Path rules = rules(dir, seed + count + join);
        assertUserError(CliTest.run("decide", example(), "--rules", rules.toString()), "deadline");
    }

    @Test
    @Timeout(60)
    void validate_ofAFifo_orALinkToDevZero_exitsWith2_withoutBlocking(@TempDir Path dir) throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertUserError(CliTest.run("validate", zero.toString()), "not a regular file");
        Files.delete(zero);
        Path fifo = dir.resolve("pipe.json");
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException e) {
            exit = -1;
        }
        Assumptions.assumeTrue(exit == 0, "mkfifo is not available");
        assertUserError(CliTest.run("validate", fifo.toString()), "not a regular file");
        assertUserError(CliTest.run("batch", fifo.toString()), "not a regular file");
    }

    @Test
    @Timeout(60)
    void impact_overACaseFolderWithALinkAndAFifo_countsThemAsErrors(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.copy(Path.of(example()), cases.resolve("a.json"));
        Path zero = Files.createSymbolicLink(cases.resolve("zero.json"), Path.of("/dev/zero"));
        CliTest.Run r = CliTest.run("impact", "--from", "bundled", "--to", "bundled", "--format", "json",
                cases.toString());
        assertEquals(4, r.code(), r.err()); // some inputs were errors (exit code 4)
        assertTrue(r.out().replace(" ", "").contains("\"errors\":1"), r.out());
        Files.delete(zero);
    }
}
