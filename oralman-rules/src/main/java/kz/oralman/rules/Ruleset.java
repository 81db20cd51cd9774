package kz.oralman.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.model.decision.Confidence;
import kz.oralman.model.decision.LegalReference;
import java.util.Set;
import kz.oralman.model.Question;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;

/**
 * The compiled rules of one law version: its KieBase (built once, shared by all threads), the
 * catalogue of its rules with their metadata, its parameters, and the hash of its sources.
 */
public final class Ruleset {
    static final String RESOURCES = "kz/oralman/rules/";
    private static final Pattern SUMMARY = Pattern.compile(
            "rule\\s+\"([^\"]+)\"\\s*\\n\\s*//\\s*(.+?)\\s*\\n((?:\\s*//.*\\n)*)", Pattern.MULTILINE);

    private final LawVersion version;
    private final Map<String, String> drl;
    private final Map<String, List<String>> groupFiles;
    private final java.util.concurrent.ConcurrentHashMap<String, KieBase> kieBases =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, ThreadLocal<org.kie.api.runtime.KieSession>> sessions;
    private final Map<String, RuleInfo> rules;
    private final ParameterTable parameters;
    private final String hash;
    private final String origin;
    private final boolean precompiled;

    private Ruleset(LawVersion version, Map<String, String> drl, Map<String, List<String>> groupFiles,
                    Map<String, RuleInfo> rules, ParameterTable parameters, String hash, String origin,
                    boolean precompiled) {
        this.origin = origin;
        this.precompiled = precompiled;
        this.version = version;
        this.drl = drl;
        this.groupFiles = groupFiles;
        Map<String, ThreadLocal<org.kie.api.runtime.KieSession>> perGroup = new TreeMap<>();
        groupFiles.keySet().forEach(g -> perGroup.put(g, new ThreadLocal<>()));
        this.sessions = Map.copyOf(perGroup);
        this.rules = rules;
        this.parameters = parameters;
        this.hash = hash;
    }

    /**
     * For benchmarks and comparisons only, not an API: {@code -Doralman.classic=true} compiles the
     * bundled law from its DRL at run time, as before it was precompiled.
     */
    private static final boolean CLASSIC = Boolean.getBoolean("oralman.classic");

    /**
     * The same ruleset compiling its KieBases from the DRL at run time (the classic way), never loading
     * the precompiled executable model: for tests that require both ways to decide alike.
     *
     * @return a ruleset of the same version, texts, parameters and hash
     */
    Ruleset classic() {
        return new Ruleset(version, drl, groupFiles, rules, parameters, hash, origin, false);
    }

    /** @return whether a question group's KieBase is loaded precompiled when the library holds it */
    boolean usesPrecompiled() {
        return precompiled;
    }

    /** For benchmarks only, not an API: {@code -Doralman.bench.freshSessions=true} gives up reuse, as before. */
    private static final boolean FRESH_SESSIONS = Boolean.getBoolean("oralman.bench.freshSessions");

    /**
     * Each thread's session of this version, reused from decision to decision and {@code reset()} between
     * them: setting up a new session's node and segment memory was about 40% of a decision. A session
     * is only ever used by the thread that holds it. The KieBase is built once under its own ReleaseId,
     * so no thread can hold a session of another version's KieBase (the likely cause of the "lost
     * logical insertion" once blamed on the session pool). A decision that did not end cleanly (a rule
     * error, the firing limit, a deadline) disposes its session instead of reusing it.
     */
    /** @return the calling thread's session of a question's group, new or reset, with no facts in it */
    org.kie.api.runtime.KieSession acquireSession(Question question) {
        ThreadLocal<org.kie.api.runtime.KieSession> local = sessions.get(group(question));
        org.kie.api.runtime.KieSession session = local.get();
        if (session == null) {
            return kieBase(question).newKieSession();
        }
        local.remove();
        return session;
    }

    /**
     * Gives a session back after a decision: reset for the thread's next decision of the group when it
     * ended cleanly, disposed otherwise.
     */
    void releaseSession(Question question, org.kie.api.runtime.KieSession session, boolean clean) {
        if (clean && !FRESH_SESSIONS
                && session instanceof org.drools.kiesession.session.StatefulKnowledgeSessionImpl impl) {
            impl.reset();
            sessions.get(group(question)).set(session);
        } else {
            session.dispose();
        }
    }

    /**
     * A new session of a question's group, used once and disposed by the caller.
     *
     * @param question the question
     * @return the session
     */
    org.kie.api.runtime.KieSession newSession(Question question) {
        return kieBase(question).newKieSession();
    }

