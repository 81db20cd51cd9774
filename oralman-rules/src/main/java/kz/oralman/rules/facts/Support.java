package kz.oralman.rules.facts;

import java.util.Locale;

/** Arithmetic of the support measures: amounts in MRP and in tenge, formatted for reasons. */
public final class Support {
    private Support() {
    }

    /**
     * MRP times a count, and in tenge at the MRP value of the year.
     *
     * @param mrp MRP per unit
     * @param count units
     * @param mrpTenge the tenge value of one MRP in the year
     * @return {@code "N MRP = T KZT"}
     */
    public static String amount(int mrp, int count, int mrpTenge) {
        long total = (long) mrp * count;
        return String.format(Locale.ROOT, "%d MRP = %,d KZT", total, total * mrpTenge);
    }

    /**
     * A monthly range over months: {@code min..max MRP a month for n months}.
     *
     * @param min MRP a month, at least
     * @param max MRP a month, at most
     * @param months months
     * @param mrpTenge the tenge value of one MRP in the year
     * @return the total range in MRP and tenge
     */
    public static String range(int min, int max, int months, int mrpTenge) {
        return String.format(Locale.ROOT, "%d–%d MRP = %,d–%,d KZT", min * months, max * months,
                (long) min * months * mrpTenge, (long) max * months * mrpTenge);
    }
}
