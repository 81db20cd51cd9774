package kz.oralman.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.oralman.rules.check.RuleProblem;

/**
 * Rule ids repeat only within a law version: a file copied for an amendment (the original until a day,
 * the copy from that day) holds the same ids, and that is the normal way to change a file from a date.
 * Of the check's "rule id repeats" problems this keeps those whose two files are used together by some
 * law version, and drops those whose files never meet.
 */
final class RuleIdsByVersion {
    private static final Pattern ALSO_IN = Pattern.compile("repeats; it is also in ([A-Za-z0-9_.-]+\\.drl)");

    private RuleIdsByVersion() {
    }

    static List<RuleProblem> filter(List<RuleProblem> problems, List<LawVersion> versions) {
        List<RuleProblem> out = new ArrayList<>();
        for (RuleProblem p : problems) {
            Matcher m = ALSO_IN.matcher(p.message());
            if (m.find() && p.message().startsWith("rule id ")) {
                String other = m.group(1);
                boolean together = versions.stream().anyMatch(v -> v.drlFiles().contains(p.file())
                        && v.drlFiles().contains(other));
                if (!together) {
                    continue;
                }
                String where = versions.stream().filter(v -> v.drlFiles().contains(p.file())
                        && v.drlFiles().contains(other)).map(LawVersion::id).findFirst().orElse("");
                out.add(new RuleProblem(p.file(), p.line(), p.column(), p.rule(), p.construct(), p.message()
                        + " (both are files of law version " + where + ")\nMaybe end " + other + " where the copy"
                        + " begins, in lawbook.json"));
                continue;
            }
            out.add(p);
        }
        return out;
    }
}
