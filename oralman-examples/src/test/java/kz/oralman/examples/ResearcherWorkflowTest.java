package kz.oralman.examples;

import static kz.oralman.examples.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.oralman.examples.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A legal researcher's commands on a folder: texts with the rules, one version compiled, --rules everywhere. */
class ResearcherWorkflowTest {
    private static Path sample() {
        return Repo.root().resolve("oralman-examples/cases/uz-2024-family-assign-granted.json");
    }

    @Test
    void decideWithAFolder_compilesOnlyTheVersionItsDateNeeds(@TempDir Path dir) throws Exception {
        assertEquals(0, run("rules", "export", dir.toString()).code());
        // a file only the versions before 2020 use no longer compiles: a 2024 decision never compiles it
        Path f = dir.resolve("drl/art01_sovereignty_2011.drl");
        // a type error only the compiler sees: a date where the message arguments take text
        Files.writeString(f, Files.readString(f).replaceFirst("\\$params\\.sovereigntyCutoff\\(\\)\\.toString\\(\\)",
                "\\$params.sovereigntyCutoff()"));
        Run decide = run("decide", sample().toString(), "--rules", dir.toString());
        assertEquals(0, decide.code(), decide.err());
        assertTrue(decide.out().contains("Outcome: Granted"), decide.out());
        Path filed2013 = Repo.root().resolve("oralman-examples/cases/mn-2013-resided-in-kz-at-sovereignty-refused.json");
        Run old = run("decide", filed2013.toString(), "--rules", dir.toString());
        assertEquals(2, old.code(), old.out());
        assertTrue(old.err().contains("art01_sovereignty_2011.drl:")
                && old.err().contains("rule \"") && !old.err().contains("Exception"), old.err());
    }

    @Test
    void rulesCheck_version_compilesOneVersion_andQuotesTheWholeCompilerMessageWithTheRule(@TempDir Path dir)
            throws Exception {
        run("rules", "export", dir.toString());
        String version = kz.oralman.rules.LawBook.on(java.time.LocalDate.of(2024, 7, 17)).orElseThrow().id();
        Run one = run("rules", "check", dir.toString(), "--version", version);
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("ok: 1 law version(s) of " + kz.oralman.rules.LawBook.bundled().size()), one.out());
        Path f = dir.resolve("drl/status_extension.drl");
        // a type error only the compiler sees (the safety check passes it): a date where the arguments take text
        Files.writeString(f, Files.readString(f).replace("$s.validUntil().toString()", "$s.validUntil()"));
        Run bad = run("rules", "check", dir.toString(), "--version", version);
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().matches("(?s).*status_extension\\.drl:\\d+:\\d+: rule \"STATUS\\.EXTEND\\.ACTIVE\": .*"),
                bad.err());
        assertTrue(bad.err().contains("compiling"), bad.err());
        Run unknown = run("rules", "check", dir.toString(), "--version", "Z1100000477@1999-01-01");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("is not a law version") && unknown.err().contains(version),
                unknown.err());
    }

    @Test
    void aRuleWithoutTexts_failsTheCheck_andAFoldersTextsExplainItsDecisions(@TempDir Path dir) throws Exception {
        run("rules", "export", dir.toString());
        assertTrue(Files.isRegularFile(dir.resolve("messages/messages_kk.properties")));
        Path drl = dir.resolve("drl/status_extension.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"STATUS.EXTEND.NEW_RULE\"\n"
                + "    // A new rule a researcher adds without its texts.\n"
                + "    @act(\"V1300008624\") @confidence(\"UNVERIFIED\") @verified(\"false\")\nwhen\n"
                + "    $ask : Ask( question == Question.STATUS_EXTENSION )\nthen\n"
                + "    insertLogical( Finding.of( drools, $ask.subject(), \"/application\" ) );\nend\n");
        Run check = run("rules", "check", dir.toString());
        assertEquals(2, check.code());
        for (String language : new String[] {"kk", "ru", "en"}) {
            assertTrue(check.err().contains("rule \"STATUS.EXTEND.NEW_RULE\" has no text in " + language), check.err());
        }
        for (String language : new String[] {"kk", "ru", "en"}) {
            Path m = dir.resolve("messages/messages_" + language + ".properties");
            Files.writeString(m, Files.readString(m, StandardCharsets.UTF_8) + "\nrule.STATUS.EXTEND.NEW_RULE=New ("
                    + language + ").\n", StandardCharsets.UTF_8);
        }
        assertEquals(0, run("rules", "check", dir.toString(), "--version",
                kz.oralman.rules.LawBook.on(java.time.LocalDate.of(2024, 7, 17)).orElseThrow().id()).code());
        Path ru = dir.resolve("messages/messages_ru.properties");
        Files.writeString(ru, Files.readString(ru, StandardCharsets.UTF_8).replaceAll(
                "(?m)^rule\\.STATUS\\.ASSIGN\\.GRANT=", "rule.STATUS.ASSIGN.GRANT=ТЕКСТ ИССЛЕДОВАТЕЛЯ: "), StandardCharsets.UTF_8);
        Run decide = run("decide", sample().toString(), "--rules", dir.toString(), "--lang", "ru");
        assertEquals(0, decide.code(), decide.err());
        assertTrue(decide.out().contains("ТЕКСТ ИССЛЕДОВАТЕЛЯ: "), decide.out());
        assertFalse(run("decide", sample().toString(), "--lang", "ru").out().contains("ТЕКСТ ИССЛЕДОВАТЕЛЯ"));
    }

    @Test
    void everyCommandThatReadsRules_takesRulesTheSameWay(@TempDir Path dir) throws Exception {
        run("rules", "export", dir.toString());
        Path drl = dir.resolve("drl/common_refusal_grounds.drl");
        Files.writeString(drl, Files.readString(drl).replace("@confidence(\"UNVERIFIED\") @verified(\"false\")",
                "@confidence(\"SECONDARY\") @verified(\"false\")"));
        Run bundled = run("unverified");
        Run folder = run("unverified", "--rules", dir.toString());
        assertEquals(0, folder.code(), folder.err());
        assertTrue(bundled.out().contains("REFUSAL.GROUND_UNSETTLED"), bundled.out());
        assertFalse(folder.out().contains("REFUSAL.GROUND_UNSETTLED"), folder.out());
        for (String[] args : new String[][] {{"unverified"}, {"rules", "list"}, {"decide", sample().toString()},
            {"site", dir.resolve("site").toString()}}) {
            String[] withRules = java.util.Arrays.copyOf(args, args.length + 2);
            withRules[args.length] = "--rules";
            withRules[args.length + 1] = dir.resolve("missing").toString();
            Run r = run(withRules);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("--rules " + dir.resolve("missing") + ": no such folder"), r.err());
        }
    }
}
