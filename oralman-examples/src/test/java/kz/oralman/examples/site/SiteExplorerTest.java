package kz.oralman.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.Parameter;
import kz.oralman.rules.check.DrlRules;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The law explorer of the bundled law, written into {@code target/site-explorer} in every build (so
 * CI writes and validates it in {@code verify}): every page is valid HTML5 and every internal link
 * resolves; the pages hold what the issue asks for.
 */
class SiteExplorerTest {
    static final Path OUT = Path.of("target/site-explorer");
    private static SiteValidator validator;
    private static List<String> problems;
    private static LawSource source;

    @BeforeAll
    static void writeTheSite() throws IOException {
        source = LawSource.bundled();
        SiteModel model = new SiteModel(source, RuleTests.find(Path.of("")), ArticleWords.none());
        new SiteGenerator().write(model, OUT);
        validator = new SiteValidator(OUT);
        problems = validator.problems();
    }

    @Test
    void everyPageIsValidHtml_andEveryInternalLinkResolves() {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n",
                problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void aPagePerVersion_perArticle_perParameter_andADiffPerPairOfVersions() {
        var pages = validator.pages().keySet();
        int n = source.versions().size();
        for (LawVersion v : source.versions()) {
            assertTrue(pages.contains(SiteModel.versionHref(v)), v.id());
        }
        for (Parameter p : source.parameters().parameters()) {
            assertTrue(pages.contains(SiteModel.parameterHref(p.id())), p.id());
        }
        assertEquals(n * (n - 1) / 2, pages.stream().filter(p -> p.startsWith("diff-")).count());
        assertTrue(pages.contains("unverified.html") && pages.contains("diffs.html") && pages.contains("index.html"));
        assertTrue(pages.contains("article-Z1100000477-art-1.html"), pages.toString());
    }

    @Test
    void everyRuleIsShownOnItsArticlesPage_withItsDrl_textsInThreeLanguages_confidence_andTests() {
        Set<String> shown = new HashSet<>();
        for (var e : validator.pages().entrySet()) {
            if (e.getKey().startsWith("article-")) {
                for (Element s : e.getValue().select("section.rule")) {
                    shown.add(s.selectFirst("h3 code").text());
                    assertNotNull(s.selectFirst("pre code"), s.id());
                    assertEquals(3, s.select("table.messages tbody tr").size(), s.id());
                    assertTrue(s.text().contains("Confidence"), s.id());
                }
            }
        }
        for (String file : source.drl().keySet()) {
            for (DrlRules.Rule r : DrlRules.read(file, source.drl().get(file))) {
                assertTrue(shown.contains(r.id()), r.id() + " is on no article page");
            }
        }
        Document extension = validator.pages().values().stream()
                .filter(d -> d.getElementById("rule-STATUS.EXTEND.GRANT-status_extension") != null).findFirst()
                .orElseThrow();
        Element grant = extension.getElementById("rule-STATUS.EXTEND.GRANT-status_extension");
        assertTrue(grant.text().contains("StatusExtensionTest."), "tests found from the repository: " + grant.text());
        assertTrue(grant.selectFirst("pre code").text().contains("insertLogical( Verdict.granted("), grant.text());
        assertTrue(grant.select("td[lang=kk]").text().length() > 10, grant.text());
    }

    @Test
    void everyParameterHasItsHistory_aStepChart_andAReferencePerValue() {
        for (Parameter p : source.parameters().parameters()) {
            Document d = validator.pages().get(SiteModel.parameterHref(p.id()));
            Element svg = d.selectFirst("svg.chart");
            assertNotNull(svg, p.id());
            assertEquals(p.id() + " by date", svg.selectFirst("title").text().replaceAll(",.*", ""));
            assertTrue(svg.select("path.step").size() + svg.select("g.band").size() > 0, p.id());
            assertEquals(p.values().size(), d.select("#history ~ table tbody tr").size(), p.id());
            for (int i = 0; i < p.values().size(); i++) {
                assertEquals(p.values().get(i).reference(),
                        d.select("#history ~ table tbody tr").get(i).selectFirst("td.ref").text().strip(), p.id());
            }
        }
    }

    @Test
    void theSearchIndexNamesEveryRule_andPointsIntoTheSite() throws IOException {
        String js = Files.readString(OUT.resolve("search-index.js"), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("window.ORALMAN_SEARCH = "));
        JsonNode index = new ObjectMapper().readTree(js.substring(js.indexOf('='), js.lastIndexOf(';')).substring(1));
        Set<String> rules = new HashSet<>();
        for (JsonNode e : index) {
            List<String> found = new java.util.ArrayList<>();
            validator.check("search-index.js", e.get("u").asText(), found);
            assertTrue(found.isEmpty(), found.toString());
            if (e.get("k").asText().equals("rule")) {
                rules.add(e.get("t").asText());
            }
        }
        assertTrue(rules.contains("STATUS.EXTEND.GRANT"), rules.toString());
        assertNotNull(validator.pages().get("index.html").getElementById("q"));
    }

    @Test
    void theDiffPageShowsFilesRulesAndParameters() {
        List<LawVersion> vs = source.versions();
        LawVersion a = vs.stream().filter(v -> v.id().equals("Z1100000477@2015-11-24")).findFirst().orElse(vs.get(0));
        LawVersion b = vs.stream().filter(v -> v.id().equals("Z1100000477@2020-05-25")).findFirst()
                .orElse(vs.get(vs.size() - 1));
        Document d = validator.pages().get(SiteModel.diffHref(a, b));
        assertNotNull(d);
        Set<String> fa = new HashSet<>(a.drlFiles());
        for (String f : b.drlFiles()) {
            if (!fa.contains(f)) {
                assertTrue(d.selectFirst("#files ~ ul").text().contains(f), f + " " + d.text());
            }
        }
        assertFalse(d.select("h3:contains(Added) + p a").isEmpty(), "rules added between " + a.id() + " and " + b.id());
    }
}
