package kz.oralman.model;

import java.time.LocalDate;

/**
 * The regions of Kazakhstan as they stand since 2022: 17 oblasts and 3 cities of republican
 * significance. Each knows the date it came into being in its current form, so that a decision on
 * an earlier date does not name a region that did not yet exist.
 *
 * <p>Dates [S]: Abai, Zhetisu and Ulytau oblasts were formed on 08.06.2022 (presidential decree of
 * 03.05.2022, in force on 08.06.2022); Shymkent became a city of republican significance and South
 * Kazakhstan oblast was renamed Turkestan oblast on 19.06.2018. The other regions predate the
 * 2011 Migration Law, so their date is given as 16.12.1991.
 */
public enum Region {
    AKMOLA("Ақмола облысы", "Акмолинская область", "Akmola Region", Kind.OBLAST, "1991-12-16", null),
    AKTOBE("Ақтөбе облысы", "Актюбинская область", "Aktobe Region", Kind.OBLAST, "1991-12-16", null),
    ALMATY_REGION("Алматы облысы", "Алматинская область", "Almaty Region", Kind.OBLAST, "1991-12-16", null),
    ATYRAU("Атырау облысы", "Атырауская область", "Atyrau Region", Kind.OBLAST, "1991-12-16", null),
    EAST_KAZAKHSTAN("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region", Kind.OBLAST, "1991-12-16", null),
    ZHAMBYL("Жамбыл облысы", "Жамбылская область", "Zhambyl Region", Kind.OBLAST, "1991-12-16", null),
    WEST_KAZAKHSTAN("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region", Kind.OBLAST, "1991-12-16", null),
    KARAGANDA("Қарағанды облысы", "Карагандинская область", "Karaganda Region", Kind.OBLAST, "1991-12-16", null),
    KOSTANAY("Қостанай облысы", "Костанайская область", "Kostanay Region", Kind.OBLAST, "1991-12-16", null),
    KYZYLORDA("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", Kind.OBLAST, "1991-12-16", null),
    MANGYSTAU("Маңғыстау облысы", "Мангистауская область", "Mangystau Region", Kind.OBLAST, "1991-12-16", null),
    PAVLODAR("Павлодар облысы", "Павлодарская область", "Pavlodar Region", Kind.OBLAST, "1991-12-16", null),
    NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region", Kind.OBLAST, "1991-12-16", null),
    TURKESTAN("Түркістан облысы", "Туркестанская область", "Turkestan Region", Kind.OBLAST, "2018-06-19", null),
    ABAI("Абай облысы", "Абайская область", "Abai Region", Kind.OBLAST, "2022-06-08", "EAST_KAZAKHSTAN"),
    ZHETISU("Жетісу облысы", "Жетысуская область", "Zhetisu Region", Kind.OBLAST, "2022-06-08", "ALMATY_REGION"),
    ULYTAU("Ұлытау облысы", "Улытауская область", "Ulytau Region", Kind.OBLAST, "2022-06-08", "KARAGANDA"),
    ASTANA("Астана қаласы", "город Астана", "Astana", Kind.CITY, "1991-12-16", null),
    ALMATY_CITY("Алматы қаласы", "город Алматы", "Almaty", Kind.CITY, "1991-12-16", null),
    SHYMKENT("Шымкент қаласы", "город Шымкент", "Shymkent", Kind.CITY, "2018-06-19", "TURKESTAN");

    /** Whether a region is an oblast or a city of republican significance. */
    public enum Kind {
        /** An oblast (облыс / область). */
        OBLAST,
        /** A city of republican significance (республикалық маңызы бар қала). */
        CITY
    }

    private final String nameKk;
    private final String nameRu;
    private final String nameEn;
    private final Kind kind;
    private final LocalDate createdOn;
    private final String predecessor;

    Region(String nameKk, String nameRu, String nameEn, Kind kind, String createdOn, String predecessor) {
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.kind = kind;
        this.createdOn = LocalDate.parse(createdOn);
        this.predecessor = predecessor;
    }

    /**
     * The region's name in a language.
     *
     * @param language {@code kk}, {@code ru} or {@code en}; anything else gives English
     * @return the official name
     */
    public String displayName(String language) {
        return switch (language) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    /** @return an oblast or a city */
    public Kind kind() {
        return kind;
    }

    /** @return the day the region came into being in its current form */
    public LocalDate createdOn() {
        return createdOn;
    }

    /**
     * Whether the region existed in its current form on a date.
     *
     * @param date the date
     * @return true from {@link #createdOn()}
     */
    public boolean existsOn(LocalDate date) {
        return !date.isBefore(createdOn);
    }

    /**
     * The region whose territory this one was part of on a date: Abai was part of East Kazakhstan,
     * Zhetisu of Almaty Region and Ulytau of Karaganda until 08.06.2022, and Shymkent of Turkestan
     * (then South Kazakhstan) Region until 19.06.2018. Turkestan Region is the renamed South
     * Kazakhstan Region, so before 19.06.2018 it stands for that region.
     *
     * @param date the date
     * @return this region from its creation, else the region it was part of then
     */
    public Region asOn(LocalDate date) {
        if (existsOn(date) || predecessor == null) {
            return this;
        }
        return Region.valueOf(predecessor).asOn(date);
    }
}
