package kz.oralman.examples.impact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.EvidenceRequest;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.json.Canonical;
import kz.oralman.rules.Messages;
import kz.oralman.rules.OralmanEngine;

/**
 * What an amendment changes, for a legal researcher: a corpus decided under two rulesets, on each
 * case's filing date or re-dated to one governing date ({@code --as-of}), the changed decisions
 * grouped by their <em>decisive reason</em> (the first reason of the winning outcome, under the
 * ruleset after), each group named by its article and paragraph, with the before and after values of
 * every changed argument, term, outcome and evidence request. Rendered as Markdown with a chart, as a
 * self-contained HTML page ({@link HtmlImpactPage}), or as JSON in the {@code oralman-impact/1} shape.
 */
public final class ImpactAnalysis {
    private static final int EXAMPLES = 5;
    private static final int UNREADABLE = 100;
    private static final int VALUES = 8;

    /**
     * One difference between two decisions of a case.
     *
     * @param what what differs: {@code outcome}, {@code term}, {@code RULE.ID {argument}}, {@code reason},
     *        {@code evidence}
     * @param before the value before, or empty
     * @param after the value after, or empty
     */
    public record Change(String what, String before, String after) {
    }

    /**
     * A changed decision.
     *
     * @param caseId the case
     * @param asOf the governing date
     * @param changes what differs
     */
    public record Example(String caseId, LocalDate asOf, List<Change> changes) {
    }

    /** The changed decisions whose decisive reason (after) is the same rule. */
    public static final class Group {
        private final String ruleId;
        private final String article;
        private final String articleId;
        private String change;
        private long count;
        private final Map<String, Long> transitions = new TreeMap<>();
        private final Map<String, Long> decidedBefore = new TreeMap<>();
        private final Map<String, Map<String, Long>> values = new TreeMap<>();
        private final List<Example> examples = new ArrayList<>();

        Group(String ruleId, String article, String articleId) {
            this.ruleId = ruleId;
            this.article = article;
            this.articleId = articleId;
        }

        /** @return the decisive rule's id */
        public String ruleId() {
            return ruleId;
        }

        /** @return its article and paragraph, with the act's name */
        public String article() {
            return article;
        }

        /** @return the act's id and article, for the JSON report */
        public String articleId() {
            return articleId;
        }

        /** @return how the decisive reason changed: added (a new decisive rule), arguments, or changed */
        public String change() {
            return change;
        }

        /** @return how many decisions */
        public long count() {
            return count;
        }

        /** @return outcome transitions, such as {@code GRANTED → REFUSED}, with their counts */
        public Map<String, Long> transitions() {
            return transitions;
        }

        /** @return the rules that decided these cases before, with their counts */
        public Map<String, Long> decidedBefore() {
            return decidedBefore;
        }

        /** @return by what changed, the before → after values with their counts */
        public Map<String, Map<String, Long>> values() {
            return values;
        }

        /** @return up to five changed decisions in full */
        public List<Example> examples() {
            return examples;
        }
    }

    private final String from;
    private final String to;
    private final Optional<LocalDate> asOf;
    private final String dating;
    private final Messages en = Messages.of("en");
    private long cases;
    private long changed;
    private long errors;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Long> transitions = new TreeMap<>();
    private final List<String[]> unreadable = new ArrayList<>();

