package kz.oralman.examples.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.oralman.rules.Parameter;

/**
 * Writes the law explorer: a static site, one folder of HTML pages with relative links, that works
 * opened from files. Pages are rendered from the JTE templates of {@code src/main/jte} (compiled with
 * the sources); the step charts are inline SVG computed from the parameters' values; the search box
 * reads an index written as a script.
 */
public final class SiteGenerator {
    private static final List<String> ASSETS = List.of("site.css", "site.js");
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** What was written. */
    public record Written(Path dir, int pages, long bytes) {
    }

    /**
     * Writes the site of a model into a folder.
     *
     * @param model the pages' model
     * @param out the folder; created if missing; files of the same names are replaced
     * @return the number of pages and bytes written
     * @throws IOException if a file cannot be written
     */
    public Written write(SiteModel model, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> pages = new ArrayList<>();
        pages.add(page(out, "index.html", "index.jte", model.index()));
        for (int i = 0; i < model.versions().size(); i++) {
            pages.add(page(out, SiteModel.versionHref(model.versions().get(i)), "version.jte", model.version(i)));
        }
        for (String key : model.articleKeys()) {
            pages.add(page(out, SiteModel.articleHref(key), "article.jte", model.article(key)));
        }
        for (Parameter p : model.source().parameters().parameters()) {
            pages.add(page(out, SiteModel.parameterHref(p.id()), "parameter.jte", model.parameter(p)));
        }
        pages.add(page(out, "unverified.html", "unverified.jte", model.unverified()));
        pages.add(page(out, "diffs.html", "diffs.jte", model.diffs()));
        for (int i = 0; i < model.versions().size(); i++) {
            for (int j = i + 1; j < model.versions().size(); j++) {
                pages.add(page(out, SiteModel.diffHref(model.versions().get(i), model.versions().get(j)), "diff.jte",
                        model.diff(i, j)));
            }
        }
        for (String asset : ASSETS) {
            try (InputStream in = SiteGenerator.class.getResourceAsStream(asset)) {
                if (in == null) {
                    throw new IllegalStateException("asset " + asset + " is missing from the jar");
                }
                Files.write(out.resolve(asset), in.readAllBytes());
            }
        }
        String index = "window.ORALMAN_SEARCH = " + new ObjectMapper().writeValueAsString(model.searchIndex()) + ";\n";
        Files.writeString(out.resolve("search-index.js"), index, StandardCharsets.UTF_8);
        long bytes = 0;
        for (Path p : pages) {
            bytes += Files.size(p);
        }
        return new Written(out, pages.size(), bytes);
    }

    private Path page(Path out, String name, String template, Object model) throws IOException {
        StringOutput html = new StringOutput();
        templates.render(template, model, html);
        return Files.writeString(out.resolve(name), html.toString(), StandardCharsets.UTF_8);
    }
}
