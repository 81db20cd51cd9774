package kz.oralman.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.oralman.model.json.Canonical;

/**
 * The second form of a law book, {@code oralman-lawbook/2}, made for amendments: the versions are
 * listed by their first day (each ends where the next begins; the last may give {@code until}), and
 * each DRL file is listed <em>once</em> with the days it is in force, {@code [from, until)}, instead of
 * being repeated in every version's list. An amendment from a date is then a new version from that
 * day ({@link #amend}), and a file that changes is a copy in force from that day; every other file
 * carries over untouched.
 *
 * <pre>{@code
 * { "format": "oralman-lawbook/2",
 *   "versions": [ { "id": "Z1100000477@2011-07-22", "from": "2011-07-22", "terminology": "oralman", ... },
 *                 { "id": "Z1100000477@2014-03-20", "from": "2014-03-20", "until": "2030-01-01", ... } ],
 *   "files": [ { "drl": "common_scope.drl", "from": "2011-07-22" },
 *              { "drl": "settlement_regions_2014.drl", "from": "2014-03-20", "until": "2015-11-24" } ] }
 * }</pre>
 *
 * <p>{@link LawBook#parse} reads both forms: this class turns the second into the first (every
 * other field of a version is kept as it is).
 */
public final class LawBookFiles {
    /** The format id of the second form. */
    public static final String FORMAT = "oralman-lawbook/2";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private LawBookFiles() {
    }

