package kz.oralman.rules.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The safety and shape check of DRL from outside the library. Drools sandboxes nothing, and it
 * evaluates some parts of a rule (annotation values, {@code from} sources, constraints) with MVEL, so
 * nothing of an external ruleset may reach Drools' compiler before it passes this check.
 *
 * <p>The check works on what will be compiled, not on masked text: (1) a character scan rejects
 * Unicode escapes, text blocks, control and text-direction characters; (2) the DRL parser alone (no
 * compilation, no MVEL) turns each file into descriptors; (3) every descriptor is checked against an
 * allow-list: imports of the model, the facts, the helpers, {@code java.time} and a few
 * {@code java.util} types; rule annotations with plain string literal values; patterns over allowed
 * types, {@code from} only over a fact's properties, {@code collect} and the built-in
 * {@code accumulate} functions over facts; (4) each constraint and each consequence is parsed by
 * JavaParser and checked by {@link JavaCheck}: local declarations, {@code if}, literals, operators,
 * bound variables, {@code insertLogical}, {@code drools.getRule()}, and the calls and property reads
 * the allow-list derives by reflection from the model and fact types. Everything else is rejected:
 * functions, globals, queries, declarations, {@code eval}, rule attributes, the MVEL dialect, loops,
 * lambdas, {@code new}, casts, class literals, reflection, the clock, system properties. Every rule
 * must carry {@code @act}, {@code @confidence} and {@code @verified} and state itself in a comment
 * line after its name; rule ids must not repeat.
 */
