package kz.oralman.rules.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The safety and shape check of DRL from outside the library, run on the parsed DRL <em>before</em>
 * anything is compiled (Drools sandboxes nothing: a rule that calls {@code System.exit} would run).
 *
 * <p>What passes is an allow-list: imports only of the model ({@code kz.oralman.model},
 * {@code kz.oralman.model.decision}), the rule facts ({@code kz.oralman.rules.facts}), the helpers
 * {@code kz.oralman.rules.Terms} and {@code kz.oralman.rules.Evidence}, {@code java.time} and a list of
 * plain {@code java.util} types; every type a rule names must be one of those or a plain
 * {@code java.lang} value type; the only free call in a consequence is {@code insertLogical}; the only
 * member of {@code drools} / {@code kcontext} a rule may use is {@code getRule}. Rejected outright:
 * {@code function}, {@code import function}, {@code import accumulate}, {@code global}, {@code query},
 * {@code declare}, {@code eval}, the MVEL dialect, {@code salience} and the other agenda and timing
 * attributes, loops and {@code new} (facts are created through the facts' factory methods), and any
 * mention of reflection, class loading, threads, processes, files, the network or the engine's
 * runtime. Every rule must carry {@code @act}, {@code @confidence} and {@code @verified} and state
 * itself in a comment line after its name; rule ids must not repeat across files.
 */
public final class RuleCheck {
    private static final Set<String> ALLOWED_IMPORT_PACKAGES = Set.of("kz.oralman.model", "kz.oralman.model.decision",
            "kz.oralman.rules.facts", "java.time");
    private static final Set<String> ALLOWED_IMPORT_CLASSES = Set.of("kz.oralman.rules.Terms",
            "kz.oralman.rules.Evidence", "kz.oralman.rules.Placement", "kz.oralman.rules.Support", "java.util.List", "java.util.Map", "java.util.Set", "java.util.Optional",
            "java.util.Collection", "java.util.Collections", "java.util.Objects", "java.util.EnumSet");
    private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Boolean", "Character", "Math",
            "Double", "Short", "Byte", "Object", "Comparable", "CharSequence", "Enum", "Number");
    private static final Set<String> DENIED = Set.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle",
            "Thread", "ThreadGroup", "ThreadLocal", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "Class", "ClassLoader", "URLClassLoader", "Method", "Field", "Constructor",
            "MethodHandles", "MethodHandle", "Proxy", "Unsafe", "File", "Files", "Paths", "Path",
            "FileInputStream", "FileOutputStream", "RandomAccessFile", "FileReader", "FileWriter", "PrintStream",
            "Socket", "ServerSocket", "URL", "URI", "HttpClient", "URLConnection", "InetAddress", "DatagramSocket",
            "ScriptEngineManager", "InitialContext", "ObjectInputStream", "SecurityManager", "StackWalker",
            "getClass", "forName", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
            "getDeclaredFields", "getDeclaredConstructor", "getMethod", "getField", "setAccessible", "newInstance",
            "invoke", "exec", "exit", "halt", "loadLibrary", "getRuntime", "getKieRuntime", "getKnowledgeRuntime",
            "getWorkingMemory", "getEntryPoint", "getKieBase", "getKieSession", "setGlobal", "getGlobal",
            "getChannels", "getClassLoader", "getContextClassLoader", "wait", "notify", "notifyAll",
            "sleep", "interrupt", "modify", "update", "retract", "delete", "insert", "while", "for", "do",
            "synchronized", "throw", "try", "new", "eval", "java", "javax", "sun", "jdk", "org", "com");
    private static final Set<String> FREE_CALLS = Set.of("insertLogical");
    private static final Set<String> CONTEXT_MEMBERS = Set.of("getRule");
    private static final Set<String> KEYWORDS = Set.of("rule", "when", "then", "end", "not", "exists", "forall",
            "from", "accumulate", "collect", "and", "or", "in", "matches", "memberOf", "contains", "soundslike",
            "str", "null", "true", "false", "this", "package", "import", "if", "else", "return", "instanceof",
            "drools", "kcontext", "insertLogical", "over", "entry", "point", "init", "action", "reverse", "result",
            "count", "sum", "min", "max", "average", "collectList", "collectSet", "excludes", "after", "before");
    private static final Set<String> DENIED_ATTRIBUTES = Set.of("salience", "agenda-group", "activation-group",
            "ruleflow-group", "auto-focus", "lock-on-active", "no-loop", "timer", "duration", "calendars",
            "date-effective", "date-expires", "enabled", "dialect");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern RULE_HEAD = Pattern.compile("rule\\s+\"([^\"]+)\"[ \\t]*\\r?\\n([ \\t]*)//[ \\t]*\\S");

    private RuleCheck() {
    }

    /**
     * Checks the DRL files of a ruleset.
     *
     * @param files DRL sources by file name
     * @return every problem found, in file and line order; empty when the ruleset may be compiled
     */
    public static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            checkFile(e.getKey(), e.getValue(), problems, seenIds);
        }
        return problems;
    }

    private static void checkFile(String file, String text, List<RuleProblem> all, Map<String, String> seenIds) {
        List<RuleProblem> problems = new ArrayList<>();
        checkFileInto(file, text, problems, seenIds);
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        all.addAll(problems);
    }

    private static void checkFileInto(String file, String text, List<RuleProblem> problems, Map<String, String> seenIds) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file, e.getLineNumber(), 0, "", "syntax", e.getMessage()));
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(syntax(file, error));
            }
            return;
        }
        String masked = mask(text);
        int[] lineStarts = lineStarts(text);
        for (ImportDescr imp : pkg.getImports()) {
            if (!importAllowed(imp.getTarget())) {
                problems.add(at(file, lineStarts, imp.getStartCharacter(), imp.getLine(), "", "import " + imp.getTarget(),
                        "import " + imp.getTarget() + " is not on the allow-list\nMaybe import from kz.oralman.model, "
                                + "kz.oralman.rules.facts, java.time or java.util.List/Map/Set/Optional"));
            }
        }
        pkg.getFunctionImports().forEach(f -> problems.add(new RuleProblem(file, f.getLine(), 0, "", "import function",
                "import function " + f.getTarget() + " is not allowed: rules may not call functions")));
        pkg.getAccumulateImports().forEach(a -> problems.add(new RuleProblem(file, a.getLine(), 0, "",
                "import accumulate", "import accumulate is not allowed")));
        pkg.getGlobals().forEach(g -> problems.add(new RuleProblem(file, g.getLine(), 0, "", "global",
                "global " + g.getIdentifier() + " is not allowed: the library passes no globals")));
        pkg.getFunctions().forEach(f -> problems.add(new RuleProblem(file, f.getLine(), 0, "", "function",
                "function " + f.getName() + " is not allowed: write the logic as rules over facts")));
        pkg.getTypeDeclarations().forEach(t -> problems.add(new RuleProblem(file, t.getLine(), 0, "", "declare",
                "declare " + t.getTypeName() + " is not allowed: rules use the library's fact types")));
        pkg.getEnumDeclarations().forEach(t -> problems.add(new RuleProblem(file, t.getLine(), 0, "", "declare",
                "declare enum " + t.getTypeName() + " is not allowed")));
        pkg.getEntryPointDeclarations().forEach(t -> problems.add(new RuleProblem(file, t.getLine(), 0, "",
                "entry-point", "entry-point declarations are not allowed")));
        pkg.getWindowDeclarations().forEach(t -> problems.add(new RuleProblem(file, t.getLine(), 0, "", "window",
                "window declarations are not allowed")));
        for (AttributeDescr a : pkg.getAttributes()) {
            problems.add(new RuleProblem(file, a.getLine(), 0, "", a.getName(),
                    "package attribute " + a.getName() + " is not allowed" + (a.getName().equals("dialect")
                            ? ": only the Java dialect is accepted" : "")));
        }
        Set<String> allowedTypes = allowedTypes(pkg);
        for (RuleDescr rule : pkg.getRules()) {
            String name = rule.getName();
            if (rule.isQuery()) {
                problems.add(new RuleProblem(file, rule.getLine(), 0, name, "query", "query " + name + " is not allowed"));
                continue;
            }
            String previous = seenIds.putIfAbsent(name, file);
            if (previous != null) {
                problems.add(new RuleProblem(file, rule.getLine(), 0, name, "rule id",
                        "rule id \"" + name + "\" repeats; it is also in " + previous));
            }
            for (AttributeDescr a : rule.getAttributes().values()) {
                if (DENIED_ATTRIBUTES.contains(a.getName())) {
                    problems.add(new RuleProblem(file, a.getLine() > 0 ? a.getLine() : rule.getLine(), 0, name,
                            a.getName(), "attribute " + a.getName() + " is not allowed"
                            + (a.getName().equals("salience") ? ": legal precedence is written as exception rules"
                            : a.getName().equals("dialect") ? ": only the Java dialect is accepted" : "")));
                }
            }
            for (String key : List.of("act", "confidence", "verified")) {
                if (rule.getAnnotation(key) == null) {
                    problems.add(new RuleProblem(file, rule.getLine(), 0, name, "@" + key,
                            "rule \"" + name + "\" has no @" + key + "(...)"));
                }
            }
            Matcher head = RULE_HEAD.matcher(text);
            if (rule.getStartCharacter() < 0 || !head.find(rule.getStartCharacter())
                    || head.start() != rule.getStartCharacter()) {
                problems.add(new RuleProblem(file, rule.getLine(), 0, name, "summary",
                        "rule \"" + name + "\" does not state itself in a comment line right after its name"));
            }
            checkBody(file, masked, lineStarts, rule, allowedTypes, problems);
        }
    }

    private static void checkBody(String file, String masked, int[] lineStarts, RuleDescr rule,
                                  Set<String> allowedTypes, List<RuleProblem> problems) {
        int start = rule.getStartCharacter();
        int end = rule.getEndCharacter() > start ? Math.min(rule.getEndCharacter() + 1, masked.length())
                : masked.length();
        if (start < 0) {
            return;
        }
        String body = masked.substring(start, end);
        int whenAt = indexOfWord(body, "when");
        int thenAt = indexOfWord(body, "then");
        Matcher m = IDENTIFIER.matcher(body);
        while (m.find()) {
            if (whenAt >= 0 && m.start() < whenAt) {
                continue; // the rule's name, annotations and attributes: checked above
            }
            String token = m.group().replaceAll("\\s+", "");
            String[] parts = token.split("\\.");
            int offset = start + m.start();
            boolean inConsequence = thenAt >= 0 && m.start() > thenAt;
            boolean afterDot = m.start() > 0 && prevNonSpace(body, m.start()) == '.';
            for (String part : parts) {
                if (DENIED.contains(part)) {
                    problems.add(at(file, lineStarts, offset, 0, rule.getName(), token,
                            "'" + token + "' is not allowed in a rule (" + why(part) + ")"));
                    break;
                }
            }
            String first = parts[0];
            if (!afterDot && !KEYWORDS.contains(first) && Character.isUpperCase(first.charAt(0))
                    && !allowedTypes.contains(first)
                    && !JAVA_LANG.contains(first)) {
                problems.add(at(file, lineStarts, offset, 0, rule.getName(), first,
                        "type " + first + " is not on the allow-list\nMaybe import it from kz.oralman.model, "
                                + "kz.oralman.rules.facts, java.time or java.util"));
            }
            if ((first.equals("drools") || first.equals("kcontext")) && parts.length > 1
                    && !CONTEXT_MEMBERS.contains(parts[1])) {
                problems.add(at(file, lineStarts, offset, 0, rule.getName(), token,
                        "'" + token + "': a rule may only use " + first + ".getRule()"));
            }
            if (inConsequence && !afterDot && parts.length == 1 && Character.isLowerCase(first.charAt(0))
                    && nextNonSpace(body, m.end()) == '(' && !FREE_CALLS.contains(first)
                    && !DENIED.contains(first)) {
                problems.add(at(file, lineStarts, offset, 0, rule.getName(), first + "(...)",
                        "the call " + first + "(...) is not allowed in a consequence\nMaybe derive a fact with "
                                + "insertLogical(Finding.of(drools, ...))"));
            }
        }
    }

    private static String why(String part) {
        return switch (part) {
            case "new" -> "facts are created through Finding.of, Verdict.of and EvidenceNeed.of";
            case "while", "for", "do" -> "loops do not belong in rules";
            case "insert", "modify", "update", "retract", "delete" -> "facts are never changed; use insertLogical";
            case "eval" -> "write the condition as a pattern constraint";
            case "java", "javax", "sun", "jdk", "org", "com" -> "fully qualified names bypass the import allow-list";
            default -> "reflection, class loading, threads, processes, files, the network and the engine's runtime "
                    + "are out of bounds";
        };
    }

    private static int indexOfWord(String s, String word) {
        Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static char prevNonSpace(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!Character.isWhitespace(s.charAt(j))) {
                return s.charAt(j);
            }
        }
        return 0;
    }

    private static char nextNonSpace(String s, int i) {
        for (int j = i; j < s.length(); j++) {
            if (!Character.isWhitespace(s.charAt(j))) {
                return s.charAt(j);
            }
        }
        return 0;
    }

    private static Set<String> allowedTypes(PackageDescr pkg) {
        Set<String> types = new java.util.HashSet<>();
        for (ImportDescr imp : pkg.getImports()) {
            String target = imp.getTarget();
            if (!importAllowed(target)) {
                continue;
            }
            if (target.endsWith(".*")) {
                types.addAll(TypesOf.packageTypes(target.substring(0, target.length() - 2)));
            } else {
                types.add(target.substring(target.lastIndexOf('.') + 1));
            }
        }
        return types;
    }

    static boolean importAllowed(String target) {
        if (target.endsWith(".*")) {
            return ALLOWED_IMPORT_PACKAGES.contains(target.substring(0, target.length() - 2));
        }
        if (ALLOWED_IMPORT_CLASSES.contains(target)) {
            return true;
        }
        int dot = target.lastIndexOf('.');
        return dot > 0 && ALLOWED_IMPORT_PACKAGES.contains(target.substring(0, dot))
                && Character.isUpperCase(target.charAt(dot + 1));
    }

    private static RuleProblem syntax(String file, DroolsError error) {
        int line = 0;
        int column = 0;
        if (error instanceof ParserError p) {
            line = p.getRow();
            column = p.getCol() + 1;
        }
        String message = error.getMessage();
        Matcher m = Pattern.compile("[Ll]ine (\\d+):(\\d+)").matcher(message);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2)) + 1;
        }
        return new RuleProblem(file, line, column, "", "syntax", message.strip());
    }

    /** Replaces comments and string literals with spaces, keeping every offset. */
    static String mask(String text) {
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            if (c == '/' && i + 1 < sb.length() && sb.charAt(i + 1) == '/') {
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < sb.length() && sb.charAt(i + 1) == '*') {
                while (i < sb.length() && !(sb.charAt(i) == '*' && i + 1 < sb.length() && sb.charAt(i + 1) == '/')) {
                    if (sb.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                    i++;
                }
                for (int k = 0; k < 2 && i < sb.length(); k++) {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '"' || c == '\'') {
                char quote = c;
                i++;
                while (i < sb.length() && sb.charAt(i) != quote && sb.charAt(i) != '\n') {
                    if (sb.charAt(i) == '\\' && i + 1 < sb.length()) {
                        sb.setCharAt(i++, ' ');
                    }
                    sb.setCharAt(i++, ' ');
                }
                i++;
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static RuleProblem at(String file, int[] lineStarts, int offset, int fallbackLine, String rule, String construct,
                          String message) {
        if (offset < 0) {
            return new RuleProblem(file, fallbackLine, 0, rule, construct, message);
        }
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        return new RuleProblem(file, line + 1, offset - lineStarts[line] + 1, rule, construct, message);
    }

    /**
     * The text with comments and string literals blanked, every offset kept.
     *
     * @param text DRL text
     * @return the masked text
     */
    public static String maskForPositions(String text) {
        return mask(text);
    }

    /**
     * The 1-based line and column of an offset.
     *
     * @param text the text
     * @param offset a character offset
     * @return {line, column}
     */
    public static int[] positionOf(String text, int offset) {
        RuleProblem p = at("", lineStarts(text), offset, 0, "", "", "");
        return new int[] {p.line(), p.column()};
    }
}
