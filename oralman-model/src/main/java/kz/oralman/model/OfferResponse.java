package kz.oralman.model;

/** The answer to a region offered for settlement under the regional quota. */
public enum OfferResponse {
    /** The offered region was accepted. */
    ACCEPTED,
    /** The offered region was refused: Art. 20 sub-para 5 (wording of 19.04.2023), for the quota only. */
    REFUSED,
    /** No answer yet. */
    PENDING
}
