package kz.oralman.rules.check;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * Checks a consequence or a constraint, parsed by a real Java parser (JavaParser), against the
 * allow-listed grammar: literals, operators, bound variables, local declarations, {@code if},
 * {@code insertLogical}, {@code drools.getRule()}, and calls and property reads the {@link Policy}
 * allows on the types it infers. Anything else, including every construct it does not know, is a
 * problem.
 */
final class JavaCheck {
    /** The most string joins ({@code +}) one consequence or constraint may have. */
    static final int MAX_JOINS = 64;
    /** The pseudo-call the DRL operator {@code in} is rewritten to. */
    static final String IN_CALL = "__drl_in__";

    private static final Set<String> DENIED_NAMES = Set.of("System", "Runtime", "ProcessBuilder", "Process",
            "ProcessHandle", "Thread", "ThreadGroup", "ThreadLocal", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "Class", "ClassLoader", "URLClassLoader", "Method", "Field", "Constructor",
            "MethodHandles", "MethodHandle", "Proxy", "Unsafe", "File", "Files", "Paths", "Path", "FileInputStream",
            "FileOutputStream", "RandomAccessFile", "FileReader", "FileWriter", "PrintStream", "Socket",
            "ServerSocket", "URL", "URI", "HttpClient", "URLConnection", "InetAddress", "DatagramSocket",
            "ScriptEngineManager", "InitialContext", "ObjectInputStream", "SecurityManager", "StackWalker",
            "Collections", "Stream", "IntStream", "LongStream", "Arrays", "Clock", "ZoneId", "Instant", "Random",
            "ThreadLocalRandom", "UUID", "MVEL");

    private static final java.util.regex.Pattern MACRO = java.util.regex.Pattern.compile(
            "(?<![.\\w$])(modify|update|retract|delete|insert)\\s*\\(");

    /** Where problems go: the offset is into the parsed text. */
    interface Sink {
        void problem(int offset, String construct, String message);
    }

    /** A kind of value an expression has. */
    private enum Kind { VALUE, TYPE, CONTEXT, RULE, FAILED }

    /** The inferred type of an expression: a value (class null when not known), a type name, the rule context. */
    private record T(Kind kind, Class<?> type) {
        static final T UNKNOWN = new T(Kind.VALUE, null);
        static final T FAILED = new T(Kind.FAILED, null);

