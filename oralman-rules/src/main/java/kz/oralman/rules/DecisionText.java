package kz.oralman.rules;

import java.util.List;
import java.util.Map;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Quotation;
import kz.oralman.model.decision.Reason;

/**
 * Renders a decision as plain text in Kazakh, Russian or English. The language changes the words,
 * never the decision.
 */
public final class DecisionText {
    private DecisionText() {
    }

    /**
     * The explanation of a decision.
     *
     * @param d the decision
     * @param language the language
     * @return the text, ending with a newline
     */
    public static String render(Decision d, Language language) {
        return render(d, Messages.of(language.code()), false);
    }

    /**
     * The explanation of a decision, with the acts' own words under each reason when asked.
     *
     * @param d the decision
     * @param language the language
     * @param quotations whether to print the acts' words under each reason that has them
     * @return the text, ending with a newline
     */
    public static String render(Decision d, Language language, boolean quotations) {
        return render(d, Messages.of(language.code()), quotations);
    }

    /**
     * The explanation of a decision.
     *
     * @param d the decision
     * @param language {@code kk}, {@code ru} or {@code en}
     * @return the text, ending with a newline
     */
    public static String render(Decision d, String language) {
        return render(d, Messages.of(language), false);
    }

    /**
     * The explanation of a decision, with the acts' own words under each reason when asked.
     *
     * @param d the decision
     * @param language {@code kk}, {@code ru} or {@code en}
     * @param quotations whether to print, under each reason whose basis carries a quotation, the
     *     words of the act (Kazakh for {@code kk} where the library has them, else Russian; the
     *     library holds no English text of the acts)
     * @return the text, ending with a newline
     */
    public static String render(Decision d, String language, boolean quotations) {
        return render(d, Messages.of(language), quotations);
    }

    /**
     * The explanation of a decision in the texts of a given bundle, such as a ruleset folder's.
     *
     * @param d the decision
     * @param m the messages of one language
     * @return the text, ending with a newline
     */
    public static String render(Decision d, Messages m) {
        return render(d, m, false);
    }

    /**
     * The explanation of a decision in the texts of a given bundle, with the acts' words when asked.
     *
     * @param d the decision
     * @param m the messages of one language
     * @param quotations whether to print the acts' words under each reason that has them
     * @return the text, ending with a newline
     */
    public static String render(Decision d, Messages m, boolean quotations) {
        String t = d.terminology();
        StringBuilder sb = new StringBuilder();
        line(sb, m.text("label.decision"), d.caseId());
        line(sb, m.text("label.question"), m.format("question." + d.question().name(), Map.of(), t));
        line(sb, m.text("label.asOf"), TextForms.date(d.asOf(), m));
        line(sb, m.text("label.outcome"), m.text("outcome." + d.outcome().name()));
        String termLabel = d.question() == kz.oralman.model.Question.CENTRE_PLACEMENT ? "label.stayTerm" : "label.term";
        d.term().ifPresent(term -> line(sb, m.text(termLabel), TextForms.date(term.getStart(), m) + " – "
                + TextForms.date(term.getEndInclusive(), m)));
        d.referredTo().ifPresent(b -> line(sb, m.text("label.referredTo"), m.text("body." + b.name())));
        line(sb, m.text("label.lawVersion"), lawVersion(m, d.lawVersion()));
        line(sb, m.text("label.authority"), m.text("authority." + d.authority().decidingBody())
                + (d.authority().decidingBody().equals(d.authority().ministry()) ? ""
                : "; " + m.text("authority." + d.authority().ministry()))
                + " (" + m.text("confidence." + d.authority().confidence().name()) + ")");
        sb.append('\n').append(m.text("label.reasons")).append(":\n");
        int i = 1;
        for (Reason r : d.reasons()) {
            sb.append(String.format("%3d. ", i++)).append(m.format(r.messageKey(), r.arguments(), t)).append('\n');
            sb.append("     [").append(r.ruleId()).append("] ").append(m.text("label.basis")).append(": ")
                    .append(basis(m, r.basis())).append('\n');
            if (!r.verified()) {
                sb.append("     ").append(r.basis().confidence().name().equals("UNVERIFIED")
                        ? "⚠ " + m.text("label.unverified") : m.text("label.secondary")).append('\n');
            }
            if (quotations) {
                quotation(sb, m, r.basis().text());
            }
            if (!r.facts().isEmpty()) {
                sb.append("     ").append(m.text("label.facts")).append(": ").append(String.join(", ", r.facts()))
                        .append('\n');
            }
        }
        if (!d.evidenceRequests().isEmpty()) {
            sb.append('\n').append(m.text("label.evidence")).append(":\n");
            i = 1;
            for (EvidenceRequest e : d.evidenceRequests()) {
                sb.append(String.format("%3d. ", i++)).append(m.format("fact." + e.fact(), Map.of(), t))
                        .append(" (").append(e.person()).append(")\n");
                sb.append("     ").append(m.text("label.documents")).append(":\n");
                for (String doc : e.documents()) {
                    sb.append("       - ").append(m.text(doc)).append('\n');
                }
                sb.append("     [").append(e.ruleId()).append("] ").append(m.text("label.basis")).append(": ")
                        .append(basis(m, e.basis())).append('\n');
                if (!e.facts().isEmpty()) {
                    sb.append("     ").append(m.text("label.facts")).append(": ")
                            .append(String.join(", ", e.facts())).append('\n');
                }
            }
        }
        sb.append('\n').append(m.text("label.receipt")).append(": oralman ").append(d.receipt().libraryVersion())
                .append(", ").append(d.receipt().lawVersion());
        if (!d.receipt().rulesetHash().isEmpty()) {
            sb.append(", rules sha256:").append(d.receipt().rulesetHash(), 0, 16);
        }
        sb.append(", case sha256:").append(d.receipt().caseHash(), 0, 16).append('\n');
        return sb.toString();
    }

