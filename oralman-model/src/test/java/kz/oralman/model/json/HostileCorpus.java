package kz.oralman.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kz.oralman.model.Case;
import kz.oralman.model.CaseGenerator;
import kz.oralman.model.CentreKind;
import kz.oralman.model.Region;

/**
 * Hostile case documents made from a seed: truncated and malformed JSON, wrong types, huge arrays and
 * strings, deep nesting, impossible dates, duplicate keys, unknown fields, hostile names, circular family
 * ties, BOMs, non-object roots, nulls. Each document knows whether it must be accepted, must be refused, or
 * may be either, and, when refused, where the reader must point.
 *
 * <p>Document {@code i} of seed {@code s} is always the same document, so {@link #document(long, int)}
 * replays one document of a failing run.
 */
final class HostileCorpus {
    /** What the reader must do with a document. */
    enum Expect {
        /** return a case, whose canonical form is {@link Doc#canonical()} when that is given */
        VALID,
        /** throw {@link InvalidCaseException} */
        INVALID,
        /** either; a case that comes back must round-trip, and equal {@link Doc#canonical()} when given */
        EITHER
    }

    /**
     * One hostile document.
     *
     * @param index its number in the corpus ({@code -1} for a fixed specimen)
     * @param kind what was done to it, for the failure message
     * @param json the text
     * @param expect what the reader must do
     * @param canonical the canonical text of the case the reader must return, or null when not known
     * @param expectedPath when refused, some problem must be at this JSON Pointer or below it; null: no such check
     * @param documentLevel when refused, every problem must be at {@code ""}
     */
    record Doc(int index, String kind, String json, Expect expect, String canonical, String expectedPath,
               boolean documentLevel) {
    }

