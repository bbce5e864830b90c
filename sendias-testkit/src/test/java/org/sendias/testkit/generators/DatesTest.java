package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendias.calendar.HolidayCalendar;

class DatesTest {

    private static boolean leapDay(LocalDate d) {
        return d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29;
    }

    @Test
    void dates_stayFrom1995To2099_andFavourTheEdgeCases() {
        List<LocalDate> dates = Samples.draw(Dates.dates(), 1000);
        assertTrue(dates.stream().allMatch(d -> !d.isBefore(Dates.FIRST) && !d.isAfter(Dates.LAST)));
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        assertTrue(Samples.count(dates, DatesTest::leapDay) > 40, "29 February");
        assertTrue(dates.stream().anyMatch(d -> d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31));
        assertTrue(dates.stream().anyMatch(d -> d.getDayOfYear() == 1));
        assertTrue(dates.stream().anyMatch(d -> d.getMonth() == Month.MARCH && d.getDayOfMonth() == 1
            && d.isLeapYear()));
        assertTrue(Samples.count(dates, d -> d.equals(d.with(TemporalAdjusters.lastDayOfMonth()))) > 100);
        assertTrue(Samples.count(dates, d -> england.holiday(d).isPresent()) > 40, "bank holidays");
        assertTrue(dates.contains(Dates.FIRST) && dates.contains(Dates.LAST));
    }

    @Test
    void namedEdgeCaseGenerators_giveWhatTheySay() {
        assertTrue(Samples.draw(Dates.leapDays(), 100).stream().allMatch(DatesTest::leapDay));
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        assertTrue(Samples.draw(Dates.bankHolidays(), 100).stream().allMatch(d -> england.holiday(d).isPresent()));
        assertTrue(Samples.draw(Dates.monthEnds(), 100).stream()
            .allMatch(d -> d.equals(d.with(TemporalAdjusters.lastDayOfMonth()))));
    }

    @Test
    void between_staysInShortRangesWithoutTheEdgeCasesTheyLack() {
        LocalDate from = LocalDate.of(2023, 3, 2);
        LocalDate to = LocalDate.of(2023, 3, 30);
        assertTrue(Samples.draw(Dates.between(from, to), 500).stream().allMatch(d -> !d.isBefore(from)
            && !d.isAfter(to)));
        LocalDate day = LocalDate.of(2024, 2, 29);
        assertTrue(Samples.draw(Dates.between(day, day), 50).stream().allMatch(day::equals));
        assertThrows(IllegalArgumentException.class, () -> Dates.between(to, from));
    }

    @Test
    void childDateOfBirth_givesAges0To25_favouringBirthdaysOnTheDayAndLeapDays() {
        for (LocalDate asOf : List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2023, 2, 28), LocalDate.of(2026, 6, 26),
                LocalDate.of(1995, 1, 1), LocalDate.of(2099, 12, 31))) {
            List<LocalDate> births = Samples.draw(Dates.childDateOfBirth(asOf), 300);
            assertTrue(births.stream().allMatch(b -> !b.isAfter(asOf)), "not born after " + asOf);
            assertTrue(births.stream().map(b -> Period.between(b, asOf).getYears()).allMatch(a -> a >= 0 && a <= 25));
            assertTrue(births.contains(asOf), "born on the day");
            assertTrue(births.stream().anyMatch(b -> Period.between(b, asOf).getYears() == 25), "aged 25");
            assertTrue(births.stream().anyMatch(DatesTest::leapDay), "born on 29 February");
            assertTrue(births.stream().anyMatch(b -> b.getMonth() == Month.AUGUST && b.getDayOfMonth() == 31));
        }
        List<LocalDate> teens = Samples.draw(Dates.dateOfBirth(LocalDate.of(2026, 1, 10), 14, 17), 300);
        assertTrue(teens.stream().map(b -> Period.between(b, LocalDate.of(2026, 1, 10)).getYears())
            .allMatch(a -> a >= 14 && a <= 17));
    }

    @Test
    void instants_coverTheRangeToTheMicrosecond() {
        Instant first = Dates.FIRST.atStartOfDay(Dates.ZONE).toInstant();
        Instant last = Dates.LAST.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
        List<Instant> instants = Samples.draw(Dates.instants(), 1000);
        assertTrue(instants.stream().allMatch(i -> !i.isBefore(first) && i.isBefore(last)));
        assertTrue(instants.stream().allMatch(i -> i.getNano() % 1000 == 0));
        assertTrue(instants.stream().anyMatch(i -> i.getNano() % 1_000_000 != 0), "sub-millisecond");
        assertTrue(instants.stream().anyMatch(i -> i.atZone(Dates.ZONE).toLocalTime().toNanoOfDay() == 0), "midnight");
        assertTrue(Samples.draw(Dates.instants(ChronoUnit.SECONDS), 100).stream().allMatch(i -> i.getNano() == 0));
    }

    @Test
    void instantsOn_fallOnTheDayInEngland_includingAroundTheClockChange() {
        LocalDate springForward = LocalDate.of(2024, 3, 31);
        List<Instant> spring = Samples.draw(Dates.instantsOn(springForward), 200);
        assertTrue(spring.stream().allMatch(i -> i.atZone(Dates.ZONE).toLocalDate().equals(springForward)));
        assertTrue(spring.contains(Instant.parse("2024-03-31T01:00:00Z")), "the instant the clocks change");
        assertTrue(spring.contains(Instant.parse("2024-03-31T00:59:59.999999Z")), "the instant before");
        LocalDate summer = LocalDate.of(2025, 7, 15);
        List<Instant> july = Samples.draw(Dates.instantsOn(summer), 200);
        assertTrue(july.stream().allMatch(i -> i.atZone(Dates.ZONE).toLocalDate().equals(summer)));
        assertTrue(july.stream().anyMatch(i -> i.atZone(ZoneOffset.UTC).toLocalDate().equals(summer.minusDays(1))),
            "still the previous day in UTC");
        assertTrue(july.contains(Instant.parse("2025-07-15T22:59:59.999999Z")), "the last microsecond of the day");
    }

    @Test
    void sameSeed_givesTheSameDates() {
        assertTrue(Samples.reproducible(Dates.dates(), LocalDate::toString));
        assertTrue(Samples.reproducible(Dates.instants(), Instant::toString));
        assertEquals(Samples.draw(Dates.childDateOfBirth(LocalDate.of(2026, 9, 1)), 5, 50),
            Samples.draw(Dates.childDateOfBirth(LocalDate.of(2026, 9, 1)), 5, 50));
    }
}
