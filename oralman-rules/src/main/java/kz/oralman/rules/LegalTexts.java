package kz.oralman.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.oralman.model.decision.LegalReference;
import kz.oralman.model.decision.Quotation;

/**
 * The acts' own words, quoted verbatim from consolidated texts: one resource file a wording of an
 * act ({@code texts/ACT@WORDING.json}, listed in {@code texts/index.json}), each entry keyed by
 * article, paragraph and sub-paragraph, with the Russian and (where read) Kazakh words, the dates
 * the words were in force and where they were read. Immutable and thread-safe.
 *
 * <p>A file, format {@value #FORMAT}: {@code act} (a key of {@code sources.json}), {@code wording},
 * {@code description}, {@code inForce} {@code {from, until}} (half-open; {@code until} null when
 * open), {@code texts} (per language {@code ru}/{@code kk}: the primary text's {@code key} as in
 * {@code primary-texts.md}, its GitHub {@code repo}, {@code path} and 40-hex {@code commit}, and the
 * {@code state} of the law it shows) and {@code entries}. An entry: {@code article},
 * {@code paragraph}, {@code subParagraph} (numbers such as {@code 13} or {@code 6-10}; the last two
 * may be left out), {@code ru} and/or {@code kk} as {@code {text, at}} (the words, one paragraph or
 * item a line, and the heading and number where they stand), optionally its own {@code inForce}
 * (else the file's), {@code shownFor} {@code {from, until, note}} (dates where these words stand in
 * for a wording not seen) and a {@code note} on the dates and amending laws.
 *
 * <p>A quotation is looked up for a reference on a date (a law version's first day):
 * <ol>
 *   <li>the entry with the same article, paragraph and sub-paragraph whose words were in force on
 *       the date ({@code inForce}, half-open);</li>
 *   <li>failing that, the same entry where its file says its words may stand in for a wording not
 *       seen ({@code shownFor}, outside {@code inForce}); the quotation then carries that note;</li>
 *   <li>a reference to paragraph 1 of an article without numbered paragraphs is read as the
 *       article's text (the 2020 Art. 25 had none; the 2023 wording numbered it p. 1), and a
 *       sub-paragraph cited without a paragraph is looked up in paragraph 1 of a wording that
 *       numbered it so;</li>
 *   <li>a sub-paragraph not quoted alone gets the quoted paragraph, then the article, that holds it;</li>
 *   <li>an article or paragraph not quoted whole gets its quoted parts, joined in the act's order,
 *       all from one wording.</li>
 * </ol>
 * A reference to an amending law ({@code amends} in {@code sources.json}) whose own text is not
 * quoted is looked up in the consolidated text of the act it amends: "Art. 15 p. 1 sp. 6-10 as
 * inserted by Law No. 82-VIII" is quoted from Law No. 477-IV.
 * Where none applies there is no quotation ({@link Quotation#NONE}); words are never made up. A
 * date before the act's entry into force ({@code sources.json}) is read as that day: a law version
 * may begin before its act took effect, and the words are the ones the act had when it did.
 */
public final class LegalTexts {
    /** The format id of a quotation file. */
    public static final String FORMAT = "oralman-legal-text/1";
    /** The languages a quotation file may hold. */
    public static final List<String> LANGUAGES = List.of("ru", "kk");

    private static final String DIR = "kz/oralman/rules/texts/";
    private static final Pattern UNIT = Pattern.compile("[0-9]+(-[0-9]+)?");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final LegalTexts BUNDLED = loadBundled();

    private final List<Wording> wordings;

    private LegalTexts(List<Wording> wordings) {
        this.wordings = List.copyOf(wordings);
    }

    /** @return the quotations bundled with the library */
    public static LegalTexts bundled() {
        return BUNDLED;
    }

    /**
     * The quotation of a reference on a date.
     *
     * @param ref the reference (its act, article, paragraph and sub-paragraph are read)
     * @param date the date, a law version's first day
     * @return the quotation, or {@link Quotation#NONE}
     */
    public Quotation quote(LegalReference ref, LocalDate date) {
        return quote(ref.act(), ref.article(), ref.paragraph(), ref.subParagraph(), date);
    }

    /**
     * The quotation of a provision on a date.
     *
     * @param act the act's key (an alias in {@code sources.json} is followed)
     * @param article the article, or empty (no quotation then)
     * @param paragraph the paragraph, or empty
     * @param subParagraph the sub-paragraph, or empty
     * @param date the date, a law version's first day
     * @return the quotation, or {@link Quotation#NONE}
     */
    public Quotation quote(String act, String article, String paragraph, String subParagraph, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (article == null || article.isEmpty()) {
            return Quotation.NONE;
        }
        String key = Sources.canonical(act);
        Quotation q = lookup(key, article, paragraph, subParagraph, firstDayInForce(key, date));
        Optional<String> amended = Sources.amended(key);
        if (q.isEmpty() && amended.isPresent()) {
            q = lookup(amended.get(), article, paragraph, subParagraph, firstDayInForce(amended.get(), date));
        }
        if (q.isEmpty()) {
            q = laterWording(key, article, paragraph, subParagraph, firstDayInForce(key, date));
        }
        return q;
    }