    private static void quotation(StringBuilder sb, Messages m, Quotation q) {
        if (q.isEmpty()) {
            return;
        }
        String lang = q.wordsLanguage(m.language());
        sb.append("     ").append(m.text("label.quote")).append(" (").append(q.wording()).append(", ")
                .append(m.text("label.quoteIn." + lang)).append("):\n");
        for (String line : q.words(m.language()).split("\n")) {
            sb.append("       | ").append(line).append('\n');
        }
        if (q.partial()) {
            sb.append("       (").append(m.text("label.quotePartial")).append(")\n");
        }
        if (q.otherWording()) {
            sb.append("       (").append(m.text("label.quoteOtherWording")).append(")\n");
        }
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(label).append(": ").append(value).append('\n');
    }

    private static String lawVersion(Messages m, String id) {
        if (id.startsWith("external:")) {
            // external:FOLDER/ACT@DATE#HASH12 — an edited ruleset, never the bundled law version
            int slash = id.indexOf('/');
            int hash = id.lastIndexOf('#');
            if (slash > 0 && hash > slash) {
                return m.format("label.externalRuleset", java.util.Map.of("ruleset", id.substring(9, slash),
                        "version", id.substring(slash + 1, hash), "hash", id.substring(hash + 1)), "") + " (" + id + ")";
            }
            return id;
        }
        int at = id.indexOf('@');
        if (at < 0) {
            return id;
        }
        return m.text("act." + id.substring(0, at)) + ", " + m.text("label.revision") + " "
                + TextForms.value(id.substring(at + 1), m)
                + " (" + id + ")";
    }

    static String basis(Messages m, LegalReference ref) {
        StringBuilder sb = new StringBuilder(m.text("act." + ref.act()));
        List<String[]> parts = List.of(new String[] {"label.article", ref.article()},
                new String[] {"label.paragraph", ref.paragraph()},
                new String[] {"label.subParagraph", ref.subParagraph()});
        for (String[] p : parts) {
            if (!p[1].isEmpty()) {
                sb.append(", ").append(m.text(p[0])).append(' ').append(p[1]);
            }
        }
        if (!ref.revision().isEmpty()) {
            sb.append(" (").append(m.text("label.revision")).append(' ').append(TextForms.value(ref.revision(), m))
                    .append(')');
        }
        return sb.toString();
    }
}
