package kz.oralman.model.json;

import java.util.Objects;

/**
 * One problem found in a JSON document: where (a JSON Pointer, {@code ""} for the whole document)
 * and what.
 *
 * @param path the JSON Pointer of the offending value, such as {@code /persons/0/birthDate}
 * @param message what is wrong, in English
 */
public record Problem(String path, String message) {
    /** Checks that no component is null. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + message;
    }
}
