package kz.oralman.model;

import java.time.LocalDate;

/**
 * The territorial-administrative unit offered for settlement under the regional quota and the
 * answer to the offer. Art. 20 sub-para 5 (wording of Law 223-VII of 19.04.2023): inclusion in the
 * quota is refused on «отсутствие региональной квоты приема кандасов в территориально-
 * административной единице или отказ этнического казаха от предложенной для расселения
 * территориально-административной единицы».
 *
 * @param region the region offered
 * @param offered the day of the offer
 * @param response the answer
 */
public record QuotaOffer(Region region, LocalDate offered, OfferResponse response) {
    /** Checks that no component is null. */
    public QuotaOffer {
        Checks.notNull(region, "region");
        Checks.notNull(offered, "offered");
        Checks.notNull(response, "response");
    }
}
