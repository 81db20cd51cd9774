package kz.oralman.examples.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site validator finds what it is there to find: it could fail the explorer's test. */
class SiteValidatorTest {
    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
            + "</head><body><h1>x</h1>";

    @Test
    void reportsParseErrors_brokenLinks_missingFragments_repeatedIds_andInlineHandlers(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("a.html"), HEAD + "<p>one<div>two</div></p><a href=\"b.html#nowhere\">b</a>"
                + "<a href=\"missing.html\">m</a><span id=\"x\"></span><span id=\"x\" onclick=\"f()\"></span>"
                + "<a href=\"https://example.org/\">out</a></body></html>");
        Files.writeString(dir.resolve("b.html"), HEAD + "<p id=\"here\">b</p></body></html>");
        List<String> problems = new SiteValidator(dir).problems();
        String all = String.join("\n", problems);
        assertTrue(all.contains("a.html: parse error"), all);
        assertTrue(all.contains("b.html#nowhere: no element with id 'nowhere'"), all);
        assertTrue(all.contains("missing.html does not resolve"), all);
        assertTrue(all.contains("id 'x' repeats"), all);
        assertTrue(all.contains("inline handler onclick"), all);
        assertTrue(all.contains("external address"), all);
        assertTrue(problems.stream().noneMatch(p -> p.startsWith("b.html")), all);
    }
}
