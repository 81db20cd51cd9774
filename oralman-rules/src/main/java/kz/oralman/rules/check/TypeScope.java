package kz.oralman.rules.check;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The types a DRL file can name: its allowed imports (one type, or a wildcard of an allowed package,
 * looked up on demand without initialising the class), plus a few {@code java.lang} value types.
 */
final class TypeScope {
    private static final Map<String, Optional<Class<?>>> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, List<Class<?>>> PACKAGES = new ConcurrentHashMap<>();

    private final Map<String, Class<?>> single = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();

    /** Adds an import the check accepted. */
    void addImport(String target) {
        if (target.endsWith(".*")) {
            wildcards.add(target.substring(0, target.length() - 2));
            return;
        }
        Class<?> c = Policy.UTIL_TYPES.get(target);
        if (c == null && !Policy.INERT_IMPORTS.contains(target)) {
            c = load(target);
        }
        if (c != null) {
            single.put(c.getSimpleName(), c);
        }
    }

    /**
     * The class a simple type name stands for, or null when the name is not an allowed type.
     *
     * @param name a simple name, or a nested name such as {@code Map.Entry}
     */
    Class<?> resolve(String name) {
        if (name.equals("Map.Entry") && single.get("Map") == Map.class) {
            return Map.Entry.class;
        }
        Class<?> c = single.get(name);
        if (c != null) {
            return c;
        }
        c = Policy.JAVA_LANG.get(name);
        if (c != null) {
            return c;
        }
        if (name.indexOf('.') >= 0 || name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return null;
        }
        for (String pkg : wildcards) {
            if (pkg.equals("java.time") && !Policy.TIME_TYPES.contains(name)) {
                continue;
            }
            c = load(pkg + "." + name);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Whether an import target is on the allow-list. */
    static boolean importAllowed(String target) {
        if (target.endsWith(".*")) {
            String pkg = target.substring(0, target.length() - 2);
            return Policy.MODEL_PACKAGES.contains(pkg) || pkg.equals("java.time");
        }
        if (Policy.HELPERS.contains(target) || Policy.UTIL_TYPES.containsKey(target)
                || Policy.INERT_IMPORTS.contains(target)) {
            return true;
        }
        int dot = target.lastIndexOf('.');
        if (dot <= 0 || !Character.isUpperCase(target.charAt(dot + 1))) {
            return false;
        }
        String pkg = target.substring(0, dot);
        if (pkg.equals("java.time")) {
            return Policy.TIME_TYPES.contains(target.substring(dot + 1));
        }
        return Policy.MODEL_PACKAGES.contains(pkg);
    }

    /**
     * A public class of an allowed package or a helper, loaded without running its static
     * initialiser; null when there is none.
     */
    static Class<?> load(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            int dot = n.lastIndexOf('.');
            String pkg = dot < 0 ? "" : n.substring(0, dot);
            if (!Policy.MODEL_PACKAGES.contains(pkg) && !Policy.HELPERS.contains(n) && !pkg.equals("java.time")) {
                return Optional.empty();
            }
            try {
                Class<?> c = Class.forName(n, false, TypeScope.class.getClassLoader());
                return Modifier.isPublic(c.getModifiers()) && c.getName().equals(n) ? Optional.of(c) : Optional.empty();
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** The public top-level classes of an allowed package, found on the class path. */
    static List<Class<?>> packageTypes(String pkg) {
        return PACKAGES.computeIfAbsent(pkg, TypeScope::scan);
    }

    private static List<Class<?>> scan(String pkg) {
        List<String> names = new ArrayList<>();
        String dir = pkg.replace('.', '/');
        try {
            Enumeration<URL> urls = TypeScope.class.getClassLoader().getResources(dir);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(f -> f.getFileName().toString()).forEach(names::add);
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(dir + "/") && entry.indexOf('/', dir.length() + 1) < 0) {
                                names.add(entry.substring(dir.length() + 1));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            // an unreadable class path entry contributes no names
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (n.endsWith(".class") && n.indexOf('$') < 0 && !n.equals("package-info.class")) {
                Class<?> c = load(pkg + "." + n.substring(0, n.length() - 6));
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }
}
