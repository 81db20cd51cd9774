package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import kz.oralman.model.Region;

/**
 * The parameter values in force on the governing date, read from the dated parameter table
 * ({@code parameters/parameters.json}); rules read them from here and never hold literals.
 *
 * @param statusTerm the term of a granted status
 * @param sovereigntyCutoff the day read as "the moment Kazakhstan acquired sovereignty"
 * @param extensionMaxCount how many extensions are allowed ({@link Integer#MAX_VALUE}: no limit)
 * @param extensionMaxTerm the longest extension
 * @param processingWorkingDays working days the authority has to decide
 * @param designatedRegions regions where settling was a condition (2014-2015), else empty
 * @param oneOff2019Until the day to which the 2019 instruction extended statuses
 * @param extensionCountFrom extensions decided before this day do not count toward the limit
 * @param citizenshipLawDate the date of the Law on Citizenship of 1991
 */
public record LawParameters(Period statusTerm, LocalDate sovereigntyCutoff, int extensionMaxCount,
                            Period extensionMaxTerm, int processingWorkingDays, Set<Region> designatedRegions,
                            LocalDate oneOff2019Until, LocalDate extensionCountFrom,
                            LocalDate citizenshipLawDate) {
    /** Copies the set. */
    public LawParameters {
        designatedRegions = Set.copyOf(designatedRegions);
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
