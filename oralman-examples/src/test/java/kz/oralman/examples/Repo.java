package kz.oralman.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from the module directory Surefire runs in. */
public final class Repo {
    private Repo() {
    }

    /** @return the repository root */
    public static Path root() {
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
