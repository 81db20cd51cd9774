package kz.oralman.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.oralman.model.decision.Confidence;

/**
 * An act a reason can cite: its key (the Adilet id where known), kind, titles, dates and what the
 * library takes from it. The titles are also the {@code act.KEY} messages of the bundles.
 *
 * @param key the key that legal references use
 * @param aliasOf the key this one is an older name of, or empty; references to it are read as
 *     references to that act
 * @param amends the key of the act this one amends, or empty; the provisions it inserted are quoted
 *     from the consolidated text of that act
 * @param adiletId the official Adilet id, or empty where not known
 * @param kind constitution, constitutional law, law, code, decree, order, instruction
 * @param title the title by language ({@code kk}, {@code ru}, {@code en})
 * @param adopted the adoption date
 * @param inForce the date of entry into force; where the sources leave it open, the earliest
 *     possible day ({@link #inForceBasis()} says so)
 * @param inForceConfidence how sure the day of entry into force is
 * @param inForceBasis what the day of entry into force rests on, or what bounds it when unknown
 * @param repealed the first day the act is no longer in force, if repealed
 * @param confidence how sure the library is of the rest of these data (title, adoption, articles)
 * @param articles the articles the library relies on, in English
 * @param url where the act was read, or empty
 * @param texts the keys of the primary texts quoted from it (see {@code texts/*.json})
 * @param notes anything else worth knowing, or empty
 */
public record Source(String key, String aliasOf, String amends, String adiletId, String kind, Map<String, String> title,
                     LocalDate adopted, LocalDate inForce, Confidence inForceConfidence, String inForceBasis,
                     Optional<LocalDate> repealed, Confidence confidence, String articles, String url,
                     List<String> texts, String notes) {
    /** Checks the components. */
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(aliasOf, "aliasOf");
        Objects.requireNonNull(amends, "amends");
        Objects.requireNonNull(adiletId, "adiletId");
        Objects.requireNonNull(kind, "kind");
        title = Map.copyOf(title);
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(inForceConfidence, "inForceConfidence");
        Objects.requireNonNull(inForceBasis, "inForceBasis");
        Objects.requireNonNull(repealed, "repealed");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(url, "url");
        texts = List.copyOf(texts);
        Objects.requireNonNull(notes, "notes");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a source needs a key");
        }
        for (String lang : Messages.LANGUAGES) {
            if (title.getOrDefault(lang, "").isBlank()) {
                throw new IllegalArgumentException("source " + key + " has no title in " + lang);
            }
        }
        if (inForce.isBefore(adopted)) {
            throw new IllegalArgumentException("source " + key + " enters into force on " + inForce
                    + ", before it is adopted on " + adopted);
        }
        if (repealed.isPresent() && !repealed.get().isAfter(inForce)) {
            throw new IllegalArgumentException("source " + key + " is repealed on " + repealed.get()
                    + ", not after it enters into force on " + inForce);
        }
        if (inForceConfidence != Confidence.PRIMARY && inForceBasis.isBlank()) {
            throw new IllegalArgumentException("source " + key + ": a day of entry into force that is not PRIMARY"
                    + " needs its basis\nMaybe say what bounds it in inForceBasis");
        }
    }

    /**
     * The title in a language.
     *
     * @param language {@code kk}, {@code ru} or {@code en}
     * @return the title
     */
    public String title(String language) {
        return title.getOrDefault(language, title.get("en"));
    }

    /**
     * Whether the act is in force on a date, by these data.
     *
     * @param date the date
     * @return true from {@link #inForce()} and before {@link #repealed()}
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForce) && repealed.map(date::isBefore).orElse(true);
    }
}
