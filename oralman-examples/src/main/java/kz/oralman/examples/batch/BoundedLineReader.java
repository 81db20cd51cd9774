package kz.oralman.examples.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length, so that one hostile line cannot exhaust memory: a longer
 * line is skipped to its end and reported as too long.
 */
public final class BoundedLineReader {
    /** A line, or the note that it was too long. */
    public record Line(long number, String text, boolean tooLong, long length) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private long number;
    private long charsRead;

    /**
     * A reader of lines.
     *
     * @param in the characters (buffering is done here)
     * @param maxChars the longest line kept
     */
    public BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** @return the characters read so far */
    public long charsRead() {
        return charsRead;
    }

    /**
     * The next line.
     *
     * @return the line, or null at the end of the input
     * @throws IOException if reading fails
     */
    public Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                charsRead += end;
            }
            any = true;
            char c = buffer[pos++];
            if (c == '\n') {
                break;
            }
            length++;
            if (length <= maxChars) {
                sb.append(c);
            }
        }
        number++;
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
            sb.setLength(sb.length() - 1);
        }
        boolean tooLong = length > maxChars;
        return new Line(number, tooLong ? "" : sb.toString(), tooLong, length);
    }
}
