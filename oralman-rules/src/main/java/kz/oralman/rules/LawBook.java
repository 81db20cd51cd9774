package kz.oralman.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Confidence;
import kz.oralman.rules.facts.Condition;

/**
 * The law versions: the dates that cut Law No. 477-IV into consolidated states, and the DRL files
 * each uses. The bundled book is {@code lawbook.json} in the library; an external ruleset folder
 * carries its own. Immutable.
 *
 * <p>The 2011 law's entry into force (per its Art. 63) was not found; the versions start on its
 * adoption date, 22.07.2011 [U]. The 2020 reform entered into force ten days after publication of
 * Law No. 327-VI of 13.05.2020; 25.05.2020 is assumed [U]. Law No. 15-VIII of 04.07.2023 changes
 * the Migration Law from 01.01.2030 with content not found, so no version covers dates from then.
 */
public final class LawBook {
    /** The act all versions consolidate: Law No. 477-IV "On Population Migration". */
    public static final String ACT = "Z1100000477";
    /** The format id of a law book file. */
    public static final String FORMAT = "oralman-lawbook/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final List<LawVersion> BUNDLED = parse(Ruleset.resource("kz/oralman/rules/lawbook.json"),
            "lawbook.json");

    private LawBook() {
    }

    /**
     * Reads a law book.
     *
     * @param json the text of a {@code lawbook.json}
     * @param source a name for messages
     * @return the versions, oldest first
     * @throws RulesetException naming the place of the first problem
     */
    public static List<LawVersion> parse(String json, String source) {
        json = LawBookFiles.expand(json, source); // the second form, each file once with its [from, until)
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RulesetException(source + ": not well-formed JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new RulesetException(source + ": expected an object with \"format\": \"" + FORMAT + "\"");
        }
        List<LawVersion> versions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = root.path("versions");
        if (!list.isArray() || list.isEmpty()) {
            throw new RulesetException(source + ": /versions must be a non-empty array");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String where = source + ": /versions/" + i;
            try {
                List<String> files = new ArrayList<>();
                v.path("drl").forEach(f -> files.add(f.asText()));
                for (String f : files) {
                    if (!f.matches("[A-Za-z0-9_-]+\\.drl")) {
                        throw new IllegalArgumentException("drl file name '" + f + "' is not of the form name.drl");
                    }
                }
                String act = v.has("act") ? text(v, "act") : root.path("act").asText(ACT);
                LawVersion version = LawVersion.of(text(v, "id"), act, LocalDate.parse(text(v, "from")),
                        v.hasNonNull("until") ? Optional.of(LocalDate.parse(v.get("until").asText())) : Optional.empty(),
                        text(v, "terminology"), files, v.path("summary").asText(""))
                        .withConditions(conditions(v)).withFrom(fromConfidence(v), v.path("fromNote").asText(""));
                if (!version.id().contains("@")) {
                    throw new IllegalArgumentException("id '" + version.id() + "' is not of the form ACT@YYYY-MM-DD");
                }
                if (!ids.add(version.id())) {
                    throw new IllegalArgumentException("id " + version.id() + " repeats");
                }
                if (!versions.isEmpty() && version.from().isBefore(versions.get(versions.size() - 1).from())) {
                    throw new IllegalArgumentException("version starts on " + version.from()
                            + ", before the previous one\nMaybe list versions oldest first");
                }
                versions.add(version);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new RulesetException(where + ": " + e.getMessage());
            }
        }
        try {
            return LawVersion.chain(versions);
        } catch (IllegalArgumentException e) {
            throw new RulesetException(source + ": " + e.getMessage());
        }
    }

    /** The {@code "conditions"} of a version: question name to a list of condition names. */
    private static Map<Question, List<Condition>> conditions(JsonNode v) {
        Map<Question, List<Condition>> byQuestion = new EnumMap<>(Question.class);
        JsonNode node = v.get("conditions");
        if (node == null) {
            return byQuestion;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'conditions' must be an object of question: [condition, ...]");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Question q;
            try {
                q = Question.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("conditions: '" + e.getKey() + "' is not a question; one of "
                        + java.util.Arrays.toString(Question.values()));
            }
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException("conditions/" + e.getKey() + " must be an array of condition names");
            }
            List<Condition> list = new ArrayList<>();
            for (JsonNode c : e.getValue()) {
                try {
                    list.add(Condition.valueOf(c.asText()));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("conditions/" + e.getKey() + ": '" + c.asText()
                            + "' is not a condition; one of " + java.util.Arrays.toString(Condition.values()));
                }
            }
            byQuestion.put(q, list);
        }
        return byQuestion;
    }

    /** The {@code "fromConfidence"} of a version; SECONDARY when absent. */
    private static Confidence fromConfidence(JsonNode v) {
        JsonNode node = v.get("fromConfidence");
        if (node == null) {
            return Confidence.SECONDARY;
        }
        try {
            return Confidence.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fromConfidence '" + node.asText()
                    + "' is not one of PRIMARY, SECONDARY, UNVERIFIED");
        }
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is required and must be a string");
        }
        return n.asText();
    }

    /** @return the bundled versions, oldest first */
    public static List<LawVersion> bundled() {
        return BUNDLED;
    }

    /**
     * The bundled version in force on a date.
     *
     * @param date the governing date
     * @return the version, or empty before 22.07.2011 and from 01.01.2030
     */
    public static Optional<LawVersion> on(LocalDate date) {
        return BUNDLED.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    /**
     * A bundled version by id.
     *
     * @param id the id
     * @return the version, if bundled
     */
    public static Optional<LawVersion> byId(String id) {
        return BUNDLED.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
