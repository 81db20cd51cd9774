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

    /**
     * The bundled engine, or the rules of a folder ({@code --rules DIR}), checked whole and compiled one
     * version at a time as decisions need them.
     */
    static OralmanEngine of(Path rulesDir) {
        return rulesDir == null ? OralmanEngine.bundled() : lazy(rulesDir);
    }

    /** The engine of a {@code --rules} option: the bundled law when it is not given. */
    static OralmanEngine of(RulesOption rules) {
        return of(rules.folder().orElse(null));
    }

    /** A folder's engine that compiles a version on first use; a folder that fails the check is the user's mistake. */
    static OralmanEngine lazy(Path dir) {
        try {
            return RulesetFolder.lazy(dir);
        } catch (RulesetRejectedException e) {
            throw rejected(dir, e);
        }
    }

    /** The rules were rejected: every problem as FILE:LINE:COLUMN: rule "ID": message. */
    static UserError rejected(Path dir, RulesetRejectedException e) {
        return new UserError(dir + ": the rules were rejected, " + e.problems().size() + " problem(s):\n"
                + e.problems().stream().map(p -> "  " + p.toString().replace("\n", "\n    "))
                .collect(Collectors.joining("\n")));
    }

    /** The texts of a language: a folder's own bundles when it has them ({@code messages/}), else the library's. */
    static kz.oralman.rules.Messages messages(Path rulesDir, String language) {
        if (rulesDir == null) {
            return kz.oralman.rules.Messages.of(language);
        }
        try {
            return kz.oralman.rules.MessageBundles.folder(rulesDir).messages(language);
        } catch (java.io.IOException | kz.oralman.rules.RulesetException e) {
            throw new UserError(rulesDir + "/" + kz.oralman.rules.MessageBundles.FOLDER + ": cannot be read: "
                    + e.getMessage());
        }
    }

    static OralmanEngine folder(Path dir) {
        try {
            return OralmanEngine.of(RulesetFolder.load(dir));
        } catch (RulesetRejectedException e) {
            throw rejected(dir, e);
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
