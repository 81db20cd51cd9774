package kz.oralman.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The message texts of a ruleset in kk, ru and en: the library's bundles, or a ruleset folder's
 * {@code messages/messages_LANG.properties} (written by {@code rules export}, edited by the researcher
 * with the rules). A folder's bundle falls back to the library's for a key it lacks, so that labels and
 * act names keep working; the rules' own texts are checked by {@link kz.oralman.rules.check.MessageCheck}.
 * Immutable.
 */
public final class MessageBundles {
    /** Where a folder keeps its bundles. */
    public static final String FOLDER = "messages";

    private final boolean external;
    private final Map<String, String> sources;
    private final Map<String, Map<String, String>> texts;

    private MessageBundles(boolean external, Map<String, String> sources) {
        this.external = external;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        Map<String, Map<String, String>> t = new LinkedHashMap<>();
        sources.forEach((language, text) -> t.put(language, Collections.unmodifiableMap(parse(text))));
        this.texts = Collections.unmodifiableMap(t);
    }

    /** @return the library's bundles */
    public static MessageBundles bundled() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String language : Messages.LANGUAGES) {
            sources.put(language, bundledText(language));
        }
        return new MessageBundles(false, sources);
    }

    /**
     * The bundles of a ruleset folder: {@code messages/messages_LANG.properties} for each language
     * present, the library's for a language whose file is absent.
     *
     * @param dir the folder
     * @return the bundles; the library's when the folder has no {@code messages/}
     * @throws IOException if a file cannot be read
     */
    public static MessageBundles folder(Path dir) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        boolean any = false;
        for (String language : Messages.LANGUAGES) {
            Path file = dir.resolve(FOLDER).resolve(fileName(language));
            if (Files.isRegularFile(file)) {
                if (Files.size(file) > 2_000_000) {
                    throw new IOException(FOLDER + "/" + fileName(language) + " is larger than 2 MB");
                }
                sources.put(language, Files.readString(file, StandardCharsets.UTF_8));
                any = true;
            } else {
                sources.put(language, bundledText(language));
            }
        }
        return new MessageBundles(any, sources);
    }

    /**
     * The file name of a language's bundle.
     *
     * @param language kk, ru or en
     * @return {@code messages_LANG.properties}
     */
    public static String fileName(String language) {
        return "messages_" + language + ".properties";
    }

    /**
     * The text of the library's bundle of a language, as written in its file.
     *
     * @param language kk, ru or en
     * @return the file's text
     */
    public static String bundledText(String language) {
        return Ruleset.resource("kz/oralman/rules/messages/" + fileName(language));
    }

    /** @return whether some bundle comes from a folder rather than the library */
    public boolean external() {
        return external;
    }

    /**
     * The file's text of a language's bundle, for finding a key's line.
     *
     * @param language kk, ru or en
     * @return the text
     */
    public String source(String language) {
        return sources.get(language);
    }

    /**
     * The texts of a language's bundle, by key, without the library's fallback.
     *
     * @param language kk, ru or en
     * @return the texts
     */
    public Map<String, String> texts(String language) {
        return texts.get(language);
    }

    /**
     * The messages of a language, to render decisions with ({@link DecisionText#render(kz.oralman.model.decision.Decision, Messages)}).
     *
     * @param language kk, ru or en
     * @return the messages; a key the folder lacks falls back to the library's text
     * @throws IllegalArgumentException for another language
     */
    public Messages messages(String language) {
        if (!Messages.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language '" + language + "' is not one of " + Messages.LANGUAGES);
        }
        if (!external) {
            return Messages.of(language);
        }
        try {
            return Messages.of(language, new Bundle(sources.get(language), new Bundle(bundledText(language), null)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a bundle from a string", e);
        }
    }

    /** @return the languages, in the library's order */
    public List<String> languages() {
        return Messages.LANGUAGES;
    }

    private static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new RulesetException("a message bundle is not a valid properties file: " + e.getMessage());
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /** A properties bundle with a parent to fall back to. */
    private static final class Bundle extends PropertyResourceBundle {
        Bundle(String text, ResourceBundle parent) throws IOException {
            super(new StringReader(text));
            if (parent != null) {
                setParent(parent);
            }
        }
    }
}
