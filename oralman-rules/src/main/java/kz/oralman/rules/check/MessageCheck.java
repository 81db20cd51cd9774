package kz.oralman.rules.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.rules.MessageBundles;
import kz.oralman.rules.Messages;
import kz.oralman.rules.RulesetException;

/**
 * Checks that the texts travel with the rules: every rule has a text ({@code rule.ID}) in kk, ru and
 * en; no bundle has a {@code rule.ID} text for a rule that does not exist; and a text names only the
 * arguments its rule can pass. The check of the placeholders is conservative: they must be among the
 * names of the rule's {@code Map.of("name", ...)} calls and the ones the engine adds itself
 * ({@value #COMMON_LIST}); a rule that passes its arguments any other way, or gives no reason (only
 * an evidence request, whose text is never filled), is not checked for them.
 */
public final class MessageCheck {
    /** The placeholders every text may use: the status's name, and a grant's term. */
    public static final Set<String> COMMON = Set.of("status", "from", "to");
    private static final String COMMON_LIST = "{status}, {from}, {to}";
    /** The reasons the engine gives itself, outside any DRL file, with the arguments it passes. */
    private static final Map<String, Set<String>> ENGINE_RULES = Map.of(
            "SCOPE.BEFORE_ENCODED_LAW", Set.of("date", "asOf"),
            "SCOPE.AFTER_ENCODED_LAW", Set.of("date", "asOf"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern OTHER_ARGUMENTS = Pattern.compile(
            "\\b(Verdict|Finding)\\s*\\.\\s*(of|granted|referred)\\s*\\(\\s*drools\\s*,[^;]*?\\$[A-Za-z]");

    private MessageCheck() {
    }

    /**
     * Checks a ruleset folder's texts ({@code messages/}) against its DRL files; a folder without
     * {@code messages/} has nothing of its own to check.
     *
     * @param dir the folder
     * @param drl the folder's DRL texts by file name
     * @return every problem, each naming the file and line
     */
    public static List<RuleProblem> check(Path dir, Map<String, String> drl) {
        if (!java.nio.file.Files.isDirectory(dir.resolve(MessageBundles.FOLDER),
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            // a folder without texts of its own is explained with the library's; there is nothing of the
            // folder's to check against its rules (a rule without a text shows its key, as before)
            return List.of();
        }
        MessageBundles bundles;
        try {
            bundles = MessageBundles.folder(dir);
        } catch (IOException | RulesetException e) {
            return List.of(new RuleProblem(MessageBundles.FOLDER, 0, 0, "", "message", "cannot be read: "
                    + e.getMessage()));
        }
        return check(drl, bundles);
    }

    /**
     * Checks texts against DRL files.
     *
     * @param drl DRL texts by file name
     * @param bundles the texts
     * @return every problem, each naming the file and line
     */
    public static List<RuleProblem> check(Map<String, String> drl, MessageBundles bundles) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, DrlRules.Rule> rules = new LinkedHashMap<>();
        Map<String, Set<String>> arguments = new TreeMap<>();
        Set<String> unchecked = new TreeSet<>();
        for (Map.Entry<String, String> file : new TreeMap<>(drl).entrySet()) {
            for (DrlRules.Rule r : DrlRules.read(file.getKey(), file.getValue())) {
                rules.putIfAbsent(r.id(), r);
                arguments.computeIfAbsent(r.id(), k -> new TreeSet<>()).addAll(r.arguments());
                boolean reason = r.consequence().matches("(?s).*\\b(Verdict|Finding)\\s*\\..*");
                if (!reason || !r.consequence().contains("Map.of") && OTHER_ARGUMENTS.matcher(r.consequence()).find()) {
                    unchecked.add(r.id());
                }
            }
        }
        ENGINE_RULES.forEach((id, args) -> arguments.putIfAbsent(id, args));
        String where = bundles.external() ? MessageBundles.FOLDER + "/" : "(the library's) ";
        for (String language : Messages.LANGUAGES) {
            Map<String, String> texts = bundles.texts(language);
            String file = where + MessageBundles.fileName(language);
            for (DrlRules.Rule r : rules.values()) {
                String text = texts.get("rule." + r.id());
                if (text == null || text.isBlank()) {
                    problems.add(new RuleProblem(r.file(), r.line(), 1, r.id(), "message", "rule \"" + r.id()
                            + "\" has no text in " + language + " (" + file + ")\nMaybe add the line rule." + r.id()
                            + "=... to " + file));
                }
            }
            for (Map.Entry<String, String> e : texts.entrySet()) {
                if (!e.getKey().startsWith("rule.")) {
                    continue;
                }
                String id = e.getKey().substring("rule.".length());
                int line = lineOf(bundles.source(language), e.getKey());
                if (!arguments.containsKey(id)) {
                    problems.add(new RuleProblem(file, line, 1, id, "message", "the text " + e.getKey()
                            + " belongs to no rule: no DRL file has a rule \"" + id + "\"\nMaybe remove it, or "
                            + "rename it after the rule's new id"));
                    continue;
                }
                if (unchecked.contains(id)) {
                    continue;
                }
                Set<String> allowed = new TreeSet<>(arguments.get(id));
                allowed.addAll(COMMON);
                Matcher m = PLACEHOLDER.matcher(e.getValue());
                Set<String> unknown = new TreeSet<>();
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        unknown.add("{" + m.group(1) + "}");
                    }
                }
                if (!unknown.isEmpty()) {
                    DrlRules.Rule r = rules.get(id);
                    problems.add(new RuleProblem(file, line, 1, id, "message", "the text " + e.getKey() + " uses "
                            + String.join(", ", unknown) + ", which rule \"" + id + "\" does not pass"
                            + (r == null ? "" : " (" + r.file() + ":" + r.line() + " passes "
                            + (r.arguments().isEmpty() ? "no arguments" : "{" + String.join("}, {", r.arguments()) + "}")
                            + "; every text may use " + COMMON_LIST + ")")
                            + "\nMaybe pass it with Map.of(\"" + unknown.iterator().next().replaceAll("[{}]", "")
                            + "\", ...) in the rule, or drop it from the text"));
                }
            }
        }
        return problems;
    }

    private static int lineOf(String source, String key) {
        if (source == null) {
            return 0;
        }
        String[] lines = source.split("\\r?\\n", -1);
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]");
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
