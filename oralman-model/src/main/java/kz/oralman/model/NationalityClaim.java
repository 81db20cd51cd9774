package kz.oralman.model;

/**
 * A claim that a document records Kazakh nationality: which document, whose, issued by which
 * country, and how far the claim is established.
 *
 * @param document the kind of document
 * @param whose whose document it is: the person's or a parent's
 * @param issuedBy the country that issued it ({@code SU} for Soviet documents)
 * @param evidence how far the claim is established
 */
public record NationalityClaim(NationalityDocument document, Kin whose, CountryCode issuedBy,
                               EvidenceStatus evidence) {
    /** Checks that no component is null. */
    public NationalityClaim {
        Checks.notNull(document, "document");
        Checks.notNull(whose, "whose");
        Checks.notNull(issuedBy, "issuedBy");
        Checks.notNull(evidence, "evidence");
    }
}