public final class RuleCheck {
    /** The most rules a ruleset may have. */
    public static final int MAX_RULES = 5_000;

    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");
    private static final Set<String> DENIED_ANNOTATION_KEYS = Set.of("eager", "direct", "all", "propagation",
            "duration", "timer", "watch", "expires", "timestamp", "role", "serialversionuid", "position", "key");
    private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\\r\n]*\"");
    private static final Pattern RULE_HEAD = Pattern.compile("rule\\s+\"([^\"]+)\"[ \\t]*\\r?\\n([ \\t]*)//[ \\t]*\\S");

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_.\\- ]{1,200}");
    private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]+)\"");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*(?:rule|query)\\s+\"([^\"]+)\"");

    private RuleCheck() {
    }

    /**
     * Checks the DRL files of a ruleset. Nothing is compiled and nothing of the files is evaluated.
     *
     * @param files DRL sources by file name
     * @return every problem found, in file and line order; empty when the ruleset may be compiled
     */
    public static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        int[] rules = {0};
        for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
            List<RuleProblem> inFile = new ArrayList<>();
            new FileCheck(e.getKey(), e.getValue(), inFile, seenIds, rules).run();
            inFile.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            problems.addAll(inFile);
        }
        if (rules[0] > MAX_RULES) {
            problems.add(new RuleProblem("drl", 0, 0, "", "rules", "the ruleset has " + rules[0]
                    + " rules; at most " + MAX_RULES + " are accepted"));
        }
        return problems;
    }

    /** The check of one file. */
    private static final class FileCheck {
        private final String file;
        private final String text;
        private final List<RuleProblem> problems;
        private final Map<String, String> seenIds;
        private final int[] ruleCount;
        private final int[] lineStarts;
        private final TypeScope types = new TypeScope();
        private final JavaCheck javaCheck = new JavaCheck(types);
        private String rule = "";
        private Map<String, Class<?>> bound;

        FileCheck(String file, String text, List<RuleProblem> problems, Map<String, String> seenIds, int[] ruleCount) {
            this.file = file;
            this.text = text;
            this.problems = problems;
            this.seenIds = seenIds;
            this.ruleCount = ruleCount;
            this.lineStarts = lineStarts(text);
        }

        private void add(int offset, int fallbackLine, String construct, String message) {
            problems.add(at(file, lineStarts, offset, fallbackLine, rule, construct, message));
        }

        void run() {
            List<SourceScan.Hit> hits = SourceScan.scan(text);
            if (SourceScan.blocksParsing(hits)) {
                hits.forEach(h -> add(h.offset(), 0, h.construct(), h.message()));
                return;
            }
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, text);
            } catch (DroolsParserException e) {
                hits.forEach(h -> add(h.offset(), 0, h.construct(), h.message()));
                problems.add(new RuleProblem(file, e.getLineNumber(), 0, "", "syntax", e.getMessage()));
                return;
            } catch (StackOverflowError e) {
                add(0, 1, "nesting", "the file is nested too deeply to be checked");
                return;
            }
            if (pkg == null || parser.hasErrors()) {
                for (SourceScan.Hit h : hits) {
                    rule = ruleByText(h.offset());
                    add(h.offset(), 0, h.construct(), h.message());
                }
                rule = "";
                for (DroolsError error : parser.getErrors()) {
                    RuleProblem p = syntax(file, error);
                    Matcher in = IN_RULE.matcher(p.message());
                    String name = in.find() ? in.group(1) : p.line() > 0 && p.line() <= lineStarts.length
                            ? ruleByText(lineStarts[p.line() - 1]) : "";
                    problems.add(new RuleProblem(p.file(), p.line(), p.column(), name, p.construct(), p.message()));
                }
                return;
            }
            for (SourceScan.Hit h : hits) {
                rule = ruleAt(pkg, h.offset());
                add(h.offset(), 0, h.construct(), h.message());
            }
            rule = "";
            packageLevel(pkg);
            for (RuleDescr r : pkg.getRules()) {
                rule = r.getName();
                try {
                    rule(r);
                } catch (StackOverflowError e) {
                    add(r.getStartCharacter(), r.getLine(), "nesting", "the rule is nested too deeply to be checked");
                }
            }
            rule = "";
        }

        /** The rule whose header comes last before an offset, read from the text (when the parser failed). */
        private String ruleByText(int offset) {
            Matcher m = RULE_NAME.matcher(text);
            String name = "";
            while (m.find() && m.start() <= offset) {
                name = m.group(1);
            }
            return name;
        }

        private static String ruleAt(PackageDescr pkg, int offset) {
            for (RuleDescr r : pkg.getRules()) {
                if (r.getStartCharacter() <= offset && (r.getEndCharacter() < 0 || offset <= r.getEndCharacter())) {
                    return r.getName();
                }
            }
            return "";
        }

        private void packageLevel(PackageDescr pkg) {
            for (ImportDescr imp : pkg.getImports()) {
                if (TypeScope.importAllowed(imp.getTarget())) {
                    types.addImport(imp.getTarget());
                } else {
                    add(imp.getStartCharacter(), imp.getLine(), "import " + imp.getTarget(), "import " + imp.getTarget()
                            + " is not on the allow-list\nMaybe import from kz.oralman.model, kz.oralman.rules.facts, "
                            + "java.time or java.util.List/Map/Set/Optional");
                }
            }
            pkg.getFunctionImports().forEach(f -> problems.add(new RuleProblem(file, f.getLine(), 0, "",
                    "import function", "import function " + f.getTarget() + " is not allowed: rules may not call "
                    + "functions")));
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
                problems.add(new RuleProblem(file, a.getLine(), 0, "", a.getName(), "package attribute " + a.getName()
                        + " is not allowed" + (a.getName().equals("dialect") ? ": only the Java dialect is accepted" : "")));
            }
            if (pkg.getUnit() != null) {
                problems.add(new RuleProblem(file, 0, 0, "", "unit", "rule units are not allowed"));
            }
        }

        private void rule(RuleDescr r) {
            String name = r.getName();
            if (r.isQuery()) {
                add(-1, r.getLine(), "query", "query " + name + " is not allowed");
                return;
            }
            ruleCount[0]++;
            if (!RULE_ID.matcher(name).matches()) {
                add(r.getStartCharacter(), r.getLine(), "rule name", "the rule name \"" + shorten(name) + "\" may only "
                        + "have letters, digits, '.', '_', '-' and spaces");
            }
            if (r.getParentName() != null && !RULE_ID.matcher(r.getParentName()).matches()) {
                add(r.getStartCharacter(), r.getLine(), "extends", "the parent rule's name may only have letters, "
                        + "digits, '.', '_', '-' and spaces");
            }
            String previous = seenIds.putIfAbsent(name, file);
            if (previous != null) {
                add(-1, r.getLine(), "rule id", "rule id \"" + name + "\" repeats; it is also in " + previous);
            }
            for (AttributeDescr a : r.getAttributes().values()) {
                add(-1, a.getLine() > 0 ? a.getLine() : r.getLine(), a.getName(), "attribute " + a.getName()
                        + " is not allowed" + (a.getName().equals("salience")
                        ? ": legal precedence is written as exception rules"
                        : a.getName().equals("dialect") ? ": only the Java dialect is accepted" : ""));
            }
            annotations(r);
            for (String key : List.of("act", "confidence", "verified")) {
                if (r.getAnnotation(key) == null) {
                    add(-1, r.getLine(), "@" + key, "rule \"" + name + "\" has no @" + key + "(...)");
                }
            }
            Matcher head = RULE_HEAD.matcher(text);
            if (r.getStartCharacter() < 0 || !head.find(r.getStartCharacter()) || head.start() != r.getStartCharacter()) {
                add(-1, r.getLine(), "summary", "rule \"" + name + "\" does not state itself in a comment line right "
                        + "after its name");
            }
            if (!r.getNamedConsequences().isEmpty()) {
                add(-1, r.getConsequenceLine(), "then[...]", "named consequences are not allowed in a rule");
            }
            bound = new LinkedHashMap<>();
            if (r.getLhs() != null) {
                lhs(r.getLhs());
            }
            consequence(r);
        }

        private void annotations(RuleDescr r) {
            int from = Math.max(0, r.getStartCharacter());
            for (AnnotationDescr a : r.getAnnotations()) {
                Matcher at = Pattern.compile("@\\s*" + Pattern.quote(a.getName()) + "\\b").matcher(text);
                int offset = at.find(from) ? at.start() : -1;
                String key = a.getName();
                if (!key.matches("[a-z][A-Za-z0-9]*") || DENIED_ANNOTATION_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT))) {
                    add(offset, r.getLine(), "@" + key, "the annotation @" + key + " is not allowed: rule metadata are "
                            + "lower-case names such as @act, @article, @confidence");
                    continue;
                }
                Map<String, Object> values = a.getValueMap();
                Object value = values.size() == 1 ? values.get("value") : null;
                if (value == null || !PLAIN_STRING.matcher(value.toString().strip()).matches()) {
                    add(offset, r.getLine(), "@" + key, "the value of @" + key + " must be one plain string literal, "
                            + "such as @" + key + "(\"...\"): not " + shorten(values.isEmpty() ? "nothing"
                            : values.size() == 1 ? String.valueOf(value == null ? values.values().iterator().next()
                            : value) : values.toString()) + " (annotation values that are expressions are evaluated "
                            + "when the rules are compiled)");
                }
            }
        }

        // -------------------------------------------------------------- conditions

        private void lhs(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                pattern(p);
            } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                    || d instanceof ForallDescr) {
                for (BaseDescr child : ((ConditionalElementDescr) d).getDescrs()) {
                    lhs(child);
                }
            } else if (d instanceof EvalDescr e) {
                add(d.getStartCharacter(), d.getLine(), "eval", "'eval' is not allowed in a rule (write the condition "
                        + "as a pattern constraint)");
                String content = e.getContent() == null ? "" : e.getContent().toString();
                if (!content.isBlank()) {
                    expression(content, locate(content, d.getStartCharacter()), d.getLine(), null);
                }
            } else {
                String kind = d.getClass().getSimpleName().replace("Descr", "");
                add(d.getStartCharacter(), d.getLine(), kind, "the condition element " + kind + " is not allowed in a "
                        + "rule");
            }
        }

        private void pattern(PatternDescr p) {
            int at = p.getStartCharacter();
            if (p.isQuery()) {
                add(at, p.getLine(), "query", "calling a query is not allowed in a rule");
                return;
            }
            if (!p.getAnnotations().isEmpty()) {
                add(at, p.getLine(), "@", "annotations on patterns are not allowed in a rule");
            }
            if (!p.getBehaviors().isEmpty()) {
                add(at, p.getLine(), "over window", "windows are not allowed in a rule");
            }
            String typeName = p.getObjectType();
            Class<?> type = typeName == null ? null : types.resolve(typeName);
            if (type == null && typeName != null && TypeScope.importAllowed(typeName)) {
                type = TypeScope.load(typeName);
            }
            if (type == null || !Policy.isValueType(type) || type.isPrimitive()) {
                add(at, p.getLine(), String.valueOf(typeName), typeName != null && typeName.contains(".")
                        ? "'" + typeName + "' is not allowed in a rule (fully qualified names bypass the import "
                        + "allow-list)" : typeName == null ? "a pattern needs a type" : unknownTypeMessage(typeName));
            }
            if (p.getIdentifier() != null) {
                bound.put(p.getIdentifier(), type);
            }
            source(p);
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    constraint(e.getExpression(), e.getStartCharacter(), e.getLine() > 0 ? e.getLine() : p.getLine(),
                            type);
                } else if (c instanceof BindingDescr b) {
                    Class<?> t = expression(b.getExpression(), b.getStartCharacter(), p.getLine(), type);
                    bound.put(b.getVariable(), t);
                } else {
                    add(c.getStartCharacter(), p.getLine(), c.getClass().getSimpleName(), "the constraint '" + c.getText()
                            + "' is not one the check accepts");
                }
            }
        }

        private void source(PatternDescr p) {
            BaseDescr src = p.getSource();
            if (src == null) {
                return;
            }
            if (src instanceof FromDescr f) {
                String expr = f.getDataSource() == null ? "" : f.getDataSource().getText();
                int offset = locate(expr, p.getStartCharacter());
                javaCheck.fromSource(expr, bound, (off, construct, message) -> add(offset < 0 ? -1 : offset + off,
                        p.getLine(), construct, message));
            } else if (src instanceof CollectDescr c) {
                if (c.getInputPattern() != null) {
                    pattern(c.getInputPattern());
                }
            } else if (src instanceof AccumulateDescr a) {
                if (a.getInitCode() != null || a.getActionCode() != null || a.getResultCode() != null
                        || a.getReverseCode() != null) {
                    add(src.getStartCharacter(), p.getLine(), "accumulate", "accumulate with init/action/result code "
                            + "is not allowed in a rule: use count, sum, min, max, average, collectList or collectSet");
                    return;
                }
                if (a.getInput() != null) {
                    lhs(a.getInput());
                }
                for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                    if (!ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
                        add(src.getStartCharacter(), p.getLine(), fn.getFunction(), "the accumulate function "
                                + fn.getFunction() + " is not allowed: use count, sum, min, max, average, collectList "
                                + "or collectSet");
                        continue;
                    }
                    for (String param : fn.getParams()) {
                        expression(param, locate(param, src.getStartCharacter()), p.getLine(), null);
                    }
                    if (fn.getBind() != null) {
                        bound.put(fn.getBind(), null);
                    }
                }
            } else {
                String kind = src.getClass().getSimpleName().replace("Descr", "");
                add(p.getStartCharacter(), p.getLine(), "from " + kind, "'from' " + kind + " is not allowed in a rule: "
                        + "'from' may only read a fact's property");
            }
        }

        private int locate(String expr, int from) {
            if (expr == null || expr.isBlank() || from < 0) {
                return -1;
            }
            return text.indexOf(expr.strip(), from);
        }

        private void constraint(String expr, int offset, int line, Class<?> patternType) {
            Class<?> t = expression(expr, offset, line, patternType);
            DrlExpressions.Java j = DrlExpressions.toJava(expr);
            if (j.binding() != null) {
                bound.put(j.binding(), t);
            }
        }

        /** Checks a DRL expression; returns its type (for a binding), or null. */
        private Class<?> expression(String expr, int offset, int line, Class<?> patternType) {
            if (expr == null) {
                return null;
            }
            DrlExpressions.Java j = DrlExpressions.toJava(expr);
            if (j.failed()) {
                add(offset < 0 ? -1 : offset + j.problemAt(), line, j.construct(), j.problem());
                return null;
            }
            if (j.text().isBlank()) {
                add(offset, line, "constraint", "an empty constraint");
                return null;
            }
            Class<?> t = javaCheck.expression(j.text(), bound, patternType, (off, construct, message) ->
                    add(offset < 0 ? -1 : offset + j.originOf(off), line, construct, message));
            if (j.binding() != null && j.text().matches("(?s).*(==|!=|<|>|&&|\\|\\|).*")) {
                return null;
            }
            return t;
        }

        private void consequence(RuleDescr r) {
            Object c = r.getConsequence();
            String body = c == null ? "" : c.toString();
            if (body.isBlank()) {
                return;
            }
            int thenAt = r.getStartCharacter() < 0 ? -1 : text.indexOf(body, r.getStartCharacter());
            javaCheck.consequence(body, bound, (off, construct, message) -> add(thenAt < 0 ? -1 : thenAt + off,
                    r.getConsequenceLine(), construct, message));
        }
    }

    private static String shorten(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    private static String unknownTypeMessage(String name) {
        return "type " + name + " is not on the allow-list\nMaybe import it from kz.oralman.model, "
                + "kz.oralman.rules.facts, java.time or java.util";
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
