package kz.oralman.rules.check;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an external rule may name and call: the allow-list, derived by reflection from the model and
 * fact packages (so that a new fact type or factory method is allowed without editing this class),
 * plus short hand-written lists for {@code java.lang}, {@code java.util} and {@code java.time}.
 */
final class Policy {
    /** Packages whose public types may be imported one by one or with a wildcard. */
    static final Set<String> MODEL_PACKAGES = Set.of("kz.oralman.model", "kz.oralman.model.decision",
            "kz.oralman.rules.facts");
    /** The helper classes of the library a rule may import and call (their public static methods). */
    static final Set<String> HELPERS = Set.of("kz.oralman.rules.facts.Terms", "kz.oralman.rules.facts.Evidence",
            "kz.oralman.rules.facts.Placement", "kz.oralman.rules.facts.Support");
    /** The java.time types a rule may name: values, never the clock. */
    static final Set<String> TIME_TYPES = Set.of("LocalDate", "LocalDateTime", "LocalTime", "Period", "Duration",
            "Year", "YearMonth", "Month", "DayOfWeek", "MonthDay");
    /** The plain java.util types a rule may import. */
    static final Map<String, Class<?>> UTIL_TYPES = Map.of("java.util.List", List.class, "java.util.Map", Map.class,
            "java.util.Set", Set.class, "java.util.Optional", Optional.class, "java.util.Collection",
            java.util.Collection.class, "java.util.Objects", java.util.Objects.class);
    /** Imports the check accepts but whose types offer nothing (kept so that old rule files still pass). */
    static final Set<String> INERT_IMPORTS = Set.of("java.util.Collections", "java.util.EnumSet");
    /** The java.lang types a rule may name without an import. */
    static final Map<String, Class<?>> JAVA_LANG = Map.ofEntries(Map.entry("String", String.class),
            Map.entry("Integer", Integer.class), Map.entry("Long", Long.class), Map.entry("Boolean", Boolean.class),
            Map.entry("Character", Character.class), Map.entry("Double", Double.class), Map.entry("Short", Short.class),
            Map.entry("Byte", Byte.class), Map.entry("Math", Math.class), Map.entry("Number", Number.class),
            Map.entry("Object", Object.class), Map.entry("Comparable", Comparable.class),
            Map.entry("CharSequence", CharSequence.class));

