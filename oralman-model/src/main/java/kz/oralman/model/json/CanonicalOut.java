package kz.oralman.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.security.MessageDigest;

/**
 * Where a canonical writer puts a document, value by value: either a Jackson generator (for the text) or
 * the canonical bytes straight into a SHA-256 digest (for the hash). The method names are Jackson's.
 * Package-private.
 */
interface CanonicalOut {
    void writeStartObject() throws IOException;

    void writeEndObject() throws IOException;

    void writeStartArray() throws IOException;

    void writeEndArray() throws IOException;

    void writeFieldName(String name) throws IOException;

    void writeString(String value) throws IOException;

    void writeNumber(int value) throws IOException;

    void writeBoolean(boolean value) throws IOException;

    default void writeStringField(String name, String value) throws IOException {
        writeFieldName(name);
        writeString(value);
    }

    default void writeNumberField(String name, int value) throws IOException {
        writeFieldName(name);
        writeNumber(value);
    }

    default void writeBooleanField(String name, boolean value) throws IOException {
        writeFieldName(name);
        writeBoolean(value);
    }

    default void writeArrayFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartArray();
    }

    default void writeObjectFieldStart(String name) throws IOException {
        writeFieldName(name);
        writeStartObject();
    }

    /** A Jackson generator: the text, however the generator prints it. */
    static CanonicalOut of(JsonGenerator g) {
        return new CanonicalOut() {
            @Override
            public void writeStartObject() throws IOException {
                g.writeStartObject();
            }

            @Override
            public void writeEndObject() throws IOException {
                g.writeEndObject();
            }

            @Override
            public void writeStartArray() throws IOException {
                g.writeStartArray();
            }

            @Override
            public void writeEndArray() throws IOException {
                g.writeEndArray();
            }

            @Override
            public void writeFieldName(String name) throws IOException {
                g.writeFieldName(name);
            }

            @Override
            public void writeString(String value) throws IOException {
                g.writeString(value);
            }

            @Override
            public void writeNumber(int value) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public void writeBoolean(boolean value) throws IOException {
                g.writeBoolean(value);
            }
        };
    }

    /**
     * The canonical, indented form ({@link Canonical#print}: two-space indentation, {@code \n} line ends,
     * {@code ": "} after a name, {@code [ ]} and {@code { }} when empty, Jackson's escapes) as UTF-8 bytes
     * encoded like {@code String.getBytes(UTF_8)} (an unpaired surrogate as {@code ?}), straight into a
     * digest: no tree, no text, no generator. {@link #finish} adds the final newline and feeds the rest.
     */
    final class Digest implements CanonicalOut {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private final MessageDigest digest;
        private final byte[] buf = new byte[8192];
        private int len;
        private int depth;
        private final int[] entries = new int[CaseJson.MAX_DEPTH + 2];
        private boolean afterName;

        Digest(MessageDigest digest) {
            this.digest = digest;
        }

        /** Ends the document with its newline and feeds what is buffered to the digest. */
        void finish() {
            room(1);
            buf[len++] = '\n';
            digest.update(buf, 0, len);
            len = 0;
        }

        private void room(int n) {
            if (len + n > buf.length) {
                digest.update(buf, 0, len);
                len = 0;
            }
        }

        private void newline(int level) {
            int n = 1 + 2 * level;
            room(n);
            buf[len++] = '\n';
            for (int i = 0; i < 2 * level; i++) {
                buf[len++] = ' ';
            }
        }

        /** Before a value: nothing after a name; in an array, the separator and the indentation. */
        private void beforeValue() {
            if (afterName) {
                afterName = false;
            } else if (depth > 0) {
                if (entries[depth] > 0) {
                    room(1);
                    buf[len++] = ',';
                }
                newline(depth);
                entries[depth]++;
            }
        }

        private void open(byte bracket) {
            beforeValue();
            room(1);
            buf[len++] = bracket;
            depth++;
            entries[depth] = 0;
        }

        private void close(byte bracket) {
            if (entries[depth] > 0) {
                newline(depth - 1);
            } else {
                room(1);
                buf[len++] = ' ';
            }
            room(1);
            buf[len++] = bracket;
            depth--;
        }

        @Override
        public void writeStartObject() {
            open((byte) '{');
        }

        @Override
        public void writeEndObject() {
            close((byte) '}');
        }

        @Override
        public void writeStartArray() {
            open((byte) '[');
        }

        @Override
        public void writeEndArray() {
            close((byte) ']');
        }

        @Override
        public void writeFieldName(String name) {
            if (entries[depth] > 0) {
                room(1);
                buf[len++] = ',';
            }
            newline(depth);
            entries[depth]++;
            quoted(name);
            room(2);
            buf[len++] = ':';
            buf[len++] = ' ';
            afterName = true;
        }

        @Override
        public void writeString(String value) {
            beforeValue();
            quoted(value);
        }

        @Override
        public void writeNumber(int value) {
            beforeValue();
            ascii(Integer.toString(value));
        }

        @Override
        public void writeBoolean(boolean value) {
            beforeValue();
            ascii(value ? "true" : "false");
        }

        private void ascii(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[len++] = (byte) s.charAt(i);
            }
        }

        /** A JSON string with Jackson's escapes, in UTF-8. */
        private void quoted(String s) {
            room(1);
            buf[len++] = '"';
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                room(6);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\') {
                        buf[len++] = (byte) c;
                    } else {
                        escape(c);
                    }
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | (c >> 6));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[len++] = (byte) (0xF0 | (cp >> 18));
                    buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    buf[len++] = '?'; // unpaired, as String.getBytes(UTF_8) writes it
                } else {
                    buf[len++] = (byte) (0xE0 | (c >> 12));
                    buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            room(1);
            buf[len++] = '"';
        }

        private void escape(char c) {
            buf[len++] = '\\';
            switch (c) {
                case '"' -> buf[len++] = '"';
                case '\\' -> buf[len++] = '\\';
                case '\b' -> buf[len++] = 'b';
                case '\t' -> buf[len++] = 't';
                case '\n' -> buf[len++] = 'n';
                case '\f' -> buf[len++] = 'f';
                case '\r' -> buf[len++] = 'r';
                default -> {
                    buf[len++] = 'u';
                    buf[len++] = '0';
                    buf[len++] = '0';
                    buf[len++] = HEX[c >> 4];
                    buf[len++] = HEX[c & 0xF];
                }
            }
        }
    }
}
