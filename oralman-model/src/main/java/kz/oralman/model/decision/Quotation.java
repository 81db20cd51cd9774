package kz.oralman.model.decision;

import java.util.List;
import java.util.Objects;

/**
 * The words of a provision as the act itself says them: the Russian text, the Kazakh text where the
 * library has it, the wording they were copied from and where that text is. An immutable value;
 * {@link #NONE} stands for "no quotation" (no field of the public API is ever null).
 *
 * @param wording the wording the words are taken from, act and wording id
 *     ({@code Z1100000477@2025}), or empty for {@link #NONE}
 * @param ru the Russian words, or empty where the library has no Russian text of this wording
 * @param kk the Kazakh words, or empty where the library has no Kazakh text of this wording
 * @param sources where each text was copied from: a public file at a fixed commit, one entry a
 *     language, such as {@code ru: https://github.com/quyse/kz-laws/blob/COMMIT/rus/59947.md}
 * @param partial whether the words are only the parts of the cited article or paragraph that the
 *     library quotes, not its whole text
 * @param otherWording whether the words are those of another wording, standing in for the wording
 *     in force on the date asked, which the library has not seen
 * @param note empty when neither flag is set; otherwise why (in English): which parts, which wording
 */
public record Quotation(String wording, String ru, String kk, List<String> sources, boolean partial,
                        boolean otherWording, String note) {
    /** No quotation. */
    public static final Quotation NONE = new Quotation("", "", "", List.of(), false, false, "");

    /** Checks the components: a quotation has words in one language at least, and a source. */
    public Quotation {
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(kk, "kk");
        sources = List.copyOf(sources);
        Objects.requireNonNull(note, "note");
        boolean empty = wording.isEmpty() && ru.isEmpty() && kk.isEmpty() && sources.isEmpty() && note.isEmpty()
                && !partial && !otherWording;
        if (!empty) {
            if (wording.isBlank()) {
                throw new IllegalArgumentException("a quotation needs its wording id");
            }
            if (ru.isBlank() && kk.isBlank()) {
                throw new IllegalArgumentException("quotation of " + wording + " has no words in ru or kk");
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("quotation of " + wording + " names no source");
            }
            if ((partial || otherWording) == note.isBlank()) {
                throw new IllegalArgumentException("quotation of " + wording + ": a note is given exactly when the words"
                        + " are partial or of another wording");
            }
        }
    }

    /** @return whether this is {@link #NONE} */
    public boolean isEmpty() {
        return wording.isEmpty();
    }

    /** @return whether the words are those of the wording in force on the date asked */
    public boolean exact() {
        return !isEmpty() && !otherWording;
    }

    /**
     * The words in a language, falling back to Russian (the library has no English text of the acts).
     *
     * @param language {@code kk}, {@code ru} or {@code en}
     * @return the Kazakh words for {@code kk} where present, else the Russian words; empty for {@link #NONE}
     */
    public String words(String language) {
        if ("kk".equals(language) && !kk.isEmpty()) {
            return kk;
        }
        return ru.isEmpty() ? kk : ru;
    }

    /**
     * The language of {@link #words(String)}.
     *
     * @param language {@code kk}, {@code ru} or {@code en}
     * @return {@code kk} or {@code ru}; empty for {@link #NONE}
     */
    public String wordsLanguage(String language) {
        if (isEmpty()) {
            return "";
        }
        if ("kk".equals(language) && !kk.isEmpty()) {
            return "kk";
        }
        return ru.isEmpty() ? "kk" : "ru";
    }
}
