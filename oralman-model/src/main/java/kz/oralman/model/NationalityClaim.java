package kz.oralman.model;

/**
 * A claim that a document records a nationality: which document, whose, issued by which country,
 * which nationality it records, and how far the claim is established.
 *
 * <p>The nationality is {@link Nationality#KAZAKH} unless stated: the case format before the field
 * existed only carried claims of Kazakh nationality, and such claims keep their meaning. A claim of
 * another nationality (a non-Kazakh spouse's passport, say) is evidence that the person is
 * <em>not</em> of Kazakh nationality; the rules never ask such a person for proof of Kazakh
 * nationality.
 *
 * @param document the kind of document
 * @param whose whose document it is: the person's or a parent's
 * @param issuedBy the country that issued it ({@code SU} for Soviet documents)
 * @param evidence how far the claim is established
 * @param nationality the nationality the document records
 */
public record NationalityClaim(NationalityDocument document, Kin whose, CountryCode issuedBy,
                               EvidenceStatus evidence, Nationality nationality) {
    /** Checks that no component is null. */
    public NationalityClaim {
        Checks.notNull(document, "document");
        Checks.notNull(whose, "whose");
        Checks.notNull(issuedBy, "issuedBy");
        Checks.notNull(evidence, "evidence");
        Checks.notNull(nationality, "nationality");
    }

    /**
     * A claim of Kazakh nationality.
     *
     * @param document the kind of document
     * @param whose whose document it is
     * @param issuedBy the issuing country
     * @param evidence how far the claim is established
     */
    public NationalityClaim(NationalityDocument document, Kin whose, CountryCode issuedBy, EvidenceStatus evidence) {
        this(document, whose, issuedBy, evidence, Nationality.KAZAKH);
    }

    /** @return whether the document records the Kazakh nationality */
    public boolean kazakh() {
        return nationality.isKazakh();
    }
}
