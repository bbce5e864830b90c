package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Working-day arithmetic, checked against a naive reference that walks one day at a time over a set of
 * non-working days built from weekends and {@code holidays(year)} only: the reference never calls
 * {@code isWorkingDay}, {@code plusWorkingDays} or {@code workingDaysBetween}, so it is independent of the
 * precomputed index the calendars answer from.
 */
class WorkingDayArithmeticTest {
    /** Fixed so that a failure can be reproduced; every failure message names it. */
    private static final long SEED = 0x5E4D1A5L;
    private static final int CASES = 4000;
    private static final LocalDate SAMPLE_FROM = LocalDate.of(1995, 1, 1);
    private static final LocalDate SAMPLE_TO = LocalDate.of(2035, 12, 31);

    /** A day-by-day model of one calendar. */
    private static final class Reference {
        final LocalDate start;
        final LocalDate end;
        final Set<LocalDate> holidays = new HashSet<>();

        Reference(HolidayCalendar calendar) {
            start = LocalDate.of(HolidayCalendar.FIRST_YEAR, 1, 1);
            end = LocalDate.of(HolidayCalendar.LAST_YEAR, 12, 31);
            for (int year = HolidayCalendar.FIRST_YEAR; year <= HolidayCalendar.LAST_YEAR; year++) {
                calendar.holidays(year).forEach(h -> holidays.add(h.date()));
            }
        }

        boolean working(LocalDate d) {
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(d);
        }

        /** The n-th working day after (n > 0) or before (n < 0) d; empty if the walk leaves the range. */
        Optional<LocalDate> plus(LocalDate d, int n) {
            int step = n > 0 ? 1 : -1;
            int left = Math.abs(n);
            LocalDate day = d;
            while (left > 0) {
                day = day.plusDays(step);
                if (day.isBefore(start) || day.isAfter(end)) {
                    return Optional.empty();
                }
                if (working(day)) {
                    left--;
                }
            }
            return Optional.of(day);
        }

