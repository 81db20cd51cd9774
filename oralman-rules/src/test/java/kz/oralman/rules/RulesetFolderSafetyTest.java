package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.oralman.rules.check.RuleCheck;
import kz.oralman.rules.check.RuleProblem;
import kz.oralman.rules.check.RulesetRejectedException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder is untrusted: only regular files inside it are read, a FIFO never blocks, a device or
 * a link never reaches the parser, and sizes are checked before anything is read. The timeouts only
 * guard against a hang.
 */
class RulesetFolderSafetyTest {
    private static final String OK = "package kz.oralman.rules;\nimport kz.oralman.rules.facts.*;\n"
            + DecisionLimitsTest.rule("X.OK", "Ask()", "");

    private static Path folder(Path dir) throws Exception {
        return HostileCorpusTest.scratchFolder(dir, OK);
    }

    private static void assertRejected(Path rules, String file, String words) {
        List<RuleProblem> problems = RulesetFolder.check(rules);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.message().contains(words)),
                problems.toString());
        assertThrows(RulesetRejectedException.class, () -> RulesetFolder.load(rules));
    }

    @Test
    void aValidScratchFolder_passes(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), RulesetFolder.check(folder(dir)));
    }

    @Test
    @Timeout(60)
    void aDrlFileLinkedToDevZero_isRefused_beforeItIsRead(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        Path link = Files.createSymbolicLink(rules.resolve("drl/zero.drl"), Path.of("/dev/zero"));
        assertRejected(rules, "zero.drl", "is a symbolic link");
        Files.delete(link);
    }

    @Test
    void aDrlFileLinkedOutsideTheFolder_isRefused(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        Path outside = Files.writeString(dir.resolve("secret.txt"), "rule \"leak\" then end");
        Files.createSymbolicLink(rules.resolve("drl/leak.drl"), outside);
        assertRejected(rules, "leak.drl", "is a symbolic link");
    }

    @Test
    void aLinkedLawBook_andALinkedDrlFolder_areRefused(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        Path book = rules.resolve("lawbook.json");
        Path moved = Files.move(book, dir.resolve("lawbook.json"));
        Files.createSymbolicLink(book, moved);
        assertRejected(rules, "lawbook.json / parameters.json", "is a symbolic link");

        Path other = folder(dir.resolve("other"));
        Path drl = other.resolve("drl");
        Path elsewhere = Files.move(drl, dir.resolve("drl-elsewhere"));
        Files.createSymbolicLink(drl, elsewhere);
        assertRejected(other, "drl", "not a folder inside the rules folder");
    }

    @Test
    @Timeout(60)
    void aFifo_isRefused_withoutBlocking(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        Path fifo = rules.resolve("drl/pipe.drl");
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException e) {
            exit = -1;
        }
        Assumptions.assumeTrue(exit == 0 && Files.exists(fifo), "mkfifo is not available");
        assertRejected(rules, "pipe.drl", "not a regular file");
    }

    @Test
    void aDrlFileOverTheCap_isRefused_bySize(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        try (RandomAccessFile f = new RandomAccessFile(rules.resolve("drl/big.drl").toFile(), "rw")) {
            f.setLength(RulesetFolder.MAX_DRL_BYTES + 1);
        }
        assertRejected(rules, "big.drl", "is larger than 1 MB");
    }

    @Test
    void aFolderOverTheTotalCap_isRefused(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        long each = RulesetFolder.MAX_DRL_BYTES;
        for (int i = 0; i * each <= RulesetFolder.MAX_FOLDER_BYTES; i++) {
            try (RandomAccessFile f = new RandomAccessFile(rules.resolve("drl/part" + i + ".drl").toFile(), "rw")) {
                f.setLength(each);
            }
        }
        assertRejected(rules, "drl", "larger than 8 MB in all");
    }

    @Test
    void aFileThatIsNotUtf8_isRefused(@TempDir Path dir) throws Exception {
        Path rules = folder(dir);
        Files.write(rules.resolve("drl/latin.drl"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        assertRejected(rules, "latin.drl", "not UTF-8");
    }

    @Test
    void moreRulesThanTheCap_areRefused() {
        StringBuilder drl = new StringBuilder("package kz.oralman.rules;\nimport kz.oralman.rules.facts.*;\n");
        for (int i = 0; i <= RuleCheck.MAX_RULES; i++) {
            drl.append("rule \"R").append(i).append("\"\n    // r\n").append("when\nthen\nend\n");
        }
        List<RuleProblem> problems = RuleCheck.check(java.util.Map.of("many.drl", drl.toString()));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("at most " + RuleCheck.MAX_RULES)),
                problems.subList(0, Math.min(3, problems.size())).toString());
    }

    @Test
    @Timeout(60)
    void safeFiles_refuseADevice_andAFifo_beforeOpeningThem(@TempDir Path dir) throws Exception {
        SafeFiles.UnsafeFileException device = assertThrows(SafeFiles.UnsafeFileException.class,
                () -> SafeFiles.readText(Path.of("/dev/zero"), "/dev/zero", 1000, true));
        assertTrue(device.getMessage().contains("not a regular file"), device.getMessage());
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertThrows(SafeFiles.UnsafeFileException.class, () -> SafeFiles.readText(link, "zero.json", 1000, true));
        Path file = Files.writeString(dir.resolve("ok.json"), "{}");
        Path okLink = Files.createSymbolicLink(dir.resolve("ok-link.json"), file);
        assertEquals("{}", SafeFiles.readText(okLink, "ok-link.json", 1000, true));
        assertThrows(SafeFiles.UnsafeFileException.class, () -> SafeFiles.readText(okLink, "ok-link.json", 1000, false));
        SafeFiles.UnsafeFileException big = assertThrows(SafeFiles.UnsafeFileException.class,
                () -> SafeFiles.readText(file, "ok.json", 1, false));
        assertEquals("ok.json is larger than 1 bytes", big.getMessage());
        Files.delete(link);
    }
}