    /**
     * A law book in the first form: the text itself when it is not in the second form.
     *
     * @param json a law book's text
     * @param source a name for messages
     * @return a law book of the form {@link LawBook#FORMAT}
     * @throws RulesetException naming the place of the first problem of a second-form book
     */
    public static String expand(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            return json;
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            return json;
        }
        ObjectNode out = ((ObjectNode) root).deepCopy();
        out.put("format", LawBook.FORMAT);
        out.remove("files");
        JsonNode versions = root.path("versions");
        if (!versions.isArray() || versions.isEmpty()) {
            throw new RulesetException(source + ": /versions must be a non-empty array");
        }
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            JsonNode v = versions.get(i);
            if (!v.isObject()) {
                throw new RulesetException(source + ": /versions/" + i + " must be an object");
            }
            if (v.has("drl")) {
                throw new RulesetException(source + ": /versions/" + i + ": a " + FORMAT + " law book lists the files"
                        + " under /files with their dates, not per version\nMaybe move the file to /files");
            }
            starts.add(date(v, "from", source + ": /versions/" + i));
            if (i > 0 && !starts.get(i).isAfter(starts.get(i - 1))) {
                throw new RulesetException(source + ": /versions/" + i + ": starts on " + starts.get(i)
                        + ", not after the version before (" + starts.get(i - 1) + ")\nMaybe list versions oldest first");
            }
        }
        List<Optional<LocalDate>> ends = new ArrayList<>();
        ArrayNode outVersions = out.putArray("versions");
        for (int i = 0; i < versions.size(); i++) {
            ObjectNode v = ((ObjectNode) versions.get(i)).deepCopy();
            Optional<LocalDate> until = i + 1 < versions.size() ? Optional.of(starts.get(i + 1))
                    : v.hasNonNull("until") ? Optional.of(date(v, "until", source + ": /versions/" + i)) : Optional.empty();
            if (i + 1 < versions.size() && v.hasNonNull("until")
                    && !date(v, "until", source + ": /versions/" + i).equals(starts.get(i + 1))) {
                throw new RulesetException(source + ": /versions/" + i + ": ends on " + v.get("until").asText()
                        + " but the next version starts on " + starts.get(i + 1) + "\nMaybe drop 'until': a version"
                        + " ends where the next begins");
            }
            until.ifPresent(u -> v.put("until", u.toString()));
            ends.add(until);
            v.putArray("drl");
            outVersions.add(v);
        }
        JsonNode files = root.path("files");
        if (!files.isArray()) {
            throw new RulesetException(source + ": /files must be an array of {\"drl\", \"from\", \"until\"}");
        }
        Map<String, List<LocalDate[]>> periods = new LinkedHashMap<>();
        for (int k = 0; k < files.size(); k++) {
            JsonNode f = files.get(k);
            String where = source + ": /files/" + k;
            String name = f.path("drl").asText("");
            if (!name.matches("[A-Za-z0-9_-]+\\.drl")) {
                throw new RulesetException(where + ": 'drl' must be a file name of the form name.drl, was '" + name + "'");
            }
            LocalDate from = date(f, "from", where);
            LocalDate until = f.hasNonNull("until") ? date(f, "until", where) : null;
            if (until != null && !until.isAfter(from)) {
                throw new RulesetException(where + ": " + name + " ends on " + until + ", not after " + from);
            }
            for (LocalDate[] p : periods.getOrDefault(name, List.of())) {
                boolean overlap = (p[1] == null || from.isBefore(p[1])) && (until == null || until.isAfter(p[0]));
                if (overlap) {
                    throw new RulesetException(where + ": " + name + " is listed twice for the same days (from "
                            + p[0] + " and from " + from + ")\nMaybe list each file once with its [from, until)");
                }
            }
            periods.computeIfAbsent(name, x -> new ArrayList<>()).add(new LocalDate[] {from, until});
            boolean used = false;
            for (int i = 0; i < versions.size(); i++) {
                LocalDate vf = starts.get(i);
                LocalDate vu = ends.get(i).orElse(null);
                boolean startsInside = from.isAfter(vf) && (vu == null || from.isBefore(vu));
                boolean endsInside = until != null && until.isAfter(vf) && (vu == null || until.isBefore(vu));
                if (startsInside || endsInside) {
                    LocalDate cut = startsInside ? from : until;
                    throw new RulesetException(where + ": " + name + (startsInside ? " starts" : " ends") + " on " + cut
                            + ", inside law version " + versions.get(i).path("id").asText() + " (" + vf + " – "
                            + (vu == null ? "" : vu) + "); a file's days must begin and end where versions do"
                            + "\nMaybe add a version from " + cut + ": oralman rules amend DIR --from " + cut
                            + " --act \"...\"");
                }
                boolean covers = !from.isAfter(vf) && (until == null || (vu != null && !until.isBefore(vu)));
                if (covers) {
                    ((ArrayNode) outVersions.get(i).get("drl")).add(name);
                    used = true;
                }
            }
            if (!used) {
                throw new RulesetException(where + ": " + name + " (from " + from + (until == null ? "" : " until " + until)
                        + ") is in force in no law version");
            }
        }
        return Canonical.print(out);
    }

    private static LocalDate date(JsonNode node, String field, String where) {
        JsonNode n = node.get(field);
        if (n == null || !n.isTextual()) {
            throw new RulesetException(where + ": '" + field + "' is required and must be a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new RulesetException(where + ": '" + field + "' is not a date YYYY-MM-DD: " + n.asText());
        }
    }

    /**
     * Writes a law book in the second form: each file once with the days it is in force (once per
     * run of consecutive versions that use it).
     *
     * @param json a law book in either form
     * @param source a name for messages
     * @return the text of an {@code oralman-lawbook/2} law book
     * @throws RulesetException if the law book is invalid
     */
    public static String toFiles(String json, String source) {
        String first = expand(json, source);
        LawBook.parse(first, source);
        ObjectNode root;
        try {
            root = (ObjectNode) MAPPER.readTree(first);
        } catch (IOException e) {
            throw new RulesetException(source + ": not well-formed JSON: " + e.getMessage());
        }
        ObjectNode out = MAPPER.createObjectNode();
        out.put("format", FORMAT);
        root.properties().forEach(e -> {
            if (!e.getKey().equals("format") && !e.getKey().equals("versions")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        ArrayNode versions = out.putArray("versions");
        JsonNode in = root.get("versions");
        List<List<String>> lists = new ArrayList<>();
        in.forEach(v -> {
            List<String> l = new ArrayList<>();
            v.path("drl").forEach(f -> l.add(f.asText()));
            lists.add(l);
        });
        List<String> order = order(lists);
        Map<String, List<Integer>> uses = new LinkedHashMap<>();
        order.forEach(f -> uses.put(f, new ArrayList<>()));
        for (int i = 0; i < in.size(); i++) {
            ObjectNode v = ((ObjectNode) in.get(i)).deepCopy();
            for (String f : lists.get(i)) {
                uses.get(f).add(i);
            }
            v.remove("drl");
            if (i + 1 < in.size()) {
                v.remove("until");
            }
            versions.add(v);
        }
        ArrayNode files = out.putArray("files");
        for (String f : order) {
            List<Integer> idx = uses.get(f);
            int runStart = idx.get(0);
            for (int k = 0; k < idx.size(); k++) {
                boolean runEnds = k + 1 == idx.size() || idx.get(k + 1) != idx.get(k) + 1;
                if (runEnds) {
                    ObjectNode e = files.addObject();
                    e.put("drl", f);
                    e.put("from", in.get(runStart).get("from").asText());
                    int last = idx.get(k);
                    if (last + 1 < in.size()) {
                        e.put("until", in.get(last + 1).get("from").asText());
                    }
                    if (k + 1 < idx.size()) {
                        runStart = idx.get(k + 1);
                    }
                }
            }
        }
        return Canonical.print(out);
    }

    /**
     * The law book a folder is exported with: in the second form when it reads back as the very same
     * versions (files in the same order, so the same ruleset hashes), else as it is.
     *
     * @param json the bundled law book
     * @return the text to write
     */
    public static String exported(String json) {
        try {
            String files = toFiles(json, "lawbook.json");
            return LawBook.parse(files, "lawbook.json").equals(LawBook.parse(json, "lawbook.json")) ? files : json;
        } catch (RulesetException e) {
            return json;
        }
    }

    /**
     * One order of all files in which every version's list is a subsequence, where there is one (files
     * ordered by each version's list, ties by first appearance); else the order of first appearance.
     */
    private static List<String> order(List<List<String>> lists) {
        Map<String, java.util.Set<String>> before = new LinkedHashMap<>();
        for (List<String> l : lists) {
            for (int i = 0; i < l.size(); i++) {
                before.computeIfAbsent(l.get(i), k -> new java.util.LinkedHashSet<>());
                if (i > 0) {
                    before.get(l.get(i)).add(l.get(i - 1));
                }
            }
        }
        List<String> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        while (out.size() < before.size()) {
            String next = null;
            for (Map.Entry<String, java.util.Set<String>> e : before.entrySet()) {
                if (!placed.contains(e.getKey()) && placed.containsAll(e.getValue())) {
                    next = e.getKey();
                    break;
                }
            }
            if (next == null) {
                return new ArrayList<>(before.keySet());
            }
            out.add(next);
            placed.add(next);
        }
        return out;
    }

    /**
     * Adds a law version from a date: the version in force that day is cut in two, the new part gets
     * the id {@code ACT@DATE}, the amending act and a title; every file carries over. Each file of
     * {@code copies} is copied for the new version: the original ends the day before, the copy
     * ({@link #copyName}) begins that day.
     *
     * @param json a law book in either form
     * @param from the first day of the new version
     * @param amendingAct the amending act, such as {@code Law No. 123-VIII of 1 June 2026}
     * @param title what the amendment changes, or empty
     * @param copies file names to copy for the new version
     * @return the law book in the second form
     * @throws RulesetException if no version is in force on the date, one already starts on it, or a
     *     file to copy is not in force on it
     */
    public static String amend(String json, LocalDate from, String amendingAct, String title, List<String> copies) {
        String files = toFiles(json, "lawbook.json");
        List<LawVersion> parsed = LawBook.parse(expand(files, "lawbook.json"), "lawbook.json");
        LawVersion current = parsed.stream().filter(v -> v.inForceOn(from)).findFirst().orElseThrow(() ->
                new RulesetException("no law version is in force on " + from + " (the law book covers "
                        + parsed.get(0).from() + " – " + parsed.get(parsed.size() - 1).until().map(LocalDate::toString)
                        .orElse("") + ")\nMaybe amend from a date the law book covers"));
        if (current.from().equals(from)) {
            throw new RulesetException("law version " + current.id() + " already starts on " + from
                    + "\nMaybe edit that version's files, or amend from another date");
        }
        ObjectNode root;
        try {
            root = (ObjectNode) MAPPER.readTree(files);
        } catch (IOException e) {
            throw new RulesetException("lawbook.json: " + e.getMessage());
        }
        ArrayNode versions = (ArrayNode) root.get("versions");
        int at = parsed.indexOf(current);
        ObjectNode next = ((ObjectNode) versions.get(at)).deepCopy();
        String id = current.act() + "@" + from;
        next.put("id", id);
        next.put("from", from.toString());
        next.put("summary", title.isBlank() ? "Amended by " + amendingAct : title);
        next.put("amendedBy", amendingAct);
        next.remove("fromConfidence");
        next.remove("fromNote");
        ((ObjectNode) versions.get(at)).remove("until");
        versions.insert(at + 1, next);
        ArrayNode list = (ArrayNode) root.get("files");
        for (String copy : copies) {
            int found = -1;
            for (int k = 0; k < list.size(); k++) {
                JsonNode f = list.get(k);
                LocalDate ff = LocalDate.parse(f.get("from").asText());
                Optional<LocalDate> fu = f.hasNonNull("until") ? Optional.of(LocalDate.parse(f.get("until").asText()))
                        : Optional.empty();
                if (f.get("drl").asText().equals(copy) && !ff.isAfter(from) && fu.map(from::isBefore).orElse(true)) {
                    found = k;
                }
            }
            if (found < 0) {
                throw new RulesetException(copy + " is not in force on " + from + " in this law book\nMaybe one of "
                        + current.drlFiles());
            }
            ObjectNode original = (ObjectNode) list.get(found);
            ObjectNode copied = original.deepCopy();
            copied.put("drl", copyName(copy, from));
            copied.put("from", from.toString());
            original.put("until", from.toString());
            list.insert(found + 1, copied);
        }
        String out = Canonical.print(root);
        LawBook.parse(expand(out, "lawbook.json"), "lawbook.json");
        return out;
    }

    /**
     * The name of a file's copy for a version from a date: {@code status_extension.drl} from 01.07.2026
     * is {@code status_extension_from_2026_07_01.drl}.
     *
     * @param file the file
     * @param from the version's first day
     * @return the copy's name
     */
    public static String copyName(String file, LocalDate from) {
        return file.replaceAll("\\.drl$", "") + "_from_" + from.toString().replace('-', '_') + ".drl";
    }
}
