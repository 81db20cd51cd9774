package kz.oralman.examples.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.oralman.examples.site.Pages.ArticlePage;
import kz.oralman.examples.site.Pages.ArticleRow;
import kz.oralman.examples.site.Pages.DiffPage;
import kz.oralman.examples.site.Pages.DiffsPage;
import kz.oralman.examples.site.Pages.FileChange;
import kz.oralman.examples.site.Pages.FileRow;
import kz.oralman.examples.site.Pages.Frame;
import kz.oralman.examples.site.Pages.IndexPage;
import kz.oralman.examples.site.Pages.Link;
import kz.oralman.examples.site.Pages.MessageText;
import kz.oralman.examples.site.Pages.ParameterChange;
import kz.oralman.examples.site.Pages.ParameterPage;
import kz.oralman.examples.site.Pages.ParameterRow;
import kz.oralman.examples.site.Pages.Quote;
import kz.oralman.examples.site.Pages.RuleRow;
import kz.oralman.examples.site.Pages.RuleView;
import kz.oralman.examples.site.Pages.TestRef;
import kz.oralman.examples.site.Pages.UnverifiedPage;
import kz.oralman.examples.site.Pages.UnverifiedValue;
import kz.oralman.examples.site.Pages.ValueOnDay;
import kz.oralman.examples.site.Pages.ValueRow;
import kz.oralman.examples.site.Pages.VersionPage;
import kz.oralman.examples.site.Pages.VersionRow;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.Library;
import kz.oralman.rules.Messages;
import kz.oralman.rules.Parameter;
import kz.oralman.rules.check.DrlRules;

/**
 * The explorer's pages, computed from a {@link LawSource} without compiling it: the rules are read
 * from the DRL text, each version's files from its law book. Every address is relative and every page
 * sits in one folder, so the site works opened from files.
 */
public final class SiteModel {
    private final LawSource source;
    private final RuleTests tests;
    private final ArticleWords words;
    private final Frame frame0;
    /** The rules of each file, in file order. */
    private final Map<String, List<DrlRules.Rule>> rulesByFile = new TreeMap<>();
    /** Articles by key (act|article), each with its rules in order. */
    private final Map<String, List<DrlRules.Rule>> articles = new TreeMap<>(SiteModel::compareArticles);

    /**
     * The model of a source.
     *
     * @param source the ruleset
     * @param tests the tests of its rules
     * @param words the words of the articles
     */
    public SiteModel(LawSource source, RuleTests tests, ArticleWords words) {
        this.source = Objects.requireNonNull(source, "source");
        this.tests = Objects.requireNonNull(tests, "tests");
        this.words = Objects.requireNonNull(words, "words");
        this.frame0 = new Frame("", source.name(), "oralman " + Library.version());
        Set<String> used = new TreeSet<>();
        source.versions().forEach(v -> used.addAll(v.drlFiles()));
        for (String file : used) {
            String text = source.drl().get(file);
            List<DrlRules.Rule> rules = text == null ? List.of() : DrlRules.read(file, text);
            rulesByFile.put(file, rules);
            for (DrlRules.Rule r : rules) {
                articles.computeIfAbsent(articleKey(r), k -> new ArrayList<>()).add(r);
            }
        }
    }

    private static int compareArticles(String a, String b) {
        String[] x = a.split("\\|", -1);
        String[] y = b.split("\\|", -1);
        int c = x[0].compareTo(y[0]);
        if (c != 0) {
            return c;
        }
        return Comparator.comparing((String s) -> s.isEmpty() ? -1 : leadingNumber(s))
                .thenComparing(s -> s).compare(x[1], y[1]);
    }

