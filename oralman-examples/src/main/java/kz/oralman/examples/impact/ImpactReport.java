package kz.oralman.examples.impact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Reason;
import kz.oralman.model.json.Canonical;
import kz.oralman.rules.OralmanEngine;

/**
 * What an amendment changes: a corpus decided under two rulesets, the decisions that differ grouped
 * by the rule (and article) of the first reason that differs, with counts, outcome transitions and
 * examples. Rendered as Markdown (with a chart of changes by article) or JSON.
 */
public final class ImpactReport {
    private static final int EXAMPLES = 5;
    private static final int UNREADABLE = 100;

    /** One group of changes: those whose first differing reason is the same rule. */
    public static final class Group {
        private final String ruleId;
        private final String side;
        private final LegalReference basis;
        private long count;
        private final Map<String, Long> transitions = new TreeMap<>();
    private final List<String[]> unreadable = new ArrayList<>();
        private final List<String> examples = new ArrayList<>();

        Group(String ruleId, String side, LegalReference basis) {
            this.ruleId = ruleId;
            this.side = side;
            this.basis = basis;
        }

        /** @return the rule id */
        public String ruleId() {
            return ruleId;
        }

        /** @return how many decisions changed because of it */
        public long count() {
            return count;
        }

        /** @return outcome transitions with their counts, such as {@code GRANTED → REFUSED} */
        public Map<String, Long> transitions() {
            return transitions;
        }

        String article() {
            if (basis == null) {
                return "(none)";
            }
            return basis.act() + (basis.article().isEmpty() ? "" : " art. " + basis.article());
        }
    }

    private final String from;
    private final String to;
    private long cases;
    private long changed;
    private long errors;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Long> transitions = new TreeMap<>();
    private final List<String[]> unreadable = new ArrayList<>();

