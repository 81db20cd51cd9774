package kz.oralman.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.rules.check.RuleCheck;
import kz.oralman.rules.check.RuleProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Injects the known tricks into the valid bundled rules at random places (seeded; set
 * {@code -Doralman.seed=N} to replay) and checks that every variant is rejected, naming the rule the
 * trick went into, and that the check runs none of the payloads. Also proves that the bundled rules
 * pass the check unchanged.
 */
class HostileGeneratorTest {
    private static final int VARIANTS = 1_050;
    private static final String W = "java.nio.file.Files.write(java.nio.file.Paths.get(\"@MARKER@\"), new byte[0])";
    private static final String P = "System.setProperty(\"oralman.pwned\", \"1\")";

    /** Statements for a consequence. */
    private static final List<String> STATEMENTS = List.of(W + ";", P + ";", "new java.io.File(\"@MARKER@\").createNewFile();",
            "for (;;) { }", "while (true) { }", "do { } while (true);", "String s = \"x\".repeat(2000000000);",
            "Runnable r = () -> { };", "Object o = (Object) drools;", "Object c = String.class;", "drools.halt();",
            "kcontext.getKieRuntime();", "String h = System.getenv(\"HOME\");",
            "java.util.Collections.nCopies(1000000000, \"x\").size();", "Object t = java.time.LocalDate.now();",
            "insert( drools );", "Thread.sleep(100000);", "Object m = drools.getMatch();", "Object me = this;",
            "try { } finally { " + W + "; }", "} static { " + W + "; } void x() {", "String f = String.format(\"%2000000000d\", 1);",
            "int i = 0; i++;", "throw new RuntimeException();", "Runtime.getRuntime().exec(\"touch @MARKER@\");");
    /** Lines for the conditions. */
    private static final List<String> CONDITIONS = List.of(
            "$evil : Object() from java.util.Collections.nCopies(100000, 1)", "eval( true )",
            "$evil : Number() from accumulate( $p : Ask(), init( int i = 0; ), action( i++; ), result( i ) )",
            "$evil : Object() from java.util.stream.Stream.generate(null)", "$evil : Object() from List.of(1, 2)",
            "java.lang.Runtime()", "Ask() from entry-point \"side\"", "Ask() @watch(*)", "Ask() over window:length( 3 )");
    /** Expressions for a constraint. */
    private static final List<String> CONSTRAINTS = List.of(P + " != null", "java.nio.file.Files.exists(java.nio.file"
            + ".Paths.get(\"@MARKER@\"))", "this.getClass() != null", "String.valueOf(1).repeat(1000000000) != null",
            "new java.io.File(\"@MARKER@\").createNewFile()", "this#Object != null", "Integer.MAX_VALUE > 0",
            "java.time.LocalDate.now() != null", "$z := this", "toString() matches \"(a+)+$\"");
    /** Annotations. */
    private static final List<String> ANNOTATIONS = List.of("@note(" + P + ")", "@note(\"a\" + " + W + ")",
            "@note(1 + 1)", "@note(value = \"x\", extra = " + W + ")", "@Propagation(\"IMMEDIATE\")");
    /** Attributes. */
    private static final List<String> ATTRIBUTES = List.of("salience 10", "enabled ( " + P + " != null )",
            "dialect \"mvel\"", "timer (int: 1s 1s)", "no-loop true", "date-effective \"01-Jan-2020\"");
    /** Lines that hide code from a text mask: comments ended by Unicode escapes, text blocks, invisible characters. */
    private static final List<String> HIDDEN_LINES = List.of("// note \\u000a " + W + ";",
            "/* note \\u002a/ " + W + "; /* */", "// x \\uuu000d " + W + ";", "// \"\"\"", "/* \u202e } \u2066 */",
            "// x \u2028 y", "// x \u0000 y");
    /** Text put inside a string literal of the rule: escapes that end the string. */
    private static final List<String> IN_STRING = List.of("\\u0022 + " + P + " + \\u0022", "\\u0022 + " + W + " + \\u0022");

    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");
    private static final Pattern PATTERN_OPEN = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\s*\\(");

    @AfterEach
    void clearProperty() {
        System.clearProperty(HostileCorpusTest.PROPERTY);
    }

    static Map<String, String> bundledFiles() {
        Map<String, String> files = new TreeMap<>();
        LawBook.bundled().forEach(v -> v.drlFiles().forEach(f -> files.put(f,
                Ruleset.resource("kz/oralman/rules/drl/" + f))));
        return files;
    }

    @Test
    void theBundledRules_passTheCheck_unchanged() {
        assertEquals(List.of(), RuleCheck.check(bundledFiles()));
    }

    @Test
    void everyFileOfTheBundledDrlFolder_passesTheCheck() throws Exception {
        Path folder = Path.of(HostileGeneratorTest.class.getClassLoader().getResource("kz/oralman/rules/drl").toURI());
        Map<String, String> files = new TreeMap<>();
        try (var s = Files.list(folder)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                files.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        assertFalse(files.isEmpty());
        assertEquals(List.of(), RuleCheck.check(files));
    }

    /** A rule of a file: its name and the offsets of its header, {@code when}, {@code then} and {@code end} lines. */
    private record Site(String name, int header, int when, int then, int end) {
    }

    private static List<Site> sites(String text) {
        List<Site> out = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            int when = lineStarting(text, "when", m.end());
            int then = lineStarting(text, "then", when);
            int end = lineStarting(text, "end", then);
            if (when > 0 && then > 0 && end > 0) {
                out.add(new Site(m.group(1), m.start(), when, then, end));
            }
        }
        return out;
    }

    private static int lineStarting(String text, String word, int from) {
        Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\s*$").matcher(text);
        return from >= 0 && m.find(from) ? m.start() : -1;
    }

    /** Line starts in [from, to) after which a new line may go: outside any open bracket, after a complete statement. */
    private static List<Integer> lineBreaks(String text, int from, int to, boolean statements) {
        List<Integer> out = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && (c == '(' || c == '{')) {
                depth++;
            } else if (!inString && (c == ')' || c == '}')) {
                depth--;
            } else if (c == '\n' && depth == 0 && !inString) {
                String before = text.substring(from, i).strip();
                if (!statements || before.endsWith(";") || before.endsWith("then")) {
                    out.add(i + 1);
                }
            }
        }
        return out;
    }

    @Test
    void theKnownTricks_injectedAtRandomPlaces_areAlwaysRejected_namingTheRule(@TempDir Path scratch) throws Exception {
        long seed = Long.getLong("oralman.seed", System.nanoTime());
        Random random = new Random(seed);
        Path marker = scratch.resolve("marker");
        Map<String, String> files = bundledFiles();
        List<String> names = new ArrayList<>(files.keySet());
        TreeSet<String> kinds = new TreeSet<>();
        int made = 0;
        for (int attempt = 0; made < VARIANTS && attempt < VARIANTS * 10; attempt++) {
            String file = names.get(random.nextInt(names.size()));
            String text = files.get(file);
            List<Site> rules = sites(text);
            if (rules.isEmpty()) {
                continue;
            }
            Site site = rules.get(random.nextInt(rules.size()));
            String variant = null;
            String kind;
            switch (random.nextInt(7)) {
                case 0 -> {
                    kind = "statement";
                    List<Integer> at = lineBreaks(text, site.then(), site.end(), true);
                    int pos = at.get(random.nextInt(at.size()));
                    variant = insert(text, pos, "    " + pick(random, STATEMENTS) + "\n");
                }
                case 1 -> {
                    kind = "condition";
                    List<Integer> at = lineBreaks(text, site.when(), site.then(), false);
                    int pos = at.get(random.nextInt(at.size()));
                    variant = insert(text, pos, "    " + pick(random, CONDITIONS) + "\n");
                }
                case 2 -> {
                    kind = "constraint";
                    Matcher p = PATTERN_OPEN.matcher(text.substring(0, site.then()));
                    List<Integer> opens = new ArrayList<>();
                    while (p.find(opens.isEmpty() ? site.when() : opens.get(opens.size() - 1))) {
                        opens.add(p.end());
                    }
                    if (opens.isEmpty()) {
                        continue;
                    }
                    int pos = opens.get(random.nextInt(opens.size()));
                    boolean empty = text.substring(pos).stripLeading().startsWith(")");
                    variant = insert(text, pos, " " + pick(random, CONSTRAINTS) + (empty ? " " : ", "));
                }
                case 3 -> {
                    kind = "annotation";
                    int line = text.indexOf("\n", text.indexOf("@act", site.header()));
                    variant = insert(text, line, " " + pick(random, ANNOTATIONS));
                }
                case 4 -> {
                    kind = "attribute";
                    variant = insert(text, site.when(), "    " + pick(random, ATTRIBUTES) + "\n");
                }
                case 5 -> {
                    kind = "hidden line";
                    List<Integer> at = new ArrayList<>(lineBreaks(text, site.when(), site.then(), false));
                    at.addAll(lineBreaks(text, site.then(), site.end(), true));
                    int pos = at.get(random.nextInt(at.size()));
                    variant = insert(text, pos, "    " + pick(random, HIDDEN_LINES) + "\n");
                }
                default -> {
                    kind = "inside a string";
                    List<Integer> quotes = new ArrayList<>();
                    for (int i = site.when(); i < site.end(); i++) {
                        if (text.charAt(i) == '"') {
                            quotes.add(i);
                        }
                    }
                    if (quotes.size() < 2) {
                        continue;
                    }
                    int q = random.nextInt(quotes.size() / 2) * 2;
                    variant = insert(text, quotes.get(q) + 1, pick(random, IN_STRING));
                }
            }
            made++;
            kinds.add(kind);
            variant = variant.replace("@MARKER@", marker.toString());
            List<RuleProblem> problems = RuleCheck.check(Map.of(file, variant));
            String where = "seed " + seed + ", variant " + made + " (" + kind + " in rule " + site.name() + " of " + file
                    + ")";
            assertFalse(problems.isEmpty(), where + " passed the check:\n" + variant);
            assertTrue(problems.stream().anyMatch(p -> p.rule().equals(site.name()) && p.line() > 0),
                    where + ": no problem names the rule: " + problems);
            assertFalse(Files.exists(marker), where + ": the check ran a payload");
            assertNull(System.getProperty(HostileCorpusTest.PROPERTY), where + ": the check ran a payload");
        }
        assertTrue(made >= 1_000, "seed " + seed + ": only " + made + " variants");
        assertEquals(7, kinds.size(), "seed " + seed + ": " + kinds);
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String insert(String text, int at, String what) {
        return text.substring(0, at) + what + text.substring(at);
    }
}
