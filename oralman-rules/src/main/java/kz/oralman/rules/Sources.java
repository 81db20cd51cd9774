package kz.oralman.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.oralman.model.decision.Confidence;

/** The catalogue of legal sources bundled with the library ({@code sources.json}). */
public final class Sources {
    private static final Map<String, Source> CATALOGUE = load();

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

    private static Map<String, Source> load() {
        try {
            JsonNode root = new ObjectMapper().readTree(Ruleset.resource("kz/oralman/rules/sources.json"));
            Map<String, Source> out = new LinkedHashMap<>();
            for (JsonNode s : root.path("sources")) {
                List<LocalDate> revisions = new ArrayList<>();
                s.path("revisions").forEach(r -> revisions.add(LocalDate.parse(r.asText())));
                Source source = new Source(s.path("key").asText(), s.path("adiletId").asText(), s.path("kind").asText(),
                        LocalDate.parse(s.path("adopted").asText()), LocalDate.parse(s.path("inForce").asText()),
                        Confidence.valueOf(s.path("confidence").asText()), s.path("articles").asText(),
                        s.path("url").asText(), revisions);
                if (out.put(source.key(), source) != null) {
                    throw new IllegalStateException("sources.json repeats the key " + source.key());
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("sources.json of the library cannot be read", e);
        }
    }
}
