package kz.oralman.model;

import static kz.oralman.model.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTest {
    @ParameterizedTest(name = "{0} exists on {1}: {2}")
    @CsvSource({
        "ABAI,     2022-06-07, false",   // the day before the decree took effect
        "ABAI,     2022-06-08, true",    // the day of
        "ABAI,     2024-02-29, true",
        "ZHETISU,  2022-06-07, false",
        "ZHETISU,  2022-06-08, true",
        "ULYTAU,   2022-06-07, false",
        "ULYTAU,   2022-06-08, true",
        "TURKESTAN, 2018-06-18, false",
        "TURKESTAN, 2018-06-19, true",
        "SHYMKENT, 2018-06-18, false",
        "SHYMKENT, 2018-06-19, true",
        "EAST_KAZAKHSTAN, 2022-06-07, true",
        "EAST_KAZAKHSTAN, 1991-12-16, true",
        "EAST_KAZAKHSTAN, 1991-12-15, false",
        "ASTANA,   2011-01-01, true",
    })
    void existsOn(Region region, String date, boolean exists) {
        assertEquals(exists, region.existsOn(date(date)));
    }

    @Test
    void twentyRegions_17oblasts_3cities_eachNamedInThreeLanguages() {
        assertEquals(20, Region.values().length);
        assertEquals(17, Arrays.stream(Region.values()).filter(r -> r.kind() == Region.Kind.OBLAST).count());
        assertEquals(3, Arrays.stream(Region.values()).filter(r -> r.kind() == Region.Kind.CITY).count());
        for (Region r : Region.values()) {
            assertTrue(!r.displayName("kk").isBlank() && !r.displayName("ru").isBlank()
                    && !r.displayName("en").isBlank(), r.name());
            assertEquals(r.displayName("en"), r.displayName("de"), "unknown language falls back to English");
        }
        assertEquals("Абай облысы", Region.ABAI.displayName("kk"));
    }
}
