package kz.oralman.rules.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rules of DRL files as text, without compiling them: each rule's id, where it stands, its
 * metadata annotations, the comments that state it, its source, and the names of the message
 * arguments its consequence can pass ({@code Map.of("name", ...)}). For the law explorer and the
 * message check; whether the DRL is safe and compiles is {@link RuleCheck}'s and the compiler's to say.
 */
public final class DrlRules {
    private static final Pattern HEAD = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_.]+))");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b.*$");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern ANNOTATION = Pattern.compile("@([A-Za-z]+)\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern COMMENT = Pattern.compile("^\\s*//\\s?(.*)$");
    private static final Pattern MAP_OF = Pattern.compile("\\bMap\\s*\\.\\s*of\\s*\\(");

    /**
     * One rule as written.
     *
     * @param id the rule's name
     * @param file the DRL file
     * @param line the 1-based line of {@code rule}
     * @param endLine the 1-based line of its {@code end} (the file's last line when missing)
     * @param metadata the {@code @name("value")} annotations, in order
     * @param summary the first comment line after the name: what the rule says
     * @param comments the comment lines right above the rule and after its name, without {@code //}
     * @param source the rule's text, {@code rule} to {@code end}
     * @param consequence the text between {@code then} and {@code end}
     * @param arguments the argument names the consequence passes with {@code Map.of("name", value, ...)}
     */
    public record Rule(String id, String file, int line, int endLine, Map<String, String> metadata, String summary,
                       List<String> comments, String source, String consequence, Set<String> arguments) {
        /** Copies the collections. */
        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(file, "file");
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            comments = List.copyOf(comments);
            arguments = Collections.unmodifiableSet(new TreeSet<>(arguments));
        }

        /**
         * A metadata value.
         *
         * @param name the annotation's name, such as {@code article}
         * @return its value, or empty
         */
        public String meta(String name) {
            return metadata.getOrDefault(name, "");
        }
    }

    private DrlRules() {
    }

    /**
     * The rules of one DRL file, in file order.
     *
     * @param file the file's name
     * @param text its text
     * @return the rules
     */
    public static List<Rule> read(String file, String text) {
        String[] lines = text.split("\\r?\\n", -1);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher head = HEAD.matcher(lines[i]);
            if (!head.find()) {
                continue;
            }
            String id = head.group(1) != null ? head.group(1) : head.group(2) != null ? head.group(2) : head.group(3);
            int then = -1;
            int end = lines.length - 1;
            for (int j = i + 1; j < lines.length; j++) {
                if (then < 0 && THEN.matcher(lines[j]).matches()) {
                    then = j;
                } else if (then >= 0 && END.matcher(lines[j]).matches()) {
                    end = j;
                    break;
                } else if (HEAD.matcher(lines[j]).find() && then < 0) {
                    end = j - 1;
                    break;
                }
            }
            List<String> above = new ArrayList<>();
            for (int j = i - 1; j >= 0; j--) {
                Matcher c = COMMENT.matcher(lines[j]);
                if (!c.matches()) {
                    break;
                }
                above.add(0, c.group(1).strip());
            }
            List<String> comments = new ArrayList<>(above);
            String summary = "";
            for (int j = i + 1; j <= end; j++) {
                Matcher c = COMMENT.matcher(lines[j]);
                if (!c.matches()) {
                    break;
                }
                if (summary.isEmpty()) {
                    summary = c.group(1).strip();
                }
                comments.add(c.group(1).strip());
            }
            StringBuilder source = new StringBuilder();
            for (int j = i; j <= end; j++) {
                source.append(lines[j]).append('\n');
            }
            StringBuilder consequence = new StringBuilder();
            for (int j = then < 0 ? end + 1 : then + 1; j < end; j++) {
                consequence.append(lines[j]).append('\n');
            }
            String head0 = then < 0 ? source.toString() : String.join("\n", java.util.Arrays.copyOfRange(lines, i, then));
            Map<String, String> metadata = new LinkedHashMap<>();
            Matcher a = ANNOTATION.matcher(head0);
            while (a.find()) {
                metadata.putIfAbsent(a.group(1), a.group(2));
            }
            rules.add(new Rule(id, file, i + 1, end + 1, metadata, summary, comments, source.toString(),
                    consequence.toString(), argumentNames(consequence.toString())));
            i = end;
        }
        return rules;
    }

    /**
     * The names a consequence passes as message arguments: the string keys of every
     * {@code Map.of(...)} call (the arguments at even places).
     *
     * @param consequence a rule's consequence
     * @return the names
     */
    public static Set<String> argumentNames(String consequence) {
        Set<String> names = new TreeSet<>();
        Matcher m = MAP_OF.matcher(consequence);
        while (m.find()) {
            List<String> args = arguments(consequence, m.end());
            for (int k = 0; k < args.size(); k += 2) {
                String arg = args.get(k).strip();
                if (arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")) {
                    names.add(arg.substring(1, arg.length() - 1));
                }
            }
        }
        return names;
    }

    /** The top-level arguments of a call whose argument list starts at {@code from}, up to its ')'. */
    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            args.add(current.toString());
        }
        return args;
    }
}
