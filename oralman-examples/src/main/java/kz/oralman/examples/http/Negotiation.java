package kz.oralman.examples.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntBiFunction;
import kz.oralman.rules.Messages;

/**
 * Content negotiation (RFC 9110, section 12): picks the media type from {@code Accept} and the
 * language from {@code Accept-Language}, honouring q-values.
 *
 * <p>For each offer, the q-value is that of the most specific range matching it ({@code text/plain}
 * beats {@code text/*} beats {@code *}{@code /*}); {@code q=0} means "not acceptable". The offer with
 * the highest q wins; ties go to the more specific match, then to the range listed first, then to the
 * server's order. Elements that cannot be parsed are ignored; a header with nothing parseable counts
 * as absent.
 */
final class Negotiation {
    /** The language when the client states no acceptable one. */
    static final String DEFAULT_LANGUAGE = "en";

    /** One element of an {@code Accept} or {@code Accept-Language} header. */
    private record Range(String value, double q, int position) {
    }

    private Negotiation() {
    }

    /**
     * The media type to answer with.
     *
     * @param accept the {@code Accept} header, or null
     * @param offers the types the server can produce, preferred first, such as {@code application/json}
     * @return the chosen offer, or empty when the client accepts none of them (406)
     */
    static Optional<String> mediaType(String accept, List<String> offers) {
        List<Range> ranges = parse(accept, true);
        if (ranges.isEmpty()) {
            return Optional.of(offers.get(0));
        }
        return choose(ranges, offers, Negotiation::mediaSpecificity);
    }

    /**
     * The language to explain in: one of {@link Messages#LANGUAGES}.
     *
     * <p>A range with a region or script ({@code ru-RU}, {@code kk-Cyrl-KZ}) matches its language
     * ({@code ru}, {@code kk}), as RFC 4647 lookup would by truncating it. When no language is
     * acceptable, the answer is {@value #DEFAULT_LANGUAGE} rather than a 406: a decision is better
     * explained in English than not at all.
     *
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @return {@code kk}, {@code ru} or {@code en}
     */
    static String language(String acceptLanguage) {
        List<String> offers = new ArrayList<>(List.of(DEFAULT_LANGUAGE));
        Messages.LANGUAGES.stream().filter(l -> !l.equals(DEFAULT_LANGUAGE)).forEach(offers::add);
        return choose(parse(acceptLanguage, false), offers, Negotiation::languageSpecificity)
                .orElse(DEFAULT_LANGUAGE);
    }

    private static Optional<String> choose(List<Range> ranges, List<String> offers,
                                           ToIntBiFunction<String, String> specificityOf) {
        String best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        int bestPosition = Integer.MAX_VALUE;
        for (String offer : offers) {
            Range match = null;
            int specificity = -1;
            for (Range r : ranges) {
                int s = specificityOf.applyAsInt(r.value(), offer);
                if (s > specificity || (s == specificity && s >= 0 && r.q() > match.q())) {
                    match = r;
                    specificity = s;
                }
            }
            if (match == null || match.q() <= 0) {
                continue;
            }
            if (match.q() > bestQ || (match.q() == bestQ && (specificity > bestSpecificity
                    || (specificity == bestSpecificity && match.position() < bestPosition)))) {
                best = offer;
                bestQ = match.q();
                bestSpecificity = specificity;
                bestPosition = match.position();
            }
        }
        return Optional.ofNullable(best);
    }

    /** 2 exact, 1 {@code type/*}, 0 {@code *}{@code /*}, -1 no match. Parameters other than q are ignored. */
    private static int mediaSpecificity(String range, String offer) {
        if (range.equals("*/*")) {
            return 0;
        }
        if (range.equals(offer)) {
            return 2;
        }
        if (range.endsWith("/*") && offer.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return -1;
    }

    /** 2 exact, 1 a more specific tag of the language, 0 {@code *}, -1 no match. */
    private static int languageSpecificity(String range, String language) {
        if (range.equals("*")) {
            return 0;
        }
        if (range.equals(language)) {
            return 2;
        }
        if (range.startsWith(language + "-")) {
            return 1;
        }
        return -1;
    }

    private static List<Range> parse(String header, boolean media) {
        List<Range> ranges = new ArrayList<>();
        if (header == null) {
            return ranges;
        }
        int position = 0;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String value = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean valid = media ? value.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+*-]+") && !value.startsWith("*/")
                    || value.equals("*/*") : value.matches("\\*|[a-z]{1,8}(-[a-z0-9]{1,8})*");
            if (!valid) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.length() >= 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                    q = qValue(p.substring(2).trim());
                }
            }
            if (!Double.isNaN(q)) {
                ranges.add(new Range(value, q, position++));
            }
        }
        return ranges;
    }

    /** RFC 9110 qvalue: 0 to 1 with at most three decimals; anything else gives NaN (element ignored). */
    private static double qValue(String s) {
        if (!s.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
            return Double.NaN;
        }
        return Double.parseDouble(s.endsWith(".") ? s + "0" : s);
    }
}
