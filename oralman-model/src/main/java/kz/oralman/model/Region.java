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
    AKMOLA("Ақмола облысы", "Акмолинская область", "Akmola Region", Kind.OBLAST, "1991-12-16"),
    AKTOBE("Ақтөбе облысы", "Актюбинская область", "Aktobe Region", Kind.OBLAST, "1991-12-16"),
    ALMATY_REGION("Алматы облысы", "Алматинская область", "Almaty Region", Kind.OBLAST, "1991-12-16"),
    ATYRAU("Атырау облысы", "Атырауская область", "Atyrau Region", Kind.OBLAST, "1991-12-16"),
    EAST_KAZAKHSTAN("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region", Kind.OBLAST, "1991-12-16"),
    ZHAMBYL("Жамбыл облысы", "Жамбылская область", "Zhambyl Region", Kind.OBLAST, "1991-12-16"),
    WEST_KAZAKHSTAN("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region", Kind.OBLAST, "1991-12-16"),
    KARAGANDA("Қарағанды облысы", "Карагандинская область", "Karaganda Region", Kind.OBLAST, "1991-12-16"),
    KOSTANAY("Қостанай облысы", "Костанайская область", "Kostanay Region", Kind.OBLAST, "1991-12-16"),
    KYZYLORDA("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region", Kind.OBLAST, "1991-12-16"),
    MANGYSTAU("Маңғыстау облысы", "Мангистауская область", "Mangystau Region", Kind.OBLAST, "1991-12-16"),
    PAVLODAR("Павлодар облысы", "Павлодарская область", "Pavlodar Region", Kind.OBLAST, "1991-12-16"),
    NORTH_KAZAKHSTAN("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region", Kind.OBLAST, "1991-12-16"),
    TURKESTAN("Түркістан облысы", "Туркестанская область", "Turkestan Region", Kind.OBLAST, "2018-06-19"),
    ABAI("Абай облысы", "Абайская область", "Abai Region", Kind.OBLAST, "2022-06-08"),
    ZHETISU("Жетісу облысы", "Жетысуская область", "Zhetisu Region", Kind.OBLAST, "2022-06-08"),
    ULYTAU("Ұлытау облысы", "Улытауская область", "Ulytau Region", Kind.OBLAST, "2022-06-08"),
    ASTANA("Астана қаласы", "город Астана", "Astana", Kind.CITY, "1991-12-16"),
    ALMATY_CITY("Алматы қаласы", "город Алматы", "Almaty", Kind.CITY, "1991-12-16"),
    SHYMKENT("Шымкент қаласы", "город Шымкент", "Shymkent", Kind.CITY, "2018-06-19");

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

    Region(String nameKk, String nameRu, String nameEn, Kind kind, String createdOn) {
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.kind = kind;
        this.createdOn = LocalDate.parse(createdOn);
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
}
