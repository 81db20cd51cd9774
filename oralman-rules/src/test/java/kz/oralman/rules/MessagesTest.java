package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Question;
import kz.oralman.model.RefusalGround;
import kz.oralman.model.StatusState;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.decision.ReferralBody;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Path DRL = Path.of("src/main/resources/kz/oralman/rules/drl");

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> en = new TreeSet<>(Messages.of("en").keys());
        for (String lang : Messages.LANGUAGES) {
            Set<String> keys = new TreeSet<>(Messages.of(lang).keys());
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(en);
            assertTrue(missing.isEmpty(), lang + " misses " + missing);
            assertTrue(extra.isEmpty(), lang + " has keys English lacks: " + extra);
        }
    }

    @Test
    void everyMessageHasTheSamePlaceholdersInEveryLanguage() {
        Messages en = Messages.of("en");
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            for (String key : en.keys()) {
                assertEquals(placeholders(en.text(key)), placeholders(m.text(key)), lang + " " + key);
                assertFalse(m.text(key).isBlank(), lang + " " + key + " is blank");
            }
        }
    }

    @Test
    void everyEnumAndEveryKeyTheRulesUseHasAMessage() throws IOException {
        Set<String> needed = new TreeSet<>();
        Stream.of(Outcome.values()).forEach(o -> needed.add("outcome." + o));
        Stream.of(Question.values()).forEach(q -> needed.add("question." + q));
        Stream.of(StatusState.values()).forEach(s -> needed.add("state." + s));
        Stream.of(RefusalGround.values()).forEach(g -> {
            needed.add("ground." + g);
            needed.add("fact.refusal." + g);
            needed.add("document.OFFICIAL_CHECK_" + g);
        });
        Stream.of(NationalityDocument.values()).forEach(d -> needed.add("document." + d));
        Stream.of(ReferralBody.values()).forEach(b -> needed.add("body." + b));
        Stream.of(Confidence.values()).forEach(c -> needed.add("confidence." + c));
        Sources.all().forEach(s -> needed.add("act." + s.key()));
        Stream.of("MTSZN", "MVD", "MZSR", "LOCAL_EXECUTIVE_BODY").forEach(a -> needed.add("authority." + a));
        needed.add("rule.SCOPE.BEFORE_ENCODED_LAW");
        needed.add("rule.SCOPE.AFTER_ENCODED_LAW");
        try (Stream<Path> files = Files.list(DRL)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Matcher doc = Pattern.compile("\"(document\\.[A-Z_]*[A-Z])\"").matcher(text);
                while (doc.find()) {
                    needed.add(doc.group(1));
                }
                Matcher fact = Pattern.compile("EvidenceNeed\\.of\\( drools, \"([a-zA-Z.]*[a-zA-Z])\"").matcher(text);
                while (fact.find()) {
                    needed.add("fact." + fact.group(1));
                }
            }
        }
        for (String lang : Messages.LANGUAGES) {
            Messages m = Messages.of(lang);
            Set<String> missing = new TreeSet<>(needed);
            missing.removeIf(m::has);
            assertTrue(missing.isEmpty(), lang + " misses " + missing);
        }
    }

    @Test
    void terminologyFollowsTheLawVersion() {
        assertEquals("Kandas status is granted from a to b (1 year).", Messages.of("en").format("rule.STATUS.ASSIGN.GRANT",
                Map.of("from", "a", "to", "b", "term", "P1Y"), "kandas"));
        assertTrue(Messages.of("kk").format("rule.STATUS.ASSIGN.GRANT", Map.of(), "kandas").contains("Қандас"));
        assertTrue(Messages.of("kk").format("rule.STATUS.ASSIGN.GRANT", Map.of(), "oralman").contains("Оралман"));
        assertTrue(Messages.of("ru").format("rule.STATUS.ASSIGN.GRANT", Map.of(), "kandas").contains("кандас"));
        assertTrue(Messages.of("ru").format("rule.STATUS.ASSIGN.GRANT", Map.of(), "oralman").contains("оралман"));
    }

    @Test
    void enumArgumentsAreTranslated() {
        String ru = Messages.of("ru").format("rule.REFUSAL.GROUND_ESTABLISHED", Map.of("ground", "ENTRY_BAN"), "kandas");
        assertFalse(ru.contains("ENTRY_BAN"), ru);
        String kk = Messages.of("kk").format("rule.REGION2014.OTHER_REGION", Map.of("region", "ALMATY_CITY"), "oralman");
        assertTrue(kk.contains("Алматы қаласы"), kk);
    }

    @Test
    void unknownLanguage_isRejectedWithItsName() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Messages.of("de"));
        assertTrue(e.getMessage().contains("'de'"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
