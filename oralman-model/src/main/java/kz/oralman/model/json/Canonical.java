package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonFactory;
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
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one printer of the contract: two-space indentation, {@code \n} line ends, non-ASCII
 * written as UTF-8 (not escaped), a final newline. Public so that host applications and the
 * rules module print the same bytes.
 */
public final class Canonical {
    private static final ObjectWriter PRETTY;
    private static final ObjectWriter COMPACT;
    private static final JsonFactory FACTORY;
    private static final DefaultPrettyPrinter PRINTER;

    static {
        ObjectMapper mapper = JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
        PRINTER = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        PRETTY = mapper.writer(PRINTER);
        COMPACT = mapper.writer();
        FACTORY = mapper.getFactory();
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
        MessageDigest sha = sha256();
        try (Writer out = new Utf8Digest(sha)) {
            PRETTY.writeValue(out, tree);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    /**
     * A generator that writes the canonical, indented form (the text {@link #print} gives, without the
     * final newline), for writers that stream their values instead of building a tree.
     */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setPrettyPrinter(PRINTER.createInstance());
        return g;
    }

    /** A compact generator (the bytes {@link #printLine} gives) to characters. */
    static JsonGenerator compactGenerator(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /**
     * A SHA-256 digest for this thread, reset: the caller digests and so resets it again, and must not
     * hand it to another thread.
     */
    static MessageDigest sha256() {
        MessageDigest sha = SHA256.get();
        sha.reset();
        return sha;
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    /**
     * A writer that feeds the UTF-8 bytes of what it is given to a digest, encoding exactly as
     * {@code String.getBytes(UTF_8)} does (a surrogate pair as one four-byte sequence, an unpaired
     * surrogate as {@code ?}), so that a streamed hash is the SHA-256 of the printed text. Closing it
     * feeds what is buffered; the caller then takes the digest.
     */
    static final class Utf8Digest extends Writer {
        private final MessageDigest digest;
        private final byte[] buf = new byte[8192];
        private int len;
        private char pendingHigh;

        Utf8Digest(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(char[] chars, int off, int count) {
            for (int i = off, end = off + count; i < end; i++) {
                char c = chars[i];
                if (c < 0x80 && pendingHigh == 0 && len < buf.length) {
                    buf[len++] = (byte) c; // the common case: ASCII, inline
                } else {
                    put(c);
                }
            }
        }

        @Override
        public void write(String str, int off, int count) {
            for (int i = off, end = off + count; i < end; i++) {
                char c = str.charAt(i);
                if (c < 0x80 && pendingHigh == 0 && len < buf.length) {
                    buf[len++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        @Override
        public void write(int c) {
            put((char) c);
        }

        private void put(char c) {
            if (len > buf.length - 4) {
                digest.update(buf, 0, len);
                len = 0;
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    buf[len++] = (byte) (0xF0 | (cp >> 18));
                    buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (cp & 0x3F));
                    return;
                }
                buf[len++] = '?';
                put(c);
                return;
            }
            if (c < 0x80) {
                buf[len++] = (byte) c;
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[len++] = '?';
            } else {
                buf[len++] = (byte) (0xE0 | (c >> 12));
                buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }

        @Override
        public void flush() {
            // bytes are fed on close, or when the buffer fills
        }

        @Override
        public void close() {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                put('?');
            }
            digest.update(buf, 0, len);
            len = 0;
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
