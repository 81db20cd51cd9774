package kz.oralman.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and terms in each language's own form, for texts read by people: {@code 01.03.2024} in
 * Kazakh and Russian, {@code 1 March 2024} in English; {@code P1Y} as "1 жыл", "1 год", "1 year",
 * {@code P6M} as "6 ай", "6 месяцев", "6 months". The JSON contract keeps ISO 8601; only texts change.
 */
final class TextForms {
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern ISO_PERIOD = Pattern.compile("P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?");
    private static final String[] UNITS = {"year", "month", "week", "day"};

    private TextForms() {
    }

    /**
     * A date in the language's form.
     *
     * @param date the date
     * @param m the messages of the language (their {@code format.date} pattern)
     * @return the text
     */
    static String date(LocalDate date, Messages m) {
        return DateTimeFormatter.ofPattern(m.text("format.date"), Locale.forLanguageTag(m.language())).format(date);
    }

    /**
     * An argument value in the language's form: an ISO date or an ISO period is rewritten, anything
     * else is kept.
     *
     * @param value the value
     * @param m the messages of the language
     * @return the text
     */
    static String value(String value, Messages m) {
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return date(LocalDate.parse(value), m);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        Matcher p = ISO_PERIOD.matcher(value);
        if (value.length() > 1 && p.matches()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < UNITS.length; i++) {
                if (p.group(i + 1) != null) {
                    long n = Long.parseLong(p.group(i + 1));
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(n).append(' ').append(m.text("unit." + UNITS[i] + "." + plural(n, m.language())));
                }
            }
            return sb.toString();
        }
        return value;
    }

    /** The plural category of a count: {@code one}, {@code few} or {@code many} (Russian has all three). */
    static String plural(long n, String language) {
        switch (language) {
            case "ru" -> {
                long mod10 = n % 10;
                long mod100 = n % 100;
                if (mod10 == 1 && mod100 != 11) {
                    return "one";
                }
                if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                    return "few";
                }
                return "many";
            }
            case "kk" -> {
                return "one"; // a noun after a numeral stays singular: 6 ай
            }
            default -> {
                return n == 1 ? "one" : "many";
            }
        }
    }
}
