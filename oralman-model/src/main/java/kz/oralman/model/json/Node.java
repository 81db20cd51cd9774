package kz.oralman.model.json;

import kz.oralman.model.Printable;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A cursor over a JSON object that collects problems instead of throwing, so that a reader reports
 * every problem of a document at once. Package-private: the reading machinery of the contract.
 */
final class Node {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Where problems are collected, shared by all cursors of one document. */
    static final class Problems {
        private final List<Problem> list = new ArrayList<>();

        void add(String path, String message) {
            list.add(new Problem(path, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int size() {
            return list.size();
        }

        List<Problem> list() {
            return list;
        }
    }

    private static final java.util.regex.Pattern FIELD_PREFIX =
            java.util.regex.Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?");

    private final JsonNode json;
    private final String path;
    private final Problems problems;
    private final Set<String> allowed;

    private Node(JsonNode json, String path, Problems problems, Set<String> allowed) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        this.allowed = allowed;
    }

    /**
     * A cursor over an object; reports a problem and returns empty if the value is not an object,
     * or if it has a field outside {@code allowed}.
     */
    static Optional<Node> object(JsonNode json, String path, Problems problems, Set<String> allowed) {
        if (json == null || !json.isObject()) {
            problems.add(path, "expected an object, found " + kind(json));
            return Optional.empty();
        }
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(path + "/" + escape(name), "unknown field " + Printable.quoted(name)
                        + "\nMaybe one of " + new java.util.TreeSet<>(allowed));
            }
        }
        return Optional.of(new Node(json, path, problems, allowed));
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path + "/" + escape(field);
    }

    Problems problems() {
        return problems;
    }

    void problem(String field, String message) {
        problems.add(field.isEmpty() ? path : at(field), message);
    }

    /** Whether the object has the field with a value other than null: an optional field is present. */
    boolean has(String field) {
        JsonNode value = json.get(field);
        return value != null && !value.isNull();
    }

    private JsonNode required(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            problems.add(at(field), "is required");
            return null;
        }
        return value;
    }

    String text(String field, int maxLength) {
        JsonNode value = required(field);
        return value == null ? null : textValue(value, at(field), maxLength);
    }

    Optional<String> optionalText(String field, int maxLength) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(textValue(value, at(field), maxLength));
    }

    private String textValue(JsonNode value, String where, int maxLength) {
        if (!value.isTextual()) {
            problems.add(where, "expected a string, found " + kind(value));
            return null;
        }
        String s = value.textValue();
        int length = s.codePointCount(0, s.length());
        if (length > maxLength) {
            problems.add(where, "is longer than " + maxLength + " characters (" + length + ")");
            return null;
        }
        return s;
    }

    LocalDate date(String field) {
        JsonNode value = required(field);
        return value == null ? null : dateValue(value, at(field));
    }

    Optional<LocalDate> optionalDate(String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(dateValue(value, at(field)));
    }

    private LocalDate dateValue(JsonNode value, String where) {
        String s = textValue(value, where, 10);
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s, ISO_DATE);
            if (d.getYear() < 1800 || d.getYear() > 2200) {
                problems.add(where, "date " + s + " is outside the years 1800..2200");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(where, Printable.quoted(s) + " is not a valid date (expected YYYY-MM-DD, a day that exists)");
            return null;
        }
    }

    Integer integer(String field, int min, int max) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(at(field), "expected a whole number, found " + kind(value));
            return null;
        }
        int v = value.intValue();
        if (v < min || v > max) {
            problems.add(at(field), "expected a number from " + min + " to " + max + ", found " + v);
            return null;
        }
        return v;
    }

    Boolean bool(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(at(field), "expected true or false, found " + kind(value));
            return null;
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        JsonNode value = required(field);
        return value == null ? null : enumOf(value, at(field), type);
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(enumOf(value, at(field), type));
    }

    <E extends Enum<E>> E enumOf(JsonNode value, String where, Class<E> type) {
        String s = textValue(value, where, 64);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problems.add(where, Printable.quoted(s) + " is not one of " + names);
        return null;
    }

    /** The sub-object at {@code field}; empty (with a problem) when missing or not an object. */
    Optional<Node> object(String field, Set<String> allowed) {
        JsonNode value = required(field);
        return value == null ? Optional.empty() : object(value, at(field), problems, allowed);
    }

    Optional<Node> optionalObject(String field, Set<String> allowed) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return object(value, at(field), problems, allowed);
    }

    /**
     * Reads an array, optional (absent means empty), with at most {@code maxItems} items; each
     * item read by {@code item} from its node and path. Returns null when any item failed.
     */
    <T> List<T> array(String field, int maxItems, BiFunction<JsonNode, String, T> item) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(at(field), "expected an array, found " + kind(value));
            return null;
        }
        if (value.size() > maxItems) {
            problems.add(at(field), "has " + value.size() + " items, more than the limit of " + maxItems);
            return null;
        }
        List<T> out = new ArrayList<>(value.size());
        boolean failed = false;
        for (int i = 0; i < value.size(); i++) {
            T t = item.apply(value.get(i), at(field) + "/" + i);
            if (t == null) {
                failed = true;
            } else {
                out.add(t);
            }
        }
        return failed ? null : out;
    }

    /** Builds a value from parts, turning a model invariant's message into a problem at this path. */
    <T> T build(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problems.add(pathOf(e.getMessage()), e.getMessage());
            return null;
        }
    }

    /**
     * The model's invariant messages start with the field at fault ({@code residences[1] overlaps
     * ...}, {@code occupancy[0].persons 5 exceeds ...}); this turns that prefix into a JSON Pointer
     * below this object, so that the error points at the value, not at the object around it.
     */
    private String pathOf(String message) {
        java.util.regex.Matcher m = FIELD_PREFIX.matcher(message == null ? "" : message);
        if (!m.find() || !allowed.contains(m.group(1))) {
            return path;
        }
        StringBuilder sb = new StringBuilder(at(m.group(1)));
        if (m.group(2) != null) {
            sb.append('/').append(m.group(2));
            if (m.group(3) != null) {
                sb.append('/').append(escape(m.group(3)));
            }
        }
        return sb.toString();
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
