package kz.oralman.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from the module directory Surefire runs in. */
final class Repo {
    private Repo() {
    }

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("oralman-examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
