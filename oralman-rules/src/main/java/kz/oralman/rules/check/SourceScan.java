package kz.oralman.rules.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The character-level checks of an external DRL file, run before it is parsed: no Unicode escapes
 * ({@code \}{@code u...}, which javac decodes everywhere, even inside comments and strings), no text
 * blocks, no control or bidirectional-override characters, and no nesting deep enough to exhaust a
 * parser's stack.
 */
final class SourceScan {
    /** The deepest nesting of brackets accepted. */
    static final int MAX_DEPTH = 64;
    private static final int MAX_REPORTED = 20;

    /** A problem at an offset. */
    record Hit(int offset, String construct, String message) {
    }

    private SourceScan() {
    }

    static List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        int depth = 0;
        boolean deep = false;
        for (int i = 0; i < text.length() && hits.size() < MAX_REPORTED; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                hits.add(new Hit(i, "\\u", "Unicode escapes (\\u...) are not allowed in external rules, not even in "
                        + "comments or strings (the Java compiler decodes them everywhere)\nMaybe write the character "
                        + "itself: files are UTF-8"));
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                hits.add(new Hit(i, "\"\"\"", "text blocks (\"\"\") are not allowed in external rules"));
                i += 2;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f || c == 0x85
                    || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x200e || c == 0x200f || c == 0x061c || c == 0xfeff && i > 0) {
                hits.add(new Hit(i, String.format("U+%04X", (int) c), String.format("the invisible character U+%04X is "
                        + "not allowed in external rules (control and text-direction characters can make code look "
                        + "different from what is compiled)", (int) c)));
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_DEPTH && !deep) {
                    deep = true;
                    hits.add(new Hit(i, "nesting", "brackets are nested more than " + MAX_DEPTH + " deep"));
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return hits;
    }

    /** Whether a hit makes parsing unsafe (deep nesting could exhaust the parser's stack). */
    static boolean blocksParsing(List<Hit> hits) {
        return hits.stream().anyMatch(h -> h.construct().equals("nesting"));
    }
}
