package kz.oralman.examples.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.oralman.examples.site.Pages.Quote;
import kz.oralman.model.decision.Quotation;
import kz.oralman.rules.LegalTexts;
import kz.oralman.rules.check.DrlRules;

/**
 * The acts' own words from the library's quotations ({@link LegalTexts}): for each provision the
 * rules of an article cite, the Russian and Kazakh words in force on the first day of the earliest
 * law version that uses them, with the wording and source they were read from. A provision without a
 * quotation keeps the comments of its rules, marked as not the law's words.
 */
public final class QuotedWords implements ArticleWords {
    private final LegalTexts texts;

    /**
     * Words from a set of quotations.
     *
     * @param texts the quotations
     */
    public QuotedWords(LegalTexts texts) {
        this.texts = texts;
    }

    /** @return the words of the quotations bundled with the library */
    public static QuotedWords bundled() {
        return new QuotedWords(LegalTexts.bundled());
    }

    @Override
    public List<Quote> words(String act, String article, List<DrlRules.Rule> rules, LocalDate date) {
        Map<String, DrlRules.Rule> byReference = new LinkedHashMap<>();
        rules.forEach(r -> byReference.putIfAbsent(SiteModel.citation(r), r));
        List<Quote> out = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, DrlRules.Rule> e : byReference.entrySet()) {
            DrlRules.Rule r = e.getValue();
            Quotation q;
            try {
                q = texts.quote(r.meta("act"), r.meta("article"), r.meta("paragraph"), r.meta("subParagraph"), date);
            } catch (RuntimeException ex) {
                q = Quotation.NONE;
            }
            if (q.isEmpty()) {
                List<DrlRules.Rule> citing = rules.stream().filter(x -> SiteModel.citation(x).equals(e.getKey())).toList();
                out.addAll(ArticleWords.comments(citing));
                continue;
            }
            any = true;
            String note = q.wording() + (q.note().isEmpty() ? "" : "; " + q.note()) + "; read from "
                    + String.join(", ", q.sources());
            if (!q.ru().isEmpty()) {
                out.add(new Quote(e.getKey(), "ru", q.ru(), note));
            }
            if (!q.kk().isEmpty()) {
                out.add(new Quote(e.getKey(), "kk", q.kk(), note));
            }
        }
        return any ? out : List.of();
    }
}