    /**
     * Compiles a bundled law version from the library's resources.
     *
     * @param version the version
     * @return the ruleset
     * @throws RulesetException if a file is missing, does not compile, or a rule lacks metadata
     */
    public static Ruleset bundled(LawVersion version) {
        Map<String, String> drl = new LinkedHashMap<>();
        for (String file : version.drlFiles()) {
            drl.put(file, resource(RESOURCES + "drl/" + file));
        }
        return compile(BUNDLED, version, drl, resource(RESOURCES + "parameters/parameters.json"));
    }

    /** The origin of the rulesets bundled with the library. */
    static final String BUNDLED = "";

    /**
     * Compiles a law version from DRL sources and a parameter table.
     *
     * @param version the version
     * @param drl DRL sources by file name
     * @param parametersJson the parameter table
     * @return the ruleset
     * @throws RulesetException if a file does not compile or a rule lacks metadata
     */
    public static Ruleset compile(LawVersion version, Map<String, String> drl, String parametersJson) {
        return compile("external", version, drl, parametersJson);
    }

    /**
     * Compiles a law version of an external ruleset, such as a folder a legal researcher edited. Its
     * decisions name the ruleset ({@link #lawVersionLabel()}), never passing for the bundled law.
     *
     * @param rulesetId the external ruleset's id, such as the folder's name; not blank
     * @param version the version
     * @param drl DRL sources by file name
     * @param parametersJson the parameter table
     * @return the ruleset
     * @throws RulesetException if a file does not compile or a rule lacks metadata
     */
    public static Ruleset external(String rulesetId, LawVersion version, Map<String, String> drl,
                                   String parametersJson) {
        return external(rulesetId, version, drl, parametersJson, Messages::of);
    }

    /**
     * An external ruleset whose rules have texts of their own (a folder's {@code messages/}): its hash
     * covers those texts, not the library's, since they are what its decisions are explained with.
     */
    static Ruleset external(String rulesetId, LawVersion version, Map<String, String> drl, String parametersJson,
                            java.util.function.Function<String, Messages> messages) {
        if (rulesetId == null || rulesetId.isBlank()) {
            throw new IllegalArgumentException("rulesetId must not be blank\nMaybe name the folder");
        }
        return compile(rulesetId.strip(), version, drl, parametersJson, messages);
    }

    static Ruleset compile(String origin, LawVersion version, Map<String, String> drl,
                                   String parametersJson) {
        return compile(origin, version, drl, parametersJson, Messages::of);
    }

