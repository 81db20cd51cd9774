package kz.oralman.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.oralman.model.decision.Confidence;

/**
 * A dated parameter of the law: its values with the day each takes effect and the reference each
 * rests on, its unit, its source, and how sure the library is of it (in the manner of OpenFisca's
 * parameters: a value per period, each with its {@code reference} and the parameter's {@code unit}).
 *
 * <p>A parameter has no value before its first value's day. An <em>optional</em> parameter may be
 * absent on a law version's first day: the rules then see it as absent (null in
 * {@link kz.oralman.rules.facts.LawParameters}) and must not apply it. A required parameter must have
 * a value from the first day of every law version, or the version does not load.
 *
 * @param id the parameter's id, such as {@code status.term}
 * @param type {@code period}, {@code date}, {@code integer}, {@code regions} or {@code text}
 * @param unit what a value counts or measures, such as {@code period}, {@code date}, {@code MRP},
 *        {@code KZT}, {@code percent}, {@code working days}, {@code persons}, {@code regions}
 * @param optional whether the parameter may be absent on a law version's first day
 * @param description what it is
 * @param source where the values come from, in summary
 * @param confidence how sure the library is of the parameter as a whole
 * @param values the values, in date order
 */
public record Parameter(String id, String type, String unit, boolean optional, String description, String source,
                        Confidence confidence, List<Value> values) {
    /**
     * One value of a parameter.
     *
     * @param from the day it takes effect
     * @param value the value as text
     * @param confidence how sure the library is of this value
     * @param reference what the value rests on: an act id with article / paragraph / sub-paragraph, or a
     *        source URL; starts with {@code UNVERIFIED:} where nothing supports the value
     */
    public record Value(LocalDate from, String value, Confidence confidence, String reference) {
        /** Checks that no component is null and that the reference is not blank. */
        public Value {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(confidence, "confidence");
            Objects.requireNonNull(reference, "reference");
            if (reference.isBlank()) {
                throw new IllegalArgumentException("the value from " + from + " has a blank reference");
            }
        }
    }

    /** Copies the list and checks the order. */
    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        values = List.copyOf(values);
        if (unit.isBlank()) {
            throw new IllegalArgumentException("parameter " + id + " has no unit");
        }
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

    /** @return the day of the first value: no value applies before it */
    public LocalDate firstFrom() {
        return values.get(0).from();
    }
}
