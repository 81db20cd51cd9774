package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import kz.oralman.model.Region;

/**
 * The parameter values in force on the governing date, read from the dated parameter table
 * ({@code parameters/parameters.json}); rules read them from here and never hold literals.
 *
 * <p>A parameter marked {@code optional} in the table is <strong>null</strong> here on a date before its
 * first value: no source supports a value then, and the rules must not apply it. Rules test the
 * {@code ...Known()} methods (such as {@link #supportAmountsKnown()}) before reading such a value.
 * Nullable: {@code statusTerm}, the extension parameters, {@code processingWorkingDays},
 * {@code centreMaxStay}, {@code citizenshipReview}, the support amounts, {@code mrpTenge} and
 * {@code centreRulesAct}.
 *
 * @param statusTerm the term of a granted status (null: the law sets no term, as the 1997 law)
 * @param sovereigntyCutoff the day read as "the moment Kazakhstan acquired sovereignty"
 * @param extensionMaxCount how many extensions are allowed ({@link Integer#MAX_VALUE}: no limit)
 * @param extensionMaxTerm the longest extension
 * @param processingWorkingDays working days the authority has to decide
 * @param designatedRegions regions where settling was a condition (2014-2015), else empty
 * @param oneOff2019Until the day to which the 2019 instruction extended statuses
 * @param extensionCountFrom extensions decided before this day do not count toward the limit
 * @param citizenshipLawDate the date of the Law on Citizenship of 1991
 * @param centreMaxStay the longest stay in an adaptation and integration centre
 * @param citizenshipReview the review period of a simplified citizenship application
 * @param quotaUnit what the regional quota counts
 * @param quotaSetBy who sets the quota: {@code PRESIDENT}, {@code GOVERNMENT_2011}, {@code GOVERNMENT} or
 *        {@code AUTHORISED_BODY}
 * @param settlementRegions the regions of settlement for the regional quota (empty: not encoded)
 * @param settlementRegionsBasis the act or source the list of settlement regions rests on
 * @param relocationMrp the one-off relocation subsidy per family member, in MRP
 * @param rentMrpMin rent and utilities per family a month, at least, in MRP
 * @param rentMrpMax rent and utilities per family a month, at most, in MRP
 * @param rentMonths months of rent support
 * @param housingSharePct the housing certificate's share of the price, in percent
 * @param housingCapMrp the housing certificate's cap, in MRP
 * @param mrpTenge the tenge value of one MRP in the year of the date
 * @param socialCodeFrom from when the Social Code is the basis of the support measures
 * @param centreRulesAct the key of the order that sets the rules of stay in the centres on the date
 */
public record LawParameters(Period statusTerm, LocalDate sovereigntyCutoff, Integer extensionMaxCount,
                            Period extensionMaxTerm, Integer processingWorkingDays, Set<Region> designatedRegions,
                            LocalDate oneOff2019Until, LocalDate extensionCountFrom,
                            LocalDate citizenshipLawDate, Period centreMaxStay, Period citizenshipReview,
                            kz.oralman.model.QuotaUnit quotaUnit, String quotaSetBy, Set<Region> settlementRegions,
                            String settlementRegionsBasis,
                            Integer relocationMrp, Integer rentMrpMin, Integer rentMrpMax, Integer rentMonths,
                            Integer housingSharePct, Integer housingCapMrp, Integer mrpTenge,
                            LocalDate socialCodeFrom,
                            String centreRulesAct) {
    /** Copies the set. */
    public LawParameters {
        designatedRegions = Set.copyOf(designatedRegions);
        settlementRegions = Set.copyOf(settlementRegions);
    }

    /**
     * Whether the relocation subsidy and the rent support have amounts on the date: before the first
     * value a source supports (2023), the rules state no amounts.
     *
     * @return true when the relocation and rent amounts and the MRP of the year are all known
     */
    public boolean supportAmountsKnown() {
        return relocationMrp != null && rentMrpMin != null && rentMrpMax != null && rentMonths != null
                && mrpTenge != null;
    }

    /**
     * Whether the housing certificate exists on the date with a known cap (from March 2023).
     *
     * @return true when its share, its cap and the MRP of the year are all known
     */
    public boolean housingCertificateKnown() {
        return housingSharePct != null && housingCapMrp != null && mrpTenge != null;
    }

    /** @return whether the law sets a term of the status on the date */
    public boolean statusTermKnown() {
        return statusTerm != null;
    }

    /** @return whether an extension of the status and its limits are encoded on the date */
    public boolean extensionKnown() {
        return extensionMaxCount != null && extensionMaxTerm != null && extensionCountFrom != null;
    }

    /**
     * Whether a region is a region of settlement for the regional quota.
     *
     * @param region a region, or null
     * @return true if it is
     */
    public boolean settlement(Region region) {
        return region != null && settlementRegions.contains(region);
    }

    /** @return whether the regions of settlement are encoded for the date */
    public boolean settlementKnown() {
        return !settlementRegions.isEmpty();
    }

    /**
     * Whether a region is one of the designated regions.
     *
     * @param region a region, or null
     * @return true if designated
     */
    public boolean designated(Region region) {
        return region != null && designatedRegions.contains(region);
    }
}