    private static Ruleset compile(String origin, LawVersion version, Map<String, String> drl,
                                   String parametersJson, java.util.function.Function<String, Messages> messages) {
        ParameterTable parameters = ParameterTable.parse(parametersJson, "parameters.json");
        // fail fast: every required parameter the rules read must have a value from the version's first
        // day; an optional one (a benefit no source supports yet) may start later and is absent before
        parameters.checkServes(version.from());
        Map<String, String> summaries = new TreeMap<>();
        drl.forEach((name, text) -> {
            Matcher m = SUMMARY.matcher(text);
            while (m.find()) {
                summaries.put(m.group(1), m.group(2));
            }
        });
        Map<String, RuleInfo> catalogue = new TreeMap<>();
        Map<String, Set<Question>> fileQuestions = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> f : drl.entrySet()) {
            String file = f.getKey();
            Set<Question> questions = java.util.EnumSet.noneOf(Question.class);
            for (RuleDescriptor rule : describe(file, f.getValue(), origin.equals(BUNDLED))) {
                questions.addAll(rule.asked());
                Object act = rule.annotations().get("act");
                Object confidence = rule.annotations().get("confidence");
                Object verified = rule.annotations().get("verified");
                Confidence c = null;
                try {
                    c = confidence == null ? null : Confidence.valueOf(confidence.toString());
                } catch (IllegalArgumentException e) {
                    missing.add(file + ": rule \"" + rule.name() + "\": @confidence(\"" + confidence
                            + "\") is not one of PRIMARY, SECONDARY, UNVERIFIED");
                }
                if (act == null || act.toString().isBlank()) {
                    missing.add(file + ": rule \"" + rule.name() + "\" has no @act");
                }
                if (confidence == null) {
                    missing.add(file + ": rule \"" + rule.name() + "\" has no @confidence");
                }
                if (verified == null) {
                    missing.add(file + ": rule \"" + rule.name() + "\" has no @verified");
                } else if (c != null && Boolean.parseBoolean(verified.toString()) != c.isVerified()) {
                    missing.add(file + ": rule \"" + rule.name() + "\": @verified(\"" + verified
                            + "\") contradicts @confidence(\"" + c + "\"); only PRIMARY is verified");
                }
                if (!summaries.containsKey(rule.name())) {
                    missing.add(file + ": rule \"" + rule.name()
                            + "\" does not state itself in a comment line right after its name");
                }
                if (act != null && c != null) {
                    LegalReference basis = new LegalReference(act.toString(), rule.text("article"),
                            rule.text("paragraph"), rule.text("subParagraph"), version.revision(), c);
                    basis = basis.withText(LegalTexts.bundled().quote(basis, version.from()));
                    catalogue.put(rule.name(), new RuleInfo(rule.name(), basis, file,
                            summaries.getOrDefault(rule.name(), "")));
                }
            }
            fileQuestions.put(file, questions);
        }
        if (!missing.isEmpty()) {
            throw new RulesetException("law version " + version.id() + " has rules without complete metadata:\n  "
                    + String.join("\n  ", missing));
        }
        checkReferences(version, drl);
        Ruleset ruleset = new Ruleset(version, Map.copyOf(drl), groups(fileQuestions), Map.copyOf(catalogue),
                parameters, hash(version, drl, parameters, catalogue.keySet(), messages), origin,
                origin.equals(BUNDLED) && !CLASSIC);
        if (!ruleset.isBundled()) {
            // an external ruleset fails fast: the version compiles now, once and whole, with its errors,
            // not at a decision; the question groups' KieBases are built when first asked
            build(version, drl);
        }
        return ruleset;
    }

    /**
     * The question groups, each with a KieBase of its own holding only the files its questions need:
     * a smaller network to set up per session, and a cold start that compiles one group, not all.
     */
    private static final Map<Question, String> GROUPS = Map.of(Question.STATUS_ASSIGNMENT, "status",
            Question.STATUS_EXTENSION, "status", Question.CENTRE_PLACEMENT, "centre", Question.QUOTA_INCLUSION,
            "quota", Question.SIMPLIFIED_CITIZENSHIP, "citizenship");

    static String group(Question q) {
        return GROUPS.getOrDefault(q, q.name());
    }

    /**
     * The files of each group: a file belongs to the groups of the questions its rules ask about. A
     * rule whose {@code Ask} pattern names no question, or names them in any way but
     * {@code question == Question.X} or {@code question in (Question.X, ...)}, or that has no
     * {@code Ask} pattern at all, puts its file in every group: a file is only left out of a group
     * when none of its rules can fire for that group's questions.
     */
    private static Map<String, List<String>> groups(Map<String, Set<Question>> fileQuestions) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Question q : Question.values()) {
            List<String> files = out.computeIfAbsent(group(q), g -> new ArrayList<>());
            fileQuestions.forEach((file, questions) -> {
                if (questions.contains(q) && !files.contains(file)) {
                    files.add(file);
                }
            });
        }
        out.replaceAll((g, files) -> List.copyOf(files));
        return Map.copyOf(out);
    }

    private static final Pattern ASK = Pattern.compile("\\bAsk\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern QUESTION_EQ = Pattern.compile("^\\s*question\\s*==\\s*Question\\.([A-Z_]+)\\s*(?:,.*)?$",
            Pattern.DOTALL);
    private static final Pattern QUESTION_IN = Pattern.compile(
            "^\\s*question\\s+in\\s*\\(\\s*(Question\\.[A-Z_]+(?:\\s*,\\s*Question\\.[A-Z_]+)*)\\s*\\)\\s*(?:,.*)?$",
            Pattern.DOTALL);

    /** The questions a rule can fire for, read from its {@code Ask} patterns; all when unsure. */
    private static Set<Question> asked(String text, RuleDescr rule) {
        Set<Question> all = java.util.EnumSet.allOf(Question.class);
        int start = rule.getStartCharacter();
        int end = rule.getEndCharacter();
        if (start < 0 || end <= start || end > text.length()) {
            return all;
        }
        String body = text.substring(start, end);
        int when = body.indexOf("when");
        int then = body.lastIndexOf("then");
        if (when < 0 || then < when) {
            return all;
        }
        Matcher m = ASK.matcher(body.substring(when, then));
        Set<Question> asked = java.util.EnumSet.noneOf(Question.class);
        boolean any = false;
        while (m.find()) {
            any = true;
            String constraint = m.group(1).replaceFirst("^\\s*\\$?\\w+\\s*:\\s*", "");
            Matcher eq = QUESTION_EQ.matcher(constraint);
            Matcher in = QUESTION_IN.matcher(constraint);
            Set<Question> these = java.util.EnumSet.noneOf(Question.class);
            try {
                if (eq.matches() && !constraint.contains("!=")) {
                    these.add(Question.valueOf(eq.group(1)));
                } else if (in.matches() && !constraint.contains("not in")) {
                    for (String q : in.group(1).split(",")) {
                        these.add(Question.valueOf(q.strip().substring("Question.".length())));
                    }
                } else {
                    return all;
                }
            } catch (IllegalArgumentException e) {
                return all;
            }
            asked.addAll(these);
        }
        return any ? asked : all;
    }

    /** The annotations the catalogue reads from a rule. */
    static final List<String> CATALOGUE_ANNOTATIONS = List.of("act", "confidence", "verified", "article",
            "paragraph", "subParagraph");

    /**
     * What the catalogue and the question groups need of one rule: its name, the catalogue's annotations
     * (unquoted; absent ones left out) and the questions it asks.
     *
     * @param name the rule's name
     * @param annotations the annotations by name
     * @param asked the questions the rule may decide
     */
    record RuleDescriptor(String name, Map<String, String> annotations, Set<Question> asked) {
        RuleDescriptor {
            annotations = Map.copyOf(annotations);
            asked = Set.copyOf(asked);
        }

        String text(String key) {
            return annotations.getOrDefault(key, "");
        }
    }

    /**
     * The rules of a DRL file as the catalogue reads them. A bundled file's are read from the index the
     * build wrote beside the precompiled law ({@link Precompiled}), keyed by the SHA-256 of the file's
     * text, so that loading the bundled law parses no DRL; any other text is parsed.
     *
     * @param file the file's name, for errors
     * @param text its DRL
     * @param bundled whether the file is the library's own
     * @return the rules, in file order
     */
    static List<RuleDescriptor> describe(String file, String text, boolean bundled) {
        if (bundled && !CLASSIC) {
            List<RuleDescriptor> indexed = Precompiled.descriptors(text);
            if (indexed != null) {
                return indexed;
            }
        }
        List<RuleDescriptor> rules = new ArrayList<>();
        for (RuleDescr rule : descriptors(file, text)) {
            Map<String, String> annotations = new TreeMap<>();
            for (String a : CATALOGUE_ANNOTATIONS) {
                Object v = annotation(rule, a);
                if (v != null) {
                    annotations.put(a, v.toString());
                }
            }
            rules.add(new RuleDescriptor(rule.getName(), annotations, asked(text, rule)));
        }
        return rules;
    }

    private static List<RuleDescr> descriptors(String file, String text) {
        org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser();
        try {
            org.drools.drl.ast.descr.PackageDescr pkg = parser.parse(false, text);
            if (parser.hasErrors() || pkg == null) {
                throw new RulesetException(file + ": " + parser.getErrors().stream().map(Object::toString)
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            return pkg.getRules();
        } catch (org.drools.drl.parser.DroolsParserException e) {
            throw new RulesetException(file + ": " + e.getMessage());
        }
    }

    private static Object annotation(RuleDescr rule, String name) {
        org.drools.drl.ast.descr.AnnotationDescr a = rule.getAnnotation(name);
        if (a == null) {
            return null;
        }
        Object v = a.getSingleValueStripped();
        return v == null ? null : org.drools.drl.ast.descr.AnnotationDescr.unquote(v.toString());
    }

    /** Makes every build's ReleaseId unique, even for two builds of the same sources at once. */
    private static final java.util.concurrent.atomic.AtomicLong BUILDS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Compiles the DRL of one version once, with a {@code KieBuilder} under a ReleaseId of its own, and
     * takes the module out of the global repository again. {@code KieHelper} puts every build under
     * the one id {@code org.default:artifact:1.0.0}, so two versions compiled at the same moment could
     * receive each other's KieBase; and its {@code verify()} then {@code build()} compiled twice.
     */
    static KieBase build(LawVersion version, Map<String, String> drl) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("kz.oralman.ruleset",
                version.id().replaceAll("[^A-Za-z0-9_.-]", "_"), "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((name, text) -> kfs.write(ks.getResources()
                .newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("src/main/resources/" + RESOURCES + name).setResourceType(ResourceType.DRL)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        try {
            Results results = builder.getResults();
            List<String> problems = new ArrayList<>();
            for (Message m : results.getMessages()) {
                if (m.getLevel() == Message.Level.ERROR || m.getLevel() == Message.Level.WARNING) {
                    String path = m.getPath() == null ? "" : m.getPath().replace("src/main/resources/", "")
                            .replace(RESOURCES, "");
                    problems.add(m.getLevel() + " " + path + ":" + m.getLine() + ": " + m.getText().strip());
                }
            }
            if (!problems.isEmpty()) {
                throw new RulesetException("law version " + version.id() + " does not compile cleanly:\n  "
                        + String.join("\n  ", problems));
            }
            return ks.newKieContainer(releaseId).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static final Pattern RULE_BLOCK = Pattern.compile("(?s)\\brule\\s+\"([^\"]+)\"(.*?)\\bend\\b");
    private static final Pattern ID_EQUALS = Pattern.compile("ruleId\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern ID_IN = Pattern.compile("ruleId\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern MET_OF = Pattern.compile("Met\\.of\\(\\s*drools\\s*,\\s*Condition\\.([A-Z0-9_]+)");

    /**
     * Checks what the DRL text refers to by name: every remaining literal rule-id reference
     * ({@code ruleId == "X"}, {@code ruleId in ("X", ...)}) must name a rule of this version, and every
     * condition the version requires for a grant must be derived ({@code Met.of(drools, Condition.C, ...)})
     * by some rule of it. A typo or a file left out of the version would otherwise flip decisions silently.
     *
     * @throws RulesetException naming the file, the rule and the reference, or the condition
     */
    static void checkReferences(LawVersion version, Map<String, String> drl) {
        java.util.Set<String> rules = new java.util.HashSet<>();
        drl.values().forEach(text -> {
            Matcher block = RULE_BLOCK.matcher(text.replaceAll("//[^\\n]*", ""));
            while (block.find()) {
                rules.add(block.group(1));
            }
        });
        List<String> problems = new ArrayList<>();
        java.util.Set<String> derived = new java.util.TreeSet<>();
        drl.forEach((file, text) -> {
            Matcher block = RULE_BLOCK.matcher(text.replaceAll("//[^\\n]*", ""));
            while (block.find()) {
                List<String> names = new ArrayList<>();
                Matcher eq = ID_EQUALS.matcher(block.group(2));
                while (eq.find()) {
                    names.add(eq.group(1));
                }
                Matcher in = ID_IN.matcher(block.group(2));
                while (in.find()) {
                    Matcher q = QUOTED.matcher(in.group(1));
                    while (q.find()) {
                        names.add(q.group(1));
                    }
                }
                for (String name : names) {
                    if (!rules.contains(name)) {
                        problems.add(file + ": rule \"" + block.group(1) + "\" refers to rule id \"" + name
                                + "\", which law version " + version.id() + " does not have");
                    }
                }
                Matcher met = MET_OF.matcher(block.group(2));
                while (met.find()) {
                    derived.add(met.group(1));
                }
            }
        });
        version.conditions().forEach((question, conditions) -> conditions.stream()
                .filter(c -> !derived.contains(c.name()))
                .forEach(c -> problems.add("lawbook: law version " + version.id() + " requires condition " + c
                        + " for " + question + ", but no rule of its DRL files derives Met.of(drools, Condition."
                        + c + ", ...)")));
        if (!problems.isEmpty()) {
            throw new RulesetException("law version " + version.id() + " has unresolved references:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * The ruleset hash: exactly what the version's decisions depend on, and nothing else. Its DRL
     * files (names and texts), its law book entry (every component of the {@link LawVersion}, the
     * terminology included), the parameter values in force on some day of its period (a value for a
     * later date, or a later version, leaves the hash alone), and the message texts of its rules in
     * every language.
     */
    static String hash(LawVersion version, Map<String, String> drl, ParameterTable parameters,
                       java.util.Collection<String> ruleIds) {
        return hash(version, drl, parameters, ruleIds, Messages::of);
    }

    /** The ruleset hash, with the texts its decisions are explained with: the library's or a folder's. */
    static String hash(LawVersion version, Map<String, String> drl, ParameterTable parameters,
                       java.util.Collection<String> ruleIds, java.util.function.Function<String, Messages> texts) {
        MessageDigest sha = sha256();
        field(sha, "oralman-ruleset/2");
        field(sha, version.toString());
        new TreeMap<>(drl).forEach((name, text) -> {
            field(sha, name);
            field(sha, text);
        });
        for (Parameter p : parameters.parameters()) {
            List<Parameter.Value> values = p.values();
            for (int i = 0; i < values.size(); i++) {
                LocalDate from = values.get(i).from();
                LocalDate until = i + 1 < values.size() ? values.get(i + 1).from() : LocalDate.MAX;
                boolean inWindow = from.isBefore(version.until().orElse(LocalDate.MAX))
                        && until.isAfter(version.from());
                if (inWindow) {
                    field(sha, p.id() + "@" + (from.isBefore(version.from()) ? version.from() : from) + "="
                            + values.get(i).value());
                }
            }
        }
        for (String language : Messages.LANGUAGES) {
            Messages messages = texts.apply(language);
            new java.util.TreeSet<>(ruleIds).forEach(id -> {
                String key = "rule." + id;
                field(sha, language + ":" + key + "=" + (messages.has(key) ? messages.text(key) : ""));
            });
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String resource(String path) {
        try (InputStream in = Ruleset.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new RulesetException("resource " + path + " is missing from the library");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesetException("resource " + path + " cannot be read: " + e.getMessage());
        }
    }

    /** @return the law version */
    public LawVersion version() {
        return version;
    }

    /** @return whether this is a law version bundled with the library, not an external ruleset */
    public boolean isBundled() {
        return origin.isEmpty();
    }

    /**
     * The name decisions give the law applied: the version id for a bundled version; for an external
     * ruleset {@code external:ID/VERSION#HASH12}, so that it never passes for the bundled law version.
     *
     * @return the label
     */
    public String lawVersionLabel() {
        return isBundled() ? version.id() : "external:" + origin + "/" + version.id() + "#" + hash.substring(0, 12);
    }

    /**
     * The KieBase of a question's group: for the bundled law the one precompiled at build time, else
     * compiled on first use (at load for an external ruleset).
     */
    KieBase kieBase(Question question) {
        return kieBase(group(question));
    }

    private KieBase kieBase(String group) {
        return kieBases.computeIfAbsent(group, g -> {
            Map<String, String> files = groupTexts(g);
            if (precompiled) {
                // the bundled law, precompiled at build time from these very texts (the key is their hash)
                Optional<KieBase> kieBase = Precompiled.load(files);
                if (kieBase.isPresent()) {
                    return kieBase.get();
                }
            }
            return build(version, files);
        });
    }

    /**
     * What keeps this version's DRL from compiling to Drools' executable model, the form the bundled
     * law is precompiled to at build time. An external ruleset runs without it (it is compiled the
     * classic way at load); {@code rules check} prints these as warnings, so that an amendment meant to
     * be bundled one day is written in DRL both compilers take (for instance, {@code unit} is a keyword
     * of the executable model's parser: write a method such as {@code countedIn(…)} instead of
     * {@code unit == …}).
     *
     * @return the problems as {@code FILE:LINE: text}, empty when the whole version compiles
     */
    public List<String> executableModelProblems() {
        return Precompiled.problems(drl);
    }

    /** @return the version's DRL texts by file name */
    Map<String, String> texts() {
        return drl;
    }

    /**
     * @param group a question group
     * @return the DRL texts of its files, by file name
     */
    Map<String, String> groupTexts(String group) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        groupFiles.get(group).forEach(f -> files.put(f, drl.get(f)));
        return files;
    }

    /**
     * @param question a question
     * @return whether its group's KieBase has been built or loaded
     */
    boolean kieBaseBuilt(Question question) {
        return kieBases.containsKey(group(question));
    }

    /**
     * @param question a question
     * @return whether its group's KieBase, once built, came precompiled (false before it is built)
     */
    boolean precompiledFor(Question question) {
        KieBase kb = kieBases.get(group(question));
        return kb != null && precompiled && Precompiled.load(groupTexts(group(question))).orElse(null) == kb;
    }

    /** @return the files of each question group, for tests and tools */
    Map<String, List<String>> groupFiles() {
        return groupFiles;
    }

    /** @return a KieBase of all the version's files, compiled anew: for tests that compare with the groups */
    KieBase wholeKieBase() {
        return build(version, drl);
    }

    /** @return the rules by id */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /**
     * A rule by id.
     *
     * @param id the rule id
     * @return the rule, if the ruleset has it
     */
    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** @return the parameter table */
    public ParameterTable parameters() {
        return parameters;
    }

    /** @return SHA-256 of what the version's decisions depend on (see {@link #hash(LawVersion, Map, ParameterTable, java.util.Collection)}), in hex */
    public String hash() {
        return hash;
    }
}
