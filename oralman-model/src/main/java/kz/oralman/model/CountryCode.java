package kz.oralman.model;

import java.util.Locale;
import java.util.Set;

/**
 * A country as an ISO 3166-1 alpha-2 code ({@code KZ}, {@code CN}, {@code UZ}, {@code MN}).
 * The former Soviet Union is {@code SU}, an exceptionally reserved code, because Soviet-era
 * citizenship and documents matter to the law.
 *
 * @param code two upper-case letters, an ISO 3166-1 alpha-2 code
 */
public record CountryCode(String code) implements Comparable<CountryCode> {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** Kazakhstan. */
    public static final CountryCode KZ = new CountryCode("KZ");

    /** The Union of Soviet Socialist Republics (an exceptionally reserved ISO 3166-1 code). */
    public static final CountryCode SU = new CountryCode("SU");

    /**
     * Checks the code.
     *
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code
     */
    public CountryCode {
        Checks.notNull(code, "country");
        if (!code.equals("SU") && !CODES.contains(code)) {
            throw new IllegalArgumentException("country " + Printable.quoted(code) + " is not an ISO 3166-1 alpha-2 code"
                    + "\nMaybe use two upper-case letters such as KZ, CN, UZ, MN, TM, RU");
        }
    }

    /**
     * The country of the code.
     *
     * @param code an ISO 3166-1 alpha-2 code
     * @return the country
     */
    public static CountryCode of(String code) {
        return new CountryCode(code);
    }

    /** @return whether this is Kazakhstan */
    public boolean isKazakhstan() {
        return code.equals("KZ");
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
