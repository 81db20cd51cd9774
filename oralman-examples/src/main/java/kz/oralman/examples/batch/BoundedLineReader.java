package kz.oralman.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of UTF-8 bytes, at most a given length each, so that one hostile line can neither
 * exhaust memory nor stop the reading: a longer line is skipped to its end and reported as too long,
 * a line whose bytes are not UTF-8 is reported with the offset of the first bad byte, and reading goes
 * on with the next line either way.
 */
public final class BoundedLineReader {
    /**
     * A line, or the note of what is wrong with it.
     *
     * @param number the 1-based line number
     * @param text the text, without its line end; empty when too long or not UTF-8
     * @param tooLong whether the line was longer than the limit
     * @param length the line's length in bytes
     * @param encodingError null, or what is wrong with the line's bytes
     */
    public record Line(long number, String text, boolean tooLong, long length, String encodingError) {
        /** @return whether the text is usable: neither too long nor badly encoded */
        public boolean readable() {
            return !tooLong && encodingError == null;
        }
    }

    private final InputStream in;
    private final int maxChars;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private long number;
    private long bytesRead;

    /**
     * A reader of lines.
     *
     * @param in the bytes (buffering is done here)
     * @param maxChars the longest line kept, in characters
     */
    public BoundedLineReader(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxChars);
    }

    /** @return the bytes read so far */
    public long bytesRead() {
        return bytesRead;
    }

    /**
     * The next line.
     *
     * @return the line, or null at the end of the input
     * @throws IOException if reading fails
     */
    public Line next() throws IOException {
        byte[] line = new byte[256];
        int kept = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                int n = in.read(buffer);
                pos = 0;
                end = Math.max(n, 0);
                if (n <= 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                bytesRead += n;
            }
            any = true;
            int start = pos;
            int newline = -1;
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            int chunk = stop - start;
            length += chunk;
            int room = Math.min(chunk, maxBytes + 1 - kept);
            if (room > 0) {
                if (kept + room > line.length) {
                    line = Arrays.copyOf(line, Math.max(kept + room, Math.min(maxBytes + 1, line.length * 2)));
                }
                System.arraycopy(buffer, start, line, kept, room);
                kept += room;
            }
            pos = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (kept > 0 && kept == length && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        if (length > maxBytes) {
            return new Line(number, "", true, length, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, kept);
        String text;
        try {
            text = decoder.decode(bytes).toString();
        } catch (MalformedInputException e) {
            return new Line(number, "", false, length, "the line is not UTF-8 text: byte " + (bytes.position() + 1)
                    + " starts a malformed sequence (such as an encoded lone surrogate)");
        } catch (CharacterCodingException e) {
            return new Line(number, "", false, length, "the line is not UTF-8 text");
        }
        if (text.length() > maxChars) {
            return new Line(number, "", true, text.length(), null);
        }
        return new Line(number, text, false, length, null);
    }
}