        /** Working days in (from, to], or minus those in (to, from]. */
        int between(LocalDate from, LocalDate to) {
            int count = 0;
            if (!to.isBefore(from)) {
                for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                    count += working(d) ? 1 : 0;
                }
                return count;
            }
            for (LocalDate d = to.plusDays(1); !d.isAfter(from); d = d.plusDays(1)) {
                count += working(d) ? 1 : 0;
            }
            return -count;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"england-and-wales", "scotland", "northern-ireland", "united-kingdom"})
    void isWorkingDay_matchesTheReference_onEveryDayOfTheRange(String name) {
        HolidayCalendar calendar = HolidayCalendar.named(name);
        Reference ref = new Reference(calendar);
        for (LocalDate d = ref.start; !d.isAfter(ref.end); d = d.plusDays(1)) {
            if (ref.working(d) != calendar.isWorkingDay(d)) {
                throw new AssertionError(name + " " + d + ": expected working " + ref.working(d));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"england-and-wales", "scotland", "northern-ireland", "united-kingdom"})
    void randomDatesAndCounts_matchTheReference(String name) {
        HolidayCalendar calendar = HolidayCalendar.named(name);
        Reference ref = new Reference(calendar);
        SplittableRandom random = new SplittableRandom(SEED);
        long span = SAMPLE_TO.toEpochDay() - SAMPLE_FROM.toEpochDay() + 1;
        int outOfRange = 0;
        for (int i = 0; i < CASES; i++) {
            LocalDate date = SAMPLE_FROM.plusDays(random.nextLong(span));
            int n = random.nextInt(-400, 401);
            LocalDate other = date.plusDays(random.nextInt(-600, 601));
            String where = name + ", seed " + SEED + ", case " + i + ": date " + date + ", n " + n + ", other " + other;

            Optional<LocalDate> expected = ref.plus(date, n);
            if (expected.isPresent()) {
                LocalDate actual = calendar.plusWorkingDays(date, n);
                assertEquals(expected.get(), actual, where);
                // the inverse: counting back from the result gives n; for n < 0 only when date is itself a working
                // day, because a negative workingDaysBetween counts (to, from], which includes 'from'
                if (n >= 0 || ref.working(date)) {
                    assertEquals(n, calendar.workingDaysBetween(date, actual), where);
                }
            } else {
                outOfRange++;
                CalendarRangeException e = assertThrows(CalendarRangeException.class,
                    () -> calendar.plusWorkingDays(date, n), where);
                assertEquals(date, e.date(), where);
            }

            assertEquals(ref.plus(date, 1).orElseThrow(), calendar.nextWorkingDay(date), where);
            Optional<LocalDate> previous = ref.plus(date, -1);
            if (previous.isPresent()) {
                assertEquals(previous.get(), calendar.previousWorkingDay(date), where);
            } else {
                assertThrows(CalendarRangeException.class, () -> calendar.previousWorkingDay(date), where);
            }
            LocalDate onOrAfter = ref.working(date) ? date : ref.plus(date, 1).orElseThrow();
            assertEquals(onOrAfter, calendar.workingDayOnOrAfter(date), where);
            assertEquals(date, calendar.plusWorkingDays(date, 0), where);

            if (other.isBefore(ref.start)) {
                assertThrows(CalendarRangeException.class, () -> calendar.workingDaysBetween(date, other), where);
                continue;
            }
            int between = calendar.workingDaysBetween(date, other);
            assertEquals(ref.between(date, other), between, where);
            assertEquals(-between, calendar.workingDaysBetween(other, date), where + " (antisymmetry)");
            // the inverse the other way: for a working day 'other' after 'date', counting forward reaches it
            if (ref.working(other) && other.isAfter(date)) {
                assertEquals(other, calendar.plusWorkingDays(date, between), where);
            }
            // counting back from a working day reaches an earlier working day
            if (ref.working(other) && other.isBefore(date) && ref.working(date)) {
                assertEquals(other, calendar.plusWorkingDays(date, between), where);
            }
        }
        // the sample reaches back far enough from early 1995 to exercise the range check
        assertTrue(outOfRange > 0, "seed " + SEED + ": no case left the range");
    }

    @Test
    void plusWorkingDays_walksEveryCountFromOneDate_likeTheReference() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        Reference ref = new Reference(england);
        LocalDate start = LocalDate.of(2022, 5, 28); // a Saturday before the moved 2022 spring holiday
        for (int n = -1500; n <= 1500; n++) {
            assertEquals(ref.plus(start, n).orElseThrow(), england.plusWorkingDays(start, n), "n = " + n);
        }
    }

    @ParameterizedTest(name = "{0} is returned by n = 0")
    @ValueSource(strings = {"2024-03-30", "2024-03-31", "2024-12-25", "2024-03-29", "2024-06-05", "1995-01-01",
        "2099-12-31"})
    void zeroWorkingDays_returnsTheDateUnchanged_evenOnANonWorkingDay(LocalDate date) {
        for (HolidayCalendar c : new HolidayCalendar[] {HolidayCalendar.englandAndWales(), HolidayCalendar.unitedKingdom()}) {
            assertEquals(date, c.plusWorkingDays(date, 0), c.name());
            assertEquals(0, c.workingDaysBetween(date, date), c.name());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        2024-03-20 |  20 | over Easter 2024 (Good Friday 29 March, Easter Monday 1 April) | 2024-04-19
        2024-03-28 |   1 | the Thursday before Good Friday                                | 2024-04-02
        2024-04-02 |  -1 | back over Easter                                               | 2024-03-28
        2024-12-18 |  10 | over Christmas 2024 and New Year's Day 2025                    | 2025-01-06
        2025-01-02 |  -5 | back over New Year and Christmas                               | 2024-12-23
        2022-12-22 |   5 | 25 Dec 2022 a Sunday: 26, 27 Dec and 2 Jan 2023 all off        | 2023-01-03
        2021-12-24 |   1 | 25 Dec 2021 a Saturday: 27 and 28 Dec off                      | 2021-12-29
        2022-05-27 |   1 | 30 May 2022 was a working day (spring holiday moved)          | 2022-05-30
        2022-06-01 |   1 | Platinum Jubilee: 2 and 3 June 2022 off                        | 2022-06-06
        2024-03-30 |   1 | from a Saturday, the first working day after it                | 2024-04-02
        2024-03-30 |  -1 | from a Saturday, the last working day before it                | 2024-03-28
        """)
    void workedExamples_inEngland(LocalDate from, int n, String why, LocalDate expected) {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        assertEquals(expected, england.plusWorkingDays(from, n), why);
    }

    @Test
    void workedExamples_workingDaysBetween() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        LocalDate wednesday = LocalDate.of(2024, 3, 20);
        LocalDate friday = LocalDate.of(2024, 4, 19);
        assertEquals(20, england.workingDaysBetween(wednesday, friday));
        assertEquals(-20, england.workingDaysBetween(friday, wednesday));
        // the same span with no holidays in it would be 22 working days
        assertEquals(22, england.workingDaysBetween(LocalDate.of(2024, 6, 5), LocalDate.of(2024, 7, 5)));
        // a weekend counts nothing; 'from' is never counted, 'to' is counted when it is a working day
        assertEquals(0, england.workingDaysBetween(LocalDate.of(2024, 6, 7), LocalDate.of(2024, 6, 9)));
        assertEquals(1, england.workingDaysBetween(LocalDate.of(2024, 6, 7), LocalDate.of(2024, 6, 10)));
        // Christmas 2024: 24 Dec to 2 Jan counts 27, 30, 31 Dec and 2 Jan
        assertEquals(4, england.workingDaysBetween(LocalDate.of(2024, 12, 24), LocalDate.of(2025, 1, 2)));
        // the UK-wide calendar also skips Scotland's 2 January
        assertEquals(3, HolidayCalendar.unitedKingdom()
            .workingDaysBetween(LocalDate.of(2024, 12, 24), LocalDate.of(2025, 1, 2)));
    }

    @Test
    void countingPastTheEndOfTheRange_isRefused() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        LocalDate lateDecember = LocalDate.of(2099, 12, 20);
        CalendarRangeException e = assertThrows(CalendarRangeException.class,
            () -> england.plusWorkingDays(lateDecember, 30));
        assertEquals(lateDecember, e.date());
        assertEquals(england.coverage(), e.coverage());
        assertTrue(e.getMessage().contains("2099-12-31"), e.getMessage());
        assertThrows(CalendarRangeException.class, () -> england.nextWorkingDay(LocalDate.of(2099, 12, 31)));
        assertEquals(LocalDate.of(2099, 12, 29), england.workingDayOnOrAfter(LocalDate.of(2099, 12, 26)));
        assertThrows(CalendarRangeException.class, () -> england.plusWorkingDays(lateDecember, Integer.MAX_VALUE));
        // the last working day of the range is still reachable: 21-24, 29, 30 and 31 December 2099
        assertEquals(LocalDate.of(2099, 12, 31), england.plusWorkingDays(lateDecember, 7));
        assertThrows(CalendarRangeException.class, () -> england.plusWorkingDays(lateDecember, 8));
    }

    @Test
    void countingBackBeforeTheStartOfTheRange_isRefused() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        // 1995-01-02 was New Year's Day's substitute, so 3 January is the first working day in the range
        assertEquals(LocalDate.of(1995, 1, 3), england.workingDayOnOrAfter(LocalDate.of(1995, 1, 1)));
        assertThrows(CalendarRangeException.class, () -> england.previousWorkingDay(LocalDate.of(1995, 1, 3)));
        assertEquals(LocalDate.of(1995, 1, 3), england.previousWorkingDay(LocalDate.of(1995, 1, 4)));
        CalendarRangeException e = assertThrows(CalendarRangeException.class,
            () -> england.plusWorkingDays(LocalDate.of(1995, 1, 10), -10));
        assertEquals(LocalDate.of(1995, 1, 10), e.date());
        assertThrows(CalendarRangeException.class,
            () -> england.plusWorkingDays(LocalDate.of(2050, 1, 10), Integer.MIN_VALUE));
        assertThrows(CalendarRangeException.class,
            () -> england.workingDaysBetween(LocalDate.of(1995, 1, 10), LocalDate.of(1994, 12, 30)));
        assertThrows(CalendarRangeException.class,
            () -> england.workingDaysBetween(LocalDate.of(2100, 1, 1), LocalDate.of(2099, 12, 30)));
    }

    @Test
    void nullDates_areRefused() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        assertThrows(NullPointerException.class, () -> england.plusWorkingDays(null, 1));
        assertThrows(NullPointerException.class, () -> england.workingDaysBetween(null, LocalDate.of(2024, 1, 1)));
        assertThrows(NullPointerException.class, () -> england.workingDaysBetween(LocalDate.of(2024, 1, 1), null));
    }
}
