package kz.oralman.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Confidence;
import kz.oralman.rules.facts.Condition;
import org.threeten.extra.LocalDateRange;

/**
 * One consolidated state of the law: in force over a half-open period {@code [from, until)}, with the
 * DRL files it uses and the name it gives the status. A value type: immutable and thread-safe.
 *
 * @param id the id, act and revision date: {@code Z1100000477@2021-01-02}
 * @param act the act this version consolidates, as cited in {@code sources.json}: {@code Z1100000477}
 *        for Law No. 477-IV, another id for the 1997 law
 * @param period the days in force, half-open: the first day in force up to the first day no longer in
 *        force ({@link LocalDateRange#isUnboundedEnd() unbounded} if it has not ended)
 * @param terminology {@code oralman} or {@code kandas}
 * @param drlFiles the DRL files of the version, by file name
 * @param summary what distinguishes this version, in English
 * @param conditions the conditions of the law a grant requires, per question: a grant needs a
 *        {@link kz.oralman.rules.facts.Met} for each (a question not listed cannot be granted)
 * @param fromConfidence how well the sources support the first day: PRIMARY (the act's own text
 *        gives it), SECONDARY, or UNVERIFIED (chosen within bounds the sources give)
 * @param fromNote why the first day is what it is, and by how much it may be off; may be empty
 */
