package kz.oralman.examples.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Validates a written site: every page parses as HTML5 without a single parse error (jsoup's
 * tree builder, errors tracked), has a doctype, a language, a title, one h1, unique ids, no inline
 * event handlers; and every internal link, stylesheet and script resolves to a file and, with a
 * fragment, to an element with that id.
 */
final class SiteValidator {
    private final Path dir;
    private final Map<String, Document> pages = new HashMap<>();

    SiteValidator(Path dir) {
        this.dir = dir;
    }

    /** @return every problem, one a line with its page */
    List<String> problems() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        if (files.isEmpty()) {
            problems.add("no pages in " + dir);
        }
        for (Path f : files) {
            String html = Files.readString(f, StandardCharsets.UTF_8);
            Parser parser = Parser.htmlParser().setTrackErrors(100);
            Document doc = Jsoup.parse(html, "", parser);
            String name = f.getFileName().toString();
            pages.put(name, doc);
            for (ParseError e : parser.getErrors()) {
                problems.add(name + ": parse error at " + e.getPosition() + ": " + e.getErrorMessage());
            }
            if (!html.startsWith("<!DOCTYPE html>")) {
                problems.add(name + ": does not start with <!DOCTYPE html>");
            }
            if (doc.selectFirst("html[lang]") == null) {
                problems.add(name + ": <html> has no lang");
            }
            if (doc.title().isBlank()) {
                problems.add(name + ": empty <title>");
            }
            if (doc.select("h1").size() != 1) {
                problems.add(name + ": " + doc.select("h1").size() + " h1 elements");
            }
            if (doc.selectFirst("meta[charset=utf-8]") == null) {
                problems.add(name + ": no <meta charset=utf-8>");
            }
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!ids.add(e.id())) {
                    problems.add(name + ": id '" + e.id() + "' repeats");
                }
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    if (a.getKey().startsWith("on")) {
                        problems.add(name + ": inline handler " + a.getKey() + " on <" + e.tagName() + ">");
                    }
                });
            }
            for (Element img : doc.select("table")) {
                if (img.selectFirst("thead th") == null) {
                    problems.add(name + ": a table without header cells");
                }
            }
        }
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Document doc = page.getValue();
            for (Element a : doc.select("a[href], link[href]")) {
                check(page.getKey(), a.attr("href"), problems);
            }
            for (Element s : doc.select("script[src], img[src]")) {
                check(page.getKey(), s.attr("src"), problems);
            }
            for (Element a : doc.select("a")) {
                if (!a.hasAttr("href") || a.attr("href").isBlank()) {
                    problems.add(page.getKey() + ": a link without an address: " + a.outerHtml());
                }
            }
        }
        return problems;
    }

    /** @return the pages read, by file name */
    Map<String, Document> pages() {
        return pages;
    }

    void check(String page, String href, List<String> problems) throws IOException {
        if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
            problems.add(page + ": an external address " + href + " (the site must work offline)");
            return;
        }
        String path = href;
        String fragment = "";
        int hash = href.indexOf('#');
        if (hash >= 0) {
            path = href.substring(0, hash);
            fragment = URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        }
        String target = path.isEmpty() ? page : URLDecoder.decode(path, StandardCharsets.UTF_8);
        if (target.contains("/") || target.contains("\\")) {
            problems.add(page + ": " + href + " leaves the site's folder");
            return;
        }
        Path file = dir.resolve(target);
        if (!Files.isRegularFile(file)) {
            problems.add(page + ": " + href + " does not resolve");
            return;
        }
        if (!fragment.isEmpty()) {
            Document doc = pages.get(target);
            if (doc == null) {
                doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (doc.getElementById(fragment) == null) {
                problems.add(page + ": " + href + ": no element with id '" + fragment + "' in " + target);
            }
        }
    }
}
