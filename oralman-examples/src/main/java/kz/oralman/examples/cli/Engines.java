package kz.oralman.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import kz.oralman.rules.LawBook;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.OralmanEngine;
import kz.oralman.rules.Ruleset;
import kz.oralman.rules.RulesetFolder;
import kz.oralman.rules.check.RulesetRejectedException;

/** Builds the engine a command asks for: the bundled law, a folder of rules, or one bundled version. */
final class Engines {
    private Engines() {
    }

    /** The bundled engine, or the rules of a folder ({@code --rules DIR}). */
    static OralmanEngine of(Path rulesDir) {
        return rulesDir == null ? OralmanEngine.bundled() : folder(rulesDir);
    }

    static OralmanEngine folder(Path dir) {
        try {
            return OralmanEngine.of(RulesetFolder.load(dir));
        } catch (RulesetRejectedException e) {
            throw new UserError(dir + ": the rules were rejected, " + e.problems().size() + " problem(s):\n"
                    + e.problems().stream().map(p -> "  " + p.toString().replace("\n", "\n    "))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * A ruleset specification for {@code impact}: {@code bundled} (the law book by date), a bundled
     * version id (pinned: every case is decided under that wording), or a folder (by date; pinned when
     * it holds one version).
     */
    static OralmanEngine spec(String spec) {
        if (spec.equals("bundled")) {
            return OralmanEngine.bundled();
        }
        if (LawBook.byId(spec).isPresent()) {
            LawVersion v = LawBook.byId(spec).get();
            return OralmanEngine.pinned(Ruleset.bundled(v));
        }
        Path dir = Path.of(spec);
        if (Files.isDirectory(dir)) {
            OralmanEngine engine = folder(dir);
            return engine.versions().size() == 1 ? OralmanEngine.pinned(engine.ruleset(engine.versions().get(0)),
                    engine.limits()) : engine;
        }
        throw new UserError("'" + spec + "' is neither 'bundled', a bundled law version nor a folder\nMaybe one of "
                + LawBook.bundled().stream().map(LawVersion::id).collect(Collectors.joining(", ")));
    }
}