    /**
     * An empty analysis.
     *
     * @param from the name of the ruleset before
     * @param to the name of the ruleset after
     * @param asOf the one governing date of every decision, or empty for each case's filing date
     * @param dating how the corpus is dated, in words
     */
    public ImpactAnalysis(String from, String to, Optional<LocalDate> asOf, String dating) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.dating = Objects.requireNonNull(dating, "dating");
    }

    /**
     * Decides a case under both engines on its governing date and records the change, if any.
     *
     * @param c the case
     * @param before the engine before
     * @param after the engine after
     */
    public void add(Case c, OralmanEngine before, OralmanEngine after) {
        Question q = c.application().question();
        LocalDate date = asOf.orElse(c.application().filed());
        Decision a = before.decide(c, q, date);
        Decision b = after.decide(c, q, date);
        add(c.id(), a, b);
    }

    /**
     * Records two decisions of a case.
     *
     * @param caseId the case
     * @param a the decision before
     * @param b the decision after
     */
    public void add(String caseId, Decision a, Decision b) {
        cases++;
        List<Change> diff = changes(a, b);
        if (diff.isEmpty()) {
            return;
        }
        changed++;
        String transition = a.outcome() + " → " + b.outcome();
        transitions.merge(transition, 1L, Long::sum);
        Reason decisive = b.reasons().get(0);
        Reason was = a.reasons().get(0);
        Group g = groups.computeIfAbsent(decisive.ruleId(), k -> new Group(decisive.ruleId(), article(decisive.basis()),
                articleId(decisive.basis())));
        g.count++;
        String kind = !was.ruleId().equals(decisive.ruleId()) ? "added"
                : !was.arguments().equals(decisive.arguments()) ? "arguments" : "changed";
        g.change = g.change == null || g.change.equals(kind) ? kind : "changed";
        g.transitions.merge(transition, 1L, Long::sum);
        g.decidedBefore.merge(was.ruleId(), 1L, Long::sum);
        for (Change ch : diff) {
            Map<String, Long> v = g.values.computeIfAbsent(ch.what(), k -> new LinkedHashMap<>());
            String pair = (ch.before().isEmpty() ? "—" : ch.before()) + " → " + (ch.after().isEmpty() ? "—" : ch.after());
            if (v.containsKey(pair) || v.size() < VALUES) {
                v.merge(pair, 1L, Long::sum);
            }
        }
        if (g.examples.size() < EXAMPLES) {
            g.examples.add(new Example(caseId, b.asOf(), diff));
        }
    }

    /**
     * Counts an input that could not be read or decided, and keeps the first ones with the reason.
     *
     * @param source a file name or {@code line N}
     * @param message why
     */
    public void addError(String source, String message) {
        errors++;
        if (unreadable.size() < UNREADABLE) {
            unreadable.add(new String[] {source, message});
        }
    }

    /** @return how many inputs could not be read or decided */
    public long errors() {
        return errors;
    }

    /** @return how many cases were decided */
    public long cases() {
        return cases;
    }

    /** @return how many decisions changed */
    public long changed() {
        return changed;
    }

    /** @return the groups, largest first */
    public List<Group> groups() {
        List<Group> list = new ArrayList<>(groups.values());
        list.sort((x, y) -> x.count != y.count ? Long.compare(y.count, x.count) : x.ruleId.compareTo(y.ruleId));
        return list;
    }

    /** @return the name of the ruleset before */
    public String from() {
        return from;
    }

    /** @return the name of the ruleset after */
    public String to() {
        return to;
    }

    /** @return how the corpus is dated, in words */
    public String dating() {
        return dating;
    }

    /** @return outcome transitions with their counts */
    public Map<String, Long> transitions() {
        return transitions;
    }

    /** @return changed decisions by article (of the decisive reason), largest first */
    public Map<String, Long> byArticle() {
        Map<String, Long> counts = new TreeMap<>();
        groups.values().forEach(g -> counts.merge(g.article, g.count, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** @return the inputs that could not be read, each source and reason */
    public List<String[]> unreadable() {
        return unreadable;
    }

    /** Every difference between two decisions of the same case, in a stable order. */
    static List<Change> changes(Decision a, Decision b) {
        List<Change> out = new ArrayList<>();
        if (a.outcome() != b.outcome()) {
            out.add(new Change("outcome", a.outcome().name(), b.outcome().name()));
        }
        String ta = a.term().map(t -> t.getStart() + " – " + t.getEndInclusive()).orElse("");
        String tb = b.term().map(t -> t.getStart() + " – " + t.getEndInclusive()).orElse("");
        if (!ta.equals(tb)) {
            out.add(new Change("term", ta, tb));
        }
        String ra = a.referredTo().map(Enum::name).orElse("");
        String rb = b.referredTo().map(Enum::name).orElse("");
        if (!ra.equals(rb)) {
            out.add(new Change("referred to", ra, rb));
        }
        Map<String, List<Reason>> byRuleA = byRule(a.reasons());
        Map<String, List<Reason>> byRuleB = byRule(b.reasons());
        Set<String> rules = new LinkedHashSet<>(byRuleB.keySet());
        rules.addAll(byRuleA.keySet());
        for (String rule : rules) {
            List<Reason> ra0 = byRuleA.getOrDefault(rule, List.of());
            List<Reason> rb0 = byRuleB.getOrDefault(rule, List.of());
            if (ra0.isEmpty()) {
                out.add(new Change("reason", "", rule + arguments(rb0.get(0).arguments())));
            } else if (rb0.isEmpty()) {
                out.add(new Change("reason", rule + arguments(ra0.get(0).arguments()), ""));
            } else {
                for (int i = 0; i < Math.max(ra0.size(), rb0.size()); i++) {
                    Map<String, String> x = i < ra0.size() ? ra0.get(i).arguments() : Map.of();
                    Map<String, String> y = i < rb0.size() ? rb0.get(i).arguments() : Map.of();
                    Set<String> names = new TreeSet<>(x.keySet());
                    names.addAll(y.keySet());
                    for (String n : names) {
                        if (!Objects.equals(x.get(n), y.get(n))) {
                            out.add(new Change(rule + " {" + n + "}", x.getOrDefault(n, ""), y.getOrDefault(n, "")));
                        }
                    }
                    if (i >= ra0.size() || i >= rb0.size()) {
                        out.add(new Change("reason", i < ra0.size() ? rule + arguments(x) : "",
                                i < rb0.size() ? rule + arguments(y) : ""));
                    }
                }
            }
        }
        Set<String> ea = new LinkedHashSet<>(a.evidenceRequests().stream().map(ImpactAnalysis::evidence).toList());
        Set<String> eb = new LinkedHashSet<>(b.evidenceRequests().stream().map(ImpactAnalysis::evidence).toList());
        ea.stream().filter(e -> !eb.contains(e)).forEach(e -> out.add(new Change("evidence", e, "")));
        eb.stream().filter(e -> !ea.contains(e)).forEach(e -> out.add(new Change("evidence", "", e)));
        return out;
    }

    private static String evidence(EvidenceRequest e) {
        return e.fact() + " (" + e.person() + ") " + e.documents();
    }

    private static String arguments(Map<String, String> args) {
        return args.isEmpty() ? "" : " " + new TreeMap<>(args);
    }

    private static Map<String, List<Reason>> byRule(List<Reason> reasons) {
        Map<String, List<Reason>> out = new LinkedHashMap<>();
        reasons.forEach(r -> out.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** The article and paragraph of a basis, with the act's name: never the act's id alone. */
    String article(LegalReference ref) {
        String act = en.text("act." + ref.act());
        if (act.startsWith("[")) {
            act = ref.act();
        }
        StringBuilder sb = new StringBuilder();
        if (ref.article().isEmpty()) {
            sb.append("no article cited");
        } else {
            sb.append("Art. ").append(ref.article());
            if (!ref.paragraph().isEmpty()) {
                sb.append(" p. ").append(ref.paragraph());
            }
            if (!ref.subParagraph().isEmpty()) {
                sb.append(" sp. ").append(ref.subParagraph());
            }
        }
        return sb.append(" — ").append(act).toString();
    }

    private static String articleId(LegalReference ref) {
        return ref.act() + (ref.article().isEmpty() ? "" : " art. " + ref.article())
                + (ref.paragraph().isEmpty() ? "" : " p. " + ref.paragraph());
    }

    /** @return the analysis as Markdown: counts, transitions, the groups with their values, a chart */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Impact: ").append(from).append(" → ").append(to).append("\n\n");
        sb.append("Dated: ").append(dating).append(".\n\n");
        sb.append(String.format(Locale.ROOT, "%,d cases decided under both rulesets: **%,d changed**, %,d unchanged",
                cases, changed, cases - changed));
        sb.append(errors > 0 ? String.format(Locale.ROOT, ", %,d could not be read", errors) : "").append(".\n\n");
        if (changed == 0) {
            sb.append("No decision changes.\n");
            appendUnreadable(sb);
            return sb.toString();
        }
        sb.append("## Outcome transitions\n\n| from → to | cases |\n|---|---:|\n");
        transitions.forEach((t, c) -> sb.append("| ").append(t).append(" | ").append(c).append(" |\n"));
        sb.append("\n## Changes by decisive reason\n\nThe decisive reason is the first reason of the winning outcome"
                + " under the ruleset after.\n\n");
        sb.append("| decisive rule | article | cases | decided before by | transitions |\n|---|---|---:|---|---|\n");
        for (Group g : groups()) {
            sb.append("| `").append(g.ruleId).append("` | ").append(cell(g.article)).append(" | ").append(g.count)
                    .append(" | ").append(counts(g.decidedBefore, "`")).append(" | ").append(counts(g.transitions, ""))
                    .append(" |\n");
        }
        for (Group g : groups()) {
            sb.append("\n### `").append(g.ruleId).append("` — ").append(g.article).append("\n\n");
            sb.append("| what changed | before → after | cases |\n|---|---|---:|\n");
            g.values.forEach((what, pairs) -> pairs.forEach((pair, n) -> sb.append("| ").append(cell(what))
                    .append(" | ").append(cell(pair)).append(" | ").append(n).append(" |\n")));
            sb.append("\nExamples: ");
            sb.append(String.join(", ", g.examples.stream().map(e -> "`" + e.caseId() + "` (" + e.asOf() + ")")
                    .toList())).append("\n");
        }
        Map<String, Long> byArticle = byArticle();
        sb.append("\n## Changed decisions by article\n\n```mermaid\npie title Changed decisions by article\n");
        byArticle.forEach((a, c) -> sb.append("    \"").append(a.replace("\"", "'")).append("\" : ").append(c)
                .append('\n'));
        sb.append("```\n\n```\n");
        long max = byArticle.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int width = Math.min(60, byArticle.keySet().stream().mapToInt(String::length).max().orElse(10));
        byArticle.forEach((a, c) -> sb.append(String.format(Locale.ROOT, "%-" + width + "s | %-40s %d%n",
                a.length() > width ? a.substring(0, width - 1) + "…" : a, "█".repeat((int) Math.max(1, c * 40 / max)),
                c)));
        sb.append("```\n");
        appendUnreadable(sb);
        return sb.toString();
    }

    private void appendUnreadable(StringBuilder sb) {
        if (!unreadable.isEmpty()) {
            sb.append("\n## Unreadable inputs\n\n");
            unreadable.forEach(u -> sb.append("- ").append(u[0]).append(": ").append(u[1].replace("\n", " "))
                    .append('\n'));
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String counts(Map<String, Long> counts, String quote) {
        return String.join("; ", counts.entrySet().stream().map(e -> quote + e.getKey() + quote + " (" + e.getValue()
                + ")").toList());
    }

    /** @return the analysis as JSON, format {@code oralman-impact/1} */
    public String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "oralman-impact/1");
        root.put("from", from);
        root.put("to", to);
        root.put("cases", cases);
        root.put("changed", changed);
        root.put("errors", errors);
        ObjectNode tr = root.putObject("transitions");
        transitions.forEach(tr::put);
        ArrayNode gs = root.putArray("groups");
        for (Group g : groups()) {
            ObjectNode o = gs.addObject();
            o.put("ruleId", g.ruleId);
            o.put("article", g.article);
            o.put("change", g.change);
            o.put("count", g.count);
            ObjectNode t = o.putObject("transitions");
            g.transitions.forEach(t::put);
            ArrayNode ex = o.putArray("examples");
            g.examples.forEach(e -> ex.add(e.caseId()));
        }
        ObjectNode ba = root.putObject("byArticle");
        new TreeMap<>(byArticle()).forEach(ba::put);
        ArrayNode un = root.putArray("unreadable");
        unreadable.forEach(u -> un.addObject().put("source", u[0]).put("message", u[1]));
        return Canonical.print(root);
    }
}
