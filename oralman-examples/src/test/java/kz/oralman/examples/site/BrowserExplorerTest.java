package kz.oralman.examples.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer in a real browser (Debian's chromium, headless), opened from files: the search box's
 * script finds rules, and an article page renders (a screenshot in {@code target/explorer.png}).
 * Skipped where {@code /usr/bin/chromium} is absent.
 */
class BrowserExplorerTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Path site;

    @BeforeAll
    static void writeTheSite(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM);
        site = dir.resolve("site");
        new SiteGenerator().write(new SiteModel(LawSource.bundled(), RuleTests.find(Path.of("")), ArticleWords.none()),
                site);
    }

    private static String chromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theSearchBoxFindsARuleByWords_inEveryLanguage(@TempDir Path profile) throws Exception {
        for (String query : new String[] {"extend grant", "STATUS.EXTEND.GRANT", "продлевается"}) {
            String dom = chromium(profile, "--dump-dom", site.resolve("index.html").toUri() + "?q="
                    + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
            Document d = Jsoup.parse(dom);
            Element results = d.getElementById("results");
            assertTrue(results != null && !results.hasAttr("hidden"), query + ": " + dom.length());
            assertTrue(results.select("a").stream().anyMatch(a -> a.text().equals("STATUS.EXTEND.GRANT")),
                    query + ": " + results.outerHtml());
            String href = results.selectFirst("a").attr("href");
            assertTrue(Files.isRegularFile(site.resolve(href.replaceAll("#.*", ""))), href);
        }
    }

    @Test
    void anArticlePageRenders(@TempDir Path profile) throws Exception {
        Path png = Path.of("target/explorer.png");
        Files.deleteIfExists(png);
        chromium(profile, "--hide-scrollbars", "--window-size=1280,1500", "--screenshot=" + png.toAbsolutePath(),
                site.resolve("article-Z1100000477-art-1.html").toUri().toString());
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        assertTrue(bytes.length > 20_000, "a blank page is a few kB; the article page is more: " + bytes.length);
        String dom = chromium(profile, "--dump-dom", site.resolve("article-Z1100000477-art-1.html").toUri().toString());
        assertEquals("Z1100000477 Art. 1", Jsoup.parse(dom).selectFirst("h1").text());
    }
}
