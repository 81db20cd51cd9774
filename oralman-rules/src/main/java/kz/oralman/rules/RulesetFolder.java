package kz.oralman.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.oralman.rules.check.RuleCheck;
import kz.oralman.rules.check.RuleProblem;
import kz.oralman.rules.check.RulesetRejectedException;

/**
 * Rulesets in a folder, so that legal researchers can edit the law without rebuilding the library.
 * Layout: {@code lawbook.json} (the versions and their DRL files), {@code parameters.json}, and
 * {@code drl/*.drl}. {@link #export} writes the bundled ruleset in that layout; {@link #load} checks a
 * folder with {@link RuleCheck} before anything is compiled, then compiles every version.
 *
 * <p>A folder is untrusted input (see {@code docs/security.md}): only regular files inside it are read,
 * never through a symbolic link, a device or a FIFO (the type is read before a file is opened); each
 * file's size and the folder's total are capped before anything is read, and reads are bounded.
 */
public final class RulesetFolder {
    private static final Pattern RULE_NAME = Pattern.compile("\\[Rule name='([^']+)'\\]|rule \"?([A-Z0-9_.]+)\"?");
    private static final Pattern SYMBOL = Pattern.compile(
            "The method (\\w+)\\(|(\\w+) cannot be resolved|The constructor (\\w+)\\(|(\\w+) is undefined|"
                    + "Unable to resolve ObjectType '(\\w+)'|unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(|"
                    + "Unable to Analyse Expression ([\\w$]+)");

    /** The largest {@code lawbook.json} or {@code parameters.json} read. */
    public static final long MAX_JSON_BYTES = 2_000_000;
    /** The largest DRL file read. */
    public static final long MAX_DRL_BYTES = 1_000_000;
    /** The most bytes of DRL a folder may hold in all. */
    public static final long MAX_FOLDER_BYTES = 8_000_000;
    /** The most DRL files a folder may hold. */
    public static final int MAX_FILES = 1_000;

    private RulesetFolder() {
    }

