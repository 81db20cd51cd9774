package kz.oralman.examples.site;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.Messages;
import kz.oralman.rules.ParameterTable;
import kz.oralman.rules.RulesetException;

/**
 * A ruleset as files, read without compiling anything: the law versions, the DRL texts, the parameter
 * table and the message texts in kk, ru and en. Either the law bundled with the library or a folder
 * written by {@code oralman rules export} (whose {@code messages/} bundles, when present, replace the
 * bundled texts).
 *
 * @param name what the site calls the ruleset
 * @param versions the law versions, oldest first
 * @param drl DRL texts by file name
 * @param parameters the parameter table
 * @param messages message texts by language, then key
 */
public record LawSource(String name, List<LawVersion> versions, Map<String, String> drl, ParameterTable parameters,
                        Map<String, Map<String, String>> messages) {
    private static final String RESOURCES = "kz/oralman/rules/";

    /** Copies the collections. */
    public LawSource {
        versions = List.copyOf(versions);
        drl = Collections.unmodifiableMap(new TreeMap<>(drl));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        messages.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        messages = Collections.unmodifiableMap(copy);
    }

    /**
     * The law bundled with the library.
     *
     * @return the source
     */
    public static LawSource bundled() {
        Map<String, String> drl = new TreeMap<>();
        new TreeSet<>(LawBook.bundled().stream().flatMap(v -> v.drlFiles().stream()).toList())
                .forEach(f -> drl.put(f, resource(RESOURCES + "drl/" + f)));
        return new LawSource("the bundled law", LawBook.bundled(), drl,
                ParameterTable.parse(resource(RESOURCES + "parameters/parameters.json"), "parameters.json"),
                bundledMessages());
    }

    /**
     * A ruleset folder: {@code lawbook.json}, {@code parameters.json}, {@code drl/*.drl} and, if
     * present, {@code messages/messages_LANG.properties}.
     *
     * @param dir the folder
     * @return the source
     * @throws IOException if a file cannot be read
     * @throws RulesetException if the law book or the parameter table is invalid
     */
    public static LawSource folder(Path dir) throws IOException {
        List<LawVersion> versions = LawBook.parse(Files.readString(dir.resolve("lawbook.json")), "lawbook.json");
        ParameterTable parameters = ParameterTable.parse(Files.readString(dir.resolve("parameters.json")),
                "parameters.json");
        Map<String, String> drl = new TreeMap<>();
        Path drlDir = dir.resolve("drl");
        if (Files.isDirectory(drlDir)) {
            try (Stream<Path> files = Files.list(drlDir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                    drl.put(f.getFileName().toString(), Files.readString(f));
                }
            }
        }
        Map<String, Map<String, String>> messages = bundledMessages();
        for (String language : Messages.LANGUAGES) {
            Path file = dir.resolve("messages").resolve("messages_" + language + ".properties");
            if (Files.isRegularFile(file)) {
                messages.put(language, properties(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new LawSource("the folder " + (name == null ? dir.toString() : name.toString()), versions, drl,
                parameters, messages);
    }

    /**
     * The message text of a key in a language.
     *
     * @param language kk, ru or en
     * @param key the key
     * @return the text, or empty when the bundle lacks the key
     */
    public String message(String language, String key) {
        return messages.getOrDefault(language, Map.of()).getOrDefault(key, "");
    }

    private static Map<String, Map<String, String>> bundledMessages() {
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        for (String language : Messages.LANGUAGES) {
            messages.put(language, properties(resource(RESOURCES + "messages/messages_" + language + ".properties")));
        }
        return messages;
    }

    static Map<String, String> properties(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read properties from a string", e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    static String resource(String path) {
        try (InputStream in = LawSource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the library");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("resource " + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
