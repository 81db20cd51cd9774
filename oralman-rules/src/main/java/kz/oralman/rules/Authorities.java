package kz.oralman.rules;

import java.time.LocalDate;
import kz.oralman.model.decision.Authority;
import kz.oralman.model.decision.Confidence;

/**
 * The body competent for the status on a date (law-notes §7). "End of 2010" and "mid 2013" are
 * taken as 01.01.2011 and 01.07.2013; the MZSR period (August 2014 to late 2016) as 06.08.2014 to
 * 01.01.2017: these boundaries are UNVERIFIED.
 */
public final class Authorities {
    private static final LocalDate MVD_FROM = LocalDate.of(2011, 1, 1);
    private static final LocalDate AKIMATS_FROM = LocalDate.of(2013, 7, 1);
    private static final LocalDate MZSR_FROM = LocalDate.of(2014, 8, 6);
    private static final LocalDate MTSZN_AGAIN_FROM = LocalDate.of(2017, 1, 1);

    private Authorities() {
    }

    /**
     * The competent authority on a date.
     *
     * @param date the governing date
     * @return the deciding body, the ministry in charge, and the confidence of the attribution
     */
    public static Authority on(LocalDate date) {
        if (date.isBefore(MVD_FROM)) {
            return new Authority("MTSZN", "MTSZN", Confidence.SECONDARY);
        }
        if (date.isBefore(AKIMATS_FROM)) {
            return new Authority("MVD", "MVD", Confidence.SECONDARY);
        }
        if (date.isBefore(MZSR_FROM)) {
            return new Authority("LOCAL_EXECUTIVE_BODY", "MTSZN", Confidence.SECONDARY);
        }
        if (date.isBefore(MTSZN_AGAIN_FROM)) {
            return new Authority("LOCAL_EXECUTIVE_BODY", "MZSR", Confidence.UNVERIFIED);
        }
        return new Authority("LOCAL_EXECUTIVE_BODY", "MTSZN", Confidence.SECONDARY);
    }
}
