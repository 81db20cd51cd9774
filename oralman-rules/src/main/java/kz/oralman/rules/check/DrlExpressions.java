package kz.oralman.rules.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a DRL constraint into a Java expression JavaParser can read, keeping a map back to the
 * original offsets. Only the DRL operators the check accepts are rewritten ({@code in}, {@code not in},
 * {@code contains}, {@code memberOf}, {@code excludes}, the null-safe {@code !.}); every other DRL-only
 * construct (inline casts {@code #}, unification {@code :=}, {@code matches}, temporal operators, a
 * comparison without its left side) is a problem, reported here.
 */
final class DrlExpressions {
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_][A-Za-z0-9_$]*)\\s*:(?!=)");
    private static final Set<String> EQUALITY_OPERATORS = Set.of("contains", "memberOf", "excludes");
    private static final Set<String> DENIED_OPERATORS = Set.of("matches", "soundslike", "str", "after", "before",
            "coincides", "during", "finishes", "finishedby", "includes", "meets", "metby", "overlaps", "overlappedby",
            "starts", "startedby");

    private DrlExpressions() {
    }

    /** A rewritten constraint: its binding (or null), the Java text, and for each of its chars the original offset. */
    record Java(String binding, String text, int[] origin, int problemAt, String construct, String problem) {
        boolean failed() {
            return problem != null;
        }

        int originOf(int offset) {
            return origin.length == 0 ? 0 : origin[Math.max(0, Math.min(offset, origin.length - 1))];
        }
    }

    static Java toJava(String constraint) {
        String binding = null;
        int from = 0;
        Matcher m = BINDING.matcher(constraint);
        if (m.find()) {
            binding = m.group(1);
            from = m.end();
        }
        StringBuilder out = new StringBuilder();
        Origins origin = new Origins();
        boolean afterOperand = false;
        int i = from;
        String lastOp = "";
        while (i < constraint.length()) {
            char c = constraint.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < constraint.length() && constraint.charAt(end) != c) {
                    end += constraint.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, constraint.length());
                String lit = constraint.substring(i, end);
                if (c == '\'' && lit.length() != 3 && !lit.startsWith("'\\") && lit.indexOf('"') < 0) {
                    lit = "\"" + lit.substring(1, Math.max(1, lit.length() - 1)) + "\"";
                }
                for (int k = 0; k < lit.length(); k++) {
                    origin.add(i + Math.min(k, end - i - 1));
                    out.append(lit.charAt(k));
                }
                i = end;
                afterOperand = true;
                lastOp = "";
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < constraint.length() && Character.isJavaIdentifierPart(constraint.charAt(end))) {
                    end++;
                }
                String word = constraint.substring(i, end);
                boolean previousDot = lastOp.equals(".");
                if (afterOperand && !previousDot) {
                    boolean negated = false;
                    int opStart = i;
                    if (word.equals("not")) {
                        int j = skipSpace(constraint, end);
                        int k = j;
                        while (k < constraint.length() && Character.isJavaIdentifierPart(constraint.charAt(k))) {
                            k++;
                        }
                        word = constraint.substring(j, k);
                        end = k;
                        negated = true;
                    }
                    if (word.equals("in")) {
                        int j = skipSpace(constraint, end);
                        if (j >= constraint.length() || constraint.charAt(j) != '(') {
                            return failed(binding, opStart, "in", "'in' takes a list in parentheses: x in (a, b)");
                        }
                        String replacement = (negated ? " != " : " == ") + JavaCheck.IN_CALL;
                        for (int k = 0; k < replacement.length(); k++) {
                            origin.add(opStart);
                            out.append(replacement.charAt(k));
                        }
                        i = j;
                        afterOperand = false;
                        lastOp = "";
                        continue;
                    }
                    if (EQUALITY_OPERATORS.contains(word)) {
                        String replacement = negated ? " != " : " == ";
                        for (int k = 0; k < replacement.length(); k++) {
                            origin.add(opStart);
                            out.append(replacement.charAt(k));
                        }
                        i = end;
                        afterOperand = false;
                        lastOp = "==";
                        continue;
                    }
                    if (DENIED_OPERATORS.contains(word)) {
                        return failed(binding, opStart, word, "the operator '" + word + "' is not allowed in a rule"
                                + (word.equals("matches") ? " (a regular expression can run for ever)" : ""));
                    }
                    if (!word.equals("instanceof")) {
                        return failed(binding, opStart, word, "'" + word + "' is not an operator the check accepts");
                    }
                }
                for (int k = i; k < end; k++) {
                    origin.add(k);
                    out.append(constraint.charAt(k));
                }
                i = end;
                afterOperand = true;
                lastOp = "";
                continue;
            }
            if (Character.isWhitespace(c)) {
                origin.add(i);
                out.append(c);
                i++;
                continue;
            }
            if (Character.isDigit(c)) {
                int end = i;
                while (end < constraint.length() && (Character.isLetterOrDigit(constraint.charAt(end))
                        || constraint.charAt(end) == '.' || constraint.charAt(end) == '_')) {
                    end++;
                }
                for (int k = i; k < end; k++) {
                    origin.add(k);
                    out.append(constraint.charAt(k));
                }
                i = end;
                afterOperand = true;
                lastOp = "";
                continue;
            }
            if (c == '!' && i + 1 < constraint.length() && constraint.charAt(i + 1) == '.' && afterOperand) {
                origin.add(i + 1);
                out.append('.');
                i += 2;
                afterOperand = false;
                lastOp = ".";
                continue;
            }
            if (c == '#') {
                return failed(binding, i, "#", "inline casts ('#') are not allowed in a rule");
            }
            if (c == ':' && i + 1 < constraint.length() && constraint.charAt(i + 1) == '=') {
                return failed(binding, i, ":=", "unification (':=') is not allowed in a rule: compare with ==");
            }
            if (c == '@' || c == '`' || c == '\\') {
                return failed(binding, i, String.valueOf(c), "'" + c + "' is not allowed in a constraint");
            }
            String op = operator(constraint, i);
            if ((lastOp.equals("&&") || lastOp.equals("||")) && Set.of("<", ">", "<=", ">=", "==", "!=").contains(op)) {
                return failed(binding, i, op, "a comparison needs its left side: write 'x > 1 && x < 3', not "
                        + "'x > 1 && < 3'");
            }
            for (int k = 0; k < op.length(); k++) {
                origin.add(i + k);
                out.append(op.charAt(k));
            }
            i += op.length();
            afterOperand = op.equals(")") || op.equals("]");
            lastOp = op;
        }
        origin.add(constraint.length());
        return new Java(binding, out.toString(), origin.toArray(), -1, null, null);
    }

    /** A growing list of offsets. */
    private static final class Origins {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static Java failed(String binding, int at, String construct, String problem) {
        return new Java(binding, "", new int[0], at, construct, problem);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String operator(String s, int i) {
        for (String op : new String[] {"&&", "||", "==", "!=", "<=", ">=", "->", "::"}) {
            if (s.startsWith(op, i)) {
                return op;
            }
        }
        return String.valueOf(s.charAt(i));
    }
}
