package kz.oralman.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.kie.internal.utils.KieHelper;

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

    private Ruleset(LawVersion version, KieBase kieBase, Map<String, RuleInfo> rules, ParameterTable parameters,
                    String hash) {
        this.version = version;
        this.kieBase = kieBase;
        this.rules = rules;
        this.parameters = parameters;
        this.hash = hash;
    }

    /**
     * A new session. Drools' KieSessionsPool was tried and dropped: under concurrent use a reused
     * session once lost a logical insertion (a finding missing from a decision), and correctness comes
     * before the few microseconds it saved.
     */
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
        return compile(version, drl, resource(RESOURCES + "parameters/parameters.json"));
    }

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
        ParameterTable parameters = ParameterTable.parse(parametersJson, "parameters.json");
        // fail fast: every parameter the rules read must have a value from the version's first day
        parameters.on(version.from());
        KieHelper helper = new KieHelper();
        drl.forEach((name, text) -> helper.addResource(
                org.kie.internal.io.ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                        .setSourcePath("kz/oralman/rules/" + name).setResourceType(ResourceType.DRL),
                ResourceType.DRL));
        Results results = helper.verify();
        List<String> problems = new ArrayList<>();
        for (Message m : results.getMessages()) {
            if (m.getLevel() == Message.Level.ERROR || m.getLevel() == Message.Level.WARNING) {
                String path = m.getPath() == null ? "" : m.getPath().replace("kz/oralman/rules/", "");
                problems.add(m.getLevel() + " " + path + ":" + m.getLine() + ": " + m.getText().strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesetException("law version " + version.id() + " does not compile cleanly:\n  "
                    + String.join("\n  ", problems));
        }
        KieBase kieBase = helper.build();
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
                    basis = basis.withText(LegalTexts.bundled().quote(basis, version.from()));
                    catalogue.put(rule.getName(), new RuleInfo(rule.getName(), basis, file,
                            summaries.getOrDefault(rule.getName(), "")));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RulesetException("law version " + version.id() + " has rules without complete metadata:\n  "
                    + String.join("\n  ", missing));
        }
        return new Ruleset(version, kieBase, Map.copyOf(catalogue), parameters, hash(drl, parametersJson));
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? "" : v.toString();
    }

    private static String hash(Map<String, String> drl, String parameters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(drl).forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            sha.update(parameters.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
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

    /** @return SHA-256 of the DRL sources and parameters, in hex */
    public String hash() {
        return hash;
    }
}