    /**
     * When no wording of a provision in force on a date was read, the words of the earliest later wording
     * the library holds, flagged as another wording ({@link Quotation#otherWording()}) with a note naming
     * the date and the wording, so that a reader sees the article's words and knows they may have differed
     * on the date. Never the words of an earlier wording: a provision may have been enacted later.
     */
    private Quotation laterWording(String key, String article, String paragraph, String subParagraph,
                                   LocalDate date) {
        java.util.TreeSet<LocalDate> later = new java.util.TreeSet<>();
        for (Wording w : wordings) {
            if (w.act().equals(key)) {
                for (Entry e : w.entries()) {
                    if (e.article().equals(article) && e.inForce().from().isAfter(date)) {
                        later.add(e.inForce().from());
                    }
                }
            }
        }
        for (LocalDate d : later) {
            Quotation q = lookup(key, article, paragraph, subParagraph, d);
            if (!q.isEmpty()) {
                String note = "the wording in force on " + date + " was not read; these are the words in force from "
                        + d + (q.note().isEmpty() ? "" : "; " + q.note());
                return new Quotation(q.wording(), q.ru(), q.kk(), q.sources(), q.partial(), true, note);
            }
        }
        // a provision since amended or repealed: its last words the library read, flagged as such
        java.util.TreeSet<LocalDate> earlier = new java.util.TreeSet<>();
        for (Wording w : wordings) {
            if (w.act().equals(key)) {
                for (Entry e : w.entries()) {
                    if (e.article().equals(article) && !e.inForce().from().isAfter(date)) {
                        earlier.add(e.inForce().from());
                    }
                }
            }
        }
        for (LocalDate d : earlier.descendingSet()) {
            Quotation q = lookup(key, article, paragraph, subParagraph, d);
            if (!q.isEmpty()) {
                String note = "no wording in force on " + date + " was read for this provision; these are its words"
                        + " in force from " + d + ", which may have been amended or repealed since"
                        + (q.note().isEmpty() ? "" : "; " + q.note());
                return new Quotation(q.wording(), q.ru(), q.kk(), q.sources(), q.partial(), true, note);
            }
        }
        return Quotation.NONE;
    }

    private static LocalDate firstDayInForce(String key, LocalDate date) {
        return Sources.byKey(key).map(s -> date.isBefore(s.inForce()) ? s.inForce() : date).orElse(date);
    }

    private Quotation lookup(String key, String article, String paragraph, String subParagraph, LocalDate date) {
        String p = paragraph == null ? "" : paragraph;
        String sp = subParagraph == null ? "" : subParagraph;
        Optional<Quotation> q = single(key, article, p, sp, date);
        if (q.isEmpty() && p.equals("1")) {
            q = single(key, article, "", sp, date);
        }
        if (q.isEmpty() && p.isEmpty() && !sp.isEmpty()) {
            q = single(key, article, "1", sp, date);
        }
        if (q.isEmpty() && !sp.isEmpty()) {
            q = single(key, article, p, "", date);
            if (q.isEmpty() && !p.isEmpty()) {
                q = single(key, article, "", "", date);
            }
        }
        if (q.isEmpty() && sp.isEmpty()) {
            q = composed(key, article, p, date);
        }
        return q.orElse(Quotation.NONE);
    }

    private Optional<Quotation> single(String act, String article, String paragraph, String sub, LocalDate date) {
        Match exact = null;
        Match shown = null;
        for (Wording w : wordings) {
            if (!w.act().equals(act)) {
                continue;
            }
            for (Entry e : w.entries()) {
                if (!e.article().equals(article) || !e.paragraph().equals(paragraph) || !e.subParagraph().equals(sub)) {
                    continue;
                }
                if (e.inForce().contains(date)) {
                    if (exact == null || e.inForce().from().isAfter(exact.entry().inForce().from())) {
                        exact = new Match(w, e);
                    }
                } else if (e.shownFor().isPresent() && e.shownFor().get().contains(date) && shown == null) {
                    shown = new Match(w, e);
                }
            }
        }
        if (exact != null) {
            return Optional.of(quotation(exact.wording(), List.of(exact.entry()), false, false, ""));
        }
        if (shown != null) {
            return Optional.of(quotation(shown.wording(), List.of(shown.entry()), false, true,
                    shown.entry().shownFor().get().note()));
        }
        return Optional.empty();
    }

