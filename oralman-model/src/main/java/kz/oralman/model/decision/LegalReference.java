package kz.oralman.model.decision;

import java.util.Objects;

/**
 * A reference to a provision of an act. Parts that are not known are empty strings, never
 * invented: the article number of the one-year status term, for example, was not found in the
 * primary text, so its reference names the act and leaves the article empty.
 *
 * @param act the act's key in the source catalogue, its Adilet id where known ({@code Z1100000477})
 * @param article the article, or empty
 * @param paragraph the paragraph (пункт), or empty
 * @param subParagraph the sub-paragraph (подпункт), or empty
 * @param revision the consolidated revision the reference is read in (an ISO date), or empty
 * @param confidence how sure the library is of this basis
 * @param text the provision's own words in the wording in force on the revision date, or
 *     {@link Quotation#NONE} where the library holds no quotation of it
 */
public record LegalReference(String act, String article, String paragraph, String subParagraph,
                             String revision, Confidence confidence, Quotation text) {
    /**
     * A reference without a quotation.
     *
     * @param act the act's key
     * @param article the article, or empty
     * @param paragraph the paragraph, or empty
     * @param subParagraph the sub-paragraph, or empty
     * @param revision the revision date, or empty
     * @param confidence how sure the library is of this basis
     */
    public LegalReference(String act, String article, String paragraph, String subParagraph, String revision,
                          Confidence confidence) {
        this(act, article, paragraph, subParagraph, revision, confidence, Quotation.NONE);
    }

    /** Checks that no component is null and that the act is named. */
    public LegalReference {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(subParagraph, "subParagraph");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(text, "text");
        if (act.isBlank()) {
            throw new IllegalArgumentException("act must not be blank");
        }
    }

    /**
     * The same reference carrying a quotation.
     *
     * @param quotation the provision's words, or {@link Quotation#NONE}
     * @return a new reference
     */
    public LegalReference withText(Quotation quotation) {
        return new LegalReference(act, article, paragraph, subParagraph, revision, confidence, quotation);
    }

    /** @return whether the basis was verified against primary text */
    public boolean verified() {
        return confidence.isVerified();
    }

    /**
     * A compact citation: {@code Z1100000477 art. 1 p. 13}, without names, for logs and tests.
     *
     * @return the citation
     */
    public String citation() {
        StringBuilder sb = new StringBuilder(act);
        if (!article.isEmpty()) {
            sb.append(" art. ").append(article);
        }
        if (!paragraph.isEmpty()) {
            sb.append(" p. ").append(paragraph);
        }
        if (!subParagraph.isEmpty()) {
            sb.append(" sub-p. ").append(subParagraph);
        }
        if (!revision.isEmpty()) {
            sb.append(" @").append(revision);
        }
        return sb.toString();
    }
}