public record LawVersion(String id, String act, LocalDateRange period, String terminology, List<String> drlFiles,
                         String summary, Map<Question, List<Condition>> conditions, Confidence fromConfidence,
                         String fromNote) {
    /** Checks the components. */
    public LawVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(terminology, "terminology");
        drlFiles = List.copyOf(drlFiles);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(conditions, "conditions");
        Map<Question, List<Condition>> copy = new EnumMap<>(Question.class);
        conditions.forEach((q, list) -> {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("law version " + id + " lists no condition for " + q
                        + "\nMaybe leave the question out: a question without conditions is never granted");
            }
            if (list.stream().distinct().count() != list.size()) {
                throw new IllegalArgumentException("law version " + id + " lists a condition twice for " + q
                        + ": " + list);
            }
            copy.put(q, List.copyOf(list));
        });
        conditions = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(fromConfidence, "fromConfidence");
        Objects.requireNonNull(fromNote, "fromNote");
        if (period.isEmpty()) {
            throw new IllegalArgumentException("law version " + id + " has an empty period " + period);
        }
        if (period.isUnboundedStart()) {
            throw new IllegalArgumentException("law version " + id + " has no first day");
        }
        if (!terminology.equals("oralman") && !terminology.equals("kandas")) {
            throw new IllegalArgumentException("terminology must be oralman or kandas, was " + terminology);
        }
    }

    /**
     * A version without listed conditions, its first day SECONDARY (as the lead's API had it).
     *
     * @param id the id
     * @param act the act consolidated
     * @param period the days in force
     * @param terminology {@code oralman} or {@code kandas}
     * @param drlFiles the DRL files
     * @param summary what distinguishes the version
     */
    public LawVersion(String id, String act, LocalDateRange period, String terminology, List<String> drlFiles,
                      String summary) {
        this(id, act, period, terminology, drlFiles, summary, Map.of(), Confidence.SECONDARY, "");
    }

    /**
     * This version with the conditions a grant requires.
     *
     * @param byQuestion the conditions per question
     * @return the version
     */
    public LawVersion withConditions(Map<Question, List<Condition>> byQuestion) {
        return new LawVersion(id, act, period, terminology, drlFiles, summary, byQuestion, fromConfidence, fromNote);
    }

    /**
     * This version with how well its first day is supported.
     *
     * @param confidence the support of the first day
     * @param note why, and by how much it may be off
     * @return the version
     */
    public LawVersion withFrom(Confidence confidence, String note) {
        return new LawVersion(id, act, period, terminology, drlFiles, summary, conditions, confidence, note);
    }

    /**
     * The conditions a grant of a question requires in this version.
     *
     * @param question the question
     * @return the conditions, empty if the question is not granted under this version
     */
    public List<Condition> conditions(Question question) {
        return conditions.getOrDefault(question, List.of());
    }

    /**
     * A version of Law No. 477-IV over {@code [from, until)}.
     *
     * @param id the id
     * @param from the first day in force
     * @param until the first day no longer in force, if it has ended
     * @param terminology {@code oralman} or {@code kandas}
     * @param drlFiles the DRL files
     * @param summary what distinguishes the version
     * @return the version
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public static LawVersion of(String id, LocalDate from, Optional<LocalDate> until, String terminology,
                                List<String> drlFiles, String summary) {
        return of(id, LawBook.ACT, from, until, terminology, drlFiles, summary);
    }

    /**
     * A version of an act over {@code [from, until)}.
     *
     * @param id the id
     * @param act the act consolidated
     * @param from the first day in force
     * @param until the first day no longer in force, if it has ended
     * @param terminology {@code oralman} or {@code kandas}
     * @param drlFiles the DRL files
     * @param summary what distinguishes the version
     * @return the version
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public static LawVersion of(String id, String act, LocalDate from, Optional<LocalDate> until, String terminology,
                                List<String> drlFiles, String summary) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException("law version " + id + " ends on " + until.get() + ", not after "
                    + from);
        }
        LocalDateRange period = until.map(u -> LocalDateRange.of(from, u)).orElseGet(() -> LocalDateRange.ofUnboundedEnd(from));
        return new LawVersion(id, act, period, terminology, drlFiles, summary);
    }

    /** @return the first day in force */
    public LocalDate from() {
        return period.getStart();
    }

    /** @return the first day no longer in force, if the version has ended */
    public Optional<LocalDate> until() {
        return period.isUnboundedEnd() ? Optional.empty() : Optional.of(period.getEnd());
    }

    /**
     * Whether the version is in force on a date.
     *
     * @param date the date
     * @return true from {@code from} and before {@code until}
     */
    public boolean inForceOn(LocalDate date) {
        return period.contains(date);
    }

    /** @return the revision date in the id, such as {@code 2021-01-02} */
    public String revision() {
        return id.substring(id.indexOf('@') + 1);
    }

    /**
     * Checks that versions abut: sorted by their first day, each starts on the day the previous one
     * ends, with no gap and no overlap, and ids do not repeat.
     *
     * @param versions the versions, in any order
     * @return the versions, oldest first
     * @throws IllegalArgumentException naming the two versions and the dates of the first gap or overlap
     */
    public static List<LawVersion> chain(List<LawVersion> versions) {
        List<LawVersion> sorted = versions.stream().sorted(java.util.Comparator.comparing(LawVersion::from)).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            LawVersion v = sorted.get(i);
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("law version id " + v.id() + " repeats");
            }
            if (i == 0) {
                continue;
            }
            LawVersion previous = sorted.get(i - 1);
            if (previous.period().isUnboundedEnd()) {
                throw new IllegalArgumentException("law version " + previous.id() + " has no end, but "
                        + v.id() + " starts on " + v.from() + "\nMaybe give " + previous.id() + " 'until': \""
                        + v.from() + "\"");
            }
            LocalDate end = previous.period().getEnd();
            if (end.isBefore(v.from())) {
                throw new IllegalArgumentException("gap between law versions: " + previous.id() + " ends on "
                        + end + " (exclusive) but " + v.id() + " starts on " + v.from()
                        + "; no version covers " + end + " to " + v.from().minusDays(1)
                        + "\nMaybe end " + previous.id() + " on " + v.from());
            }
            if (end.isAfter(v.from())) {
                throw new IllegalArgumentException("law versions overlap: " + previous.id() + " is in force until "
                        + end + " (exclusive) but " + v.id() + " starts on " + v.from() + "; both cover "
                        + v.from() + " to " + end.minusDays(1) + "\nMaybe end " + previous.id() + " on " + v.from());
            }
        }
        return sorted;
    }
}
