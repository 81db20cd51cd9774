package kz.oralman.model;

import static kz.oralman.model.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Application, StatusEvent and the small records it carries. */
class FamilyAndApplicationTest {
    private static Application withHistory(List<StatusEvent> history) {
        return new Application(PersonId.of("a"), List.of(), Question.STATUS_EXTENSION, date("2025-01-10"),
                Channel.MIGRATION_PORTAL, ArrivalPurpose.PERMANENT_RESIDENCE, List.of(), Optional.empty(), history,
                List.of(), new DocumentPackage(EvidenceStatus.VERIFIED, EvidenceStatus.VERIFIED), Optional.empty());
    }

    @ParameterizedTest(name = "{0} on {1}, validUntil {2}, endReason {3}: valid {4}")
    @CsvSource({
        "GRANTED,  2024-02-01, 2025-01-31, ,                     true",
        "GRANTED,  2024-02-29, 2024-02-29, ,                     true",   // valid for one day
        "GRANTED,  2024-02-01, 2024-01-31, ,                     false",  // ends before it starts
        "GRANTED,  2024-02-01, ,           ,                     false",  // no term
        "EXTENDED, 2025-01-20, 2026-01-31, ,                     true",
        "EXTENDED, 2025-01-20, 2026-01-31, DEATH,                false",
        "ENDED,    2024-11-20, ,           CITIZENSHIP_ACQUIRED, true",
        "ENDED,    2024-11-20, ,           ,                     false",
        "ENDED,    2024-11-20, 2025-01-31, COURT_DECISION,       false",
    })
    void statusEvent_optionalPartsGoWithTheKind(StatusEventKind kind, String on, String until,
                                                StatusEndReason reason, boolean valid) {
        Optional<java.time.LocalDate> validUntil = Optional.ofNullable(until).map(java.time.LocalDate::parse);
        Optional<StatusEndReason> endReason = Optional.ofNullable(reason);
        if (valid) {
            assertEquals(kind, new StatusEvent(PersonId.of("a"), kind, date(on), validUntil, endReason).kind());
        } else {
            assertThrows(IllegalArgumentException.class,
                    () -> new StatusEvent(PersonId.of("a"), kind, date(on), validUntil, endReason));
        }
    }

    @Test
    void statusHistory_inDateOrder_equalDatesAllowed() {
        StatusEvent grant = StatusEvent.granted(PersonId.of("a"), date("2024-02-01"), date("2025-01-31"));
        StatusEvent sameDay = StatusEvent.granted(PersonId.of("b"), date("2024-02-01"), date("2025-01-31"));
        StatusEvent end = StatusEvent.ended(PersonId.of("b"), date("2024-11-20"), StatusEndReason.CITIZENSHIP_ACQUIRED);
        assertEquals(3, withHistory(List.of(grant, sameDay, end)).statusHistory().size());
        assertThrows(IllegalArgumentException.class, () -> withHistory(List.of(end, grant)));
    }

    @Test
    void familyMembers_notTheApplicant_noRepeats() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.application("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.application("a", "b", "b"));
        assertEquals(List.of(PersonId.of("a"), PersonId.of("b")), Fixtures.application("a", "b").everyone());
    }

    @Test
    void motives_noRepeats() {
        assertThrows(IllegalArgumentException.class, () -> new Application(PersonId.of("a"), List.of(),
                Question.STATUS_ASSIGNMENT, date("2024-01-01"), Channel.EMBASSY, ArrivalPurpose.NOT_STATED,
                List.of(ArrivalMotive.ECONOMIC, ArrivalMotive.ECONOMIC), Optional.empty(), List.of(), List.of(),
                new DocumentPackage(EvidenceStatus.UNKNOWN, EvidenceStatus.UNKNOWN), Optional.empty()));
    }

    @ParameterizedTest(name = "issued {0}, expires {1}, on {2}: valid document {3}, valid on {4}")
    @CsvSource({
        "2020-05-14, 2030-05-13, 2030-05-13, true,  true",   // the last day is inclusive
        "2020-05-14, 2030-05-13, 2030-05-14, true,  false",
        "2020-05-14, 2020-05-14, 2020-05-14, true,  true",   // expires the day it is issued
        "2020-05-14, ,           2199-01-01, true,  true",   // never expires
        "2020-05-14, 2020-05-13, 2020-05-14, false, false",
    })
    void identityDocument(String issued, String expires, String on, boolean valid, boolean validOn) {
        Optional<java.time.LocalDate> exp = Optional.ofNullable(expires).map(java.time.LocalDate::parse);
        if (valid) {
            IdentityDocument d = new IdentityDocument(IdentityDocumentKind.PASSPORT, CountryCode.of("UZ"), "FA1",
                    date(issued), exp);
            assertEquals(validOn, d.validOn(date(on)));
        } else {
            assertThrows(IllegalArgumentException.class, () -> new IdentityDocument(IdentityDocumentKind.PASSPORT,
                    CountryCode.of("UZ"), "FA1", date(issued), exp));
        }
    }

