package kz.oralman.rules.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.oralman.model.Region;

/**
 * Helpers of the centre rules: distances between regional capitals and the nearest centres with room.
 *
 * <p>Distances are great-circle distances between the regional capitals (Kokshetau, Aktobe, Konaev,
 * Atyrau, Oskemen, Taraz, Oral, Karaganda, Kostanay, Kyzylorda, Aktau, Pavlodar, Petropavl,
 * Turkistan, Semey, Taldykorgan, Zhezkazgan, Astana, Almaty, Shymkent), computed from their
 * coordinates rounded to 0.01°. Source: public geographic coordinates of the cities (not a stored
 * source, so SECONDARY at best); road distances are longer. Used only to order proposals.
 */
public final class Placement {
    private static final Map<Region, double[]> CAPITALS = Map.ofEntries(
            Map.entry(Region.AKMOLA, new double[] {53.28, 69.39}),
            Map.entry(Region.AKTOBE, new double[] {50.28, 57.17}),
            Map.entry(Region.ALMATY_REGION, new double[] {43.87, 77.07}),
            Map.entry(Region.ATYRAU, new double[] {47.11, 51.92}),
            Map.entry(Region.EAST_KAZAKHSTAN, new double[] {49.95, 82.61}),
            Map.entry(Region.ZHAMBYL, new double[] {42.90, 71.37}),
            Map.entry(Region.WEST_KAZAKHSTAN, new double[] {51.23, 51.37}),
            Map.entry(Region.KARAGANDA, new double[] {49.80, 73.10}),
            Map.entry(Region.KOSTANAY, new double[] {53.21, 63.63}),
            Map.entry(Region.KYZYLORDA, new double[] {44.85, 65.51}),
            Map.entry(Region.MANGYSTAU, new double[] {43.65, 51.16}),
            Map.entry(Region.PAVLODAR, new double[] {52.29, 76.97}),
            Map.entry(Region.NORTH_KAZAKHSTAN, new double[] {54.87, 69.15}),
            Map.entry(Region.TURKESTAN, new double[] {43.30, 68.25}),
            Map.entry(Region.ABAI, new double[] {50.41, 80.23}),
            Map.entry(Region.ZHETISU, new double[] {45.02, 78.37}),
            Map.entry(Region.ULYTAU, new double[] {47.80, 67.71}),
            Map.entry(Region.ASTANA, new double[] {51.17, 71.45}),
            Map.entry(Region.ALMATY_CITY, new double[] {43.24, 76.89}),
            Map.entry(Region.SHYMKENT, new double[] {42.32, 69.59}));

    private Placement() {
    }

    /**
     * The great-circle distance between two regions' capitals.
     *
     * @param a a region
     * @param b another region
     * @return whole kilometres
     */
    public static int km(Region a, Region b) {
        double[] p = CAPITALS.get(a);
        double[] q = CAPITALS.get(b);
        double lat1 = Math.toRadians(p[0]);
        double lat2 = Math.toRadians(q[0]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(q[1] - p[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return (int) Math.round(2 * 6371.0 * Math.asin(Math.sqrt(h)));
    }

    /**
     * The nearest adaptation and integration centres outside a region with room for a household.
     *
     * @param centres the centre facts (any objects; only {@link CentreFact}s are read)
     * @param from the intended region
     * @param persons places needed
     * @return up to three proposals, nearest first, as {@code region:centreId:km}, joined by {@code ", "}
     */
    public static String nearest(List<?> centres, Region from, int persons) {
        String list = centres.stream().filter(CentreFact.class::isInstance).map(CentreFact.class::cast)
                .filter(c -> c.adaptation() && c.region() != from && c.counted() && c.free() >= persons)
                .sorted(Comparator.comparingInt((CentreFact c) -> km(from, c.region())).thenComparing(CentreFact::id))
                .limit(3).map(c -> c.region().name() + ":" + c.id() + ":" + km(from, c.region()))
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "-" : list;
    }

    /**
     * Temporary accommodation centres with room for a household, anywhere.
     *
     * @param centres the centre facts
     * @param from the intended region, to order them by distance
     * @param persons places needed
     * @return the proposals as {@code region:centreId:km}, or {@code -}
     */
    public static String temporary(List<?> centres, Region from, int persons) {
        String list = centres.stream().filter(CentreFact.class::isInstance).map(CentreFact.class::cast)
                .filter(c -> !c.adaptation() && c.counted() && c.free() >= persons)
                .sorted(Comparator.comparingInt((CentreFact c) -> km(from, c.region())).thenComparing(CentreFact::id))
                .limit(3).map(c -> c.region().name() + ":" + c.id() + ":" + km(from, c.region()))
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "-" : list;
    }
}