    /**
     * Writes the bundled law book, parameters and DRL files to a folder.
     *
     * @param dir the folder; created if missing; existing files of the same names are replaced
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> export(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("drl"));
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("lawbook.json"), LawBookFiles.exported(Ruleset.resource("kz/oralman/rules/lawbook.json"))));
        written.add(write(dir.resolve("parameters.json"),
                Ruleset.resource("kz/oralman/rules/parameters/parameters.json")));
        Set<String> files = new TreeSet<>();
        LawBook.bundled().forEach(v -> files.addAll(v.drlFiles()));
        for (String f : files) {
            written.add(write(dir.resolve("drl").resolve(f), Ruleset.resource("kz/oralman/rules/drl/" + f)));
        }
        Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        for (String language : Messages.LANGUAGES) {
            written.add(write(dir.resolve(MessageBundles.FOLDER).resolve(MessageBundles.fileName(language)),
                    MessageBundles.onlyRulesOf(MessageBundles.bundledText(language), exported(dir, files))));
        }
        return written;
    }

    /** The texts of the files exported, so the bundles written hold the texts of their rules only. */
    private static Map<String, String> exported(Path dir, Set<String> files) throws IOException {
        Map<String, String> drl = new TreeMap<>();
        for (String f : files) {
            drl.put(f, Files.readString(dir.resolve("drl").resolve(f), StandardCharsets.UTF_8));
        }
        return drl;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Checks a folder without compiling it: the law book, the parameters, and the safety and shape of
     * every DRL file.
     *
     * @param dir the folder
     * @return every problem; empty when the folder may be compiled
     */
    public static List<RuleProblem> check(Path dir) {
        List<RuleProblem> problems = new ArrayList<>();
        Contents contents = read(dir, problems);
        if (contents != null) {
            problems.addAll(RuleIdsByVersion.filter(RuleCheck.check(contents.drl()), contents.versions()));
            problems.addAll(kz.oralman.rules.check.MessageCheck.check(dir, contents.drl()));
        }
        return problems;
    }

    /**
     * Loads every law version of a folder: checks it, then compiles each version.
     *
     * @param dir the folder
     * @return the rulesets, oldest version first
     * @throws RulesetRejectedException with every problem, when the folder fails the check or a
     *     version does not compile; nothing is compiled when the check fails
     */
    public static List<Ruleset> load(Path dir) {
        List<RuleProblem> problems = new ArrayList<>();
        Contents contents = read(dir, problems);
        if (contents != null) {
            problems.addAll(RuleIdsByVersion.filter(RuleCheck.check(contents.drl()), contents.versions()));
            problems.addAll(kz.oralman.rules.check.MessageCheck.check(dir, contents.drl()));
        }
        if (!problems.isEmpty()) {
            throw new RulesetRejectedException(problems);
        }
        java.util.function.Function<String, Messages> texts = texts(dir);
        // the versions compile side by side, one per core: each build has a ReleaseId of its own
        List<java.util.concurrent.Callable<Ruleset>> builds = new ArrayList<>();
        for (LawVersion v : contents.versions()) {
            Map<String, String> files = new LinkedHashMap<>();
            v.drlFiles().forEach(f -> files.put(f, contents.drl().get(f)));
            builds.add(() -> {
                try {
                    return Ruleset.external(folderId(dir), v, files, contents.parameters(), texts);
                } catch (RulesetException e) {
                    throw new RulesetRejectedException(CompileErrors.locate(e.getMessage(), files));
                }
            });
        }
        int threads = Math.max(1, Math.min(builds.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "oralman-ruleset-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Ruleset> rulesets = new ArrayList<>();
            for (java.util.concurrent.Future<Ruleset> f : pool.invokeAll(builds)) {
                try {
                    rulesets.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return rulesets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + dir, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The law versions of a folder as an engine that compiles each version on first use: the folder
     * is checked whole first (nothing is compiled when the check fails), then a decision compiles only
     * the version its date needs.
     *
     * @param dir the folder
     * @return the engine; {@link OralmanEngine#ruleset} throws {@link RulesetRejectedException} with the
     *     located compiler messages when a version does not compile
     * @throws RulesetRejectedException with every problem, when the folder fails the check
     */
    public static OralmanEngine lazy(Path dir) {
        List<RuleProblem> problems = new ArrayList<>();
        Contents contents = read(dir, problems);
        if (contents != null) {
            problems.addAll(RuleIdsByVersion.filter(RuleCheck.check(contents.drl()), contents.versions()));
            problems.addAll(kz.oralman.rules.check.MessageCheck.check(dir, contents.drl()));
        }
        if (!problems.isEmpty()) {
            throw new RulesetRejectedException(problems);
        }
        java.util.function.Function<String, Messages> texts = texts(dir);
        return OralmanEngine.lazy(contents.versions(), v -> {
            Map<String, String> files = new LinkedHashMap<>();
            v.drlFiles().forEach(f -> files.put(f, contents.drl().get(f)));
            try {
                return Ruleset.external(folderId(dir), v, files, contents.parameters(), texts);
            } catch (RulesetException e) {
                throw new RulesetRejectedException(CompileErrors.locate(e.getMessage(), files));
            }
        });
    }

    /**
     * The texts a folder's decisions are explained with, for its ruleset hash: its own
     * {@code messages/} when it has them (checked already by {@code MessageCheck}), else the library's.
     */
    private static java.util.function.Function<String, Messages> texts(Path dir) {
        try {
            MessageBundles bundles = MessageBundles.folder(dir);
            return bundles.external() ? bundles::messages : Messages::of;
        } catch (java.io.IOException e) {
            throw new RulesetRejectedException(List.of(new RuleProblem(MessageBundles.FOLDER, 0, 0, "",
                    "messages", "the texts cannot be read: " + e.getMessage())));
        }
    }

    private record Contents(List<LawVersion> versions, String parameters, Map<String, String> drl) {
    }

    private static Contents read(Path dir, List<RuleProblem> problems) {
        Path root;
        try {
            if (!Files.isDirectory(dir)) {
                problems.add(new RuleProblem(dir.toString(), 0, 0, "", "folder", "not a folder"));
                return null;
            }
            root = dir.toRealPath();
        } catch (IOException e) {
            problems.add(new RuleProblem(dir.toString(), 0, 0, "", "folder", "cannot be read: " + e.getMessage()));
            return null;
        }
        List<LawVersion> versions;
        String parameters;
        try {
            versions = LawBook.parse(readMember(root, root.resolve("lawbook.json"), "lawbook.json", MAX_JSON_BYTES),
                    "lawbook.json");
            parameters = readMember(root, root.resolve("parameters.json"), "parameters.json", MAX_JSON_BYTES);
            ParameterTable.parse(parameters, "parameters.json");
        } catch (RulesetException | IOException e) {
            problems.add(new RuleProblem(e instanceof IOException ? "lawbook.json / parameters.json" : "", 0, 0, "",
                    "file", message(e)));
            return null;
        }
        Map<String, String> drl = new TreeMap<>();
        Path drlDir = root.resolve("drl");
        try {
            List<Path> files = new ArrayList<>();
            if (Files.exists(drlDir, LinkOption.NOFOLLOW_LINKS)) {
                BasicFileAttributes a = Files.readAttributes(drlDir, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!a.isDirectory()) {
                    problems.add(new RuleProblem("drl", 0, 0, "", "file", "drl is not a folder inside the rules folder"
                            + (a.isSymbolicLink() ? " (a symbolic link)" : "")));
                    return null;
                }
                try (Stream<Path> list = Files.list(drlDir)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().limit(MAX_FILES + 1L)
                            .forEach(files::add);
                }
            }
            if (files.size() > MAX_FILES) {
                problems.add(new RuleProblem("drl", 0, 0, "", "files", "the folder has more than " + MAX_FILES
                        + " DRL files"));
                return null;
            }
            long total = 0;
            for (Path f : files) {
                String name = f.getFileName().toString();
                long size;
                try {
                    size = SafeFiles.requireRegular(f, "drl/" + name, false);
                    if (size > MAX_DRL_BYTES) {
                        throw new SafeFiles.UnsafeFileException("drl/" + name + " is larger than "
                                + SafeFiles.describe(MAX_DRL_BYTES));
                    }
                } catch (SafeFiles.UnsafeFileException e) {
                    problems.add(new RuleProblem(name, 0, 0, "", "file", e.getMessage()));
                    continue;
                }
                total += size;
                if (total > MAX_FOLDER_BYTES) {
                    problems.add(new RuleProblem("drl", 0, 0, "", "files", "the DRL files are larger than "
                            + SafeFiles.describe(MAX_FOLDER_BYTES) + " in all"));
                    return null;
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    drl.put(name, readMember(root, f, "drl/" + name, MAX_DRL_BYTES));
                } catch (SafeFiles.UnsafeFileException e) {
                    problems.add(new RuleProblem(name, 0, 0, "", "file", e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new RuleProblem("drl", 0, 0, "", "file", "cannot be read: " + message(e)));
            return null;
        }
        for (LawVersion v : versions) {
            for (String f : v.drlFiles()) {
                if (!drl.containsKey(f) && problems.stream().noneMatch(p -> p.file().equals(f))) {
                    problems.add(new RuleProblem("lawbook.json", 0, 0, "", "drl", "version " + v.id() + " names drl/"
                            + f + ", which is not in the folder"));
                }
            }
        }
        return problems.isEmpty() ? new Contents(versions, parameters, drl) : null;
    }

    private static String message(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? e.getMessage() + ": no such file" : e.getMessage();
    }

    /**
     * Reads a member of the rules folder: a regular file, not a link, whose real path stays inside the
     * folder, no larger than the cap (checked before reading, and the read is bounded).
     */
    private static String readMember(Path root, Path f, String name, long maxBytes) throws IOException {
        SafeFiles.requireRegular(f, name, false);
        if (!f.toRealPath().startsWith(root)) {
            throw new SafeFiles.UnsafeFileException(name + " lies outside the rules folder");
        }
        return SafeFiles.readText(f, name, maxBytes, false);
    }

    /**
     * Turns the compiler's messages into problems with a real line and column: Drools reports column 0
     * and points an error inside a {@code then} block at the rule's first line; this finds the symbol
     * the message names inside that rule's consequence.
     */
    static List<RuleProblem> locate(String message, Map<String, String> files) {
        List<RuleProblem> out = new ArrayList<>();
        for (String raw : message.split("\n")) {
            String line = raw.strip();
            Matcher head = Pattern.compile("^(ERROR|WARNING) ([^:]*):(-?\\d+): (.*)$").matcher(line);
            if (!head.find()) {
                continue;
            }
            String file = head.group(2);
            int row = Math.max(0, Integer.parseInt(head.group(3)));
            String text = head.group(4);
            int column = 0;
            Matcher lc = Pattern.compile("[Ll]ine (\\d+):(\\d+)").matcher(text);
            if (lc.find()) {
                row = Integer.parseInt(lc.group(1));
                column = Integer.parseInt(lc.group(2)) + 1;
            }
            String rule = "";
            Matcher rn = RULE_NAME.matcher(text);
            if (rn.find()) {
                rule = rn.group(1) != null ? rn.group(1) : rn.group(2);
            }
            String source = files.get(file);
            Matcher sym = SYMBOL.matcher(text);
            if (source != null && sym.find()) {
                String symbol = null;
                for (int g = 1; g <= sym.groupCount() && symbol == null; g++) {
                    symbol = sym.group(g);
                }
                int from = 0;
                if (!rule.isEmpty()) {
                    int r = source.indexOf("rule \"" + rule + "\"");
                    from = r < 0 ? 0 : r;
                }
                String masked = RuleCheck.maskForPositions(source);
                Matcher at = Pattern.compile("\\b" + Pattern.quote(symbol) + "\\b").matcher(masked);
                if (at.find(from)) {
                    int[] pos = RuleCheck.positionOf(source, at.start());
                    row = pos[0];
                    column = pos[1];
                }
            }
            out.add(new RuleProblem(file, row, column, rule, head.group(1).equals("ERROR") ? "compile" : "warning",
                    text));
        }
        if (out.isEmpty()) {
            out.add(new RuleProblem("", 0, 0, "", "compile", message));
        }
        return out;
    }

    /** The id an external folder's decisions name: the folder's own name. */
    private static String folderId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? "folder" : name.toString();
    }
}
