package kz.oralman.model.decision;

import java.util.Objects;

/**
 * The body competent on the governing date (law-notes §7).
 *
 * @param decidingBody the key of the body that decides on the status, such as
 *     {@code LOCAL_EXECUTIVE_BODY}
 * @param ministry the key of the ministry in charge, such as {@code MTSZN}
 * @param confidence how sure the library is of the attribution on that date
 */
public record Authority(String decidingBody, String ministry, Confidence confidence) {
    /** Checks that no component is null. */
    public Authority {
        Objects.requireNonNull(decidingBody, "decidingBody");
        Objects.requireNonNull(ministry, "ministry");
        Objects.requireNonNull(confidence, "confidence");
    }
}
