package kz.oralman.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.oralman.model.Case;
import kz.oralman.model.json.HostileCorpus.Doc;
import kz.oralman.model.json.HostileCorpus.Expect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input: {@link CaseJson#read(String)} either returns a case, only for a document that is in fact
 * valid, or throws {@link InvalidCaseException} with problems whose JSON Pointers are {@code ""} or point
 * into the document (at a value, or at a missing field of a real object). Never any other exception, error
 * or hang.
 *
 * <p>The corpus has {@code oralman.hostile.docs} documents (default 12,000) made by {@link HostileCorpus}
 * from the seed {@code oralman.seed}, or a random one; a failure names the seed and the documents, so that
 * {@code mvn -pl oralman-model test -Dtest=HostileInputTest -Doralman.seed=SEED} repeats it. The timeouts
 * only stop a hang; they are far above the time the corpus needs.
 */
class HostileInputTest {
    static final long SEED = Long.getLong("oralman.seed", new SecureRandom().nextLong());
    static final int DOCS = Math.max(1, Integer.getInteger("oralman.hostile.docs", 12_000));

    private static final ObjectMapper LENIENT = new ObjectMapper();
    private static final int MAX_REPORTED = 15;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void corpus_isReadOrRefusedAtRealPaths_neverCrashes() {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < DOCS; i++) {
            Doc doc;
            try {
                doc = HostileCorpus.document(SEED, i);
            } catch (RuntimeException e) {
                failures.add("#" + i + ": the corpus could not make the document: " + trace(e));
                continue;
            }
            String failure = check(doc);
            if (failure != null) {
                count++;
                if (failures.size() < MAX_REPORTED) {
                    failures.add(describe(doc, failure));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(count + " of " + DOCS + " hostile documents failed for seed " + SEED
                    + "\nMaybe rerun with -Doralman.seed=" + SEED + " -Dtest=HostileInputTest\n\n"
                    + String.join("\n\n", failures));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void specimens_areReadOrRefusedAtRealPaths_neverCrash() {
        List<String> failures = new ArrayList<>();
        for (Doc doc : HostileCorpus.specimens()) {
            String failure = check(doc);
            if (failure != null) {
                failures.add(describe(doc, failure));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " specimens failed\n\n" + String.join("\n\n", failures));
        }
    }

    @Test
    void ownParent_isReportedAtTheTieTarget() {
        String json = minimal("\"familyTies\": [{\"from\": \"applicant\", \"relation\": \"PARENT\", \"to\": \"applicant\"}]");
        assertEquals(List.of("/familyTies/0/to"), paths(json));
    }

    @Test
    void circularTies_areRefusedAtTheTies() {
        String json = minimal("\"familyTies\": [{\"from\": \"applicant\", \"relation\": \"PARENT\", \"to\": \"b\"},"
                + " {\"from\": \"b\", \"relation\": \"PARENT\", \"to\": \"applicant\"}]");
        List<String> paths = paths(json);
        if (paths.isEmpty() || !paths.stream().allMatch(p -> p.startsWith("/familyTies/"))) {
            fail("expected problems at /familyTies/*, got " + paths);
        }
    }

    @Test
    void leadingByteOrderMark_isIgnored() throws InvalidCaseException {
        String json = "\uFEFF" + minimal("\"familyTies\": []");
        assertEquals(CaseJson.read(json.substring(1)), CaseJson.read(json));
    }

    /** A valid case of two persons, {@code applicant} and {@code b} born a day apart, with {@code extra}. */
    private static String minimal(String extra) {
        return "{\"format\": \"oralman-case/1\", \"id\": \"c1\", \"persons\": ["
                + person("applicant", "1980-01-01") + ", " + person("b", "1980-01-02") + "], " + extra + ", "
                + "\"application\": {\"applicant\": \"applicant\", \"question\": \"STATUS_ASSIGNMENT\","
                + " \"filed\": \"2024-03-01\", \"channel\": \"LOCAL_EXECUTIVE_BODY\", \"purpose\": \"NOT_STATED\","
                + " \"documentPackage\": {\"complete\": \"VERIFIED\", \"inDate\": \"VERIFIED\"}}}";
    }

    private static String person(String id, String birth) {
        return "{\"id\": \"" + id + "\", \"names\": [{\"text\": \"Нұрлан\", \"script\": \"Cyrl\"}], \"birthDate\": \""
                + birth + "\"}";
    }

    private static List<String> paths(String json) {
        try {
            CaseJson.read(json);
            return List.of();
        } catch (InvalidCaseException e) {
            return e.problems().stream().map(Problem::path).toList();
        }
    }

    /**
     * Checks one document.
     *
     * @return null when the reader did the right thing, else what went wrong
     */
    static String check(Doc doc) {
        Case c;
        try {
            c = CaseJson.read(doc.json());
        } catch (InvalidCaseException e) {
            return checkRefusal(doc, e);
        } catch (Throwable t) {
            return "threw " + trace(t);
        }
        if (doc.expect() == Expect.INVALID) {
            return "accepted an invalid document as case " + c.id();
        }
        try {
            String written = CaseJson.write(c);
            if (doc.canonical() != null && !written.equals(doc.canonical())) {
                return "read a different case:\n" + excerpt(written) + "\nexpected:\n" + excerpt(doc.canonical());
            }
            if (!CaseJson.read(written).equals(c)) {
                return "the case read does not round-trip";
            }
        } catch (Throwable t) {
            return "the case read cannot be written and read again: " + trace(t);
        }
        return null;
    }

    private static String checkRefusal(Doc doc, InvalidCaseException e) {
        if (doc.expect() == Expect.VALID) {
            return "refused a valid document: " + excerpt(e.getMessage());
        }
        List<Problem> problems = e.problems();
        if (problems == null || problems.isEmpty()) {
            return "refused with no problems";
        }
        JsonNode tree = null;
        boolean parsed = false;
        for (Problem p : problems) {
            if (p.message() == null || p.message().isBlank()) {
                return "a problem without a message at '" + p.path() + "'";
            }
            if (p.path().isEmpty()) {
                continue;
            }
            if (!parsed) {
                parsed = true;
                try {
                    tree = LENIENT.readTree(doc.json());
                } catch (Exception | StackOverflowError x) {
                    tree = null;
                }
            }
            if (tree == null) {
                return "problem at '" + p.path() + "' for a document that does not parse";
            }
            String wrong = pathProblem(tree, p.path());
            if (wrong != null) {
                return "problem " + p + "\n  " + wrong;
            }
        }
        if (doc.documentLevel() && problems.stream().anyMatch(p -> !p.path().isEmpty())) {
            return "expected only document-level problems, got " + excerpt(e.getMessage());
        }
        String expected = doc.expectedPath();
        if (expected != null && problems.stream().noneMatch(p -> p.path().equals(expected)
                || p.path().startsWith(expected + "/"))) {
            return "expected a problem at " + expected + " or below, got " + excerpt(e.getMessage());
        }
        return null;
    }

    /** Null when {@code path} names a value of the tree or a missing field of one of its objects. */
    static String pathProblem(JsonNode tree, String path) {
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile(path);
        } catch (IllegalArgumentException x) {
            return "'" + path + "' is not a JSON Pointer";
        }
        if (!tree.at(pointer).isMissingNode()) {
            return null;
        }
        JsonPointer parent = pointer.head();
        JsonNode container = parent == null ? null : tree.at(parent);
        if (container != null && container.isObject()) {
            return null;
        }
        return "'" + path + "' resolves neither to a value of the document nor to a field of one of its objects";
    }

    private static String describe(Doc doc, String failure) {
        return "#" + doc.index() + " (" + excerpt(doc.kind()) + "): " + failure + "\n  document: "
                + excerpt(doc.json());
    }

    private static String excerpt(String s) {
        String shown = s.length() <= 400 ? s : s.substring(0, 300) + " …[" + s.length() + " chars]… "
                + s.substring(s.length() - 60);
        StringBuilder sb = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 && cp != '\n' || cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFEFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() <= 3000 ? s : s.substring(0, 3000) + "…";
    }
}
