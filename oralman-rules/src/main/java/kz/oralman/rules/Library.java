package kz.oralman.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's own version, from the build. */
public final class Library {
    private static final String VERSION = load();

    private Library() {
    }

    /** @return the version of oralman, such as {@code 0.1.0} */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Library.class.getResourceAsStream("/kz/oralman/rules/oralman-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
