package kz.oralman.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Argument checks shared by the model's compact constructors. Every message names the field and
 * the value, as the house style asks.
 */
final class Checks {
    private Checks() {
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }

    static <T> List<T> list(Collection<T> values, String field) {
        notNull(values, field);
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
            copy.add(value);
            i++;
        }
        return Collections.unmodifiableList(copy);
    }

    static <T, K> void unique(List<T> values, Function<T, K> key, String field) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            K k = key.apply(values.get(i));
            if (!seen.add(k)) {
                throw new IllegalArgumentException(field + "[" + i + "] repeats " + k);
            }
        }
    }

    static String text(String value, String field, int maxLength) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(field + " contains the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException(field + " contains an unpaired surrogate at index " + i);
                }
                i++;
            }
        }
        return value;
    }

    static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
