package kz.oralman.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An identity document.
 *
 * @param kind the kind of document
 * @param issuingCountry the issuing country
 * @param number the document number, 1 to 40 characters
 * @param issued the day it was issued
 * @param expires the last day it is valid, if it expires
 */
public record IdentityDocument(IdentityDocumentKind kind, CountryCode issuingCountry, String number,
                               LocalDate issued, Optional<LocalDate> expires) {
    /** Checks the components and that the document does not expire before it is issued. */
    public IdentityDocument {
        Checks.notNull(kind, "kind");
        Checks.notNull(issuingCountry, "issuingCountry");
        Checks.text(number, "number", 40);
        Checks.notNull(issued, "issued");
        Checks.notNull(expires, "expires");
        if (expires.isPresent() && expires.get().isBefore(issued)) {
            throw new IllegalArgumentException("expires " + expires.get() + " is before issued " + issued);
        }
    }

    /**
     * Whether the document is valid on a date.
     *
     * @param date the date
     * @return true from the issue date to the expiry date, both inclusive
     */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(issued) && expires.map(e -> !date.isAfter(e)).orElse(true);
    }
}
