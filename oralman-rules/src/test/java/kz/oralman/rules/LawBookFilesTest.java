package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The law book's second form: each file once with its [from, until); amendments as a version from a day. */
class LawBookFilesTest {
    private static String bundled() {
        return Ruleset.resource("kz/oralman/rules/lawbook.json");
    }

    @Test
    void theBundledBook_inTheSecondForm_readsAsTheSameVersions_andListsEachFileOnce() {
        String files = LawBookFiles.toFiles(bundled(), "lawbook.json");
        assertTrue(files.contains("\"format\": \"oralman-lawbook/2\""), files);
        assertEquals(LawBook.bundled(), LawBook.parse(files, "lawbook.json"));
        assertFalse(files.contains("\"drl\": ["), "no per-version lists: " + files);
        long settlement = files.lines().filter(l -> l.contains("\"settlement_regions_2014.drl\"")).count();
        assertEquals(1, settlement, files);
        assertEquals(files, LawBookFiles.exported(bundled()));
    }

    @Test
    void anAmendmentCutsTheVersionInForce_carriesEveryFileOver_andCopiesAFileFromItsDay() {
        LocalDate day = LocalDate.of(2026, 7, 1);
        String amended = LawBookFiles.amend(bundled(), day, "Law No. 999-VIII of 1 June 2026", "a test amendment",
                List.of("status_extension.drl"));
        List<LawVersion> versions = LawBook.parse(amended, "lawbook.json");
        assertEquals(LawBook.bundled().size() + 1, versions.size());
        LawVersion before = versions.get(versions.size() - 2);
        LawVersion added = versions.get(versions.size() - 1);
        assertEquals("Z1100000477@2026-07-01", added.id());
        assertEquals(day, before.until().orElseThrow());
        assertEquals(LocalDate.of(2030, 1, 1), added.until().orElseThrow());
        assertEquals("a test amendment", added.summary());
        assertTrue(before.drlFiles().contains("status_extension.drl"));
        assertFalse(added.drlFiles().contains("status_extension.drl"));
        assertTrue(added.drlFiles().contains("status_extension_from_2026_07_01.drl"));
        assertEquals(before.drlFiles().size(), added.drlFiles().size());
        for (int i = 0; i < versions.size() - 2; i++) {
            assertEquals(LawBook.bundled().get(i), versions.get(i), "an earlier version is untouched");
        }
        assertTrue(amended.contains("\"amendedBy\": \"Law No. 999-VIII of 1 June 2026\""), amended);
    }

    @Test
    void mistakesAreNamed() {
        var e = assertThrows(RulesetException.class, () -> LawBookFiles.amend(bundled(), LocalDate.of(2024, 5, 28),
                "Law", "", List.of()));
        assertTrue(e.getMessage().contains("already starts on 2024-05-28"), e.getMessage());
        e = assertThrows(RulesetException.class, () -> LawBookFiles.amend(bundled(), LocalDate.of(2031, 1, 1), "Law",
                "", List.of()));
        assertTrue(e.getMessage().contains("no law version is in force on 2031-01-01"), e.getMessage());
        e = assertThrows(RulesetException.class, () -> LawBookFiles.amend(bundled(), LocalDate.of(2026, 1, 1), "Law",
                "", List.of("settlement_regions_2014.drl")));
        assertTrue(e.getMessage().contains("settlement_regions_2014.drl is not in force on 2026-01-01"), e.getMessage());
        String inside = LawBookFiles.toFiles(bundled(), "lawbook.json").replace(
                "\"drl\": \"settlement_regions_2014.drl\",\n      \"from\": \"2014-03-20\"",
                "\"drl\": \"settlement_regions_2014.drl\",\n      \"from\": \"2014-06-01\"");
        e = assertThrows(RulesetException.class, () -> LawBook.parse(inside, "lawbook.json"));
        assertTrue(e.getMessage().contains("settlement_regions_2014.drl starts on 2014-06-01, inside law version"
                + " Z1100000477@2014-03-20") && e.getMessage().contains("oralman rules amend DIR --from 2014-06-01"),
                e.getMessage());
    }

    @Test
    void aCopyOfAFileForAnotherVersionMayRepeatItsRuleIds_butNotWithinOneVersion(@TempDir Path dir) throws Exception {
        RulesetFolder.export(dir);
        LocalDate day = LocalDate.of(2026, 7, 1);
        Files.writeString(dir.resolve("lawbook.json"), LawBookFiles.amend(Files.readString(dir.resolve("lawbook.json")),
                day, "Law", "", List.of("status_extension.drl")));
        Files.copy(dir.resolve("drl/status_extension.drl"), dir.resolve("drl/status_extension_from_2026_07_01.drl"));
        assertTrue(RulesetFolder.check(dir).isEmpty(), RulesetFolder.check(dir).toString());
        // the same copy listed for the same days as the original: the ids meet in one version
        Files.writeString(dir.resolve("lawbook.json"), Files.readString(dir.resolve("lawbook.json"))
                .replace("\"drl\": \"status_extension_from_2026_07_01.drl\",\n      \"from\": \"2026-07-01\"",
                        "\"drl\": \"status_extension_from_2026_07_01.drl\",\n      \"from\": \"2025-10-26\""));
        String problems = RulesetFolder.check(dir).toString();
        assertTrue(problems.contains("repeats") && problems.contains("law version Z1100000477@2025-10-26"), problems);
    }
}
