package kz.oralman.examples;

import static kz.oralman.examples.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.oralman.examples.CliTest.Run;
import kz.oralman.model.json.Canonical;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's recipe for a legal researcher, end to end: export the law, add a version for an amendment
 * from 01.07.2026, edit only what it changes (a copy of one DRL file with its texts, a dated parameter
 * value), check it, see its impact on the sample cases re-dated to that day, and write the explorer.
 */
class AmendmentRecipeTest {
    private static final String ACT = "Law No. 999-VIII of 1 June 2026 (an example)";

    @Test
    void exportAmendEditCheckImpactSite(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("my-rules");
        // 1. the law as files
        assertEquals(0, run("rules", "export", dir.toString()).code());
        // 2. a new law version from the amendment's first day; status_extension.drl is copied for it
        Run amend = run("rules", "amend", dir.toString(), "--from", "2026-07-01", "--act", ACT, "--title",
                "Extensions without a citizenship application refused; the status for two years",
                "--copy", "status_extension.drl");
        assertEquals(0, amend.code(), amend.err());
        assertTrue(amend.out().contains("added law version Z1100000477@2026-07-01"), amend.out());
        Path copy = dir.resolve("drl/status_extension_from_2026_07_01.drl");
        assertTrue(Files.isRegularFile(copy));
        String lawbook = Files.readString(dir.resolve("lawbook.json"));
        assertTrue(lawbook.contains("\"format\": \"oralman-lawbook/2\"") && lawbook.contains(ACT), lawbook);
        // 3. edit only what the amendment changes: in the copy, a missing application now refuses
        String drl = Files.readString(copy, StandardCharsets.UTF_8);
        String edited = drl.replace("rule \"STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION\"\n"
                + "    // No simplified citizenship application is known: the extension serves to complete one.",
                "rule \"STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION_2026\"\n"
                + "    // From 01.07.2026 an extension without a pending citizenship application is refused.")
                .replace("    insertLogical( EvidenceNeed.of( drools, \"citizenship.application\", $ask.subject(),\n"
                        + "        List.of(\"document.CITIZENSHIP_APPLICATION_RECEIPT\"), List.of(\"/application\") ) );",
                        "    insertLogical( Verdict.of( drools, Outcome.REFUSED, \"/application\" ) );");
        assertFalse(edited.equals(drl), "the recipe's edit applies to " + copy);
        Files.writeString(copy, edited, StandardCharsets.UTF_8);
        // its texts, in the three languages
        String[][] texts = {{"kk", "2026 жылғы 1 шілдеден бастап азаматтыққа өтініш берілмесе, мәртебе ұзартылмайды."},
            {"ru", "С 1 июля 2026 года без поданного заявления о гражданстве статус не продлевается."},
            {"en", "From 1 July 2026 the status is not extended without a pending citizenship application."}};
        // a rule without its texts fails the check
        Run missing = run("rules", "check", dir.toString(), "--version", "Z1100000477@2026-07-01");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("\"STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION_2026\" has no text in kk"),
                missing.err());
        for (String[] t : texts) {
            Path m = dir.resolve("messages/messages_" + t[0] + ".properties");
            Files.writeString(m, Files.readString(m, StandardCharsets.UTF_8)
                    + "\nrule.STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION_2026=" + t[1] + "\n", StandardCharsets.UTF_8);
        }
        // a dated parameter value: the status for two years from the amendment's day
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode params = (ObjectNode) mapper.readTree(Files.readString(dir.resolve("parameters.json")));
        for (var p : params.get("parameters")) {
            if (p.get("id").asText().equals("status.term")) {
                ((ArrayNode) p.get("values")).addObject().put("from", "2026-07-01").put("value", "P2Y")
                        .put("confidence", "UNVERIFIED").put("reference", "UNVERIFIED: " + ACT + ", an example");
            }
        }
        Files.writeString(dir.resolve("parameters.json"), Canonical.print(params));
        // 4. safe? compiles? only the new version is compiled
        Run check = run("rules", "check", dir.toString(), "--version", "Z1100000477@2026-07-01");
        assertEquals(0, check.code(), check.err());
        // 5. the impact on the sample cases, every one re-dated to the amendment's first day
        Path cases = Repo.root().resolve("oralman-examples/cases");
        Run impact = run("impact", "--from", "bundled", "--to", dir.toString(), "--as-of", "2026-07-01",
                cases.toString());
        assertTrue(impact.code() == 0 || impact.code() == 4, impact.err());
        assertFalse(impact.out().contains("**0 changed**"), impact.out());
        assertTrue(impact.out().contains("STATUS.ASSIGN.GRANT {term}") && impact.out().contains("P1Y → P2Y"),
                impact.out());
        assertTrue(impact.out().contains("Art. ") && impact.out().contains("```mermaid"), impact.out());
        Run shifted = run("impact", "--from", "bundled", "--to", dir.toString(), "--shift-to-version",
                "--format", "html", cases.toString());
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document html = Jsoup.parse(shifted.out(), "", parser);
        assertTrue(parser.getErrors().isEmpty(), parser.getErrors().toString());
        assertTrue(html.text().contains("as of 2026-07-01") && html.text().contains("P1Y → P2Y"), html.text());
        // 6. the explorer of the amended law
        Path site = tmp.resolve("site");
        Run written = run("site", site.toString(), "--rules", dir.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(Files.isRegularFile(site.resolve("version-Z1100000477-2026-07-01.html")));
        String diff;
        try (var files = Files.list(site)) {
            diff = Files.readString(files.filter(f -> f.getFileName().toString().endsWith("--Z1100000477-2026-07-01.html")
                    && f.getFileName().toString().startsWith("diff-Z1100000477-2025-10-26")).findFirst().orElseThrow());
        }
        Document d = Jsoup.parse(diff);
        assertTrue(d.text().contains("status_extension.drl replaced by status_extension_from_2026_07_01.drl"), d.text());
        assertTrue(d.select("#rules ~ p a").eachText().contains("STATUS.EXTEND.NO_CITIZENSHIP_APPLICATION_2026"),
                d.text());
        assertTrue(d.text().contains("status.term") && d.text().contains("P2Y"), d.text());
    }
}