    /**
     * An empty report.
     *
     * @param from the name of the ruleset before
     * @param to the name of the ruleset after
     */
    public ImpactReport(String from, String to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Decides a case under both engines and records the change, if any.
     *
     * @param c the case
     * @param before the engine before
     * @param after the engine after
     */
    public void add(Case c, OralmanEngine before, OralmanEngine after) {
        cases++;
        Decision a = before.decide(c);
        Decision b = after.decide(c);
        if (same(a, b)) {
            return;
        }
        changed++;
        String transition = a.outcome() + " → " + b.outcome();
        transitions.merge(transition, 1L, Long::sum);
        Cause cause = firstDifference(a, b);
        Group g = groups.computeIfAbsent(cause.ruleId() + "|" + cause.side(),
                k -> new Group(cause.ruleId(), cause.side(), cause.basis()));
        g.count++;
        g.transitions.merge(transition, 1L, Long::sum);
        if (g.examples.size() < EXAMPLES) {
            g.examples.add(c.id());
        }
    }

    /** Counts a case that could not be read. */
    public void addError() {
        addError(null, null);
    }

    /**
     * Counts an input that could not be read or decided, and lists the first {@value #UNREADABLE} of them.
     *
     * @param source a file name or {@code line N}, or null
     * @param message why, or null
     */
    public void addError(String source, String message) {
        errors++;
        if (source != null && unreadable.size() < UNREADABLE) {
            unreadable.add(new String[] {source, message == null ? "" : message});
        }
    }

    /** @return how many inputs could not be read or decided */
    public long errors() {
        return errors;
    }

    private static boolean same(Decision a, Decision b) {
        return a.outcome() == b.outcome() && a.term().equals(b.term()) && a.referredTo().equals(b.referredTo())
                && keys(a).equals(keys(b)) && a.evidenceRequests().stream().map(e -> e.fact() + e.documents()).toList()
                .equals(b.evidenceRequests().stream().map(e -> e.fact() + e.documents()).toList());
    }

    private static List<String> keys(Decision d) {
        return d.reasons().stream().map(r -> r.ruleId() + r.arguments()).toList();
    }

    private record Cause(String ruleId, String side, LegalReference basis) {
    }

    /** The first reason that differs: a reason the new decision gives that the old did not, or the reverse. */
    static Cause firstDifference(Decision a, Decision b) {
        List<String> ka = keys(a);
        List<String> kb = keys(b);
        int n = Math.max(ka.size(), kb.size());
        for (int i = 0; i < n; i++) {
            String x = i < ka.size() ? ka.get(i) : null;
            String y = i < kb.size() ? kb.get(i) : null;
            if (!Objects.equals(x, y)) {
                if (x != null && y != null && a.reasons().get(i).ruleId().equals(b.reasons().get(i).ruleId())) {
                    Reason r = b.reasons().get(i);
                    return new Cause(r.ruleId(), "arguments", r.basis());
                }
                if (y != null && !ka.contains(y)) {
                    Reason r = b.reasons().get(i);
                    return new Cause(r.ruleId(), "added", r.basis());
                }
                if (x != null && !kb.contains(x)) {
                    Reason r = a.reasons().get(i);
                    return new Cause(r.ruleId(), "removed", r.basis());
                }
                Reason r = y != null ? b.reasons().get(i) : a.reasons().get(i);
                return new Cause(r.ruleId(), "reordered", r.basis());
            }
        }
        Optional<String> ev = b.evidenceRequests().stream().map(e -> e.ruleId()).findFirst();
        return new Cause(ev.orElse("(evidence or term)"), "changed", null);
    }

    /** @return the groups, largest first */
    public List<Group> groups() {
        List<Group> list = new ArrayList<>(groups.values());
        list.sort((x, y) -> x.count != y.count ? Long.compare(y.count, x.count) : x.ruleId.compareTo(y.ruleId));
        return list;
    }

    /** @return how many decisions changed */
    public long changed() {
        return changed;
    }

    /** @return how many cases were decided */
    public long cases() {
        return cases;
    }

    /** @return the report as Markdown, with a Mermaid chart and a text chart of changes by article */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Impact: ").append(from).append(" → ").append(to).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%,d cases decided under both rulesets: **%,d changed**, %,d unchanged",
                cases, changed, cases - changed));
        sb.append(errors > 0 ? String.format(Locale.ROOT, ", %,d could not be read", errors) : "").append(".\n\n");
        if (!unreadable.isEmpty()) {
            sb.append("## Inputs that could not be read\n\n| input | why |\n|---|---|\n");
            unreadable.forEach(u -> sb.append("| ").append(u[0].replace("|", "\\|")).append(" | ")
                    .append(u[1].replace("|", "\\|").replace("\n", " ")).append(" |\n"));
            if (errors > unreadable.size()) {
                sb.append(String.format(Locale.ROOT, "| … | %,d more |%n", errors - unreadable.size()));
            }
            sb.append('\n');
        }
        if (changed == 0) {
            sb.append("No decision changes.\n");
            return sb.toString();
        }
        sb.append("## Outcome transitions\n\n| from → to | cases |\n|---|---:|\n");
        transitions.forEach((t, c) -> sb.append("| ").append(t).append(" | ").append(c).append(" |\n"));
        sb.append("\n## Changes by rule (the first reason that differs)\n\n");
        sb.append("| rule | article | change | cases | transitions | examples |\n|---|---|---|---:|---|---|\n");
        for (Group g : groups()) {
            sb.append("| `").append(g.ruleId).append("` | ").append(g.article()).append(" | ").append(g.side)
                    .append(" | ").append(g.count).append(" | ")
                    .append(String.join("; ", g.transitions.entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()))
                    .append(" | ").append(String.join(", ", g.examples)).append(" |\n");
        }
        Map<String, Long> byArticle = byArticle();
        sb.append("\n## Changes by article\n\n```mermaid\npie title Changed decisions by article\n");
        byArticle.forEach((a, c) -> sb.append("    \"").append(a).append("\" : ").append(c).append('\n'));
        sb.append("```\n\n```\n");
        long max = byArticle.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int width = byArticle.keySet().stream().mapToInt(String::length).max().orElse(10);
        byArticle.forEach((a, c) -> sb.append(String.format(Locale.ROOT, "%-" + width + "s | %-40s %d%n", a,
                "█".repeat((int) Math.max(1, c * 40 / max)), c)));
        sb.append("```\n");
        return sb.toString();
    }

    private Map<String, Long> byArticle() {
        Map<String, Long> byArticle = new TreeMap<>();
        groups.values().forEach(g -> byArticle.merge(g.article(), g.count, Long::sum));
        return byArticle;
    }

    /** @return the report as JSON */
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
            o.put("article", g.article());
            o.put("change", g.side);
            o.put("count", g.count);
            ObjectNode t = o.putObject("transitions");
            g.transitions.forEach(t::put);
            ArrayNode ex = o.putArray("examples");
            g.examples.forEach(ex::add);
        }
        ObjectNode ba = root.putObject("byArticle");
        byArticle().forEach(ba::put);
        ArrayNode un = root.putArray("unreadable");
        unreadable.forEach(u -> un.addObject().put("source", u[0]).put("message", u[1]));
        return Canonical.print(root);
    }
}
