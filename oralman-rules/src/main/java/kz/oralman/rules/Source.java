package kz.oralman.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.oralman.model.decision.Confidence;

/**
 * An act a reason can cite: its key (the Adilet id where known), kind, dates and what the library
 * takes from it. Titles in kk, ru and en are in the message bundles under {@code act.KEY}.
 *
 * @param key the key that legal references use
 * @param adiletId the official Adilet id, or empty where not known
 * @param kind constitution, constitutional law, law, decree, order, instruction
 * @param adopted the adoption date
 * @param inForce the date of entry into force
 * @param confidence how sure the library is of these data
 * @param articles the articles the library relies on, in English
 * @param url where the text was read, or empty
 * @param revisions the revision dates the library encodes, for acts with versions
 */
public record Source(String key, String adiletId, String kind, LocalDate adopted, LocalDate inForce,
                     Confidence confidence, String articles, String url, List<LocalDate> revisions) {
    /** Checks the components. */
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(adiletId, "adiletId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(url, "url");
        revisions = List.copyOf(revisions);
        if (inForce.isBefore(adopted)) {
            throw new IllegalArgumentException("source " + key + " enters into force before it is adopted");
        }
    }
}
