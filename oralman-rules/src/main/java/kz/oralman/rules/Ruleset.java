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
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
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
    private static final String RESOURCES = "kz/oralman/rules/";
    private static final Pattern SUMMARY = Pattern.compile(
            "rule\\s+\"([^\"]+)\"\\s*\\n\\s*//\\s*(.+?)\\s*\\n((?:\\s*//.*\\n)*)", Pattern.MULTILINE);

    private final LawVersion version;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final ParameterTable parameters;
    private final String hash;
    private final String origin;

    private Ruleset(LawVersion version, KieBase kieBase, Map<String, RuleInfo> rules, ParameterTable parameters,
                    String hash, String origin) {
        this.origin = origin;
        this.version = version;
        this.kieBase = kieBase;
        this.rules = rules;
        this.parameters = parameters;
        this.hash = hash;
    }

    /**
     * Each thread's session of this version, reused from decision to decision and {@code reset()} between
     * them: setting up a new session's node and segment memory was about 40% of a decision. A session
     * is only ever used by the thread that holds it. The KieBase is built once under its own ReleaseId,
     * so no thread can hold a session of another version's KieBase (the likely cause of the "lost
     * logical insertion" once blamed on the session pool). A decision that did not end cleanly (a rule
     * error, the firing limit, a deadline) disposes its session instead of reusing it.
     */
    private final ThreadLocal<org.kie.api.runtime.KieSession> sessions = new ThreadLocal<>();

    /** For benchmarks only, not an API: {@code -Doralman.bench.freshSessions=true} gives up reuse, as before. */
    private static final boolean FRESH_SESSIONS = Boolean.getBoolean("oralman.bench.freshSessions");

    /** @return the calling thread's session, new or reset, with no facts in it */
    org.kie.api.runtime.KieSession acquireSession() {
        org.kie.api.runtime.KieSession session = sessions.get();
        if (session == null) {
            return kieBase.newKieSession();
        }
        sessions.remove();
        return session;
    }

    /**
     * Gives a session back after a decision: reset for the thread's next decision when it ended cleanly,
     * disposed otherwise.
     */
    void releaseSession(org.kie.api.runtime.KieSession session, boolean clean) {
        if (clean && !FRESH_SESSIONS
                && session instanceof org.drools.kiesession.session.StatefulKnowledgeSessionImpl impl) {
            impl.reset();
            sessions.set(session);
        } else {
            session.dispose();
        }
    }

    /** @return a new session, used once and disposed by the caller */
    org.kie.api.runtime.KieSession newSession() {
        return kieBase.newKieSession();
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
        if (rulesetId == null || rulesetId.isBlank()) {
            throw new IllegalArgumentException("rulesetId must not be blank\nMaybe name the folder");
        }
        return compile(rulesetId.strip(), version, drl, parametersJson);
    }

    static Ruleset compile(String origin, LawVersion version, Map<String, String> drl,
                                   String parametersJson) {
        ParameterTable parameters = ParameterTable.parse(parametersJson, "parameters.json");
        // fail fast: every required parameter the rules read must have a value from the version's first
        // day; an optional one (a benefit no source supports yet) may start later and is absent before
        parameters.checkServes(version.from());
        KieBase kieBase = build(version, drl);
        Map<String, String> summaries = new TreeMap<>();
        Map<String, String> files = new TreeMap<>();
        drl.forEach((name, text) -> {
            Matcher m = SUMMARY.matcher(text);
            while (m.find()) {
                summaries.put(m.group(1), m.group(2));
                files.put(m.group(1), name);
            }
        });
        Map<String, RuleInfo> catalogue = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = files.getOrDefault(rule.getName(), "?");
                Map<String, Object> meta = rule.getMetaData();
                Object act = meta.get("act");
                Object confidence = meta.get("confidence");
                Object verified = meta.get("verified");
                Confidence c = null;
                try {
                    c = confidence == null ? null : Confidence.valueOf(confidence.toString());
                } catch (IllegalArgumentException e) {
                    missing.add(file + ": rule \"" + rule.getName() + "\": @confidence(\"" + confidence
                            + "\") is not one of PRIMARY, SECONDARY, UNVERIFIED");
                }
                if (act == null || act.toString().isBlank()) {
                    missing.add(file + ": rule \"" + rule.getName() + "\" has no @act");
                }
                if (confidence == null) {
                    missing.add(file + ": rule \"" + rule.getName() + "\" has no @confidence");
                }
                if (verified == null) {
                    missing.add(file + ": rule \"" + rule.getName() + "\" has no @verified");
                } else if (c != null && Boolean.parseBoolean(verified.toString()) != c.isVerified()) {
                    missing.add(file + ": rule \"" + rule.getName() + "\": @verified(\"" + verified
                            + "\") contradicts @confidence(\"" + c + "\"); only PRIMARY is verified");
                }
                if (!summaries.containsKey(rule.getName())) {
                    missing.add(file + ": rule \"" + rule.getName()
                            + "\" does not state itself in a comment line right after its name");
                }
                if (act != null && c != null) {
                    LegalReference basis = new LegalReference(act.toString(), text(meta, "article"),
                            text(meta, "paragraph"), text(meta, "subParagraph"), version.revision(), c);
                    catalogue.put(rule.getName(), new RuleInfo(rule.getName(), basis, file,
                            summaries.getOrDefault(rule.getName(), "")));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RulesetException("law version " + version.id() + " has rules without complete metadata:\n  "
                    + String.join("\n  ", missing));
        }
        return new Ruleset(version, kieBase, Map.copyOf(catalogue), parameters,
                hash(version, drl, parameters, catalogue.keySet()), origin);
    }

    /** Makes every build's ReleaseId unique, even for two builds of the same sources at once. */
    private static final java.util.concurrent.atomic.AtomicLong BUILDS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Compiles the DRL of one version once, with a {@code KieBuilder} under a ReleaseId of its own, and
     * takes the module out of the global repository again. {@code KieHelper} puts every build under
     * the one id {@code org.default:artifact:1.0.0}, so two versions compiled at the same moment could
     * receive each other's KieBase; and its {@code verify()} then {@code build()} compiled twice.
     */
    private static KieBase build(LawVersion version, Map<String, String> drl) {
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

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? "" : v.toString();
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
            Messages messages = Messages.of(language);
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

    KieBase kieBase() {
        return kieBase;
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
