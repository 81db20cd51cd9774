package kz.oralman.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The law versions bundled with the library, cut at the dates of law-notes §1. Immutable.
 *
 * <p>The 2011 law's entry into force (per its Art. 63) was not found; the versions start on its
 * adoption date, 22.07.2011 [U]. The 2020 reform entered into force ten days after publication of
 * Law No. 327-VI of 13.05.2020; 25.05.2020 is assumed [U]. Law No. 15-VIII of 04.07.2023 changes
 * the Migration Law from 01.01.2030 with content not found, so no version covers dates from then.
 */
public final class LawBook {
    /** The act all versions consolidate: Law No. 477-IV "On Population Migration". */
    public static final String ACT = "Z1100000477";

    private static final List<String> COMMON = List.of("common_scope.drl", "common_intake.drl",
            "common_refusal_grounds.drl", "common_decision.drl", "art01_nationality.drl", "art01_purpose.drl",
            "status_assignment.drl", "status_lifecycle.drl", "status_extension.drl");

    private static final List<LawVersion> BUNDLED = List.of(
            version("2011-07-22", "2014-03-20", "oralman",
                    "2011 law: oralman; residence abroad at the moment of sovereignty; the children clause",
                    "art01_sovereignty_2011.drl", "art01_nationality_until2024.drl"),
            version("2014-03-20", "2015-11-24", "oralman",
                    "2014 decrees: the status tied to settling in designated regions",
                    "art01_sovereignty_2011.drl", "art01_nationality_until2024.drl", "settlement_regions_2014.drl"),
            version("2015-11-24", "2020-05-25", "oralman",
                    "24.11.2015 amendments: status regardless of the region of settlement",
                    "art01_sovereignty_2011.drl", "art01_nationality_until2024.drl"),
            version("2020-05-25", "2021-01-02", "oralman",
                    "Law No. 327-VI: sovereignty condition dropped; never a citizen of Kazakhstan",
                    "art01_never_citizen_2020.drl", "art01_nationality_until2024.drl"),
            version("2021-01-02", "2024-07-17", "kandas",
                    "Law No. 327-VI: 'oralman' renamed 'kandas' from 02.01.2021",
                    "art01_never_citizen_2020.drl", "art01_nationality_until2024.drl"),
            version("2024-07-17", "2025-10-26", "kandas",
                    "July 2024 amendments: the nationality commission of the local executive body",
                    "art01_never_citizen_2020.drl", "art01_nationality_commission_2024.drl"),
            version("2025-10-26", "2030-01-01", "kandas",
                    "Status rules of 10.10.2025: the migration portal; a single extension of up to six months",
                    "art01_never_citizen_2020.drl", "art01_nationality_commission_2024.drl"));

    private LawBook() {
    }

    private static LawVersion version(String from, String until, String terminology, String summary,
                                      String... files) {
        return new LawVersion(ACT + "@" + from, LocalDate.parse(from), Optional.of(LocalDate.parse(until)),
                terminology, Stream.concat(COMMON.stream(), Stream.of(files)).toList(), summary);
    }

    /** @return the bundled versions, oldest first */
    public static List<LawVersion> bundled() {
        return BUNDLED;
    }

    /**
     * The bundled version in force on a date.
     *
     * @param date the governing date
     * @return the version, or empty before 22.07.2011 and from 01.01.2030
     */
    public static Optional<LawVersion> on(LocalDate date) {
        return BUNDLED.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    /**
     * A bundled version by id.
     *
     * @param id the id
     * @return the version, if bundled
     */
    public static Optional<LawVersion> byId(String id) {
        return BUNDLED.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** @return the first day any bundled version is in force */
    public static LocalDate firstDay() {
        return BUNDLED.get(0).from();
    }

    /** @return the first day after the last bundled version */
    public static LocalDate endOfEncodedLaw() {
        return BUNDLED.get(BUNDLED.size() - 1).until().orElseThrow();
    }
}
