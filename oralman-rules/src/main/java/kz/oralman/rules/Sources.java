package kz.oralman.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.oralman.model.decision.Confidence;

/**
 * The catalogue of legal sources bundled with the library ({@code sources.json}, format
 * {@value #FORMAT}). Keys are unique; an older key may name the act it is an alias of.
 */
public final class Sources {
    /** The format id of the catalogue. */
    public static final String FORMAT = "oralman-sources/2";

    private static final Map<String, Source> CATALOGUE = parse(Ruleset.resource("kz/oralman/rules/sources.json"),
            "sources.json");

    private Sources() {
    }

    /** @return every source, in catalogue order */
    public static List<Source> all() {
        return List.copyOf(CATALOGUE.values());
    }

    /**
     * A source by key.
     *
     * @param key the key a legal reference names
     * @return the source, if catalogued
     */
    public static Optional<Source> byKey(String key) {
        return Optional.ofNullable(CATALOGUE.get(key));
    }

    /**
     * The key of the act a key names: itself, or the act it is an alias of.
     *
     * @param key a key
     * @return the canonical key (the key itself when not catalogued)
     */
    public static String canonical(String key) {
        Source s = CATALOGUE.get(key);
        return s == null || s.aliasOf().isEmpty() ? key : s.aliasOf();
    }

    /**
     * The act whose consolidated text holds the provisions a key's act inserted: the act it amends,
     * following an alias first.
     *
     * @param key a key
     * @return the amended act's key, if the act is an amending one
     */
    public static Optional<String> amended(String key) {
        Source s = CATALOGUE.get(canonical(key));
        return s == null || s.amends().isEmpty() ? Optional.empty() : Optional.of(s.amends());
    }

    /**
     * Reads a catalogue.
     *
     * @param json the text of a {@code sources.json}
     * @param name a name for messages
     * @return the sources by key, in file order
     * @throws IllegalStateException naming the place of the first problem
     */
    static Map<String, Source> parse(String json, String name) {
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": not well-formed JSON: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalStateException(name + ": expected \"format\": \"" + FORMAT + "\"");
        }
        Map<String, Source> out = new LinkedHashMap<>();
        JsonNode list = root.path("sources");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            try {
                Map<String, String> title = new LinkedHashMap<>();
                s.path("title").properties().forEach(f -> title.put(f.getKey(), f.getValue().asText()));
                List<String> texts = new ArrayList<>();
                s.path("texts").forEach(t -> texts.add(t.asText()));
                Source source = new Source(s.path("key").asText(), s.path("aliasOf").asText(""), s.path("amends").asText(""),
                        s.path("adiletId").asText(), s.path("kind").asText(), title,
                        LocalDate.parse(s.path("adopted").asText()), LocalDate.parse(s.path("inForce").asText()),
                        Confidence.valueOf(s.path("inForceConfidence").asText()), s.path("inForceBasis").asText(""),
                        s.hasNonNull("repealed") ? Optional.of(LocalDate.parse(s.get("repealed").asText()))
                                : Optional.empty(),
                        Confidence.valueOf(s.path("confidence").asText()), s.path("articles").asText(),
                        s.path("url").asText(""), texts, s.path("notes").asText(""));
                if (out.put(source.key(), source) != null) {
                    throw new IllegalArgumentException("the key " + source.key() + " repeats");
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(name + ": /sources/" + i + ": " + e.getMessage(), e);
            }
        }
        for (Source s : out.values()) {
            if (!s.amends().isEmpty() && !out.containsKey(s.amends())) {
                throw new IllegalStateException(name + ": " + s.key() + " amends " + s.amends() + ", which is not catalogued");
            }
            if (!s.aliasOf().isEmpty()) {
                Source target = out.get(s.aliasOf());
                if (target == null || !target.aliasOf().isEmpty()) {
                    throw new IllegalStateException(name + ": " + s.key() + " is an alias of " + s.aliasOf()
                            + ", which is not a catalogued act of its own");
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
