package kz.oralman.examples.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.oralman.examples.site.Pages.Quote;
import kz.oralman.rules.check.DrlRules;

/**
 * The words of an article for its page. Where no quotation of the act is available the page shows,
 * per legal reference the rules cite, the comments that state what the rules read: never words
 * presented as the law's own.
 */
@FunctionalInterface
public interface ArticleWords {
    /**
     * The quotations of an article.
     *
     * @param act the act's id
     * @param article the article, or empty for the act as a whole
     * @param rules the rules that cite it
     * @param date the first day of the earliest law version that uses one of them
     * @return the quotations (with a language), or empty when there are none
     */
    List<Quote> words(String act, String article, List<DrlRules.Rule> rules, LocalDate date);

    /** @return words that are never available: every page shows the references and comments */
    static ArticleWords none() {
        return (act, article, rules, date) -> List.of();
    }

    /**
     * The references the rules cite, each with the comments written above and in the rules that cite it.
     *
     * @param rules the rules of an article
     * @return one entry per reference, without a language (not a quotation)
     */
    static List<Quote> comments(List<DrlRules.Rule> rules) {
        Map<String, Set<String>> byReference = new LinkedHashMap<>();
        for (DrlRules.Rule r : rules) {
            byReference.computeIfAbsent(SiteModel.citation(r), k -> new LinkedHashSet<>()).addAll(r.comments());
        }
        List<Quote> out = new ArrayList<>();
        byReference.forEach((ref, lines) -> out.add(new Quote(ref, "", String.join("\n", lines),
                "not a quotation: what the rules citing " + ref + " say they read")));
        return out;
    }
}