    /** A value in the tree: its JSON Pointer, the container holding it and where. */
    private record Site(String pointer, String shape, JsonNode parent, String field, int index, JsonNode value,
                        int depth) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode o) {
                o.set(field, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    static final int LARGE_STRING = 2 * 1024 * 1024;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final char MARK = '\uE000';

    /** Array limits by shape (indices as {@code *}). */
    private static final Map<String, Integer> ARRAY_LIMITS = Map.ofEntries(
            Map.entry("/persons", CaseJson.MAX_PERSONS),
            Map.entry("/persons/*/names", 20),
            Map.entry("/persons/*/nationalityClaims", 50),
            Map.entry("/persons/*/citizenships", 50),
            Map.entry("/persons/*/residences", 200),
            Map.entry("/persons/*/documents", 50),
            Map.entry("/familyTies", CaseJson.MAX_ITEMS),
            Map.entry("/application/familyMembers", CaseJson.MAX_PERSONS),
            Map.entry("/application/motives", 20),
            Map.entry("/application/statusHistory", CaseJson.MAX_ITEMS),
            Map.entry("/application/refusalFacts", CaseJson.MAX_ITEMS),
            Map.entry("/centres", CaseJson.MAX_ITEMS),
            Map.entry("/centres/*/occupancy", CaseJson.MAX_ITEMS),
            Map.entry("/stays", CaseJson.MAX_ITEMS),
            Map.entry("/quotas", CaseJson.MAX_ITEMS));
    private static final Set<String> DATE_FIELDS = Set.of("birthDate", "from", "to", "issued", "expires", "filed",
            "date", "validUntil", "asOf");
    private static final Set<String> ENUM_FIELDS = Set.of("question", "channel", "purpose", "kind", "evidence",
            "document", "whose", "relation", "region", "intendedRegion", "category", "unit", "complete", "inDate",
            "renunciation", "endReason", "ground");
    private static final List<String> IMPOSSIBLE_DATES = List.of("0000-01-01", "99999-01-01", "2023-02-29",
            "2024-13-01", "", "1900-02-29", "2100-02-29", "2024-02-30", "2024-04-31", "2024-00-10", "2024-01-00",
            "2024-01-32", "2024-1-01", "2024/01/01", "01.01.2024", " 2024-01-01", "2024-01-01 ", "1799-12-31",
            "2201-01-01", "-001-01-01", "+2024-0101", "\uFF12\uFF10\uFF12\uFF14-01-01", "2024-02-29T00:00",
            "0", "null", "today", "\u0662\u0660\u0662\u0664-01-01", "2024-01-01\u0000", "9999-12-31",
            "0001-01-01");
    private static final List<String> UNKNOWN_NAMES = List.of("unknown", "", "~", "/", "~1", "~0", "a/b~c",
            "Format", "ID", "Id", "имя", "名字", "\u0000", "\uD800", "\uDC00x", "😀", " id", "id ", "__proto__",
            "constructor", "$schema", "persons ", "\uFEFFformat", "x".repeat(300));
    private static final List<String> NON_OBJECT_ROOTS = List.of("", " ", "\n\t ", "null", "true", "false", "0",
            "-1", "1.5e3", "\"oralman-case/1\"", "[]", "[{}]", "[null]", "\"\"", "\uFEFF", "\uFEFF[]",
            "\u0000", "}", "]", "{", "[", ":", ",", "{]", "[}", "{\"format\"}", "{\"format\":}", "{,}", "nul",
            "tru", "NaN", "Infinity", "-Infinity", "'x'", "{'format':'oralman-case/1'}", "{format:1}",
            "/* */", "// x", "{}{}", "{} {}", "{}]", "\"\\ud800\"", "\"\\u00\"", "\"\\x\"");

    private HostileCorpus() {
    }

    /** The seeded random source of document {@code index}. */
    static Random random(long seed, int index) {
        return new Random(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
    }

    /**
     * Document {@code index} of the corpus of {@code seed}.
     *
     * @param seed the seed of the run
     * @param index the document's number
     * @return the document
     */
    static Doc document(long seed, int index) {
        Random r = random(seed, index);
        Case c = new CaseGenerator(r).next();
        ObjectNode tree = CaseJson.toTree(c);
        String canonical = CaseJson.write(c);
        int pick = r.nextInt(100);
        Builder b = new Builder(index, r, tree, canonical);
        if (pick < 14) {
            return b.validVariant();
        } else if (pick < 22) {
            return b.truncated();
        } else if (pick < 30) {
            return b.malformed();
        } else if (pick < 40) {
            return b.wrongType();
        } else if (pick < 44) {
            return b.nullAt();
        } else if (pick < 46) {
            return b.nullsEverywhere();
        } else if (pick < 50) {
            return b.hugeArray();
        } else if (pick < 54) {
            return b.hugeString();
        } else if (pick < 58) {
            return b.deepNesting();
        } else if (pick < 64) {
            return b.impossibleDate();
        } else if (pick < 68) {
            return b.edgeDates();
        } else if (pick < 71) {
            return b.duplicateKey();
        } else if (pick < 76) {
            return b.unknownField();
        } else if (pick < 82) {
            return b.hostileName();
        } else if (pick < 86) {
            return b.familyCycle();
        } else if (pick < 90) {
            return b.syntaxOddity();
        } else if (pick < 93) {
            return b.numbers();
        } else if (pick < 96) {
            return b.enumValue();
        } else {
            return b.references();
        }
    }

    /** Fixed specimens: every non-object root, and one of each named hostile shape. */
    static List<Doc> specimens() {
        List<Doc> out = new ArrayList<>();
        for (String root : NON_OBJECT_ROOTS) {
            out.add(new Doc(-1, "non-object root", root, Expect.INVALID, null, null, true));
        }
        out.add(new Doc(-1, "empty object", "{}", Expect.INVALID, null, "/format", false));
        out.add(new Doc(-1, "deep arrays", "[".repeat(100_000) + "]".repeat(100_000), Expect.INVALID, null, null,
                true));
        out.add(new Doc(-1, "deep objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), Expect.INVALID,
                null, null, true));
        out.add(new Doc(-1, "deep unclosed", "[".repeat(500_000), Expect.INVALID, null, null, true));
        out.add(new Doc(-1, "2 MB string", "\"" + "a".repeat(LARGE_STRING) + "\"", Expect.INVALID, null, null,
                true));
        out.add(new Doc(-1, "just over the size limit", " ".repeat(CaseJson.MAX_DOCUMENT_CHARS + 1), Expect.INVALID,
                null, null, true));
        out.add(new Doc(-1, "null field values", "{\"format\":null,\"id\":null,\"persons\":null,\"familyTies\":null,"
                + "\"application\":null,\"centres\":null,\"stays\":null,\"quotas\":null}", Expect.INVALID, null,
                "/format", false));
        for (int seed = 0; seed < 4; seed++) {
            Random r = new Random(seed);
            Case c = new CaseGenerator(r).next();
            Builder b = new Builder(-1, r, CaseJson.toTree(c), CaseJson.write(c));
            out.add(b.ownParent());
            b = new Builder(-1, r, CaseJson.toTree(c), CaseJson.write(c));
            out.add(b.twoCycle());
            b = new Builder(-1, r, CaseJson.toTree(c), CaseJson.write(c));
            out.add(b.threeCycle());
            String canonical = CaseJson.write(c);
            out.add(new Doc(-1, "leading BOM", "\uFEFF" + canonical, Expect.EITHER, canonical, null, false));
            out.add(new Doc(-1, "BOM after the first brace", "{\uFEFF" + canonical.substring(1), Expect.INVALID, null,
                    null, true));
            out.add(new Doc(-1, "trailing garbage", canonical + "x", Expect.INVALID, null, null, true));
            out.add(new Doc(-1, "second root", canonical + canonical, Expect.INVALID, null, null, true));
            out.add(new Doc(-1, "trailing white space", canonical + " \n\t\r\n ", Expect.VALID, canonical, null,
                    false));
            out.add(new Doc(-1, "valid, as an array", "[" + canonical + "]", Expect.INVALID, null, null, true));
        }
        return out;
    }

    /** Makes one document from one valid case. */
    private static final class Builder {
        private final int index;
        private final Random r;
        private final ObjectNode tree;
        private final String canonical;
        private final List<String> raw = new ArrayList<>();

        Builder(int index, Random r, ObjectNode tree, String canonical) {
            this.index = index;
            this.r = r;
            this.tree = tree;
            this.canonical = canonical;
        }

        private Doc doc(String kind, String json, Expect expect, String canon, String path, boolean documentLevel) {
            return new Doc(index, kind, json, expect, canon, path, documentLevel);
        }

        /** A refused document that must name {@code path} (or a path below it), unless it is over the size limit. */
        private Doc invalidAt(String kind, String json, String path) {
            boolean tooLarge = json.length() > CaseJson.MAX_DOCUMENT_CHARS;
            return doc(kind, json, Expect.INVALID, null, tooLarge ? null : path, tooLarge);
        }

        private String emit() {
            return emit(new Style(r.nextBoolean(), false, r.nextInt(4) == 0 ? r : null, null, null, null));
        }

        private String emit(Style style) {
            StringBuilder sb = new StringBuilder();
            write(sb, tree, style, 0);
            String s = sb.toString();
            for (int i = 0; i < raw.size(); i++) {
                s = s.replace("\"" + MARK + i + MARK + "\"", raw.get(i));
            }
            return s;
        }

        /** A string node that {@link #emit()} replaces with {@code text} as it is, not as a JSON string. */
        private JsonNode rawNode(String text) {
            raw.add(text);
            return F.textNode(MARK + String.valueOf(raw.size() - 1) + MARK);
        }

        private <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }

        private List<Site> sites() {
            List<Site> out = new ArrayList<>();
            collect(tree, "", "", 0, out);
            return out;
        }

        private static void collect(JsonNode node, String pointer, String shape, int depth, List<Site> out) {
            if (node.isObject()) {
                node.properties().forEach(e -> {
                    String p = pointer + "/" + Node.escape(e.getKey());
                    String s = shape + "/" + Node.escape(e.getKey());
                    out.add(new Site(p, s, node, e.getKey(), -1, e.getValue(), depth + 1));
                    collect(e.getValue(), p, s, depth + 1, out);
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String p = pointer + "/" + i;
                    out.add(new Site(p, shape + "/*", node, null, i, node.get(i), depth + 1));
                    collect(node.get(i), p, shape + "/*", depth + 1, out);
                }
            }
        }

        private List<ObjectNode> objects() {
            List<ObjectNode> out = new ArrayList<>();
            out.add(tree);
            for (Site s : sites()) {
                if (s.value() instanceof ObjectNode o) {
                    out.add(o);
                }
            }
            return out;
        }

        private String pointerOf(JsonNode target) {
            if (target == tree) {
                return "";
            }
            for (Site s : sites()) {
                if (s.value() == target) {
                    return s.pointer();
                }
            }
            throw new IllegalStateException("not in the tree");
        }

        // ---- the kinds of documents ----

        Doc validVariant() {
            switch (r.nextInt(5)) {
                case 0:
                    return doc("canonical", canonical, Expect.VALID, canonical, null, false);
                case 1:
                    return doc("compact, keys shuffled", emit(new Style(false, false, r, null, null, null)),
                            Expect.VALID, canonical, null, false);
                case 2:
                    return doc("non-ASCII escaped", emit(new Style(r.nextBoolean(), true, null, null, null, null)),
                            Expect.VALID, canonical, null, false);
                case 3: {
                    // empty arrays left out, absent optionals as null
                    for (Site s : sites()) {
                        if (s.value().isArray() && s.value().isEmpty() && s.field() != null
                                && !s.field().equals("persons") && r.nextBoolean()) {
                            ((ObjectNode) s.parent()).remove(s.field());
                        }
                    }
                    addNullOptionals();
                    return doc("empty arrays left out, null optionals", emit(), Expect.VALID, canonical, null, false);
                }
                default: {
                    String ws = pick(List.of(" ", "\t", "\r\n", "\n\n", "  \t "));
                    return doc("odd white space", canonical.replace("\n", "\n" + ws).replace(": ", ws + ":" + ws),
                            Expect.VALID, canonical, null, false);
                }
            }
        }

        private void addNullOptionals() {
            for (Site s : sites()) {
                if (s.value() instanceof ObjectNode o) {
                    if (s.shape().endsWith("/citizenships/*") || s.shape().endsWith("/residences/*")
                            || s.shape().equals("/stays/*")) {
                        o.putIfAbsent("to", F.nullNode());
                    }
                    if (s.shape().endsWith("/documents/*")) {
                        o.putIfAbsent("expires", F.nullNode());
                    }
                }
            }
            ObjectNode app = (ObjectNode) tree.get("application");
            app.putIfAbsent("intendedRegion", F.nullNode());
            app.putIfAbsent("citizenshipApplication", F.nullNode());
        }

        Doc truncated() {
            String json = emit().strip();
            int cut = r.nextInt(4) == 0 ? json.length() - 1 - r.nextInt(Math.min(json.length(), 8))
                    : r.nextInt(json.length());
            return doc("truncated at " + cut, json.substring(0, cut), Expect.INVALID, null, null, true);
        }

        Doc malformed() {
            StringBuilder json = new StringBuilder(emit());
            int edits = 1 + r.nextInt(3);
            String junk = "{}[]:,\"\\'/ \n\u0000\u001f0-.eEtrufalsn\u00e9\uFEFF\uD800\uDC00";
            for (int i = 0; i < edits; i++) {
                int at = r.nextInt(json.length());
                switch (r.nextInt(3)) {
                    case 0 -> json.insert(at, junk.charAt(r.nextInt(junk.length())));
                    case 1 -> json.deleteCharAt(at);
                    default -> json.setCharAt(at, junk.charAt(r.nextInt(junk.length())));
                }
            }
            return doc("malformed", json.toString(), Expect.EITHER, null, null, false);
        }

        Doc wrongType() {
            Site s = pick(sites());
            List<JsonNode> candidates = new ArrayList<>(List.of(F.numberNode(1), F.numberNode(-1),
                    F.numberNode(1.5), F.numberNode(1e308), F.booleanNode(true), F.booleanNode(false),
                    F.textNode("x"), F.textNode(""), F.arrayNode(), F.arrayNode().add(1), F.objectNode(),
                    F.objectNode().put("a", 1), F.numberNode(new java.math.BigInteger("99999999999999999999"))));
            candidates.removeIf(v -> v.getNodeType() == s.value().getNodeType());
            JsonNode v = pick(candidates);
            s.set(v);
            return invalidAt("wrong type " + v.getNodeType() + " at " + s.pointer(), emit(), s.pointer());
        }

        Doc nullAt() {
            Site s = pick(sites());
            s.set(F.nullNode());
            if (s.field() == null) {
                return invalidAt("null array item at " + s.pointer(), emit(), s.pointer());
            }
            return doc("null at " + s.pointer(), emit(), Expect.EITHER, null, null, false);
        }

        Doc nullsEverywhere() {
            if (r.nextBoolean()) {
                List<String> names = new ArrayList<>();
                tree.fieldNames().forEachRemaining(names::add);
                names.forEach(n -> tree.set(n, F.nullNode()));
                return doc("every field null", emit(), Expect.INVALID, null, "/format", false);
            }
            for (Site s : sites()) {
                if (!s.value().isContainerNode() && r.nextInt(3) != 0) {
                    s.set(F.nullNode());
                }
            }
            for (Site s : sites()) {
                if (s.field() != null && s.field().equals("format")) {
                    s.set(F.nullNode());
                }
            }
            return doc("most values null", emit(), Expect.INVALID, null, "/format", false);
        }

        Doc hugeArray() {
            List<Site> arrays = new ArrayList<>();
            for (Site s : sites()) {
                if (s.value().isArray() && ARRAY_LIMITS.containsKey(s.shape())) {
                    arrays.add(s);
                }
            }
            Site s = pick(arrays);
            int limit = ARRAY_LIMITS.get(s.shape());
            ArrayNode big = F.arrayNode();
            int count = limit + 1 + (r.nextInt(5) == 0 ? r.nextInt(limit * 20) : r.nextInt(3));
            if (r.nextInt(20) == 0) {
                count = 400_000;
            }
            JsonNode item = s.value().isEmpty() || count > 5000 ? pick(List.of(F.numberNode(0), F.nullNode(),
                    F.textNode("x"))) : s.value().get(0);
            for (int i = 0; i < count; i++) {
                big.add(item);
            }
            s.set(big);
            return invalidAt(count + " items at " + s.pointer(), emit(new Style(false, false, null, null, null,
                    null)), s.pointer());
        }

        Doc hugeString() {
            List<Site> texts = new ArrayList<>();
            for (Site s : sites()) {
                if (s.value().isTextual()) {
                    texts.add(s);
                }
            }
            Site s = pick(texts);
            int roll = r.nextInt(40);
            int length = roll == 0 ? LARGE_STRING : roll == 1 ? 900_000 : CaseJson.MAX_TEXT + 1 + r.nextInt(2000);
            String unit = pick(List.of("a", "Ә", "\uD840\uDC00", " ", "-"));
            // a surrogate pair is one character of the contract: repeat the unit, not its UTF-16 length
            String text = unit.repeat(length > 1000 ? length / unit.length() + 1 : length);
            s.set(F.textNode(text));
            return invalidAt(text.length() + "-character string at " + s.pointer(), emit(), s.pointer());
        }

        Doc deepNesting() {
            Site s = pick(sites());
            boolean arrays = r.nextBoolean();
            if (r.nextBoolean() && s.depth() < CaseJson.MAX_DEPTH - 1) {
                // still within the limit: a value of the wrong shape, reported at the site or below it
                int n = 1 + r.nextInt(CaseJson.MAX_DEPTH - 1 - s.depth());
                s.set(rawNode(nest(n, arrays)));
                return invalidAt("nesting " + n + " at depth " + s.depth() + ", " + s.pointer(), emit(),
                        s.pointer());
            }
            int n = CaseJson.MAX_DEPTH + 1 + r.nextInt(r.nextInt(10) == 0 ? 100_000 : 50);
            s.set(rawNode(nest(n, arrays)));
            return doc("nesting " + n + " at " + s.pointer(), emit(), Expect.INVALID, null, null, true);
        }

        private static String nest(int n, boolean arrays) {
            return arrays ? "[".repeat(n) + "1" + "]".repeat(n) : "{\"k\":".repeat(n) + "1" + "}".repeat(n);
        }

        private List<Site> dateSites() {
            List<Site> out = new ArrayList<>();
            for (Site s : sites()) {
                if (s.field() != null && DATE_FIELDS.contains(s.field()) && s.value().isTextual()) {
                    out.add(s);
                }
            }
            return out;
        }

        Doc impossibleDate() {
            Site s = pick(dateSites());
            JsonNode v = r.nextInt(6) == 0 ? pick(List.of(F.numberNode(20240101), F.numberNode(0),
                    F.numberNode(-1), F.booleanNode(true), F.arrayNode().add("2024-01-01"),
                    F.objectNode().put("year", 2024))) : F.textNode(pick(IMPOSSIBLE_DATES));
            s.set(v);
            return invalidAt("date " + v + " at " + s.pointer(), emit(), s.pointer());
        }

        /** Dates at the edges of 1800..2200 and periods far in the future: valid unless they break an order. */
        Doc edgeDates() {
            ArrayNode persons = (ArrayNode) tree.get("persons");
            int i = r.nextInt(persons.size());
            ObjectNode person = (ObjectNode) persons.get(i);
            LocalDate birth = LocalDate.parse(person.get("birthDate").textValue());
            switch (r.nextInt(4)) {
                case 0: {
                    LocalDate from = pick(List.of(LocalDate.of(2199, 1, 1), LocalDate.of(2200, 12, 31),
                            LocalDate.of(2100, 2, 28), LocalDate.of(2196, 2, 29)));
                    ArrayNode residences = (ArrayNode) person.get("residences");
                    ObjectNode res = residences.addObject().put("country", "KZ");
                    if (r.nextBoolean()) {
                        res.put("region", Region.values()[r.nextInt(Region.values().length)].name());
                    }
                    res.put("from", from.toString());
                    if (r.nextBoolean()) {
                        res.put("to", "2200-12-31");
                    }
                    res.put("kind", "TEMPORARY").put("evidence", "DECLARED");
                    int last = residences.size() - 1;
                    String path = "/persons/" + i + "/residences/" + last;
                    boolean repeated = false;
                    for (int k = 0; k < last; k++) {
                        // the same temporary residence twice overlaps itself
                        repeated |= residences.get(k).equals(res);
                    }
                    boolean ok = !from.isBefore(birth) && residences.size() <= 200 && !repeated;
                    return ok ? valid("future residence at " + path) : invalidAt("residence before birth at " + path,
                            emit(), path);
                }
                case 1: {
                    ArrayNode history = (ArrayNode) tree.get("application").get("statusHistory");
                    LocalDate date = LocalDate.of(2199, 6, 1);
                    boolean ok = history.isEmpty()
                            || !LocalDate.parse(history.get(history.size() - 1).get("date").textValue()).isAfter(date);
                    history.addObject().put("person", person.get("id").textValue()).put("kind", "GRANTED")
                            .put("date", date.toString()).put("validUntil", "2200-12-31");
                    String path = "/application/statusHistory/" + (history.size() - 1);
                    return ok ? valid("future status event at " + path)
                            : invalidAt("status event out of order at " + path, emit(), path);
                }
                case 2: {
                    ((ObjectNode) tree.get("application")).put("filed", pick(List.of("1800-01-01", "2200-12-31",
                            "2000-02-29", "2196-02-29")));
                    return valid("edge filing date");
                }
                default: {
                    ArrayNode documents = (ArrayNode) person.get("documents");
                    documents.addObject().put("kind", "PASSPORT").put("issuingCountry", "KZ").put("number", "N 1")
                            .put("issued", "1800-01-01").put("expires", "2200-12-31");
                    String path = "/persons/" + i + "/documents";
                    return documents.size() <= 50 ? valid("document over 400 years at " + path)
                            : invalidAt("too many documents at " + path, emit(), path);
                }
            }
        }

        private Doc valid(String kind) {
            return doc(kind, emit(), Expect.VALID, Canonical.print(tree), null, false);
        }

        Doc duplicateKey() {
            List<ObjectNode> objects = objects();
            ObjectNode target = objects.get(r.nextInt(objects.size()));
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            String name = pick(names);
            JsonNode value = r.nextBoolean() ? target.get(name) : F.textNode("other");
            return doc("duplicate key '" + name + "' at " + pointerOf(target),
                    emit(new Style(r.nextBoolean(), false, null, target, name, value)), Expect.INVALID, null, null,
                    true);
        }

        Doc unknownField() {
            List<ObjectNode> objects = objects();
            ObjectNode target = objects.get(r.nextInt(objects.size()));
            String name = pick(UNKNOWN_NAMES);
            if (target.has(name)) {
                name = name + "?";
            }
            JsonNode value = pick(List.of(F.nullNode(), F.numberNode(1), F.textNode("x"), F.objectNode(),
                    F.arrayNode(), F.booleanNode(false)));
            String pointer = pointerOf(target);
            target.set(name, value);
            return invalidAt("unknown field at " + pointer, emit(), pointer + "/" + Node.escape(name));
        }

        Doc hostileName() {
            List<Site> names = new ArrayList<>();
            for (Site s : sites()) {
                if (s.shape().equals("/persons/*/names/*")) {
                    names.add(s);
                }
            }
            Site s = pick(names);
            ObjectNode name = (ObjectNode) s.value();
            String p = s.pointer();
            switch (r.nextInt(14)) {
                case 0:
                    name.put("text", "Nurlan Нұрлан").put("script", pick(List.of("Cyrl", "Latn")));
                    return invalidAt("mixed scripts", emit(), p);
                case 1:
                    name.put("text", "Nurlan").put("script", "Cyrl");
                    return invalidAt("Latin labelled Cyrillic", emit(), p);
                case 2:
                    name.put("text", "Нұр" + pick(List.of("\u0001", "\t", "\n", "\u007f", "\u0085", "\u0000",
                            "\u009f", "\r")) + "лан").put("script", "Cyrl");
                    return invalidAt("control character", emit(), p);
                case 3:
                    name.put("text", pick(List.of("Нұр\uD800", "\uDC00Нұр", "Нұр\uDC00\uD800лан", "\uD800"))).put(
                            "script", "Cyrl");
                    return invalidAt("unpaired surrogate", emit(new Style(r.nextBoolean(), r.nextBoolean(), null,
                            null, null, null)), p);
                case 4:
                    name.set("text", rawNode("\"Нұр" + pick(List.of("\u0001", "\t", "\n", "\u0000", "\u001f"))
                            + "лан\""));
                    name.put("script", "Cyrl");
                    return doc("raw control character", emit(), Expect.INVALID, null, null, true);
                case 5:
                    name.set("text", rawNode("\"Нұр\uD800лан\""));
                    name.put("script", "Cyrl");
                    return invalidAt("raw unpaired surrogate", emit(), p);
                case 6:
                    name.put("text", pick(List.of("123", "   ", "", "-", "·", "' '", "\u00A0", "\u200D")));
                    return invalidAt("no letter", emit(), p);
                case 7:
                    name.put("script", pick(List.of("cyrl", "Cyrillic", "CYRL", "Qaaa", "Latn ", "", "Xyzw",
                            "Кирл")));
                    return invalidAt("bad script code", emit(), p);
                case 8:
                    name.put("text", pick(List.of("Нұрлан\u0301", "Нұр\u200Dлан", "Нұр\u202Eлан", "Нұр\uFEFFлан",
                            "Нұр\u00A0лан", "Нұр·лан", "Нұр-лан 2"))).put("script", "Cyrl");
                    return doc("odd but printable name", emit(), Expect.EITHER, Canonical.print(tree), null, false);
                case 9: {
                    int n = pick(List.of(CaseJson.MAX_TEXT, CaseJson.MAX_TEXT + 1));
                    name.put("text", "\uD840\uDC00".repeat(n)).put("script", "Hani");
                    return n > CaseJson.MAX_TEXT ? invalidAt("too many ideographs", emit(), p)
                            : doc("200 ideographs outside the BMP", emit(), Expect.EITHER, Canonical.print(tree),
                            null, false);
                }
                case 10:
                    name.put("text", "Нұрлан 😀").put("script", "Cyrl");
                    return doc("emoji", emit(), Expect.EITHER, Canonical.print(tree), null, false);
                case 11:
                    name.put("text", "Nurlan \u0410").put("script", "Latn");
                    return invalidAt("Cyrillic look-alike in Latin", emit(), p);
                case 12:
                    name.put("text", "نۇرلان").put("script", pick(List.of("Cyrl", "Hani", "Mong")));
                    return invalidAt("Arabic labelled otherwise", emit(), p);
                default:
                    name.put("text", "ᠨᠤᠷᠯᠠᠨ").put("script", "Mong");
                    return doc("Mongolian", emit(), Expect.VALID, Canonical.print(tree), null, false);
            }
        }

        Doc familyCycle() {
            return switch (r.nextInt(3)) {
                case 0 -> ownParent();
                case 1 -> twoCycle();
                default -> threeCycle();
            };
        }

        /** Ids of {@code n} persons of the case, adding copies of the first person when there are too few. */
        private List<String> ids(int n) {
            ArrayNode persons = (ArrayNode) tree.get("persons");
            for (int k = 0; persons.size() < n; k++) {
                String id = "cycle-" + k;
                boolean taken = false;
                for (JsonNode p : persons) {
                    taken |= p.get("id").textValue().equals(id);
                }
                if (!taken) {
                    ObjectNode copy = persons.get(0).deepCopy();
                    persons.add(copy.put("id", id));
                }
            }
            List<String> ids = new ArrayList<>();
            persons.forEach(p -> ids.add(p.get("id").textValue()));
            Collections.shuffle(ids, r);
            return ids.subList(0, n);
        }

        private ArrayNode ties() {
            return (ArrayNode) tree.get("familyTies");
        }

        Doc ownParent() {
            String a = ids(1).get(0);
            ties().addObject().put("from", a).put("relation", pick(List.of("PARENT", "CHILD", "SPOUSE")))
                    .put("to", a);
            return invalidAt("own parent", emit(), "/familyTies/" + (ties().size() - 1) + "/to");
        }

        Doc twoCycle() {
            List<String> ids = ids(2);
            ties().addObject().put("from", ids.get(0)).put("relation", "PARENT").put("to", ids.get(1));
            ties().addObject().put("from", ids.get(1)).put("relation", "PARENT").put("to", ids.get(0));
            return invalidAt("A parent of B parent of A", emit(), "/familyTies");
        }

        Doc threeCycle() {
            List<String> ids = ids(3);
            for (int k = 0; k < 3; k++) {
                ties().addObject().put("from", ids.get(k)).put("relation", "CHILD").put("to", ids.get((k + 1) % 3));
            }
            return invalidAt("A child of B child of C child of A", emit(), "/familyTies");
        }

        Doc syntaxOddity() {
            String json = emit();
            switch (r.nextInt(12)) {
                case 0:
                    return doc("leading BOM", "\uFEFF" + json, Expect.EITHER, Canonical.print(tree), null, false);
                case 1: {
                    int at = 1 + r.nextInt(json.length() - 1);
                    String bom = pick(List.of("\uFEFF", "\uFFFE"));
                    return doc("BOM inside", json.substring(0, at) + bom + json.substring(at), Expect.EITHER, null,
                            null, false);
                }
                case 2:
                    return doc("non-object root", pick(NON_OBJECT_ROOTS), Expect.INVALID, null, null, true);
                case 3:
                    return doc("trailing tokens", json + pick(List.of("x", "{}", ",", "]", "}", "null", "\"\"")),
                            Expect.INVALID, null, null, true);
                case 4:
                    return doc("comment", pick(List.of("/* c */", "// c\n", "# c\n")) + json, Expect.INVALID, null,
                            null, true);
                case 5:
                    return doc("single quotes", json.replace('"', '\''), Expect.INVALID, null, null, true);
                case 6: {
                    int close = json.lastIndexOf('}', json.length() - 3);
                    return doc("trailing comma", json.substring(0, close) + "," + json.substring(close),
                            Expect.INVALID, null, null, true);
                }
                case 7:
                    return doc("wrapped in an array", "[" + json + "]", Expect.INVALID, null, null, true);
                case 8:
                    return doc("over the size limit", json + " ".repeat(CaseJson.MAX_DOCUMENT_CHARS), Expect.INVALID,
                            null, null, true);
                case 9:
                    return doc("unquoted keys", json.replace("\"format\"", "format"), Expect.INVALID, null, null,
                            true);
                case 10: {
                    int at = r.nextInt(json.length());
                    return doc("raw NUL", json.substring(0, at) + "\u0000" + json.substring(at), Expect.INVALID, null,
                            null, true);
                }
                default:
                    return doc("bad escape", json.replaceFirst("\"id\"", "\"\\\\q\""), Expect.INVALID, null, null,
                            true);
            }
        }

        Doc numbers() {
            List<Site> numbers = new ArrayList<>();
            for (Site s : sites()) {
                if (s.value().isNumber()) {
                    numbers.add(s);
                }
            }
            if (numbers.isEmpty()) {
                ObjectNode centre = ((ArrayNode) tree.get("centres")).addObject().put("id", "hostile-centre")
                        .put("name", "Centre").put("region", Region.values()[0].name())
                        .put("kind", CentreKind.values()[0].name()).put("capacity", 10);
                centre.putArray("occupancy");
                return numbers();
            }
            Site s = pick(numbers);
            String[][] table = {
                {"1.0", "site"}, {"1e2", "site"}, {"1E+2", "site"}, {"1.5", "site"}, {"-1", "site"},
                {"1000001", "either"}, {"10000001", "site"}, {"99999999999999999999", "site"},
                {"2147483648", "site"}, {"-2147483649", "site"}, {"1e999", "site"}, {"-1e-999", "site"},
                {"123456789012345678901", "document"}, {"0x10", "document"}, {"01", "document"},
                {".5", "document"}, {"+1", "document"}, {"NaN", "document"}, {"Infinity", "document"},
                {"-", "document"}, {"1.", "document"}, {"1e", "document"}, {"\"5\"", "site"}, {"-0", "either"},
                {"0", "either"}};
            String[] v = table[r.nextInt(table.length)];
            s.set(rawNode(v[0]));
            String json = emit();
            String kind = "number " + v[0] + " at " + s.pointer();
            return switch (v[1]) {
                case "site" -> invalidAt(kind, json, s.pointer());
                case "document" -> doc(kind, json, Expect.INVALID, null, null, true);
                default -> doc(kind, json, Expect.EITHER, null, null, false);
            };
        }

        Doc enumValue() {
            List<Site> enums = new ArrayList<>();
            for (Site s : sites()) {
                if (s.value().isTextual() && (s.field() != null && ENUM_FIELDS.contains(s.field())
                        || s.shape().equals("/application/motives/*"))) {
                    enums.add(s);
                }
            }
            Site s = pick(enums);
            String v = s.value().textValue();
            String bad = switch (r.nextInt(6)) {
                case 0 -> v.toLowerCase(java.util.Locale.ROOT);
                case 1 -> " " + v;
                case 2 -> v + "\u0000";
                case 3 -> v.replace('A', '\u0410');
                case 4 -> "";
                default -> v + "_X";
            };
            if (bad.equals(v)) {
                bad = "?" + v;
            }
            s.set(F.textNode(bad));
            return invalidAt("enum value '" + bad + "' at " + s.pointer(), emit(), s.pointer());
        }

        Doc references() {
            ArrayNode persons = (ArrayNode) tree.get("persons");
            ObjectNode app = (ObjectNode) tree.get("application");
            switch (r.nextInt(7)) {
                case 0: {
                    ArrayNode members = (ArrayNode) app.get("familyMembers");
                    members.add("nobody-here");
                    return invalidAt("dangling family member", emit(), "/application/familyMembers/"
                            + (members.size() - 1));
                }
                case 1:
                    persons.add(persons.get(0).deepCopy());
                    return invalidAt("duplicate person", emit(), "/persons/" + (persons.size() - 1) + "/id");
                case 2:
                    ((ArrayNode) app.get("familyMembers")).add(app.get("applicant").textValue());
                    return invalidAt("applicant among the family members", emit(), "/application/familyMembers");
                case 3: {
                    ArrayNode stays = (ArrayNode) tree.get("stays");
                    stays.addObject().put("person", app.get("applicant").textValue()).put("centreId", "no-centre")
                            .put("from", "2020-01-01");
                    return invalidAt("dangling centre", emit(), "/stays/" + (stays.size() - 1) + "/centreId");
                }
                case 4: {
                    String bad = pick(List.of("-x", "a b", "ä", "", ".", "x".repeat(65), "a/b", "a~b", "\u0000"));
                    ((ObjectNode) persons.get(0)).put("id", bad);
                    return invalidAt("bad person id", emit(), "/persons/0/id");
                }
                case 5:
                    tree.putArray("persons");
                    return invalidAt("no persons", emit(), "/persons");
                default: {
                    // a thousand ties, each naming unknown persons: many problems, still bounded
                    ArrayNode ties = tree.putArray("familyTies");
                    for (int i = 0; i < CaseJson.MAX_ITEMS; i++) {
                        ties.addObject().put("from", "ghost" + i).put("relation", "PARENT").put("to", "ghost" + i);
                    }
                    return invalidAt("a thousand self ties of unknown persons", emit(), "/familyTies");
                }
            }
        }
    }

    /** How to print a tree: indented, non-ASCII escaped, keys shuffled, one key written twice. */
    private record Style(boolean indent, boolean ascii, Random shuffle, ObjectNode duplicateIn, String duplicateName,
                         JsonNode duplicateValue) {
    }

    private static void write(StringBuilder sb, JsonNode node, Style style, int level) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            if (style.duplicateIn() == node) {
                entries.add(Map.entry(style.duplicateName(), style.duplicateValue()));
            }
            if (style.shuffle() != null) {
                Collections.shuffle(entries, style.shuffle());
            }
            sb.append('{');
            for (int i = 0; i < entries.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                newline(sb, style, level + 1);
                string(sb, entries.get(i).getKey(), style.ascii());
                sb.append(style.indent() ? ": " : ":");
                write(sb, entries.get(i).getValue(), style, level + 1);
            }
            if (!entries.isEmpty()) {
                newline(sb, style, level);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                newline(sb, style, level + 1);
                write(sb, node.get(i), style, level + 1);
            }
            if (!node.isEmpty()) {
                newline(sb, style, level);
            }
            sb.append(']');
        } else if (node.isTextual()) {
            string(sb, node.textValue(), style.ascii());
        } else if (node.getNodeType() == JsonNodeType.NULL) {
            sb.append("null");
        } else {
            sb.append(node.toString());
        }
    }

    private static void newline(StringBuilder sb, Style style, int level) {
        if (style.indent()) {
            sb.append('\n').append("  ".repeat(level));
        }
    }

    private static void string(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || ascii && c > 0x7e && c != MARK) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
