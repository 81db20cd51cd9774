package kz.oralman.rules.facts;

import kz.oralman.model.OfferResponse;
import kz.oralman.model.QuotaOffer;
import kz.oralman.model.Region;

/**
 * The unit offered for settlement under the regional quota and the answer (Art. 20 sub-para 5).
 *
 * @param offer the offer
 * @param pointer its JSON Pointer
 */
public record QuotaOfferFact(QuotaOffer offer, String pointer) {
    /** @return the answer */
    public OfferResponse response() {
        return offer.response();
    }

    /** @return the offered region */
    public Region region() {
        return offer.region();
    }
}
