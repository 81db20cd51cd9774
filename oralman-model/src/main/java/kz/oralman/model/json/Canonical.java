package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one printer of the contract: two-space indentation, {@code \n} line ends, non-ASCII
 * written as UTF-8 (not escaped), a final newline. Public so that host applications and the
 * rules module print the same bytes.
 */
public final class Canonical {
    private static final ObjectWriter PRETTY;
    private static final ObjectWriter COMPACT;

    static {
        ObjectMapper mapper = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        PRETTY = mapper.writer(printer);
        COMPACT = mapper.writer();
    }

    private Canonical() {
    }

    /**
     * Prints a tree in the canonical, indented form.
     *
     * @param tree the tree
     * @return the text, ending with a newline
     */
    public static String print(JsonNode tree) {
        return write(PRETTY, tree) + "\n";
    }

    /**
     * Prints a tree on one line, for JSONL.
     *
     * @param tree the tree
     * @return the text, without a newline
     */
    public static String printLine(JsonNode tree) {
        return write(COMPACT, tree);
    }

    /**
     * The SHA-256 of the canonical, indented form of a tree (the bytes {@link #print} gives, in UTF-8),
     * computed without building the text.
     *
     * @param tree the tree
     * @return the digest
     */
    public static byte[] sha256(JsonNode tree) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            try (java.security.DigestOutputStream out = new java.security.DigestOutputStream(
                    java.io.OutputStream.nullOutputStream(), sha)) {
                PRETTY.writeValue(out, tree);
                out.write('\n');
            }
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectWriter writer, JsonNode tree) {
        try {
            StringWriter out = new StringWriter();
            writer.writeValue(out, tree);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
