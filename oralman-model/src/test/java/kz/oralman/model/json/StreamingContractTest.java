package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import kz.oralman.model.Case;
import kz.oralman.model.CaseGenerator;
import kz.oralman.model.json.HostileCorpus.Doc;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader and the streamed canonical writer against the tree-based ones they replace, which
 * stay as the oracle: on every sample case, on thousands of generated cases (canonical, compact and with
 * shuffled fields) and on the seeded hostile corpus, the streaming reader either gives up or gives the
 * case the checking reader gives, never a case the checking reader refuses; {@link CaseJson#read(String)}
 * gives the same case or the same problems, pointer for pointer; and the streamed text and hash equal the
 * tree's text and the SHA-256 of that text.
 *
 * <p>The seed comes from {@code oralman.seed} or is random, and a failure names it.
 */
class StreamingContractTest {
    static final long SEED = Long.getLong("oralman.seed", new SecureRandom().nextLong());
    static final int CASES = Math.max(1, Integer.getInteger("oralman.cases", 3000));
    static final int DOCS = Math.max(1, Integer.getInteger("oralman.hostile.docs", 12_000));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a reader made of a document: a case, or the problems. */
    private record Outcome(Case value, List<Problem> problems) {
        static Outcome of(Reader reader, String json) {
            try {
                return new Outcome(reader.read(json), null);
            } catch (InvalidCaseException e) {
                return new Outcome(null, e.problems());
            }
        }
    }

    private interface Reader {
        Case read(String json) throws InvalidCaseException;
    }

    /** The oracle: the whole-document checks of CaseJson.read, then the checking (tree) reader. */
    private static Outcome oracle(String json) {
        return Outcome.of(s -> {
            String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
            if (t.length() > CaseJson.MAX_DOCUMENT_CHARS) {
                return CaseJson.read(s); // refused before any parsing, the same in both
            }
            return CaseJson.readChecking(t);
        }, json);
    }

    /** Checks one document; returns a failure description, or null. Counts fast-path hits. */
    private static String check(String json, int[] counts) {
        Outcome expected = oracle(json);
        Outcome actual = Outcome.of(CaseJson::read, json);
        if (!expected.equals(actual)) {
            return "CaseJson.read differs from the checking reader: " + actual + " instead of " + expected;
        }
        String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (body.length() > CaseJson.MAX_DOCUMENT_CHARS) {
            return null;
        }
        Case fast = CaseStreamReader.tryRead(CaseJson.mapper(), body);
        if (expected.value() == null) {
            if (fast != null) {
                return "the streaming reader accepted a document the checking reader refuses with "
                        + expected.problems() + ": " + fast;
            }
            counts[1]++;
        } else {
            if (fast == null) {
                counts[2]++; // gave up on a valid document: allowed (the checking reader reads it), counted
            } else if (!fast.equals(expected.value())) {
                return "the streaming reader read a different case: " + fast + " instead of " + expected.value();
            } else {
                counts[0]++;
            }
        }
        return null;
    }

    @Test
    void hostileCorpus_streamingReaderAgreesWithTheCheckingReader() {
        List<String> failures = new ArrayList<>();
        int[] counts = new int[3];
        List<Doc> docs = new ArrayList<>(HostileCorpus.specimens());
        for (int i = 0; i < DOCS; i++) {
            docs.add(HostileCorpus.document(SEED, i));
        }
        for (Doc doc : docs) {
            String failure = check(doc.json(), counts);
            if (failure != null && failures.size() < 10) {
                failures.add("#" + doc.index() + " (" + doc.kind() + "): " + failure + "\n"
                        + abbreviate(doc.json()));
            }
        }
        if (!failures.isEmpty()) {
            fail("seed " + SEED + " (-Doralman.seed=" + SEED + "):\n" + String.join("\n\n", failures));
        }
        assertTrue(counts[0] > 0 && counts[1] > 0, "both paths exercised: " + counts[0] + " valid read fast, "
                + counts[1] + " refused");
        // the fast path may give up on a valid document only for forms it does not read itself
        assertEquals(0, counts[2], "valid documents the streaming reader gave up on, seed " + SEED);
    }

    @Test
    void generatedCases_readFastAndWriteAndHashLikeTheTree() throws Exception {
        Random random = new Random(SEED);
        CaseGenerator generator = new CaseGenerator(random);
        int[] counts = new int[3];
        for (int i = 0; i < CASES; i++) {
            Case c = generator.next();
            String where = "case " + i + " of seed " + SEED + " (-Doralman.seed=" + SEED + ")";
            ObjectNode tree = CaseJson.toTree(c);
            String canonical = Canonical.print(tree);
            assertEquals(canonical, CaseJson.write(c), where);
            String expectedHash = sha256Hex(canonical);
            assertEquals(expectedHash, HexFormat.of().formatHex(Canonical.sha256(tree)), where);
            assertEquals(expectedHash, CaseJson.hash(c), where);
            assertEquals(expectedHash, CaseJson.hash(c), where + ", cached");
            for (String json : List.of(canonical, Canonical.printLine(tree),
                    Canonical.print(shuffled(tree, random)), "\uFEFF" + Canonical.printLine(shuffled(tree, random)))) {
                String failure = check(json, counts);
                assertNull(failure, () -> where + ": " + failure + "\n" + abbreviate(json));
                assertEquals(c, CaseJson.read(json), where);
            }
        }
        assertEquals(CASES * 4, counts[0], "every generated document read by the streaming reader");
    }

    @Test
    void sampleCases_readFastAndHashLikeTheirCanonicalText() throws Exception {
        Path repo = Docs.dir().getParent();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(repo.resolve("oralman-examples/cases"), repo.resolve("docs/examples"),
                repo.resolve("docs/examples/invalid"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        int valid = 0;
        int[] counts = new int[3];
        for (Path file : files) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            boolean invalidDir = file.getParent().endsWith("invalid");
            if (!invalidDir && !MAPPER.readTree(json).path("format").asText().equals(CaseJson.FORMAT)) {
                continue; // a decision or another document
            }
            String failure = check(json, counts);
            assertNull(failure, () -> file + ": " + failure);
            Outcome o = oracle(json);
            if (o.value() != null) {
                valid++;
                Case c = o.value();
                String canonical = Canonical.print(CaseJson.toTree(c));
                assertEquals(canonical, CaseJson.write(c), file.toString());
                assertEquals(sha256Hex(canonical), CaseJson.hash(c), file.toString());
            }
        }
        assertTrue(valid >= 40, "sample cases found: " + valid + " in " + files.size() + " files");
        assertEquals(0, counts[2], "sample cases the streaming reader gave up on");
    }

    @Test
    void hash_isCachedPerInstance_andEqualCasesHashEqually() throws Exception {
        Case c = new CaseGenerator(new Random(SEED)).next();
        Case copy = CaseJson.read(CaseJson.write(c));
        assertEquals(c, copy);
        String first = CaseJson.hash(c);
        assertEquals(first, CaseJson.hash(copy));
        assertEquals(first, CaseJson.hash(c));
        IdentityCache<Object, String> cache = new IdentityCache<>(4);
        int[] computed = new int[1];
        Object key = new Object();
        cache.get(key, k -> "v" + computed[0]++);
        assertEquals("v0", cache.get(key, k -> "v" + computed[0]++));
        assertEquals(1, computed[0]);
        assertNotNull(cache.get(new Object(), k -> "w"));
    }

    @Test
    void utf8Digest_encodesLikeStringGetBytes_acrossChunksAndBuffers() throws Exception {
        Random random = new Random(SEED);
        char[] pool = {'a', '"', '\n', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u04d8', '\u4e2d',
            '\uffff', '\ud858', '\udf01', '\ud83d', '\ude00', '\udbff', '\udfff', '\ud800', '\udc00'};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 20_000 : 64);
            for (int k = 0; k < length; k++) {
                sb.append(random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : (char) ('a' + random.nextInt(26)));
            }
            String text = sb.toString();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Canonical.Utf8Digest out = new Canonical.Utf8Digest(sha)) {
                int at = 0;
                while (at < text.length()) {
                    int n = Math.min(text.length() - at, 1 + random.nextInt(9000));
                    switch (random.nextInt(3)) {
                        case 0 -> out.write(text.toCharArray(), at, n);
                        case 1 -> out.write(text, at, n);
                        default -> {
                            n = 1;
                            out.write(text.charAt(at));
                        }
                    }
                    at += n;
                }
            }
            String where = "string " + i + " of seed " + SEED;
            assertEquals(sha256Hex(text), HexFormat.of().formatHex(sha.digest()), where);
        }
    }

    @Test
    void digestOut_printsLikeCanonicalPrint_forEveryCharAndRandomTrees() throws Exception {
        Random random = new Random(SEED);
        for (int c = 0; c <= 0xFFFF; c += c < 0x3000 ? 1 : 7) {
            ObjectNode tree = JsonNodeFactory.instance.objectNode();
            tree.put("s" + (char) c, "x" + (char) c + "y");
            assertEquals(sha256Hex(Canonical.print(tree)), digestOf(tree), "char " + Integer.toHexString(c));
        }
        for (int i = 0; i < 3000; i++) {
            JsonNode tree = randomTree(random, 0);
            assertEquals(sha256Hex(Canonical.print(tree)), digestOf(tree), "tree " + i + " of seed " + SEED + ": "
                    + abbreviate(tree.toString()));
        }
    }

    private static String digestOf(JsonNode tree) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        CanonicalOut.Digest out = new CanonicalOut.Digest(sha);
        walk(tree, out);
        out.finish();
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void walk(JsonNode node, CanonicalOut out) throws Exception {
        if (node.isObject()) {
            out.writeStartObject();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.writeFieldName(e.getKey());
                walk(e.getValue(), out);
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode item : node) {
                walk(item, out);
            }
            out.writeEndArray();
        } else if (node.isInt()) {
            out.writeNumber(node.intValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else {
            out.writeString(node.textValue());
        }
    }

    private static JsonNode randomTree(Random random, int depth) {
        int kind = depth >= 4 ? 2 + random.nextInt(3) : random.nextInt(5);
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (kind) {
            case 0 -> {
                ObjectNode o = f.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set(randomString(random), randomTree(random, depth + 1));
                }
                return o;
            }
            case 1 -> {
                ArrayNode a = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomTree(random, depth + 1));
                }
                return a;
            }
            case 2 -> {
                return f.numberNode(random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(100) - 50);
            }
            case 3 -> {
                return f.booleanNode(random.nextBoolean());
            }
            default -> {
                return f.textNode(randomString(random));
            }
        }
    }

    private static String randomString(Random random) {
        char[] pool = {'a', 'Z', '"', '\\', '/', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u00e9', '\u04d8', '\u2028',
            '\ud858', '\udf01', '\ud800', '\udc00', '\uffff', ' '};
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            sb.append(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    /** The tree with the fields of every object in a random order (the contract does not fix the order). */
    private static JsonNode shuffled(JsonNode node, Random random) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            Collections.shuffle(fields, random);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : fields) {
                out.set(e.getKey(), shuffled(e.getValue(), random));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(shuffled(item, random)));
            return out;
        }
        return node;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String json) {
        return json.length() > 600 ? json.substring(0, 600) + "..." : json;
    }
}
