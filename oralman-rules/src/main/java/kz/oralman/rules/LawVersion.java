package kz.oralman.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One consolidated state of the law: in force from {@code from} (inclusive) until {@code until}
 * (exclusive, if it has ended), with the DRL files it uses and the name it gives the status.
 *
 * @param id the id, act and revision date: {@code Z1100000477@2021-01-02}
 * @param from the first day in force
 * @param until the first day no longer in force, if known
 * @param terminology {@code oralman} or {@code kandas}
 * @param drlFiles the DRL files of the version, by file name
 * @param summary what distinguishes this version, in English
 */
public record LawVersion(String id, LocalDate from, Optional<LocalDate> until, String terminology,
                         List<String> drlFiles, String summary) {
    /** Checks the components. */
    public LawVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(terminology, "terminology");
        drlFiles = List.copyOf(drlFiles);
        Objects.requireNonNull(summary, "summary");
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException("law version " + id + " ends on " + until.get() + ", not after "
                    + from);
        }
        if (!terminology.equals("oralman") && !terminology.equals("kandas")) {
            throw new IllegalArgumentException("terminology must be oralman or kandas, was " + terminology);
        }
    }

    /**
     * Whether the version is in force on a date.
     *
     * @param date the date
     * @return true from {@code from} and before {@code until}
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
    }

    /** @return the revision date in the id, such as {@code 2021-01-02} */
    public String revision() {
        return id.substring(id.indexOf('@') + 1);
    }
}
