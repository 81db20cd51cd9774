package kz.oralman.rules;

import java.util.Locale;

/** The languages of explanations: Kazakh and Russian (both authentic for the acts) and English. */
public enum Language {
    /** Kazakh (қазақ тілі). */
    KK,
    /** Russian (русский язык). */
    RU,
    /** English. */
    EN;

    /** @return the ISO 639-1 code: {@code kk}, {@code ru} or {@code en} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of an ISO 639-1 code.
     *
     * @param code {@code kk}, {@code ru} or {@code en}, in any case
     * @return the language
     * @throws IllegalArgumentException naming the code and the languages there are
     */
    public static Language of(String code) {
        if (code != null) {
            for (Language l : values()) {
                if (l.code().equalsIgnoreCase(code.strip())) {
                    return l;
                }
            }
        }
        throw new IllegalArgumentException("language '" + code + "' is not one of kk, ru, en");
    }
}
