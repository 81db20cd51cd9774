package kz.oralman.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.oralman.model.Case;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.InvalidCaseException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a case and hashing it, before and after the streaming rewrite, in one JVM, on the registry
 * corpus (compact JSONL lines as the {@code bench} command reads them):
 *
 * <ul>
 *   <li>{@code read_tree}: the checking reader: a Jackson tree, then the checking cursor over it
 *       ({@code CaseJson.read(JsonNode)}; before the rewrite every document went this way);</li>
 *   <li>{@code read_streaming}: {@code CaseJson.read(String)}, the streaming reader straight into the
 *       records;</li>
 *   <li>{@code read_tokensOnly}: the floor: Jackson's parser walking every token, building nothing;</li>
 *   <li>{@code hash_treeBefore}: the hash as it was before (build the tree, pretty-print it through
 *       Jackson's UTF-8 generator into a {@code DigestOutputStream}, a new {@code MessageDigest} each
 *       time);</li>
 *   <li>{@code hash_streamed}: {@code CaseJson.hash}, the canonical JSON streamed from the case into the
 *       digest (its per-instance cache cannot hit here: 2,000 cases cycle through 64 slots);</li>
 *   <li>{@code hash_textOnly}: the floor: SHA-256 of the canonical text's bytes, already encoded.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class CaseJsonBenchmark {
    /** Cases in the corpus. */
    @Param("2000")
    public int corpusSize;

    /** The generator's seed. */
    @Param("20240301")
    public long seed;

    private String[] lines;
    private Case[] cases;
    private byte[][] canonicalBytes;

    /** The reading mapper's settings, as {@code CaseJson} has them. */
    private static final ObjectMapper TREE_MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(CaseJson.MAX_DEPTH)
                            .maxStringLength(CaseJson.MAX_DOCUMENT_CHARS)
                            .maxNumberLength(20)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The printer of the hash before the rewrite (Canonical's settings then). */
    private static final ObjectWriter PRETTY_BEFORE = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    /** Generates the corpus and checks that old and new agree on it. */
    @Setup
    public void setUp() throws Exception {
        List<Case> generated = RegistryGenerator.cases(seed, corpusSize);
        lines = new String[generated.size()];
        cases = new Case[generated.size()];
        canonicalBytes = new byte[generated.size()][];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = RegistryGenerator.line(generated.get(i));
            cases[i] = CaseJson.read(lines[i]);
            canonicalBytes[i] = CaseJson.write(cases[i]).getBytes(StandardCharsets.UTF_8);
            if (!cases[i].equals(CaseJson.read(TREE_MAPPER.readTree(lines[i])))
                    || !CaseJson.hash(cases[i]).equals(HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(canonicalBytes[i])))) {
                throw new IllegalStateException("old and new disagree on case " + i);
            }
        }
    }

    /** @return a case read by the checking (tree) reader */
    @Benchmark
    public Case read_tree(CpuCursor cursor) throws IOException, InvalidCaseException {
        return CaseJson.read(TREE_MAPPER.readTree(lines[cursor.next(lines.length)]));
    }

    /** @return a case read by the streaming reader */
    @Benchmark
    public Case read_streaming(CpuCursor cursor) throws InvalidCaseException {
        return CaseJson.read(lines[cursor.next(lines.length)]);
    }

    /**
     * Walks the tokens of a document.
     *
     * @param cursor where the thread is
     * @param bh sinks the tokens
     */
    @Benchmark
    public void read_tokensOnly(CpuCursor cursor, Blackhole bh) throws IOException {
        try (JsonParser p = TREE_MAPPER.createParser(lines[cursor.next(lines.length)])) {
            while (p.nextToken() != null) {
                bh.consume(p.currentToken());
            }
        }
    }

    /** @return the case hash as computed before the rewrite */
    @Benchmark
    public String hash_treeBefore(CpuCursor cursor) throws Exception {
        return hashBefore(cases[cursor.next(cases.length)]);
    }

    /** @return the case hash, streamed */
    @Benchmark
    public String hash_streamed(CpuCursor cursor) {
        return CaseJson.hash(cases[cursor.next(cases.length)]);
    }

    /** @return SHA-256 of the canonical text, already encoded */
    @Benchmark
    public byte[] hash_textOnly(CpuCursor cursor) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(canonicalBytes[cursor.next(cases.length)]);
    }

    /** The hash as {@code CaseJson.hash} computed it before the streaming rewrite. */
    private static String hashBefore(Case c) throws NoSuchAlgorithmException, IOException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            PRETTY_BEFORE.writeValue(out, CaseJson.toTree(c));
            out.write('\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
