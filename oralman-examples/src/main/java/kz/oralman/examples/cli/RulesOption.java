package kz.oralman.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option every command that reads rules takes the same way: a ruleset folder
 * written by {@code oralman rules export} (and edited) instead of the bundled law.
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "use the rules of a folder (see: oralman rules export) instead of the bundled law")
    Path dir;

    /** @return the folder, if one was given; a folder that does not exist is the user's mistake */
    Optional<Path> folder() {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserError("--rules " + dir + ": no such folder\nMaybe write one with: oralman rules export "
                    + dir);
        }
        return Optional.ofNullable(dir);
    }
}
