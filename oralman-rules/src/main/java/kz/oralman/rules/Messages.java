package kz.oralman.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.model.Region;

/**
 * The message bundles in Kazakh, Russian and English, with {@code {name}} placeholders. The word for
 * the status ({@code {status}}) follows the terminology of the law version. Thread-safe.
 */
public final class Messages {
    /** The languages the library speaks. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Set<String> ENUM_ARGUMENTS = Set.of("ground", "state", "document", "whose", "body",
            "endReason");

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * The bundle of a language.
     *
     * @param language the language
     * @return the messages
     */
    public static Messages of(Language language) {
        return of(language.code());
    }

    /**
     * The bundle of a language.
     *
     * @param language {@code kk}, {@code ru} or {@code en}
     * @return the messages
     * @throws IllegalArgumentException for another language
     */
    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language '" + language + "' is not one of " + LANGUAGES);
        }
        ResourceBundle bundle = ResourceBundle.getBundle("kz.oralman.rules.messages.messages",
                Locale.forLanguageTag(language), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    /**
     * The messages of a language read from a given bundle, such as a ruleset folder's
     * ({@link MessageBundles}).
     *
     * @param language {@code kk}, {@code ru} or {@code en}
     * @param bundle the bundle
     * @return the messages
     * @throws IllegalArgumentException for another language
     */
    public static Messages of(String language, ResourceBundle bundle) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language '" + language + "' is not one of " + LANGUAGES);
        }
        return new Messages(language, java.util.Objects.requireNonNull(bundle, "bundle"));
    }

    /** @return the language code */
    public String language() {
        return language;
    }

    /** @return the keys of the bundle */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * Whether the bundle has a key.
     *
     * @param key the key
     * @return true if present
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A message with its placeholders filled.
     *
     * @param key the key
     * @param arguments named arguments; enum-valued ones ({@code ground}, {@code state}, {@code document},
     *     {@code whose}, {@code body}, {@code region}) are translated
     * @param terminology {@code oralman} or {@code kandas}
     * @return the text; a missing key gives the key in brackets, never an exception
     */
    public String format(String key, Map<String, String> arguments, String terminology) {
        String pattern = text(key);
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("status")) {
                value = text("term." + terminology);
            } else if (arguments.containsKey(name)) {
                value = argument(name, arguments.get(name));
            } else {
                value = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return capitalise(sb.toString());
    }

    /**
     * The text of a key, without placeholders filled.
     *
     * @param key the key
     * @return the text, or the key in brackets when missing
     */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    private String argument(String name, String value) {
        if (name.equals("order")) {
            return text("act." + value);
        }
        if (name.equals("alternatives") || name.equals("temporary")) {
            if (value.equals("-")) {
                return text("label.none");
            }
            StringBuilder sb = new StringBuilder();
            for (String item : value.split(", ")) {
                String[] parts = item.split(":");
                if (parts.length != 3) {
                    return value;
                }
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(argument("region", parts[0])).append(" (").append(parts[1]).append(", ").append(parts[2])
                        .append(" km)");
            }
            return sb.toString();
        }
        if (name.equals("region")) {
            try {
                return Region.valueOf(value).displayName(language);
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        if (ENUM_ARGUMENTS.contains(name)) {
            String key = (name.equals("whose") ? "kin" : name) + "." + value;
            return bundle.containsKey(key) ? bundle.getString(key) : value;
        }
        return TextForms.value(value, this);
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first));
    }
}
