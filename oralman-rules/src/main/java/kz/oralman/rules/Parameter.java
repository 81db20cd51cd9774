package kz.oralman.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.oralman.model.decision.Confidence;

/**
 * A dated parameter of the law: its values with the day each takes effect, its source, and how
 * sure the library is of it.
 *
 * @param id the parameter's id, such as {@code status.term}
 * @param type {@code period}, {@code date}, {@code integer} or {@code regions}
 * @param description what it is
 * @param source where the values come from
 * @param confidence how sure the library is of the parameter as a whole
 * @param values the values, in date order
 */
public record Parameter(String id, String type, String description, String source, Confidence confidence,
                        List<Value> values) {
    /**
     * One value of a parameter.
     *
     * @param from the day it takes effect
     * @param value the value as text
     * @param confidence how sure the library is of this value
     */
    public record Value(LocalDate from, String value, Confidence confidence) {
        /** Checks that no component is null. */
        public Value {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(confidence, "confidence");
        }
    }

    /** Copies the list and checks the order. */
    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + id + " has no values");
        }
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).from().isAfter(values.get(i - 1).from())) {
                throw new IllegalArgumentException("parameter " + id + ": values[" + i + "] is not after values["
                        + (i - 1) + "]");
            }
        }
    }

    /**
     * The value in force on a date.
     *
     * @param date the date
     * @return the value, or empty before the first one
     */
    public Optional<Value> on(LocalDate date) {
        Value found = null;
        for (Value v : values) {
            if (v.from().isAfter(date)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }
}