    @ParameterizedTest(name = "{0} in {1}: valid {2}")
    @CsvSource({"KZ, ABAI, true", "KZ, , true", "UZ, , true", "UZ, TURKESTAN, false", "SU, ALMATY_CITY, false"})
    void residencePeriod_regionOnlyInKazakhstan(String country, Region region, boolean valid) {
        Optional<Region> r = Optional.ofNullable(region);
        if (valid) {
            assertEquals(r, new ResidencePeriod(CountryCode.of(country), r, Fixtures.open("2022-06-08"),
                    ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED).region());
        } else {
            assertThrows(IllegalArgumentException.class, () -> new ResidencePeriod(CountryCode.of(country), r,
                    Fixtures.open("2022-06-08"), ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED));
        }
    }

    @Test
    void periods_mustHaveAStartAndNotBeEmpty() {
        java.time.LocalDate d = date("2024-01-01");
        org.threeten.extra.LocalDateRange empty = org.threeten.extra.LocalDateRange.of(d, d);
        org.threeten.extra.LocalDateRange noStart = org.threeten.extra.LocalDateRange.ofUnboundedStart(d);
        for (org.threeten.extra.LocalDateRange bad : List.of(empty, noStart)) {
            assertThrows(IllegalArgumentException.class,
                    () -> new CitizenshipPeriod(CountryCode.KZ, bad, EvidenceStatus.VERIFIED));
            assertThrows(IllegalArgumentException.class, () -> new CentreStay(PersonId.of("a"), "c", bad));
        }
    }

    @ParameterizedTest(name = "allocated {0}, used {1}, year {2}: valid {3}")
    @CsvSource({"10, 10, 2024, true", "10, 11, 2024, false", "0, 0, 1991, true", "10, 1, 1990, false",
        "10, 1, 2101, false", "-1, 0, 2024, false"})
    void quotaSnapshot(int allocated, int used, int year, boolean valid) {
        if (valid) {
            assertEquals(allocated - used, new QuotaSnapshot(year, Region.ABAI, QuotaCategory.KANDAS,
                    QuotaUnit.PERSONS, allocated, used, date("2024-01-01")).remaining());
        } else {
            assertThrows(IllegalArgumentException.class, () -> new QuotaSnapshot(year, Region.ABAI,
                    QuotaCategory.KANDAS, QuotaUnit.PERSONS, allocated, used, date("2024-01-01")));
        }
    }

    @Test
    void centre_occupancyWithinCapacityAndInDateOrder() {
        Occupancy jan = new Occupancy(date("2024-01-01"), 10);
        Occupancy feb = new Occupancy(date("2024-02-29"), 9);
        Centre c = new Centre("aic", "Centre", Region.ABAI, CentreKind.ADAPTATION_INTEGRATION, 10, List.of(jan, feb));
        assertEquals(Optional.of(jan), c.occupancyOn(date("2024-02-28")));
        assertEquals(Optional.of(feb), c.occupancyOn(date("2024-02-29")));
        assertEquals(Optional.empty(), c.occupancyOn(date("2023-12-31")));
        assertThrows(IllegalArgumentException.class, () -> new Centre("aic", "Centre", Region.ABAI,
                CentreKind.ADAPTATION_INTEGRATION, 9, List.of(jan)));
        assertThrows(IllegalArgumentException.class, () -> new Centre("aic", "Centre", Region.ABAI,
                CentreKind.ADAPTATION_INTEGRATION, 10, List.of(feb, jan)));
        assertThrows(IllegalArgumentException.class, () -> new Centre("aic", "Centre", Region.ABAI,
                CentreKind.ADAPTATION_INTEGRATION, 10, List.of(jan, jan)));
        assertThrows(IllegalArgumentException.class, () -> new Centre("a c", "Centre", Region.ABAI,
                CentreKind.ADAPTATION_INTEGRATION, 10, List.of()));
    }
}