    private Optional<Quotation> composed(String act, String article, String paragraph, LocalDate date) {
        for (boolean exact : new boolean[] {true, false}) {
            for (Wording w : wordings) {
                if (!w.act().equals(act)) {
                    continue;
                }
                List<Entry> parts = new ArrayList<>();
                String note = "";
                for (Entry e : w.entries()) {
                    boolean inside = e.article().equals(article) && (paragraph.isEmpty()
                            ? !(e.paragraph().isEmpty() && e.subParagraph().isEmpty())
                            : e.paragraph().equals(paragraph) && !e.subParagraph().isEmpty());
                    if (!inside || isCoveredByQuotedParagraph(w, e, paragraph, date, exact)) {
                        continue;
                    }
                    if (exact ? e.inForce().contains(date)
                            : !e.inForce().contains(date) && e.shownFor().map(s -> s.contains(date)).orElse(false)) {
                        parts.add(e);
                        if (!exact && note.isEmpty()) {
                            note = e.shownFor().get().note();
                        }
                    }
                }
                if (!parts.isEmpty()) {
                    String lead = "the parts of this " + (paragraph.isEmpty() ? "article" : "paragraph")
                            + " the library quotes, not its whole text";
                    return Optional.of(quotation(w, parts, true, !exact, note.isEmpty() ? lead : lead + "; " + note));
                }
            }
        }
        return Optional.empty();
    }

    /** A sub-paragraph whose paragraph is itself quoted is not repeated when a whole article is composed. */
    private static boolean isCoveredByQuotedParagraph(Wording w, Entry e, String paragraph, LocalDate date,
                                                      boolean exact) {
        if (!paragraph.isEmpty() || e.subParagraph().isEmpty() || e.paragraph().isEmpty()) {
            return false;
        }
        return w.entries().stream().anyMatch(o -> o.article().equals(e.article()) && o.paragraph().equals(e.paragraph())
                && o.subParagraph().isEmpty()
                && (exact ? o.inForce().contains(date) : o.shownFor().map(s -> s.contains(date)).orElse(false)));
    }

    private static Quotation quotation(Wording w, List<Entry> parts, boolean partial, boolean otherWording,
                                       String note) {
        StringBuilder ru = new StringBuilder();
        StringBuilder kk = new StringBuilder();
        for (Entry e : parts) {
            append(ru, e.ru());
            append(kk, e.kk());
        }
        List<String> sources = new ArrayList<>();
        for (String lang : LANGUAGES) {
            if ((lang.equals("ru") ? ru : kk).length() > 0) {
                sources.add(lang + ": " + w.texts().get(lang).url());
            }
        }
        return new Quotation(w.id(), ru.toString(), kk.toString(), sources, partial, otherWording, note);
    }

    private static void append(StringBuilder sb, Optional<Words> words) {
        words.ifPresent(x -> {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(x.text());
        });
    }

    /** @return every wording, in index order */
    List<Wording> wordings() {
        return wordings;
    }

    private static LegalTexts loadBundled() {
        String index = Ruleset.resource(DIR + "index.json");
        List<String> files = new ArrayList<>();
        try {
            JsonNode root = MAPPER.readTree(index);
            root.path("files").forEach(f -> files.add(f.asText()));
        } catch (IOException e) {
            throw new RulesetException("texts/index.json: not well-formed JSON: " + e.getMessage());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : files) {
            texts.put(f, Ruleset.resource(DIR + f));
        }
        return parse(texts);
    }