    /** Never callable on anything: reflection, monitors, unbounded work, streams, mutation. */
    static final Set<String> DENIED_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "clone", "finalize",
            "stream", "parallelStream", "datesUntil", "iterator", "listIterator", "spliterator", "forEach", "repeat",
            "chars", "codePoints", "lines", "toArray", "intern", "describeConstable", "resolveConstantDesc",
            "getDeclaringClass", "query", "adjustInto", "now", "add", "addAll", "put", "putAll", "remove",
            "removeAll", "removeIf", "retainAll", "clear", "set", "sort", "replaceAll", "compute", "computeIfAbsent",
            "computeIfPresent", "merge", "putIfAbsent", "replace", "format", "formatted", "getChronology", "atZone",
            "ofInstant", "toInstant", "toEpochSecond", "systemDefault", "getRuntime", "exit", "halt", "exec",
            "invoke", "forName", "newInstance", "getMetaData", "getInteger", "getLong", "getBoolean", "getProperty",
            "getenv", "setProperty", "lineSeparator", "identityHashCode", "nanoTime", "currentTimeMillis", "random",
            "getKieRuntime");
    /**
     * Names of static methods that Java would also call through a value: never accepted on a value
     * whose type the check does not know.
     */
    static final Set<String> STATIC_NAMES = Set.of("copyValueOf", "join", "valueOf", "parse", "of", "ofNullable",
            "empty", "copyOf", "entry", "ofEntries", "between", "parseInt", "parseLong", "compare", "getRule");
    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "equals",
            "equalsIgnoreCase", "startsWith", "endsWith", "contains", "indexOf", "lastIndexOf", "substring", "charAt",
            "toUpperCase", "toLowerCase", "trim", "strip", "compareTo", "toString", "hashCode");
    private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty", "contains", "containsKey",
            "containsValue", "containsAll", "get", "getOrDefault", "indexOf", "lastIndexOf", "equals", "hashCode",
            "toString", "isPresent", "orElse", "getKey", "getValue", "keySet", "values", "entrySet");
    private static final Set<String> NUMBER_METHODS = Set.of("intValue", "longValue", "doubleValue", "shortValue",
            "byteValue", "booleanValue", "charValue", "compareTo", "equals", "hashCode", "toString");
    private static final Set<String> RULE_METHODS = Set.of("getName", "getId", "getPackageName", "getNamespace");
    private static final Map<Class<?>, Set<String>> LANG_STATICS = Map.of(
            String.class, Set.of("valueOf", "join"),
            Integer.class, Set.of("valueOf", "parseInt", "toString", "compare", "min", "max", "sum", "signum"),
            Long.class, Set.of("valueOf", "parseLong", "toString", "compare", "min", "max", "sum", "signum"),
            Boolean.class, Set.of("valueOf", "parseBoolean", "toString", "compare"),
            Double.class, Set.of("valueOf", "parseDouble", "toString", "compare", "min", "max"),
            Math.class, Set.of("min", "max", "abs", "floorDiv", "floorMod", "addExact", "subtractExact",
                    "multiplyExact", "negateExact", "toIntExact", "round", "floor", "ceil"),
            java.util.Objects.class, Set.of("equals", "isNull", "nonNull", "toString", "requireNonNullElse"),
            List.class, Set.of("of", "copyOf"),
            Set.class, Set.of("of", "copyOf"),
            Map.class, Set.of("of", "entry", "ofEntries", "copyOf"));
    private static final Set<String> OPTIONAL_STATICS = Set.of("of", "ofNullable", "empty");
    private static final Set<String> TIME_STATICS = Set.of("of", "ofDays", "ofWeeks", "ofMonths", "ofYears",
            "ofEpochDay", "ofYearDay", "ofHours", "ofMinutes", "ofSeconds", "parse", "between", "isLeap", "valueOf",
            "values");

    private static final Map<Class<?>, Boolean> VALUE_TYPES = new ConcurrentHashMap<>();
    private static volatile Set<String> accessorNames;
    private static volatile Set<String> instanceNames;

    private Policy() {
    }

    static boolean isModel(Class<?> c) {
        return MODEL_PACKAGES.contains(c.getPackageName()) && Modifier.isPublic(c.getModifiers());
    }

    static boolean isHelper(Class<?> c) {
        return HELPERS.contains(c.getName());
    }

    static boolean isTime(Class<?> c) {
        return c.getPackageName().equals("java.time") && TIME_TYPES.contains(c.getSimpleName());
    }

    static boolean isCollection(Class<?> c) {
        return c == List.class || c == Set.class || c == Map.class || c == java.util.Collection.class
                || c == Optional.class || c == Map.Entry.class;
    }

    /**
     * Whether values of a type may flow through a rule: primitives, strings, boxed numbers, the model
     * and the facts, the java.time values, the read-only collection interfaces, a date range.
     */
    static boolean isValueType(Class<?> c) {
        return VALUE_TYPES.computeIfAbsent(c, Policy::computeValueType);
    }

    private static boolean computeValueType(Class<?> c) {
        if (c.isPrimitive()) {
            return true;
        }
        if (c.isArray()) {
            return false;
        }
        return c == String.class || c == Object.class || c == Number.class || c == Integer.class || c == Long.class
                || c == Boolean.class || c == Double.class || c == Short.class || c == Byte.class
                || c == Character.class || c == CharSequence.class || c == Comparable.class
                || isModel(c) || isTime(c) || isCollection(c)
                || c.getName().equals("org.threeten.extra.LocalDateRange")
                || c.getName().equals("org.kie.api.definition.rule.Rule");
    }

    /** Whether a static method of a type may be called by a rule. */
    static boolean staticAllowed(Class<?> owner, Method m) {
        if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())
                || DENIED_METHODS.contains(m.getName()) || !isValueType(m.getReturnType()) && m.getReturnType() != void.class) {
            return false;
        }
        for (Class<?> p : m.getParameterTypes()) {
            if (p.getName().startsWith("java.time.Clock") || p == java.time.ZoneId.class) {
                return false;
            }
        }
        if (isModel(owner) || isHelper(owner)) {
            return true;
        }
        if (isTime(owner)) {
            return TIME_STATICS.contains(m.getName());
        }
        if (owner == Optional.class) {
            return OPTIONAL_STATICS.contains(m.getName());
        }
        return LANG_STATICS.getOrDefault(owner, Set.of()).contains(m.getName());
    }

    /** Whether an instance method may be called on a value of a known type. */
    static boolean instanceAllowed(Class<?> receiver, Method m) {
        if (Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())
                || DENIED_METHODS.contains(m.getName())
                || !isValueType(m.getReturnType()) && m.getReturnType() != void.class) {
            return false;
        }
        String name = m.getName();
        if (receiver == String.class || receiver == CharSequence.class) {
            return STRING_METHODS.contains(name);
        }
        if (isCollection(receiver)) {
            return COLLECTION_METHODS.contains(name);
        }
        if (receiver.getName().equals("org.kie.api.definition.rule.Rule")) {
            return RULE_METHODS.contains(name);
        }
        if (receiver == Object.class || receiver == Comparable.class) {
            return Set.of("equals", "hashCode", "toString", "compareTo").contains(name);
        }
        if (Number.class.isAssignableFrom(receiver) || receiver == Number.class || receiver == Boolean.class
                || receiver == Character.class) {
            return NUMBER_METHODS.contains(name);
        }
        if (m.getReturnType() == void.class) {
            return false;
        }
        return isModel(receiver) || isTime(receiver) || receiver.isEnum() && isValueType(receiver)
                || receiver.getName().equals("org.threeten.extra.LocalDateRange");
    }

    /** Static fields a rule may read: enum constants and same-type constants of allowed types. */
    static boolean fieldAllowed(Class<?> owner, Field f) {
        int mod = f.getModifiers();
        return Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod)
                && (f.isEnumConstant() || f.getType() == owner && (isModel(owner) || isTime(owner)));
    }

    /**
     * The methods of a type callable with a number of arguments.
     *
     * @param statics static or instance methods
     */
    static List<Method> methods(Class<?> c, String name, int arity, boolean statics) {
        List<Method> out = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (!m.getName().equals(name) || Modifier.isStatic(m.getModifiers()) != statics) {
                continue;
            }
            int n = m.getParameterCount();
            if (n == arity || m.isVarArgs() && arity >= n - 1) {
                if (statics ? staticAllowed(c, m) : instanceAllowed(c, m)) {
                    out.add(m);
                }
            }
        }
        if (!statics && c.isInterface()) {
            for (Method m : Object.class.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity && instanceAllowed(c, m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Whether a type has a method of that name at all (to tell "not allowed" from "no such method"). */
    static boolean hasMethod(Class<?> c, String name) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The accessor a property name stands for on a type: {@code x()}, {@code getX()} or {@code isX()}. */
    static Method accessor(Class<?> c, String property) {
        String cap = property.isEmpty() ? property : Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of(property, "get" + cap, "is" + cap)) {
            for (Method m : methods(c, name, 0, false)) {
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Property names of some allowed type: what a path on a value of unknown type may name. */
    static boolean isAccessorOfSomeType(String property) {
        return accessorNames().contains(property);
    }

    /** Method names callable on some allowed type: what a call on a value of unknown type may name. */
    static boolean isMethodOfSomeType(String name) {
        instanceNames();
        return instanceNames.contains(name);
    }

    private static Set<String> accessorNames() {
        if (accessorNames == null) {
            computeNames();
        }
        return accessorNames;
    }

    private static Set<String> instanceNames() {
        if (instanceNames == null) {
            computeNames();
        }
        return instanceNames;
    }

    private static synchronized void computeNames() {
        Set<String> accessors = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Class<?>> types = new ArrayList<>(List.of(String.class, Integer.class, Long.class, Boolean.class,
                Double.class, Object.class, List.class, Set.class, Map.class, Optional.class, Map.Entry.class,
                java.util.Collection.class));
        for (String t : TIME_TYPES) {
            types.add(TypeScope.load("java.time." + t));
        }
        for (String pkg : MODEL_PACKAGES) {
            types.addAll(TypeScope.packageTypes(pkg));
        }
        for (Class<?> c : types) {
            if (c == null) {
                continue;
            }
            for (Method m : c.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && instanceAllowed(c, m)) {
                    names.add(m.getName());
                    if (m.getParameterCount() == 0) {
                        String n = m.getName();
                        accessors.add(n);
                        if (n.startsWith("get") && n.length() > 3) {
                            accessors.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                        } else if (n.startsWith("is") && n.length() > 2) {
                            accessors.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                        }
                    }
                }
            }
        }
        instanceNames = Set.copyOf(names);
        accessorNames = Set.copyOf(accessors);
    }
}