    private static int leadingNumber(String s) {
        int n = 0;
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i < 6) {
            n = n * 10 + (s.charAt(i++) - '0');
        }
        return i == 0 ? Integer.MAX_VALUE : n;
    }

    private static String articleKey(DrlRules.Rule r) {
        return r.meta("act") + "|" + r.meta("article");
    }

    // ----------------------------------------------------------------- addresses

    static String slug(String s) {
        String out = s.replaceAll("[^A-Za-z0-9._-]+", "-");
        return out.isEmpty() ? "x" : out;
    }

    static String versionHref(LawVersion v) {
        return "version-" + slug(v.id()) + ".html";
    }

    static String articleHref(String key) {
        String[] parts = key.split("\\|", -1);
        return "article-" + slug(parts[0]) + (parts[1].isEmpty() ? "" : "-art-" + slug(parts[1])) + ".html";
    }

    static String parameterHref(String id) {
        return "parameter-" + slug(id) + ".html";
    }

    static String ruleAnchor(DrlRules.Rule r) {
        return "rule-" + slug(r.id()) + "-" + slug(r.file().replace(".drl", ""));
    }

    static String diffHref(LawVersion a, LawVersion b) {
        return "diff-" + slug(a.id()) + "--" + slug(b.id()) + ".html";
    }

    private Link ruleLink(DrlRules.Rule r) {
        return new Link(articleHref(articleKey(r)) + "#" + ruleAnchor(r), r.id());
    }

    private String articleTitle(String key) {
        String article = key.substring(key.indexOf('|') + 1);
        return article.isEmpty() ? "the act as a whole (no article cited)" : "Art. " + article;
    }

    private String actName(String act) {
        String name = source.message("en", "act." + act);
        return name.isEmpty() ? act : name;
    }

    static String citation(DrlRules.Rule r) {
        StringBuilder sb = new StringBuilder(r.meta("act").isEmpty() ? "(no act)" : r.meta("act"));
        if (!r.meta("article").isEmpty()) {
            sb.append(" Art. ").append(r.meta("article"));
        }
        if (!r.meta("paragraph").isEmpty()) {
            sb.append(" p. ").append(r.meta("paragraph"));
        }
        if (!r.meta("subParagraph").isEmpty()) {
            sb.append(" sp. ").append(r.meta("subParagraph"));
        }
        return sb.toString();
    }

    private Frame frame(String title) {
        return new Frame(title, frame0.site(), frame0.generator());
    }

    // ----------------------------------------------------------------- pages

    /** @return the law versions, oldest first */
    public List<LawVersion> versions() {
        return source.versions();
    }

    /** @return every article key (act|article) */
    public List<String> articleKeys() {
        return List.copyOf(articles.keySet());
    }

    /** @return the source */
    public LawSource source() {
        return source;
    }

    private List<DrlRules.Rule> rulesOf(LawVersion v) {
        List<DrlRules.Rule> out = new ArrayList<>();
        v.drlFiles().forEach(f -> out.addAll(rulesByFile.getOrDefault(f, List.of())));
        return out;
    }

    private static boolean unverified(DrlRules.Rule r) {
        return r.meta("confidence").equals("UNVERIFIED");
    }

    private static boolean unverified(Parameter.Value v) {
        return v.confidence().name().equals("UNVERIFIED") || v.reference().contains("UNVERIFIED");
    }

    private RuleRow ruleRow(DrlRules.Rule r) {
        return new RuleRow(ruleLink(r), r.summary(), citation(r), r.meta("confidence"),
                Boolean.parseBoolean(r.meta("verified")));
    }

    /** @return the front page */
    public IndexPage index() {
        List<VersionRow> versions = new ArrayList<>();
        for (LawVersion v : source.versions()) {
            versions.add(new VersionRow(new Link(versionHref(v), v.id()), v.from().toString(),
                    v.until().map(LocalDate::toString).orElse(""), v.terminology(), v.summary()));
        }
        List<ArticleRow> rows = new ArrayList<>();
        articles.forEach((key, rules) -> rows.add(new ArticleRow(new Link(articleHref(key), key.substring(0,
                key.indexOf('|')) + " " + articleTitle(key)), actName(key.substring(0, key.indexOf('|'))),
                rules.size(), (int) rules.stream().filter(r -> Boolean.parseBoolean(r.meta("verified"))).count())));
        List<ParameterRow> parameters = new ArrayList<>();
        for (Parameter p : source.parameters().parameters()) {
            parameters.add(new ParameterRow(new Link(parameterHref(p.id()), p.id()), p.unit(), p.description(),
                    p.values().size()));
        }
        int rules = rulesByFile.values().stream().mapToInt(List::size).sum();
        int unverifiedRules = (int) rulesByFile.values().stream().flatMap(List::stream).filter(SiteModel::unverified)
                .count();
        int unverifiedValues = (int) source.parameters().parameters().stream().flatMap(p -> p.values().stream())
                .filter(SiteModel::unverified).count();
        return new IndexPage(frame("Law explorer"), versions, rows, parameters, rules, unverifiedRules,
                unverifiedValues);
    }

    /**
     * A version's page.
     *
     * @param i the version's index
     * @return the page
     */
    public VersionPage version(int i) {
        LawVersion v = source.versions().get(i);
        LawVersion prev = i > 0 ? source.versions().get(i - 1) : null;
        LawVersion next = i + 1 < source.versions().size() ? source.versions().get(i + 1) : null;
        List<FileRow> files = new ArrayList<>();
        for (String f : v.drlFiles()) {
            files.add(new FileRow(f, rulesByFile.getOrDefault(f, List.of()).stream().map(this::ruleLink).toList()));
        }
        Set<String> keys = new TreeSet<>(SiteModel::compareArticles);
        rulesOf(v).forEach(r -> keys.add(articleKey(r)));
        List<Link> arts = keys.stream().map(k -> new Link(articleHref(k), k.substring(0, k.indexOf('|')) + " "
                + articleTitle(k))).toList();
        List<ValueOnDay> values = new ArrayList<>();
        for (Parameter p : source.parameters().parameters()) {
            Optional<Parameter.Value> on = p.on(v.from());
            values.add(new ValueOnDay(new Link(parameterHref(p.id()), p.id()),
                    on.map(x -> StepChart.show(p, x.value()) + " (" + p.unit() + ")").orElse("(none)"),
                    on.map(x -> x.confidence().name()).orElse(""), on.map(Parameter.Value::reference).orElse("")));
        }
        return new VersionPage(frame("Law version " + v.id()), v.id(), actName(v.act()), v.from().toString(),
                v.until().map(LocalDate::toString).orElse(""), v.terminology(), v.summary(),
                prev == null ? null : new Link(versionHref(prev), prev.id()),
                next == null ? null : new Link(versionHref(next), next.id()),
                prev == null ? null : new Link(diffHref(prev, v), "what changed from " + prev.id()),
                next == null ? null : new Link(diffHref(v, next), "what changes in " + next.id()),
                files, arts, rulesOf(v).stream().map(this::ruleRow).toList(), values);
    }

    /**
     * An article's page.
     *
     * @param key the article's key (act|article)
     * @return the page
     */
    public ArticlePage article(String key) {
        List<DrlRules.Rule> rules = articles.get(key);
        String act = key.substring(0, key.indexOf('|'));
        String article = key.substring(key.indexOf('|') + 1);
        List<RuleView> views = new ArrayList<>();
        LocalDate firstDay = null;
        for (DrlRules.Rule r : rules) {
            List<Link> in = new ArrayList<>();
            for (LawVersion v : source.versions()) {
                if (v.drlFiles().contains(r.file())) {
                    in.add(new Link(versionHref(v), v.revision()));
                    firstDay = firstDay == null || v.from().isBefore(firstDay) ? v.from() : firstDay;
                }
            }
            List<MessageText> texts = Messages.LANGUAGES.stream()
                    .map(l -> new MessageText(l, source.message(l, "rule." + r.id()))).toList();
            List<TestRef> refs = tests.of(r.id()).stream()
                    .map(t -> new TestRef(t.className() + "." + t.method(), t.path() + ":" + t.line())).toList();
            views.add(new RuleView(r.id(), ruleAnchor(r), r.file(), r.line(), citation(r), r.meta("confidence"),
                    Boolean.parseBoolean(r.meta("verified")), r.summary(), r.comments(), r.source().stripTrailing(),
                    in, texts, List.copyOf(r.arguments()), refs));
        }
        List<Quote> quotes = words.words(act, article, rules, firstDay == null ? LocalDate.now() : firstDay);
        boolean quoted = quotes.stream().anyMatch(q -> !q.language().isEmpty());
        if (quotes.isEmpty()) {
            quotes = ArticleWords.comments(rules);
        }
        return new ArticlePage(frame(act + " " + articleTitle(key)), articleTitle(key), actName(act), act, quotes,
                quoted, views);
    }

    /**
     * A parameter's page.
     *
     * @param p the parameter
     * @return the page
     */
    public ParameterPage parameter(Parameter p) {
        List<ValueRow> rows = new ArrayList<>();
        for (int i = 0; i < p.values().size(); i++) {
            Parameter.Value v = p.values().get(i);
            String until = i + 1 < p.values().size() ? p.values().get(i + 1).from().toString() : "";
            rows.add(new ValueRow(v.from().toString(), until, StepChart.show(p, v.value()), v.confidence().name(),
                    v.reference(), unverified(v)));
        }
        LocalDate start = source.versions().get(0).from();
        LawVersion last = source.versions().get(source.versions().size() - 1);
        LocalDate end = last.until().orElse(last.from().plusYears(5));
        return new ParameterPage(frame("Parameter " + p.id()), p.id(), p.type(), p.unit(), p.optional(),
                p.description(), p.source(), p.confidence().name(), rows, StepChart.of(p, start, end));
    }

    /** @return the UNVERIFIED list */
    public UnverifiedPage unverified() {
        Map<String, DrlRules.Rule> rules = new TreeMap<>();
        rulesByFile.values().stream().flatMap(List::stream).filter(SiteModel::unverified)
                .forEach(r -> rules.putIfAbsent(r.id() + " " + r.file(), r));
        List<UnverifiedValue> values = new ArrayList<>();
        for (Parameter p : source.parameters().parameters()) {
            for (Parameter.Value v : p.values()) {
                if (unverified(v)) {
                    values.add(new UnverifiedValue(new Link(parameterHref(p.id()), p.id()), v.from().toString(),
                            StepChart.show(p, v.value()), v.reference()));
                }
            }
        }
        return new UnverifiedPage(frame("Marked UNVERIFIED"), rules.values().stream().map(this::ruleRow).toList(),
                values);
    }

    /** @return the list of diffs */
    public DiffsPage diffs() {
        List<LawVersion> vs = source.versions();
        List<Link> versions = vs.stream().map(v -> new Link(slug(v.id()), v.id())).toList();
        List<Link> consecutive = new ArrayList<>();
        List<Link> all = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            for (int j = i + 1; j < vs.size(); j++) {
                Link l = new Link(diffHref(vs.get(i), vs.get(j)), vs.get(i).id() + " → " + vs.get(j).id());
                all.add(l);
                if (j == i + 1) {
                    consecutive.add(l);
                }
            }
        }
        return new DiffsPage(frame("Differences between law versions"), versions, consecutive, all);
    }

    /**
     * The diff between two versions.
     *
     * @param i the earlier version's index
     * @param j the later version's index
     * @return the page
     */
    public DiffPage diff(int i, int j) {
        LawVersion a = source.versions().get(i);
        LawVersion b = source.versions().get(j);
        Set<String> fa = new LinkedHashSet<>(a.drlFiles());
        Set<String> fb = new LinkedHashSet<>(b.drlFiles());
        List<String> added = fb.stream().filter(f -> !fa.contains(f)).sorted().toList();
        List<String> removed = new ArrayList<>(fa.stream().filter(f -> !fb.contains(f)).sorted().toList());
        List<FileChange> files = new ArrayList<>();
        for (String f : added) {
            Set<String> ids = ids(rulesByFile.getOrDefault(f, List.of()));
            Optional<String> replaced = removed.stream()
                    .filter(g -> ids(rulesByFile.getOrDefault(g, List.of())).stream().anyMatch(ids::contains))
                    .findFirst();
            if (replaced.isPresent()) {
                removed.remove(replaced.get());
                files.add(new FileChange("changed", f, replaced.get(), LineDiff.diff(
                        source.drl().getOrDefault(replaced.get(), ""), source.drl().getOrDefault(f, ""))));
            } else {
                files.add(new FileChange("added", f, "", List.of()));
            }
        }
        removed.forEach(f -> files.add(new FileChange("removed", f, "", List.of())));
        Map<String, DrlRules.Rule> ra = byId(rulesOf(a));
        Map<String, DrlRules.Rule> rb = byId(rulesOf(b));
        List<Link> rulesAdded = rb.values().stream().filter(r -> !ra.containsKey(r.id())).map(this::ruleLink).toList();
        List<Link> rulesRemoved = ra.values().stream().filter(r -> !rb.containsKey(r.id())).map(this::ruleLink)
                .toList();
        List<Link> rulesChanged = rb.values().stream()
                .filter(r -> ra.containsKey(r.id()) && !ra.get(r.id()).source().equals(r.source()))
                .map(this::ruleLink).toList();
        List<ParameterChange> params = new ArrayList<>();
        for (Parameter p : source.parameters().parameters()) {
            String before = p.on(a.from()).map(v -> StepChart.show(p, v.value())).orElse("(none)");
            String after = p.on(b.from()).map(v -> StepChart.show(p, v.value())).orElse("(none)");
            if (!before.equals(after)) {
                params.add(new ParameterChange(new Link(parameterHref(p.id()), p.id()), before, after));
            }
        }
        return new DiffPage(frame(a.id() + " → " + b.id()), new Link(versionHref(a), a.id()),
                new Link(versionHref(b), b.id()), files, rulesAdded, rulesRemoved, rulesChanged, params);
    }

    private static Set<String> ids(List<DrlRules.Rule> rules) {
        Set<String> out = new TreeSet<>();
        rules.forEach(r -> out.add(r.id()));
        return out;
    }

    private static Map<String, DrlRules.Rule> byId(List<DrlRules.Rule> rules) {
        Map<String, DrlRules.Rule> out = new TreeMap<>();
        rules.forEach(r -> out.putIfAbsent(r.id(), r));
        return out;
    }

    /**
     * The search index: one entry per version, article, rule (with its texts in three languages) and
     * parameter.
     *
     * @return entries of title, address, kind and text
     */
    public List<Map<String, String>> searchIndex() {
        List<Map<String, String>> out = new ArrayList<>();
        for (LawVersion v : source.versions()) {
            out.add(entry(v.id(), versionHref(v), "version", v.summary()));
        }
        articles.forEach((key, rules) -> out.add(entry(key.substring(0, key.indexOf('|')) + " " + articleTitle(key),
                articleHref(key), "article", actName(key.substring(0, key.indexOf('|'))))));
        Set<String> seen = new TreeSet<>();
        for (List<DrlRules.Rule> rules : rulesByFile.values()) {
            for (DrlRules.Rule r : rules) {
                if (!seen.add(r.id() + "|" + r.file())) {
                    continue;
                }
                StringBuilder text = new StringBuilder(citation(r)).append(' ').append(r.summary());
                for (String l : Messages.LANGUAGES) {
                    text.append(' ').append(source.message(l, "rule." + r.id()));
                }
                out.add(entry(r.id(), articleHref(articleKey(r)) + "#" + ruleAnchor(r), "rule", text.toString()));
            }
        }
        for (Parameter p : source.parameters().parameters()) {
            out.add(entry(p.id(), parameterHref(p.id()), "parameter", p.description() + " " + p.unit()));
        }
        return out;
    }

    private static Map<String, String> entry(String title, String href, String kind, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("t", title);
        m.put("u", href);
        m.put("k", kind);
        m.put("s", text);
        return m;
    }
}
