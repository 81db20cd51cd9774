package kz.oralman.examples.impact;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An impact analysis as one self-contained HTML page (its style and its bar chart inline, no other
 * file), rendered from the JTE template {@code impact.jte}.
 */
public final class HtmlImpactPage {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final int BAR_WIDTH = 420;
    private static final int LABEL_WIDTH = 380;
    private static final int ROW = 26;

    /**
     * A bar of the chart.
     *
     * @param y its top
     * @param width its length
     * @param label the article
     * @param count the changed decisions
     */
    public record Bar(int y, int width, String label, long count) {
    }

    /**
     * A row of a group's table of values.
     *
     * @param what what changed
     * @param pair before → after
     * @param count the cases
     */
    public record ValueRow(String what, String pair, long count) {
    }

    /**
     * What the template shows.
     *
     * @param analysis the analysis
     * @param bars the chart's bars
     * @param chartWidth the chart's width
     * @param chartHeight the chart's height
     * @param labelWidth where the bars start
     * @param values each group's values, in the order of {@link ImpactAnalysis#groups()}
     */
    public record Model(ImpactAnalysis analysis, List<Bar> bars, int chartWidth, int chartHeight, int labelWidth,
                        List<List<ValueRow>> values) {
    }

    private HtmlImpactPage() {
    }

    /**
     * The page.
     *
     * @param analysis the analysis
     * @return the HTML
     */
    public static String render(ImpactAnalysis analysis) {
        List<Bar> bars = new ArrayList<>();
        Map<String, Long> byArticle = analysis.byArticle();
        long max = byArticle.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int y = 8;
        for (Map.Entry<String, Long> e : byArticle.entrySet()) {
            String label = e.getKey().length() > 52 ? e.getKey().substring(0, 51) + "…" : e.getKey();
            bars.add(new Bar(y, (int) Math.max(2, e.getValue() * BAR_WIDTH / max), label, e.getValue()));
            y += ROW;
        }
        List<List<ValueRow>> values = new ArrayList<>();
        for (ImpactAnalysis.Group g : analysis.groups()) {
            List<ValueRow> rows = new ArrayList<>();
            g.values().forEach((what, pairs) -> pairs.forEach((pair, n) -> rows.add(new ValueRow(what, pair, n))));
            values.add(rows);
        }
        StringOutput out = new StringOutput();
        TEMPLATES.render("impact.jte", new Model(analysis, bars, LABEL_WIDTH + BAR_WIDTH + 60, y + 8, LABEL_WIDTH,
                values), out);
        return out.toString();
    }
}
