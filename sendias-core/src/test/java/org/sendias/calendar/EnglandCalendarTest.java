package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;

/**
 * The England and Wales calendar: every one-off, moved and substitute day of the confirmed years, the names and
 * kinds of the days, the number of holidays per year, and the coverage the calendar answers for.
 */
class EnglandCalendarTest {
    private static final HolidayCalendar ENGLAND = HolidayCalendar.englandAndWales();

    /**
     * The one-off days proclaimed for England and Wales since 1995 (STATUTE.md, section 1). Each adds a day to its
     * year; the moved days (1995-05-08, 2002-06-03, 2012-06-04, 2020-05-08, 2022-06-02) only replace one.
     */
    private static final List<LocalDate> ONE_OFF_DAYS = List.of(
        LocalDate.of(1999, 12, 31),  // millennium
        LocalDate.of(2002, 6, 4),    // Golden Jubilee
        LocalDate.of(2011, 4, 29),   // royal wedding
        LocalDate.of(2012, 6, 5),    // Diamond Jubilee
        LocalDate.of(2022, 6, 3),    // Platinum Jubilee
        LocalDate.of(2022, 9, 19),   // state funeral of Queen Elizabeth II
        LocalDate.of(2023, 5, 8));   // coronation of King Charles III

    /** New Year, Good Friday, Easter Monday, early May, spring, summer, and two Christmas days on weekdays. */
    private static final int WEEKDAY_HOLIDAYS_IN_A_NORMAL_YEAR = 8;

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        1995-05-08 | false | early May bank holiday moved to VE day
        1995-05-01 | true  | first Monday of May 1995, not a holiday because of the move
        1999-12-31 | false | millennium
        2000-01-03 | false | New Year's Day 2000 fell on a Saturday
        2002-06-03 | false | spring bank holiday moved for the Golden Jubilee
        2002-06-04 | false | Golden Jubilee
        2002-05-27 | true  | last Monday of May 2002, not a holiday because of the move
        2011-04-29 | false | royal wedding
        2012-06-04 | false | spring bank holiday moved for the Diamond Jubilee
        2012-06-05 | false | Diamond Jubilee
        2012-05-28 | true  | last Monday of May 2012, not a holiday because of the move
        2020-05-08 | false | early May bank holiday moved to VE day
        2020-05-04 | true  | first Monday of May 2020, not a holiday because of the move
        2022-06-02 | false | spring bank holiday moved for the Platinum Jubilee
        2022-06-03 | false | Platinum Jubilee
        2022-05-30 | true  | last Monday of May 2022, not a holiday because of the move
        2022-09-19 | false | state funeral of Queen Elizabeth II
        2023-05-08 | false | coronation of King Charles III
        2023-05-01 | false | early May bank holiday 2023 kept its date
        2022-01-03 | false | 1 Jan 2022 on a Saturday: substitute on Monday 3 Jan
        2011-01-03 | false | 1 Jan 2011 on a Saturday: substitute on Monday 3 Jan
        2017-01-02 | false | 1 Jan 2017 on a Sunday: substitute on Monday 2 Jan
        2023-01-02 | false | 1 Jan 2023 on a Sunday: substitute on Monday 2 Jan
        2022-01-04 | true  | the Scottish 2 January substitute is not an England holiday
        2021-12-27 | false | 25 Dec 2021 on a Saturday: Christmas substitute on Monday 27
        2021-12-28 | false | 25 Dec 2021 on a Saturday: Boxing Day substitute on Tuesday 28
        2021-12-29 | true  | no third day
        2010-12-27 | false | 25 Dec 2010 on a Saturday
        2010-12-28 | false | 25 Dec 2010 on a Saturday
        2022-12-26 | false | 25 Dec 2022 on a Sunday: Boxing Day on Monday 26
        2022-12-27 | false | 25 Dec 2022 on a Sunday: Christmas substitute on Tuesday 27
        2022-12-28 | true  | no third day
        2016-12-26 | false | 25 Dec 2016 on a Sunday
        2016-12-27 | false | 25 Dec 2016 on a Sunday
        2020-12-28 | false | 26 Dec 2020 on a Saturday: Boxing Day substitute on Monday 28
        2020-12-29 | true  | only one substitute day
        2015-12-28 | false | 26 Dec 2015 on a Saturday
        2024-12-24 | true  | Christmas Eve is a working day
        2024-12-31 | true  | New Year's Eve is a working day
        2024-03-29 | false | Good Friday
        2024-04-01 | false | Easter Monday
        2024-08-26 | false | summer bank holiday, last Monday of August
        2024-08-05 | true  | the Scottish summer bank holiday is not an England holiday
        2024-03-18 | true  | St Patrick's Day substitute is Northern Ireland only
        2024-07-12 | true  | Battle of the Boyne is Northern Ireland only
        2024-12-02 | true  | St Andrew's Day substitute is Scotland only
        2026-06-15 | true  | the World Cup bank holiday is Scotland only
        2028-01-03 | false | projected: 1 Jan 2028 on a Saturday
        2032-12-27 | false | projected: 25 Dec 2032 on a Saturday
        2032-12-28 | false | projected: 25 Dec 2032 on a Saturday
        """)
    void isWorkingDay_matchesTheOfficialList(LocalDate date, boolean working, String why) {
        assertEquals(working, ENGLAND.isWorkingDay(date), date + ": " + why);
        assertEquals(!working && isWeekday(date), ENGLAND.holiday(date).isPresent(),
            date + ": a weekday is non-working exactly when it has a named holiday");
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2024-03-30, false",  // Easter Saturday
        "2024-03-31, false",  // Easter Sunday
        "2024-06-01, false",  // an ordinary Saturday
        "2024-06-02, false",  // an ordinary Sunday
        "2024-06-03, true",   // an ordinary Monday
        "2024-06-07, true"})  // an ordinary Friday
    void weekends_areNeverWorkingDays(LocalDate date, boolean working) {
        assertEquals(working, ENGLAND.isWorkingDay(date));
    }

    static Stream<Arguments> namedDays() {
        String sub = Division.SUBSTITUTE_SUFFIX;
        return Stream.of(
            Arguments.of("2024-01-01", Division.NEW_YEAR, HolidayKind.BANK_HOLIDAY),
            Arguments.of("2022-01-03", Division.NEW_YEAR + sub, HolidayKind.SUBSTITUTE),
            Arguments.of("2024-03-29", Division.GOOD_FRIDAY, HolidayKind.COMMON_LAW),
            Arguments.of("2024-04-01", Division.EASTER_MONDAY, HolidayKind.BANK_HOLIDAY),
            Arguments.of("2024-05-06", Division.EARLY_MAY, HolidayKind.BANK_HOLIDAY),
            Arguments.of("2024-05-27", Division.SPRING, HolidayKind.BANK_HOLIDAY),
            Arguments.of("2024-08-26", Division.SUMMER, HolidayKind.BANK_HOLIDAY),
            Arguments.of("2024-12-25", Division.CHRISTMAS, HolidayKind.COMMON_LAW),
            Arguments.of("2024-12-26", Division.BOXING_DAY, HolidayKind.BANK_HOLIDAY),
            // Christmas Day on a weekend is still listed, as a common-law holiday
            Arguments.of("2021-12-25", Division.CHRISTMAS, HolidayKind.COMMON_LAW),
            Arguments.of("2021-12-27", Division.CHRISTMAS + sub, HolidayKind.SUBSTITUTE),
            Arguments.of("2021-12-28", Division.BOXING_DAY + sub, HolidayKind.SUBSTITUTE),
            Arguments.of("2022-12-26", Division.BOXING_DAY, HolidayKind.BANK_HOLIDAY),
            Arguments.of("2022-12-27", Division.CHRISTMAS + sub, HolidayKind.SUBSTITUTE),
            Arguments.of("2020-12-28", Division.BOXING_DAY + sub, HolidayKind.SUBSTITUTE),
            Arguments.of("1995-05-08", "Early May bank holiday (VE day)", HolidayKind.MOVED),
            Arguments.of("1999-12-31", "Millennium celebrations", HolidayKind.ONE_OFF),
            Arguments.of("2002-06-03", Division.SPRING, HolidayKind.MOVED),
            Arguments.of("2002-06-04", "Golden Jubilee bank holiday", HolidayKind.ONE_OFF),
            Arguments.of("2011-04-29", "Royal wedding", HolidayKind.ONE_OFF),
            Arguments.of("2012-06-04", Division.SPRING, HolidayKind.MOVED),
            Arguments.of("2012-06-05", "Queen\u2019s Diamond Jubilee", HolidayKind.ONE_OFF),
            Arguments.of("2020-05-08", "Early May bank holiday (VE day)", HolidayKind.MOVED),
            Arguments.of("2022-06-02", Division.SPRING, HolidayKind.MOVED),
            Arguments.of("2022-06-03", "Platinum Jubilee bank holiday", HolidayKind.ONE_OFF),
            Arguments.of("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II", HolidayKind.ONE_OFF),
            Arguments.of("2023-05-08", "Bank holiday for the coronation of King Charles III", HolidayKind.ONE_OFF));
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("namedDays")
    void holiday_hasTheNameAndKindOfTheSource(LocalDate date, String name, HolidayKind kind) {
        Holiday holiday = ENGLAND.holiday(date).orElseThrow(() -> new AssertionError(date + " is not a holiday"));
        assertEquals(new Holiday(date, name, kind), holiday);
        assertTrue(ENGLAND.holidays(date.getYear()).contains(holiday), "holidays(year) lists " + holiday);
    }

    @Test
    void goodFridayAndChristmasDay_areCommonLawEveryYear_andNothingElseIs() {
        for (int year = HolidayCalendar.FIRST_YEAR; year <= HolidayCalendar.LAST_YEAR; year++) {
            List<Holiday> commonLaw = ENGLAND.holidays(year).stream()
                .filter(h -> h.kind() == HolidayKind.COMMON_LAW).collect(Collectors.toList());
            assertEquals(2, commonLaw.size(), year + ": " + commonLaw);
            assertEquals(Division.GOOD_FRIDAY, commonLaw.get(0).name(), year + ": " + commonLaw);
            assertEquals(DayOfWeek.FRIDAY, commonLaw.get(0).date().getDayOfWeek());
            assertEquals(new Holiday(LocalDate.of(year, 12, 25), Division.CHRISTMAS, HolidayKind.COMMON_LAW),
                commonLaw.get(1));
        }
    }

    @Test
    void easterSunday_matchesKnownDates() {
        Map<Integer, LocalDate> known = new TreeMap<>(Map.of(
            1995, LocalDate.of(1995, 4, 16),
            2000, LocalDate.of(2000, 4, 23),
            2008, LocalDate.of(2008, 3, 23),   // early: Good Friday on 21 March
            2011, LocalDate.of(2011, 4, 24),   // late: royal wedding in Easter week
            2019, LocalDate.of(2019, 4, 21),
            2024, LocalDate.of(2024, 3, 31),
            2025, LocalDate.of(2025, 4, 20),
            2038, LocalDate.of(2038, 4, 25))); // the latest possible date
        known.forEach((year, easter) -> {
            assertEquals(easter, Division.easterSunday(year), "Easter " + year);
            assertFalse(ENGLAND.isWorkingDay(easter.minusDays(2)), "Good Friday " + year);
            assertFalse(ENGLAND.isWorkingDay(easter.plusDays(1)), "Easter Monday " + year);
            assertTrue(ENGLAND.isWorkingDay(easter.plusDays(2)), "the Tuesday after Easter " + year);
        });
    }

    /**
     * Every year from 1995 to 2035 has 8 holidays on weekdays, plus that year's one-off days: 1999, 2011 and 2023 have
     * one more, 2002 and 2012 one more (a moved spring holiday and a jubilee, so 9), 2022 two more (jubilee and state
     * funeral, so 10). {@code holidays(year)} also lists Christmas Day when it falls on a weekend, as a common-law
     * day; no other weekend day is listed.
     */
    @Test
    void holidaysPerYear_areEightOnWeekdays_plusTheOneOffDays() {
        for (int year = 1995; year <= 2035; year++) {
            int y = year;
            long oneOffs = ONE_OFF_DAYS.stream().filter(d -> d.getYear() == y).count();
            List<Holiday> listed = ENGLAND.holidays(year);
            List<Holiday> onWeekdays = listed.stream().filter(h -> isWeekday(h.date())).collect(Collectors.toList());
            List<Holiday> onWeekends = listed.stream().filter(h -> !isWeekday(h.date())).collect(Collectors.toList());

            assertEquals(WEEKDAY_HOLIDAYS_IN_A_NORMAL_YEAR + oneOffs, onWeekdays.size(), year + ": " + onWeekdays);
            boolean christmasOnWeekend = !isWeekday(LocalDate.of(year, 12, 25));
            assertEquals(christmasOnWeekend
                    ? List.of(new Holiday(LocalDate.of(year, 12, 25), Division.CHRISTMAS, HolidayKind.COMMON_LAW))
                    : List.of(),
                onWeekends, year + ": only Christmas Day is listed on a weekend");
            long nonWorkingWeekdays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(d -> isWeekday(d) && !ENGLAND.isWorkingDay(d)).count();
            assertEquals(onWeekdays.size(), nonWorkingWeekdays, year + ": isWorkingDay agrees with holidays(year)");
        }
    }

    @Test
    void holidaysPerYear_exceptionalYearsHaveTheExpectedTotals() {
        // the explicit totals the list above implies, as a check on the list itself
        Map<Integer, Integer> weekdayCounts = new TreeMap<>();
        for (int year : new int[] {1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023, 2024}) {
            weekdayCounts.put(year, (int) ENGLAND.holidays(year).stream().filter(h -> isWeekday(h.date())).count());
        }
        assertEquals(Map.of(1995, 8, 1999, 9, 2002, 9, 2011, 9, 2012, 9, 2020, 8, 2022, 10, 2023, 9, 2024, 8),
            weekdayCounts);
    }

    @Test
    void holidays_areInDateOrderAndUnmodifiable() {
        List<Holiday> year = ENGLAND.holidays(2022);
        assertEquals(year.stream().sorted().collect(Collectors.toList()), year);
        assertThrows(UnsupportedOperationException.class,
            () -> year.add(new Holiday(LocalDate.of(2022, 7, 1), "made up", HolidayKind.ONE_OFF)));
        assertEquals(ENGLAND.holidays(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), year);
    }

    @Test
    void holidaysInARange_areInclusive_andEmptyWhenReversed() {
        List<Holiday> june2022 = ENGLAND.holidays(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3));
        assertEquals(List.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3)),
            june2022.stream().map(Holiday::date).collect(Collectors.toList()));
        assertEquals(List.of(), ENGLAND.holidays(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 6, 2)));
        assertEquals(Optional.empty(), ENGLAND.holiday(LocalDate.of(2022, 6, 6)));
    }

    @Test
    void coverage_isConfirmedTo2027_andProjectedTo2099() {
        CalendarCoverage coverage = ENGLAND.coverage();
        assertAll(
            () -> assertEquals(LocalDate.of(1995, 1, 1), coverage.start()),
            () -> assertEquals(LocalDate.of(HolidayCalendar.CONFIRMED_THROUGH, 12, 31), coverage.confirmedEnd()),
            () -> assertEquals(LocalDate.of(2027, 12, 31), coverage.confirmedEnd()),
            () -> assertEquals(LocalDate.of(2099, 12, 31), coverage.end()),
            () -> assertFalse(coverage.isProjected(LocalDate.of(1995, 1, 1))),
            () -> assertFalse(coverage.isProjected(LocalDate.of(2027, 12, 31))),
            () -> assertTrue(coverage.isProjected(LocalDate.of(2028, 1, 1))),
            () -> assertTrue(coverage.isProjected(LocalDate.of(2099, 12, 31))),
            () -> assertFalse(coverage.isProjected(LocalDate.of(2100, 1, 1)), "outside the range is not projected"),
            () -> assertTrue(coverage.contains(LocalDate.of(1995, 1, 1))),
            () -> assertTrue(coverage.contains(LocalDate.of(2099, 12, 31))),
            () -> assertFalse(coverage.contains(LocalDate.of(1994, 12, 31))),
            () -> assertFalse(coverage.contains(LocalDate.of(2100, 1, 1))),
            () -> assertEquals("confirmed 1995-01-01 to 2027-12-31, projected to 2099-12-31", coverage.toString()));
    }

    @Test
    void coverage_refusesAnInconsistentRange() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarCoverage(LocalDate.of(2000, 1, 1),
            LocalDate.of(1999, 12, 31), LocalDate.of(2001, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new CalendarCoverage(LocalDate.of(2000, 1, 1),
            LocalDate.of(2001, 1, 1), LocalDate.of(2000, 12, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1994-12-31", "1900-01-01", "2100-01-01", "2999-06-30"})
    void datesOutsideTheCoverage_areRefused(LocalDate date) {
        CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> ENGLAND.isWorkingDay(date));
        assertEquals(date, e.date());
        assertEquals(ENGLAND.coverage(), e.coverage());
        assertTrue(e.getMessage().contains(date.toString()), e.getMessage());
        assertThrows(CalendarRangeException.class, () -> ENGLAND.plusWorkingDays(date, 0));
        assertThrows(CalendarRangeException.class, () -> ENGLAND.workingDaysBetween(date, LocalDate.of(2000, 1, 1)));
        assertThrows(CalendarRangeException.class, () -> ENGLAND.holidays(date.getYear()));
    }

    @Test
    void theEdgesOfTheCoverage_areAnswered() {
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(1995, 1, 1)), "a Sunday");
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(1995, 1, 2)), "New Year's Day substitute");
        assertTrue(ENGLAND.isWorkingDay(LocalDate.of(1995, 1, 3)));
        assertTrue(ENGLAND.isWorkingDay(LocalDate.of(2099, 12, 31)), "a Thursday");
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(2099, 12, 28)), "Boxing Day substitute, 26 Dec on a Saturday");
        assertEquals(8, ENGLAND.holidays(2099).size(), "Christmas Day 2099 is a Friday, so nothing on a weekend");
    }

    @Test
    void projectedYears_followTheStandingRules() {
        for (int year = HolidayCalendar.CONFIRMED_THROUGH + 1; year <= HolidayCalendar.LAST_YEAR; year++) {
            assertEquals(Division.ENGLAND_AND_WALES.standing(year), ENGLAND.holidays(year), "year " + year);
        }
        assertTrue(ENGLAND.coverage().isProjected(LocalDate.of(2030, 5, 6)));
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(2030, 5, 6)), "first Monday of May 2030");
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(2030, 5, 27)), "last Monday of May 2030");
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(2030, 8, 26)), "last Monday of August 2030");
    }

    @Test
    void nameAndVersion() {
        assertEquals("england-and-wales", ENGLAND.name());
        assertTrue(ENGLAND.version().startsWith("england-and-wales@"), ENGLAND.version());
        assertEquals("england-and-wales@" + HolidayCalendar.DATA_VERSION, ENGLAND.version());
        assertTrue(ENGLAND.toString().contains(ENGLAND.version()), ENGLAND.toString());
    }

    @Test
    void named_returnsTheBuiltInCalendars() {
        assertEquals(Set.of("england-and-wales", "scotland", "northern-ireland", "united-kingdom"),
            HolidayCalendar.names());
        assertSame(HolidayCalendar.englandAndWales(), HolidayCalendar.named("england-and-wales"));
        assertSame(HolidayCalendar.scotland(), HolidayCalendar.named("scotland"));
        assertSame(HolidayCalendar.northernIreland(), HolidayCalendar.named("northern-ireland"));
        assertSame(HolidayCalendar.unitedKingdom(), HolidayCalendar.named("united-kingdom"));
        assertSame(ENGLAND, HolidayCalendar.englandAndWales(), "built once");
        for (String name : HolidayCalendar.names()) {
            assertEquals(name, HolidayCalendar.named(name).name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "England-and-Wales", "england", "eng", " england-and-wales", "wales", ""})
    void named_refusesAnyOtherName_namingTheFieldAndTheKnownNames(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HolidayCalendar.named(name));
        assertEquals("calendar", e.field());
        assertTrue(e.problem().contains("'" + name + "'"), e.problem());
        for (String known : HolidayCalendar.names()) {
            assertTrue(e.problem().contains(known), e.problem() + " should list " + known);
        }
        assertTrue(e.getMessage().startsWith("calendar: "), e.getMessage());
    }

    @Test
    void named_null_isANullPointerException() {
        assertThrows(NullPointerException.class, () -> HolidayCalendar.named(null));
        assertThrows(NullPointerException.class, () -> ENGLAND.isWorkingDay(null));
        assertThrows(NullPointerException.class, () -> ENGLAND.holiday(null));
    }

    @Test
    void everyYear_hasTheStandingDaysOfItsMonths() {
        // a coarse shape check over the whole range: one summer holiday in August, two holidays in May except in
        // years whose spring holiday was moved to June (2002, 2012, 2022) and 2023 (the coronation), and none in
        // February, July or October
        Set<Integer> springMovedToJune = Set.of(2002, 2012, 2022);
        IntStream.rangeClosed(HolidayCalendar.FIRST_YEAR, HolidayCalendar.LAST_YEAR).forEach(year -> {
            Map<Month, Long> byMonth = ENGLAND.holidays(year).stream()
                .collect(Collectors.groupingBy(h -> h.date().getMonth(), Collectors.counting()));
            assertEquals(1L, byMonth.get(Month.AUGUST), year + " August");
            long may = springMovedToJune.contains(year) ? 1L : year == 2023 ? 3L : 2L;
            assertEquals(may, byMonth.get(Month.MAY), year + " May");
            assertEquals(null, byMonth.get(Month.FEBRUARY), year + " February");
            assertEquals(null, byMonth.get(Month.JULY), year + " July");
            assertEquals(null, byMonth.get(Month.OCTOBER), year + " October");
        });
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
