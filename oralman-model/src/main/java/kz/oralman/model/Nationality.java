package kz.oralman.model;

/**
 * The nationality (ұлты / национальность) a document records. Only the difference between
 * {@link #KAZAKH} and every other value matters to the Law: Art. 1 sub-para 13 speaks of an ethnic
 * Kazakh and "члены его семьи казахской национальности", and sub-para 28 defines an ethnic Kazakh as
 * «иностранец или лицо без гражданства казахской национальности». The other values name the
 * nationalities most often met among family members of repatriates; {@link #OTHER} stands for any
 * other one.
 */
public enum Nationality {
    /** Kazakh (қазақ / казах). */
    KAZAKH,
    /** Russian. */
    RUSSIAN,
    /** Uzbek. */
    UZBEK,
    /** Kyrgyz. */
    KYRGYZ,
    /** Turkmen. */
    TURKMEN,
    /** Karakalpak. */
    KARAKALPAK,
    /** Tajik. */
    TAJIK,
    /** Mongol. */
    MONGOL,
    /** Han Chinese. */
    HAN,
    /** Uyghur. */
    UYGHUR,
    /** Tatar. */
    TATAR,
    /** Any other nationality. */
    OTHER;

    /** @return whether this is the Kazakh nationality */
    public boolean isKazakh() {
        return this == KAZAKH;
    }
}
