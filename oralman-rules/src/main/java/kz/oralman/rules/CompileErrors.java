package kz.oralman.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.oralman.rules.check.DrlRules;
import kz.oralman.rules.check.RuleProblem;

/**
 * The compiler's messages of a version that does not compile, each whole: Drools writes a message
 * over several lines (the expression, the reason, the rule), and each problem keeps every line of its
 * message, with the file, line and column ({@link RulesetFolder#locate}) and the name of the rule
 * whose lines hold it when the message does not name one.
 */
final class CompileErrors {
    private CompileErrors() {
    }

    static List<RuleProblem> locate(String message, Map<String, String> files) {
        List<StringBuilder> entries = new ArrayList<>();
        String header = "";
        for (String raw : message.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("ERROR ") || line.startsWith("WARNING ")) {
                entries.add(new StringBuilder(line));
            } else if (!entries.isEmpty()) {
                if (!line.isEmpty()) {
                    entries.get(entries.size() - 1).append('\n').append(line);
                }
            } else {
                header = header.isEmpty() ? line : header + " " + line;
            }
        }
        if (entries.isEmpty()) {
            return RulesetFolder.locate(message, files);
        }
        List<RuleProblem> out = new ArrayList<>();
        for (StringBuilder entry : entries) {
            String whole = entry.toString();
            int nl = whole.indexOf('\n');
            List<RuleProblem> located = RulesetFolder.locate(nl < 0 ? whole : whole.substring(0, nl), files);
            RuleProblem p = located.get(0);
            String text = p.message() + (nl < 0 ? "" : whole.substring(nl));
            String rule = p.rule().isEmpty() ? ruleAt(files.get(p.file()), p.file(), p.line()) : p.rule();
            out.add(new RuleProblem(p.file(), p.line(), p.column(), rule, p.construct(),
                    header.isEmpty() ? text : text + "\n(" + header.replaceAll(":$", "") + ")"));
        }
        return out;
    }

    /** The rule whose lines hold a line of a file, or empty. */
    private static String ruleAt(String source, String file, int line) {
        if (source == null || line <= 0) {
            return "";
        }
        for (DrlRules.Rule r : DrlRules.read(file, source)) {
            if (line >= r.line() && line <= r.endLine()) {
                return r.id();
            }
        }
        return "";
    }
}