        static T value(Class<?> c) {
            return new T(Kind.VALUE, c == Object.class ? null : c);
        }
    }

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setAttributeComments(false)
            .setTabSize(1));
    private final TypeScope types;

    private String text;
    private Sink sink;
    private Map<String, Class<?>> vars;
    private Class<?> thisType;
    private boolean consequence;
    private int joins;
    private boolean joinsReported;

    JavaCheck(TypeScope types) {
        this.types = types;
    }

    /**
     * Checks a consequence.
     *
     * @param body the consequence's code
     * @param bound the variables bound by the conditions, with their types (null: not known)
     * @param sink where problems go, with offsets into {@code body}
     */
    void consequence(String body, Map<String, Class<?>> bound, Sink sink) {
        java.util.regex.Matcher macro = MACRO.matcher(body);
        if (macro.find()) {
            sink.problem(macro.start(), macro.group(1), "'" + macro.group(1) + "' is not allowed in a rule (facts are "
                    + "never changed; use insertLogical of one new fact)");
            return;
        }
        String wrapped = "{" + body + "\n}";
        ParseResult<BlockStmt> r = parser.parseBlock(wrapped);
        start(wrapped, new HashMap<>(bound), null, true, (off, c, m) -> sink.problem(Math.max(0, off - 1), c, m));
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            syntax(r, "the consequence is not plain Java the check accepts");
            return;
        }
        statement(r.getResult().get());
    }

    /**
     * Checks a constraint or another expression of the conditions.
     *
     * @param expr the expression, rewritten to Java
     * @param bound the variables bound so far (a binding the expression makes is added)
     * @param patternType the pattern's type, whose properties the expression may name unqualified; or null
     * @param sink where problems go, with offsets into {@code expr}
     * @return the expression's type, or null when not known or on a problem
     */
    Class<?> expression(String expr, Map<String, Class<?>> bound, Class<?> patternType, Sink sink) {
        ParseResult<Expression> r = parser.parseExpression(expr);
        start(expr, bound, patternType, false, sink);
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            syntax(r, "the expression is not one the check accepts");
            return null;
        }
        T t = expr(r.getResult().get());
        return t.kind() == Kind.VALUE ? t.type() : null;
    }

    /**
     * Checks the source of a {@code from}: a bound variable or a path of properties from one.
     *
     * @return whether it is one
     */
    boolean fromSource(String expr, Map<String, Class<?>> bound, Sink sink) {
        ParseResult<Expression> r = parser.parseExpression(expr);
        start(expr, bound, null, false, sink);
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            syntax(r, "'from' takes a bound variable or a property of one");
            return false;
        }
        Expression e = r.getResult().get();
        Expression root = e;
        while (true) {
            if (root instanceof FieldAccessExpr fa) {
                root = fa.getScope();
            } else if (root instanceof MethodCallExpr mc && mc.getArguments().isEmpty() && mc.getScope().isPresent()) {
                root = mc.getScope().get();
            } else {
                break;
            }
        }
        if (!(root instanceof NameExpr n) || !bound.containsKey(n.getNameAsString())) {
            fail(e, "from " + e, "'from' may only read a fact's property, such as 'from $person.residences': not "
                    + e + " (collections and streams made in a rule are not allowed)");
            return false;
        }
        return expr(e).kind() != Kind.FAILED;
    }

    private void start(String parsed, Map<String, Class<?>> bound, Class<?> patternType, boolean inConsequence,
                       Sink to) {
        this.text = parsed;
        this.sink = to;
        this.vars = bound;
        this.thisType = patternType;
        this.consequence = inConsequence;
        this.joins = 0;
        this.joinsReported = false;
    }

    private void syntax(ParseResult<?> r, String what) {
        String detail = r.getProblems().isEmpty() ? "" : r.getProblems().get(0).getMessage().lines().findFirst()
                .orElse("");
        int offset = r.getProblems().isEmpty() ? 0 : r.getProblems().get(0).getLocation()
                .flatMap(l -> l.getBegin().getRange()).map(rg -> offset(rg.begin)).orElse(0);
        sink.problem(offset, "syntax", what + (detail.isEmpty() ? "" : ": " + detail.strip()));
    }

    private int offset(Position p) {
        int line = 1;
        int i = 0;
        while (line < p.line && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                line++;
            }
        }
        return Math.min(text.length(), i + Math.max(0, p.column - 1));
    }

    private T fail(Node n, String construct, String message) {
        sink.problem(n.getBegin().map(this::offset).orElse(0), construct, message);
        return T.FAILED;
    }

    // ------------------------------------------------------------------ statements

    private void statement(Statement s) {
        if (s instanceof BlockStmt b) {
            b.getStatements().forEach(this::statement);
        } else if (s instanceof ExpressionStmt es) {
            Expression e = es.getExpression();
            if (e instanceof VariableDeclarationExpr v) {
                declaration(v);
            } else if (e instanceof MethodCallExpr) {
                expr(e);
            } else {
                T t = expr(e);
                if (t.kind() != Kind.FAILED) {
                    fail(e, e.getClass().getSimpleName(), "'" + e + "' is not a statement a rule may make");
                }
            }
        } else if (s instanceof IfStmt i) {
            condition(i.getCondition());
            statement(i.getThenStmt());
            i.getElseStmt().ifPresent(this::statement);
        } else if (s instanceof EmptyStmt) {
            return;
        } else if (s instanceof ReturnStmt r) {
            if (r.getExpression().isPresent()) {
                fail(r, "return", "a consequence returns nothing");
            }
        } else if (s instanceof WhileStmt || s instanceof ForStmt || s instanceof ForEachStmt || s instanceof DoStmt) {
            String word = s instanceof WhileStmt ? "while" : s instanceof DoStmt ? "do" : "for";
            fail(s, word, "'" + word + "' is not allowed in a rule (loops do not belong in rules)");
        } else if (s instanceof TryStmt || s instanceof ThrowStmt) {
            String word = s instanceof TryStmt ? "try" : "throw";
            fail(s, word, "'" + word + "' is not allowed in a rule (a rule derives facts; it neither throws nor catches)");
        } else if (s instanceof SynchronizedStmt) {
            fail(s, "synchronized", "'synchronized' is not allowed in a rule (threads are out of bounds)");
        } else if (s instanceof SwitchStmt) {
            fail(s, "switch", "'switch' is not allowed in a rule: write one rule per case");
        } else if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
            fail(s, "class", "classes may not be declared in a rule");
        } else {
            String kind = s.getClass().getSimpleName().replace("Stmt", "").toLowerCase(java.util.Locale.ROOT);
            fail(s, kind, "'" + kind + "' is not allowed in a rule");
        }
    }

    private void condition(Expression e) {
        expr(e);
    }

    private void declaration(VariableDeclarationExpr v) {
        if (!v.getAnnotations().isEmpty()) {
            fail(v, "@", "annotations are not allowed in a rule's code");
        }
        for (VariableDeclarator d : v.getVariables()) {
            Class<?> declared = type(d.getType());
            if (d.getInitializer().isEmpty()) {
                fail(d, d.getNameAsString(), "a local variable of a rule must be given its value where it is declared");
                continue;
            }
            T t = expr(d.getInitializer().get());
            if (t.kind() == Kind.CONTEXT || t.kind() == Kind.RULE || t.kind() == Kind.TYPE) {
                fail(d, d.getNameAsString(), "'" + d.getInitializer().get() + "' cannot be kept in a variable");
            }
            Class<?> c = d.getType() instanceof VarType ? (t.kind() == Kind.VALUE ? t.type() : null) : declared;
            vars.put(d.getNameAsString(), c);
        }
    }

    /** The class a declared type names, after checking it is allowed; null for var or on a problem. */
    private Class<?> type(Type t) {
        if (t instanceof VarType) {
            return null;
        }
        if (t instanceof PrimitiveType p) {
            return switch (p.getType()) {
                case BOOLEAN -> boolean.class;
                case INT -> int.class;
                case LONG -> long.class;
                case DOUBLE -> double.class;
                case CHAR -> char.class;
                case SHORT -> short.class;
                case BYTE -> byte.class;
                case FLOAT -> float.class;
            };
        }
        if (t instanceof ClassOrInterfaceType c) {
            String name = c.getScope().map(s -> s.getNameWithScope() + ".").orElse("") + c.getNameAsString();
            Class<?> resolved = types.resolve(name);
            if (resolved == null || !Policy.isValueType(resolved)) {
                fail(t, name, unknownType(name));
                return null;
            }
            c.getTypeArguments().ifPresent(args -> args.forEach(this::type));
            return resolved;
        }
        fail(t, t.toString(), "the type " + t + " is not allowed in a rule");
        return null;
    }

    // ------------------------------------------------------------------ expressions

    private T expr(Expression e) {
        if (e instanceof StringLiteralExpr) {
            return T.value(String.class);
        }
        if (e instanceof TextBlockLiteralExpr) {
            return fail(e, "\"\"\"", "text blocks are not allowed in a rule");
        }
        if (e instanceof IntegerLiteralExpr) {
            return T.value(int.class);
        }
        if (e instanceof LongLiteralExpr) {
            return T.value(long.class);
        }
        if (e instanceof DoubleLiteralExpr) {
            return T.value(double.class);
        }
        if (e instanceof CharLiteralExpr) {
            return T.value(char.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return T.value(boolean.class);
        }
        if (e instanceof NullLiteralExpr) {
            return T.UNKNOWN;
        }
        if (e instanceof EnclosedExpr en) {
            return expr(en.getInner());
        }
        if (e instanceof NameExpr n) {
            return name(n);
        }
        if (e instanceof ThisExpr th) {
            if (consequence || th.getTypeName().isPresent() || thisType == null) {
                return fail(e, "this", "'this' is not allowed here: name the fact by its bound variable");
            }
            return T.value(thisType);
        }
        if (e instanceof FieldAccessExpr fa) {
            return field(fa);
        }
        if (e instanceof MethodCallExpr mc) {
            return call(mc);
        }
        if (e instanceof BinaryExpr b) {
            return binary(b);
        }
        if (e instanceof UnaryExpr u) {
            if (u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT) {
                return fail(e, u.getOperator().asString(), "'" + u.getOperator().asString()
                        + "' is not allowed in a rule: nothing is changed, facts are derived");
            }
            T t = expr(u.getExpression());
            if (t.kind() != Kind.VALUE && t.kind() != Kind.FAILED) {
                return fail(e, e.toString(), "'" + u.getExpression() + "' is not a value");
            }
            return t.kind() == Kind.FAILED ? t : u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                    ? T.value(boolean.class) : t;
        }
        if (e instanceof ConditionalExpr c) {
            T a = expr(c.getCondition());
            T b = expr(c.getThenExpr());
            T d = expr(c.getElseExpr());
            if (a.kind() == Kind.FAILED || b.kind() == Kind.FAILED || d.kind() == Kind.FAILED) {
                return T.FAILED;
            }
            if (a.kind() != Kind.VALUE || b.kind() != Kind.VALUE || d.kind() != Kind.VALUE) {
                return fail(e, e.toString(), "the branches of '?:' must be values, not the rule context, the rule "
                        + "or a type");
            }
            return b.type() != null && b.type() == d.type() ? b : T.UNKNOWN;
        }
        if (e instanceof ObjectCreationExpr oc) {
            String type = oc.getType().getNameWithScope();
            return fail(e, "new " + type, "'new " + type + "(...)' is not allowed in a rule (facts are created through "
                    + "Finding.of, Verdict.of and EvidenceNeed.of)");
        }
        if (e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr) {
            return fail(e, "new", "'new' is not allowed in a rule (facts are created through Finding.of, Verdict.of "
                    + "and EvidenceNeed.of)");
        }
        if (e instanceof LambdaExpr) {
            return fail(e, "->", "lambdas are not allowed in a rule");
        }
        if (e instanceof MethodReferenceExpr) {
            return fail(e, "::", "method references are not allowed in a rule");
        }
        if (e instanceof ClassExpr) {
            return fail(e, ".class", "class literals are not allowed in a rule (reflection is out of bounds)");
        }
        if (e instanceof CastExpr) {
            return fail(e, "cast", "casts are not allowed in a rule");
        }
        if (e instanceof InstanceOfExpr) {
            return fail(e, "instanceof", "'instanceof' is not allowed in a rule: match the fact's type in a pattern");
        }
        if (e instanceof AssignExpr a) {
            return fail(e, a.getOperator().asString(), "assignment is not allowed in a rule: declare a new local "
                    + "variable, or derive a fact");
        }
        if (e instanceof ArrayAccessExpr) {
            return fail(e, "[]", "arrays are not allowed in a rule: use a list's get(i)");
        }
        if (e instanceof SwitchExpr) {
            return fail(e, "switch", "'switch' is not allowed in a rule: write one rule per case");
        }
        if (e instanceof SuperExpr) {
            return fail(e, "super", "'super' is not allowed in a rule");
        }
        if (e instanceof VariableDeclarationExpr) {
            return fail(e, "declaration", "a variable may only be declared as a statement of the consequence");
        }
        return fail(e, e.getClass().getSimpleName(), "'" + e + "' is not an expression a rule may use");
    }

    private T name(NameExpr n) {
        String name = n.getNameAsString();
        if (vars.containsKey(name)) {
            return T.value(vars.get(name));
        }
        if (name.equals("drools") || name.equals("kcontext")) {
            return consequence ? new T(Kind.CONTEXT, null)
                    : fail(n, name, "'" + name + "' is only available in the consequence");
        }
        if (thisType != null) {
            Method m = Policy.accessor(thisType, name);
            if (m != null) {
                return T.value(m.getReturnType());
            }
        }
        Class<?> c = types.resolve(name);
        if (c != null) {
            return new T(Kind.TYPE, c);
        }
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
            return fail(n, name, unknownType(name));
        }
        if (isPackageRoot(name)) {
            return fail(n, name, "'" + name + "' is not allowed in a rule (fully qualified names bypass the import "
                    + "allow-list)");
        }
        return fail(n, name, "'" + name + "' is not a bound variable" + (thisType == null ? ""
                : " nor a property of " + thisType.getSimpleName()));
    }

    private static boolean isPackageRoot(String name) {
        return Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "kz", "io").contains(name);
    }

    private static String unknownType(String name) {
        if (DENIED_NAMES.contains(name)) {
            return "'" + name + "' is not allowed in a rule (reflection, class loading, threads, processes, files, "
                    + "the network, the clock and the engine's runtime are out of bounds)";
        }
        return "type " + name + " is not on the allow-list\nMaybe import it from kz.oralman.model, "
                + "kz.oralman.rules.facts, java.time or java.util";
    }

    private T field(FieldAccessExpr fa) {
        String qualified = qualifiedName(fa);
        if (qualified != null && isPackageRoot(qualified.substring(0, qualified.indexOf('.')))
                && !vars.containsKey(qualified.substring(0, qualified.indexOf('.')))
                && (thisType == null || Policy.accessor(thisType, qualified.substring(0, qualified.indexOf('.'))) == null)) {
            return fail(fa, qualified, "'" + qualified + "' is not allowed in a rule (fully qualified names bypass "
                    + "the import allow-list)");
        }
        T scope = expr(fa.getScope());
        String name = fa.getNameAsString();
        switch (scope.kind()) {
            case FAILED:
                return scope;
            case RULE:
                return fail(fa, fa.toString(), "of the rule, a rule may only read getName(), getId() and getPackageName()");
            case CONTEXT:
                return fail(fa, fa.toString(), "'" + fa + "': a rule may only use " + fa.getScope() + ".getRule()");
            case TYPE: {
                Class<?> owner = scope.type();
                if (qualified != null) {
                    Class<?> nested = types.resolve(qualified);
                    if (nested != null) {
                        return new T(Kind.TYPE, nested);
                    }
                }
                try {
                    Field f = owner.getField(name);
                    if (Policy.fieldAllowed(owner, f)) {
                        return T.value(f.getType());
                    }
                } catch (NoSuchFieldException e) {
                    return fail(fa, fa.toString(), owner.getSimpleName() + " has no constant " + name);
                }
                return fail(fa, fa.toString(), "'" + fa + "' is not allowed in a rule: of static fields, only enum "
                        + "constants of the allowed types may be read");
            }
            default: {
                Class<?> c = scope.type();
                if (c == null) {
                    return Policy.isAccessorOfSomeType(name) ? T.UNKNOWN
                            : fail(fa, fa.toString(), "'" + name + "' is not a property of any fact or model type");
                }
                Method m = Policy.accessor(c, name);
                if (m == null) {
                    return fail(fa, fa.toString(), "'" + name + "' is not a property of " + c.getSimpleName()
                            + " that a rule may read");
                }
                return T.value(m.getReturnType());
            }
        }
    }

    private static String qualifiedName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr fa) {
            String s = qualifiedName(fa.getScope());
            return s == null ? null : s + "." + fa.getNameAsString();
        }
        return null;
    }

    private T call(MethodCallExpr mc) {
        String name = mc.getNameAsString();
        if (mc.getTypeArguments().isPresent()) {
            return fail(mc, name, "explicit type arguments are not allowed in a rule");
        }
        if (mc.getScope().isEmpty()) {
            return freeCall(mc, name);
        }
        Expression scopeExpr = mc.getScope().get();
        T scope = expr(scopeExpr);
        String construct = scopeExpr + "." + name;
        int arity = mc.getArguments().size();
        switch (scope.kind()) {
            case FAILED:
                mc.getArguments().forEach(a -> argument(a, false));
                return scope;
            case RULE:
                if (arity == 0 && Set.of("getName", "getId", "getPackageName", "getNamespace").contains(name)) {
                    return T.value(String.class);
                }
                return fail(mc, construct, "of the rule, a rule may only read getName(), getId() and getPackageName()");
            case CONTEXT:
                if (name.equals("getRule") && arity == 0) {
                    return new T(Kind.RULE, Rule.class);
                }
                return fail(mc, construct, "'" + construct + "': a rule may only use " + scopeExpr + ".getRule()");
            case TYPE: {
                Class<?> owner = scope.type();
                boolean passesContext = Policy.isModel(owner) && owner.getPackageName().equals("kz.oralman.rules.facts");
                T[] args = arguments(mc, passesContext);
                List<Method> ms = Policy.methods(owner, name, arity, true);
                if (ms.isEmpty()) {
                    return fail(mc, construct, Policy.hasMethod(owner, name) ? "'" + construct
                            + "' is not allowed in a rule (only value factories and helpers may be called; no clock, "
                            + "no reflection, no unbounded work)" : owner.getSimpleName() + " has no method " + name
                            + " with " + arity + " argument(s) a rule may call");
                }
                return failedAny(args) ? T.FAILED : result(ms);
            }
            default: {
                T[] args = arguments(mc, false);
                Class<?> c = scope.type();
                if (c == null) {
                    if (!Policy.isMethodOfSomeType(name) || Policy.DENIED_METHODS.contains(name)
                            || Policy.STATIC_NAMES.contains(name)) {
                        return fail(mc, construct, "'" + name + "(...)' is not a method a rule may call");
                    }
                    return failedAny(args) ? T.FAILED : T.UNKNOWN;
                }
                List<Method> ms = Policy.methods(c, name, arity, false);
                if (ms.isEmpty()) {
                    return fail(mc, construct, Policy.hasMethod(c, name) ? "'" + name + "(...)' of "
                            + c.getSimpleName() + " is not allowed in a rule" : c.getSimpleName() + " has no method "
                            + name + " with " + arity + " argument(s)");
                }
                return failedAny(args) ? T.FAILED : result(ms);
            }
        }
    }

    private T freeCall(MethodCallExpr mc, String name) {
        int arity = mc.getArguments().size();
        if (consequence) {
            if (name.equals("insertLogical") && arity == 1) {
                T[] args = arguments(mc, false);
                return failedAny(args) ? T.FAILED : T.value(void.class);
            }
            mc.getArguments().forEach(a -> argument(a, false));
            if (Set.of("insert", "modify", "update", "retract", "delete", "insertLogical").contains(name)) {
                return fail(mc, name, "'" + name + "' is not allowed in a rule (facts are never changed; use "
                        + "insertLogical of one new fact)");
            }
            if (Policy.DENIED_METHODS.contains(name) || Set.of("halt", "exit", "eval").contains(name)) {
                return fail(mc, name, "'" + name + "' is not allowed in a rule");
            }
            return fail(mc, name + "(...)", "the call " + name + "(...) is not allowed in a consequence\nMaybe derive "
                    + "a fact with insertLogical(Finding.of(drools, ...))");
        }
        if (name.equals(IN_CALL)) {
            T[] args = arguments(mc, false);
            return failedAny(args) ? T.FAILED : T.UNKNOWN;
        }
        T[] args = arguments(mc, false);
        if (thisType == null) {
            return fail(mc, name + "(...)", "the call " + name + "(...) names no fact's method");
        }
        List<Method> ms = Policy.methods(thisType, name, arity, false);
        if (ms.isEmpty()) {
            return fail(mc, name + "(...)", thisType.getSimpleName() + " has no method " + name + " with " + arity
                    + " argument(s) a rule may call");
        }
        return failedAny(args) ? T.FAILED : result(ms);
    }

    private T[] arguments(MethodCallExpr mc, boolean contextAllowed) {
        T[] out = new T[mc.getArguments().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = argument(mc.getArguments().get(i), contextAllowed);
        }
        return out;
    }

    private T argument(Expression a, boolean contextAllowed) {
        T t = expr(a);
        if (t.kind() == Kind.CONTEXT && !contextAllowed) {
            return fail(a, a.toString(), "'" + a + "' may only be passed to the factories of kz.oralman.rules.facts");
        }
        if (t.kind() == Kind.TYPE) {
            return fail(a, a.toString(), "a type is not a value: '" + a + "'");
        }
        if (t.kind() == Kind.RULE) {
            return fail(a, a.toString(), "the rule itself is not a value: read its getName()");
        }
        return t;
    }

    private static boolean failedAny(T[] args) {
        for (T t : args) {
            if (t.kind() == Kind.FAILED) {
                return true;
            }
        }
        return false;
    }

    private static T result(List<Method> ms) {
        Set<Class<?>> returns = new HashSet<>();
        ms.forEach(m -> returns.add(m.getReturnType()));
        return returns.size() == 1 ? T.value(returns.iterator().next()) : T.UNKNOWN;
    }

    private T binary(BinaryExpr b) {
        T l = expr(b.getLeft());
        T r = expr(b.getRight());
        if (l.kind() == Kind.FAILED || r.kind() == Kind.FAILED) {
            return T.FAILED;
        }
        for (T side : List.of(l, r)) {
            if (side.kind() == Kind.TYPE) {
                return fail(b, b.toString(), "a type is not a value: '" + b + "'");
            }
            if (side.kind() == Kind.CONTEXT || side.kind() == Kind.RULE) {
                return fail(b, b.toString(), "the rule context may only be passed to the factories of the facts");
            }
        }
        switch (b.getOperator()) {
            case PLUS:
                if (++joins > MAX_JOINS && !joinsReported) {
                    joinsReported = true;
                    return fail(b, "+", "more than " + MAX_JOINS + " '+' in one expression or consequence");
                }
                return l.type() == String.class || r.type() == String.class ? T.value(String.class) : T.UNKNOWN;
            case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, AND, OR:
                return T.value(boolean.class);
            default:
                return T.UNKNOWN;
        }
    }
}
