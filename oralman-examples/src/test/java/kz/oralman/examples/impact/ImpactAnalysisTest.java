package kz.oralman.examples.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.CaseJson;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.OralmanEngine;
import kz.oralman.rules.Ruleset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The impact of the 2025 status rules on the sample cases, re-dated to one day. */
class ImpactAnalysisTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 3);
    private static final List<Case> CASES = new ArrayList<>();
    private static OralmanEngine before;
    private static OralmanEngine after;

    @BeforeAll
    static void readTheCases() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("oralman-examples/cases"))) {
            dir = dir.getParent();
        }
        try (Stream<Path> s = Files.list(dir.resolve("oralman-examples/cases"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                CASES.add(CaseJson.read(Files.readString(f)));
            }
        }
        before = OralmanEngine.pinned(Ruleset.bundled(LawBook.byId("Z1100000477@2024-07-17").orElseThrow()));
        after = OralmanEngine.pinned(Ruleset.bundled(LawBook.byId("Z1100000477@2025-10-26").orElseThrow()));
    }

    private static ImpactAnalysis analyse() {
        ImpactAnalysis a = new ImpactAnalysis("Z1100000477@2024-07-17", "Z1100000477@2025-10-26", Optional.of(DAY),
                "every case as of " + DAY);
        CASES.forEach(c -> a.add(c, before, after));
        return a;
    }

    @Test
    void groupsByTheDecisiveReasonAfter_namesArticlesNotActIds_andShowsBeforeAndAfterValues() {
        ImpactAnalysis a = analyse();
        assertEquals(CASES.size(), a.cases());
        assertTrue(a.changed() > 0, a.markdown());
        long grouped = 0;
        for (ImpactAnalysis.Group g : a.groups()) {
            grouped += g.count();
            assertTrue(g.article().startsWith("Art. ") || g.article().startsWith("no article cited"), g.article());
            assertTrue(g.article().contains(" — ") && !g.article().endsWith(" — Z1100000477"), g.article());
            for (ImpactAnalysis.Example e : g.examples()) {
                Case c = CASES.stream().filter(x -> x.id().equals(e.caseId())).findFirst().orElseThrow();
                Decision b = after.decide(c, c.application().question(), DAY);
                assertEquals(g.ruleId(), b.reasons().get(0).ruleId(), "the group is the decisive reason after");
                assertEquals(DAY, e.asOf());
                assertFalse(e.changes().isEmpty());
                for (ImpactAnalysis.Change ch : e.changes()) {
                    assertFalse(ch.before().equals(ch.after()), ch.toString());
                }
            }
        }
        assertEquals(a.changed(), grouped);
        // the 2025 rules limit an extension to six months: the term and the rule's {term} argument show both values
        String md = a.markdown();
        assertTrue(md.contains("STATUS.EXTEND.GRANT {term}") && md.contains("P1Y → P6M"), md);
        assertTrue(md.contains("```mermaid"), md);
    }

    @Test
    void changes_listEveryDifference_andNoneForTheSameDecision() {
        Case c = CASES.get(0);
        Decision d = before.decide(c, c.application().question(), DAY);
        assertTrue(ImpactAnalysis.changes(d, d).isEmpty());
        ImpactAnalysis a = new ImpactAnalysis("a", "b", Optional.empty(), "filing dates");
        a.add(c.id(), d, d);
        assertEquals(0, a.changed());
        assertEquals(1, a.cases());
    }

    @Test
    void theHtmlPageIsSelfContainedAndValid() {
        String html = HtmlImpactPage.render(analyse());
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document d = Jsoup.parse(html, "", parser);
        assertTrue(parser.getErrors().isEmpty(), parser.getErrors().toString());
        assertTrue(d.select("link, script, img, [src]").isEmpty(), "self-contained");
        assertFalse(d.select("svg rect.bar").isEmpty());
        assertEquals(analyse().groups().size(), d.select("section.group").size());
        assertTrue(d.text().contains("P1Y → P6M"), d.text());
    }
}