    /**
     * Reads quotation files.
     *
     * @param files the text of each file by file name ({@code ACT@WORDING.json})
     * @return the quotations
     * @throws RulesetException naming the file and the JSON Pointer of the first problem
     */
    static LegalTexts parse(Map<String, String> files) {
        List<Wording> out = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            out.add(parseFile(f.getKey(), f.getValue()));
        }
        return new LegalTexts(out);
    }

    private static Wording parseFile(String name, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RulesetException(name + ": not well-formed JSON: " + e.getMessage());
        }
        String where = name;
        try {
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("expected an object with \"format\": \"" + FORMAT + "\"");
            }
            String act = text(root, "act");
            String wording = text(root, "wording");
            if (!name.equals(act + "@" + wording + ".json")) {
                throw new IllegalArgumentException("the file of act " + act + ", wording " + wording + " must be named "
                        + act + "@" + wording + ".json");
            }
            text(root, "description");
            Range inForce = range(root.path("inForce"), "/inForce");
            Map<String, Text> texts = new LinkedHashMap<>();
            JsonNode t = root.path("texts");
            if (!t.isObject() || t.isEmpty()) {
                throw new IllegalArgumentException("/texts must name the source of at least one language");
            }
            for (Map.Entry<String, JsonNode> field : t.properties()) {
                where = name + ": /texts/" + field.getKey();
                if (!LANGUAGES.contains(field.getKey())) {
                    throw new IllegalArgumentException("language '" + field.getKey() + "' is not one of " + LANGUAGES);
                }
                JsonNode s = field.getValue();
                Text source = new Text(text(s, "key"), text(s, "repo"), text(s, "path"), text(s, "commit"), text(s, "state"));
                if (!COMMIT.matcher(source.commit()).matches()) {
                    throw new IllegalArgumentException("commit '" + source.commit() + "' is not 40 hex digits");
                }
                texts.put(field.getKey(), source);
            }
            List<Entry> entries = new ArrayList<>();
            JsonNode list = root.path("entries");
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("/entries must be a non-empty array");
            }
            for (int i = 0; i < list.size(); i++) {
                where = name + ": /entries/" + i;
                entries.add(entry(list.get(i), inForce, texts.keySet()));
            }
            return new Wording(act, wording, inForce, texts, entries);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new RulesetException(where + ": " + e.getMessage());
        }
    }

    private static Entry entry(JsonNode e, Range fileRange, Set<String> languages) {
        String article = text(e, "article");
        String paragraph = e.path("paragraph").asText("");
        String sub = e.path("subParagraph").asText("");
        for (String unit : List.of(article, paragraph, sub)) {
            if (!unit.isEmpty() && !UNIT.matcher(unit).matches()) {
                throw new IllegalArgumentException("'" + unit + "' is not an article, paragraph or sub-paragraph number"
                        + " such as 13 or 6-10");
            }
        }
        Range inForce = e.has("inForce") ? range(e.get("inForce"), "inForce") : fileRange;
        Optional<Shown> shown = Optional.empty();
        if (e.has("shownFor")) {
            Range r = range(e.get("shownFor"), "shownFor");
            String note = text(e.get("shownFor"), "note");
            shown = Optional.of(new Shown(r, note));
        }
        Optional<Words> ru = words(e, "ru", languages);
        Optional<Words> kk = words(e, "kk", languages);
        if (ru.isEmpty() && kk.isEmpty()) {
            throw new IllegalArgumentException("an entry needs the words in ru or kk");
        }
        return new Entry(article, paragraph, sub, inForce, shown, ru, kk, e.path("note").asText(""));
    }

    private static Optional<Words> words(JsonNode e, String lang, Set<String> languages) {
        if (!e.has(lang)) {
            return Optional.empty();
        }
        if (!languages.contains(lang)) {
            throw new IllegalArgumentException("/" + lang + " is given but /texts names no " + lang + " source");
        }
        JsonNode w = e.get(lang);
        String words = text(w, "text");
        if (words.isBlank()) {
            throw new IllegalArgumentException("/" + lang + "/text is blank");
        }
        return Optional.of(new Words(words, text(w, "at")));
    }

    private static Range range(JsonNode r, String field) {
        if (r == null || !r.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object {from, until}");
        }
        LocalDate from = LocalDate.parse(text(r, "from"));
        Optional<LocalDate> until = r.hasNonNull("until") ? Optional.of(LocalDate.parse(r.get("until").asText()))
                : Optional.empty();
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException(field + " ends on " + until.get() + ", not after " + from);
        }
        return new Range(from, until);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required and must be a non-blank string");
        }
        return v.asText();
    }

    /** A half-open date range {@code [from, until)}. */
    record Range(LocalDate from, Optional<LocalDate> until) {
        boolean contains(LocalDate d) {
            return !d.isBefore(from) && until.map(d::isBefore).orElse(true);
        }

        boolean overlaps(Range o) {
            return until.map(u -> u.isAfter(o.from())).orElse(true) && o.until().map(u -> u.isAfter(from)).orElse(true);
        }

        @Override
        public String toString() {
            return "[" + from + ", " + until.map(LocalDate::toString).orElse("") + ")";
        }
    }

    /** Where the words of a language were read: a public file at a fixed commit. */
    record Text(String key, String repo, String path, String commit, String state) {
        String url() {
            return "https://github.com/" + repo + "/blob/" + commit + "/" + path;
        }
    }

    /** The words of one language and where in the text they stand. */
    record Words(String text, String at) {
    }

    /** The dates where other words stand in for a wording not seen, and why. */
    record Shown(Range range, String note) {
        boolean contains(LocalDate d) {
            return range.contains(d);
        }
    }

    /** One quoted provision. */
    record Entry(String article, String paragraph, String subParagraph, Range inForce, Optional<Shown> shownFor,
                 Optional<Words> ru, Optional<Words> kk, String note) {
        String key() {
            return article + "/" + paragraph + "/" + subParagraph;
        }
    }

    /** One wording of an act: a quotation file. */
    record Wording(String act, String wording, Range inForce, Map<String, Text> texts, List<Entry> entries) {
        String id() {
            return act + "@" + wording;
        }
    }

    private record Match(Wording wording, Entry entry) {
    }
}
