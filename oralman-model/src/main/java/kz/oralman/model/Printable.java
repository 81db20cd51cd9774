package kz.oralman.model;

/**
 * A value from untrusted input, made safe to show in an error message: quoted, with every control,
 * format and separator character (a NUL, an ESC that would start a terminal escape sequence, a line
 * break that would forge another line of the message, a right-to-left override, an unpaired surrogate)
 * written as a {@code \\uXXXX} escape, and cut after {@value #MAX} characters.
 */
public final class Printable {

    /** The most characters of a value shown. */
    public static final int MAX = 100;

    private Printable() {
    }

    /**
     * @param value a value from the input, possibly null
     * @return the value in single quotes, escaped and cut, or {@code null} unquoted
     */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 8).append('\'');
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown == MAX) {
                out.append("…(").append(value.length()).append(" characters)");
                break;
            }
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                int cp = value.codePointAt(i);
                if (safe(cp)) {
                    out.append(c).append(value.charAt(i + 1));
                } else {
                    out.append(String.format("\\u%04X\\u%04X", (int) c, (int) value.charAt(i + 1)));
                }
                i++;
            } else if (Character.isSurrogate(c) || !safe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
            shown++;
        }
        return out.append('\'').toString();
    }

    private static boolean safe(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE;
    }
}
