package kz.oralman.examples.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test methods that name a rule: every {@code @Test} (or {@code @ParameterizedTest}) method of a
 * test source tree whose body holds the rule id as a string literal, such as
 * {@code verifyThat("STATUS.EXTEND.GRANT")}. Read from the repository's {@code oralman-rules/src/test/java}
 * when the site is generated inside a clone; elsewhere there are none.
 */
public final class RuleTests {
    private static final Pattern METHOD = Pattern.compile(
            "@(?:Test|ParameterizedTest|RepeatedTest)\\b[^{;]*?\\bvoid\\s+(\\w+)\\s*\\(");
    private static final Pattern RULE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)+)\"");

    /**
     * A test method.
     *
     * @param className the test class's simple name
     * @param method the method's name
     * @param path the file, relative to the repository
     * @param line the 1-based line of the method's name
     */
    public record TestMethod(String className, String method, String path, int line) {
    }

    private final Map<String, List<TestMethod>> byRule;

    private RuleTests(Map<String, List<TestMethod>> byRule) {
        this.byRule = byRule;
    }

    /** @return no tests: the site is generated outside a repository */
    public static RuleTests none() {
        return new RuleTests(Map.of());
    }

    /**
     * Looks for {@code oralman-rules/src/test/java} in a folder or one of its parents.
     *
     * @param from where to start, usually the working directory
     * @return the tests found, or none
     * @throws IOException if a test file cannot be read
     */
    public static RuleTests find(Path from) throws IOException {
        Path dir = from.toAbsolutePath().normalize();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path tests = dir.resolve("oralman-rules/src/test/java");
            if (Files.isDirectory(tests)) {
                return read(tests, dir);
            }
        }
        return none();
    }

    /**
     * Reads the test methods of a source tree.
     *
     * @param tests the tree
     * @param root what paths are relative to
     * @return the tests by the rule ids they name
     * @throws IOException if a file cannot be read
     */
    public static RuleTests read(Path tests, Path root) throws IOException {
        Map<String, List<TestMethod>> byRule = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(tests)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String className = f.getFileName().toString().replace(".java", "");
            String path = root.relativize(f).toString().replace('\\', '/');
            Matcher m = METHOD.matcher(text);
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start(), m.start(1)});
                names.add(m.group(1));
            }
            for (int k = 0; k < starts.size(); k++) {
                int bodyFrom = starts.get(k)[1];
                int bodyTo = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
                String body = text.substring(bodyFrom, bodyTo);
                int line = 1 + (int) text.substring(0, bodyFrom).chars().filter(c -> c == '\n').count();
                TestMethod t = new TestMethod(className, names.get(k), path, line);
                Matcher r = RULE_LITERAL.matcher(body);
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (r.find()) {
                    if (seen.add(r.group(1))) {
                        byRule.computeIfAbsent(r.group(1), x -> new ArrayList<>()).add(t);
                    }
                }
            }
        }
        return new RuleTests(byRule);
    }

    /**
     * The tests that name a rule.
     *
     * @param ruleId the rule id
     * @return the test methods, in file order
     */
    public List<TestMethod> of(String ruleId) {
        return Optional.ofNullable(byRule.get(ruleId)).map(List::copyOf).orElse(List.of());
    }
}
