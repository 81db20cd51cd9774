package kz.oralman.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The bundled law precompiled at build time to Drools' executable model, so that a decision never waits
 * for the rule compiler at run time (issue #13, step 4).
 *
 * <p>The build runs {@link #main(String[])} after compiling the module: for every bundled law version and
 * question group it compiles the group's DRL files to the executable model (Java classes: constraints
 * as lambdas, no MVEL, no run-time Java compiler) and writes the result as a KJAR resource named by the
 * SHA-256 of the files' names and texts ({@link #key(Map)}). Versions whose group has the same files
 * share one KJAR. At run time {@link #load(Map)} computes the key of the files a version's group needs
 * from the DRL the library actually holds and loads the KJAR of that key in a class loader of its own
 * (two KJARs define classes of the same names). No KJAR for the key, the files changed since the build:
 * the caller compiles the DRL as before. A precompiled KieBase therefore always holds the rules of the
 * very texts the ruleset's hash covers; it cannot drift from them.
 *
 * <p>External rulesets (a researcher's folder) are never precompiled: they are compiled at load, after
 * the safety check. {@link #problems(Map)} tells whether a folder's DRL would also compile to the
 * executable model ({@code rules check} warns when not).
 *
 * <p>Not an API: public only so that the build can run {@link #main(String[])}.
 */
public final class Precompiled {

    /** Where the KJARs are, as class-path resources. */
    static final String FOLDER = "kz/oralman/rules/precompiled/";

    private static final Map<String, Optional<KieBase>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private Precompiled() {
    }

    /** The catalogue's reading of every bundled DRL file, by the SHA-256 of its text (written by the build). */
    private static final String DESCRIPTORS = FOLDER + "descriptors.json";

    private static volatile Map<String, List<Ruleset.RuleDescriptor>> index;

    /**
     * The rules of a bundled DRL text as the build read them, without parsing it again.
     *
     * @param text the file's DRL
     * @return the rules, or null if the build did not index this text
     */
    static List<Ruleset.RuleDescriptor> descriptors(String text) {
        Map<String, List<Ruleset.RuleDescriptor>> known = index;
        if (known == null) {
            known = readIndex();
            index = known;
        }
        return known.get(sha256(text));
    }

    private static Map<String, List<Ruleset.RuleDescriptor>> readIndex() {
        try (InputStream in = Precompiled.class.getClassLoader().getResourceAsStream(DESCRIPTORS)) {
            if (in == null) {
                return Map.of();
            }
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            Map<String, List<Ruleset.RuleDescriptor>> read = new HashMap<>();
            root.properties().forEach(file -> {
                List<Ruleset.RuleDescriptor> rules = new ArrayList<>();
                for (com.fasterxml.jackson.databind.JsonNode r : file.getValue()) {
                    Map<String, String> annotations = new TreeMap<>();
                    r.get("annotations").properties().forEach(a -> annotations.put(a.getKey(), a.getValue().asText()));
                    java.util.Set<kz.oralman.model.Question> asked = java.util.EnumSet.noneOf(kz.oralman.model.Question.class);
                    r.get("asked").forEach(q -> asked.add(kz.oralman.model.Question.valueOf(q.asText())));
                    rules.add(new Ruleset.RuleDescriptor(r.get("name").asText(), annotations, asked));
                }
                read.put(file.getKey(), List.copyOf(rules));
            });
            return Map.copyOf(read);
        } catch (IOException | RuntimeException e) {
            // an unreadable index only costs time: every file is parsed instead
            return Map.of();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the descriptor index of the given DRL texts. */
    private static void writeIndex(Path file, Map<String, String> texts) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        for (Map.Entry<String, String> f : new TreeMap<>(texts).entrySet()) {
            com.fasterxml.jackson.databind.node.ArrayNode rules = root.putArray(sha256(f.getValue()));
            for (Ruleset.RuleDescriptor r : Ruleset.describe(f.getKey(), f.getValue(), false)) {
                com.fasterxml.jackson.databind.node.ObjectNode node = rules.addObject();
                node.put("name", r.name());
                com.fasterxml.jackson.databind.node.ObjectNode annotations = node.putObject("annotations");
                new TreeMap<>(r.annotations()).forEach(annotations::put);
                com.fasterxml.jackson.databind.node.ArrayNode asked = node.putArray("asked");
                new java.util.TreeSet<>(r.asked()).forEach(q -> asked.add(q.name()));
            }
        }
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /**
     * The key of a set of DRL files: SHA-256 of each name and text, in name order.
     *
     * @param files DRL texts by file name
     * @return the key, 64 hex digits
     */
    static String key(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The precompiled KieBase of exactly these files, if the library was built with them.
     *
     * @param files DRL texts by file name
     * @return the KieBase, new on each call for a key not loaded before
     */
    static Optional<KieBase> load(Map<String, String> files) {
        String key = key(files);
        return LOADED.computeIfAbsent(key, Precompiled::loadKey);
    }

    private static Optional<KieBase> loadKey(String key) {
        byte[] kjar;
        try (InputStream in = Precompiled.class.getClassLoader().getResourceAsStream(FOLDER + key + ".kjar")) {
            if (in == null) {
                return Optional.empty();
            }
            kjar = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".class")) {
                    classes.put(e.getName(), zip.readAllBytes());
                } else if (e.getName().endsWith("/drools-model")) {
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.isBlank() && !l.contains(":")).forEach(models::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (models.isEmpty()) {
            throw new RulesetException("precompiled rules " + key + " name no model class");
        }
        ClassLoader loader = new KjarClassLoader(Precompiled.class.getClassLoader(), classes);
        List<Model> instances = new ArrayList<>();
        for (String name : models) {
            try {
                instances.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new RulesetException("precompiled rules " + key + ": model " + name + " cannot be loaded: " + e);
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(instances));
    }

    /** Defines the classes of one KJAR; each KJAR has its own, since they share class names. */
    private static final class KjarClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        KjarClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
            super(parent);
            this.classes = new java.util.concurrent.ConcurrentHashMap<>(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            // each class is defined once per loader: its bytes are not kept after that
            byte[] bytes = classes.remove(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /**
     * Compiles DRL files to the executable model.
     *
     * @param files DRL texts by file name
     * @return the KJAR's bytes
     * @throws RulesetException with the compiler's messages if the files do not compile to it
     */
    static byte[] compile(Map<String, String> files) {
        KieServices ks = KieServices.Factory.get();
        String key = key(files);
        ReleaseId releaseId = ks.newReleaseId("kz.oralman.precompiled", "rules-" + key.substring(0, 16), "1");
        KieBuilder builder = builder(ks, releaseId, files);
        try {
            List<String> problems = messages(builder);
            if (!problems.isEmpty()) {
                throw new RulesetException("the DRL does not compile to the executable model:\n  "
                        + String.join("\n  ", problems));
            }
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * What keeps DRL files from compiling to the executable model, for {@code rules check}: such files
     * still run (external rulesets are compiled the classic way), but could not be precompiled.
     *
     * @param files DRL texts by file name
     * @return the problems, FILE:LINE: text; empty if they compile
     */
    static List<String> problems(Map<String, String> files) {
        String key = key(files);
        List<String> known = CHECKED.get(key);
        if (known != null) {
            return known;
        }
        List<String> problems = List.copyOf(check(files));
        if (CHECKED.size() > 256) {
            CHECKED.clear();
        }
        CHECKED.put(key, problems);
        return problems;
    }

    private static final java.util.concurrent.atomic.AtomicLong CHECKS = new java.util.concurrent.atomic.AtomicLong();

    /** The problems of file sets already checked (versions of one folder often share their files). */
    private static final Map<String, List<String>> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> check(Map<String, String> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("kz.oralman.check", "rules-" + key(files).substring(0, 16),
                "1." + CHECKS.incrementAndGet());
        try {
            return messages(builder(ks, releaseId, files));
        } catch (RuntimeException e) {
            // the executable model's parser throws on some constructs instead of reporting them, naming
            // neither the file nor the rule: find them by trying each file, then each rule of it, alone
            return locate(files, e);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static final java.util.regex.Pattern RULE_START = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");

    /** The most trial builds locating one failure may take: a folder of many files cannot make it run for long. */
    private static final int MAX_TRIALS = 60;

    private static List<String> locate(Map<String, String> files, RuntimeException failure) {
        List<String> found = new ArrayList<>();
        int trials = 0;
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            if (++trials > MAX_TRIALS) {
                found.add("(the search for further files and rules the executable model does not take stopped after "
                        + MAX_TRIALS + " trial compilations)");
                break;
            }
            String failed = failure(Map.of(f.getKey(), f.getValue()));
            if (failed == null) {
                continue;
            }
            String text = f.getValue();
            java.util.regex.Matcher m = RULE_START.matcher(text);
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start()});
                names.add(m.group(1));
            }
            boolean named = false;
            for (int i = 0; i < starts.size() && trials <= MAX_TRIALS; i++, trials++) {
                int from = starts.get(i)[0];
                int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                String alone = text.substring(0, starts.get(0)[0]) + text.substring(from, to);
                String why = failure(Map.of(f.getKey(), alone));
                if (why != null) {
                    int line = (int) text.substring(0, from).chars().filter(c -> c == '\n').count() + 1;
                    found.add(f.getKey() + ":" + line + ": rule \"" + names.get(i)
                            + "\": the executable model's parser does not take it: " + why);
                    named = true;
                }
            }
            if (!named) {
                found.add(f.getKey() + ":0: the executable model's parser does not take this file: " + failed);
            }
        }
        if (found.isEmpty()) {
            String m = String.valueOf(failure.getMessage());
            found.add("the executable model's compiler failed: " + m.lines().findFirst().orElse(m).strip());
        }
        return found;
    }

    /** @return the first line of the exception the executable model's generator throws on these files, or null */
    private static String failure(Map<String, String> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("kz.oralman.check", "locate", "1." + CHECKS.incrementAndGet());
        try {
            builder(ks, releaseId, files);
            return null;
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m)
                    + m.lines().map(String::strip).filter(l -> l.startsWith("at line")).findFirst()
                            .map(l -> " (" + l.replaceAll("\\.$", "") + " of a constraint)").orElse("");
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static KieBuilder builder(KieServices ks, ReleaseId releaseId, Map<String, String> files) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        new TreeMap<>(files).forEach((name, text) -> kfs.write("src/main/resources/" + Ruleset.RESOURCES + name,
                text));
        return ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    }

    private static List<String> messages(KieBuilder builder) {
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages()) {
            if (m.getLevel() == Message.Level.ERROR) {
                String path = m.getPath() == null ? "" : m.getPath().replace("src/main/resources/", "")
                        .replace(Ruleset.RESOURCES, "");
                String text = m.getText().strip();
                int cut = text.indexOf("\n");
                problems.add(path + ":" + m.getLine() + ": " + (cut < 0 ? text : text.substring(0, cut)));
            }
        }
        return problems;
    }

    /**
     * The build step: precompiles every bundled law version's question groups into a folder.
     *
     * @param args the output folder (the module's classes folder), then optionally the number of threads
     * @throws Exception if a version does not compile to the executable model; the build then fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve(FOLDER);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        Map<String, Map<String, String>> sets = new LinkedHashMap<>();
        Map<String, List<String>> uses = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        for (LawVersion version : LawBook.bundled()) {
            Ruleset ruleset = Ruleset.bundled(version).classic();
            ruleset.texts().forEach(texts::putIfAbsent);
            ruleset.groupFiles().forEach((group, names) -> {
                Map<String, String> files = ruleset.groupTexts(group);
                String key = key(files);
                sets.putIfAbsent(key, files);
                uses.computeIfAbsent(key, k -> new ArrayList<>()).add(version.id() + " " + group);
            });
        }
        if (Files.isDirectory(out)) {
            try (var old = Files.list(out)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            Map<String, Future<byte[]>> jobs = new LinkedHashMap<>();
            sets.forEach((key, files) -> jobs.put(key, pool.submit(() -> compile(files))));
            StringBuilder index = new StringBuilder("# The bundled law precompiled to the executable model: "
                    + "KJAR (SHA-256 of its DRL files) and the law versions and question groups that use it\n");
            for (Map.Entry<String, Future<byte[]>> job : jobs.entrySet()) {
                byte[] kjar;
                try {
                    kjar = job.getValue().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("precompiling " + uses.get(job.getKey()) + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
                Files.write(out.resolve(job.getKey() + ".kjar"), kjar);
                index.append(job.getKey()).append(" = ").append(String.join(", ", uses.get(job.getKey())))
                        .append(" [").append(String.join(" ", new TreeMap<>(sets.get(job.getKey())).keySet()))
                        .append("]\n");
            }
            Files.writeString(out.resolve("index.txt"), index);
            writeIndex(out.resolve("descriptors.json"), texts);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("precompiled %d law versions into %d KJARs (%d version-group uses) in %.1f s%n",
                LawBook.bundled().size(), sets.size(), uses.values().stream().mapToInt(List::size).sum(),
                (System.nanoTime() - start) / 1e9);
    }
}
