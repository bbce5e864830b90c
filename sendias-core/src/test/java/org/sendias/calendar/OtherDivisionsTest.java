package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scotland, Northern Ireland and the UK-wide calendar (a day is not a working day if it is a holiday anywhere in
 * the UK).
 */
class OtherDivisionsTest {
    private static final HolidayCalendar ENGLAND = HolidayCalendar.englandAndWales();
    private static final HolidayCalendar SCOTLAND = HolidayCalendar.scotland();
    private static final HolidayCalendar NORTHERN_IRELAND = HolidayCalendar.northernIreland();
    private static final HolidayCalendar UK = HolidayCalendar.unitedKingdom();

    @ParameterizedTest(name = "Scotland, {0}: working {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        2024-01-01 | false | New Year's Day
        2024-01-02 | false | 2 January
        2024-01-03 | true  | an ordinary Wednesday
        2021-01-01 | false | New Year's Day on a Friday
        2021-01-04 | false | 2 January 2021 on a Saturday: substitute on Monday 4
        2022-01-03 | false | 1 January 2022 on a Saturday: substitute on Monday 3
        2022-01-04 | false | 2 January 2022 on a Sunday: substitute on Tuesday 4
        2023-01-02 | false | 1 January 2023 on a Sunday: 2 January keeps its day
        2023-01-03 | false | ... and New Year's Day's substitute is Tuesday 3
        2027-01-04 | false | 2 January 2027 on a Saturday: substitute on Monday 4
        2024-03-29 | false | Good Friday
        2024-04-01 | true  | Easter Monday is not a Scottish bank holiday
        2024-05-06 | false | early May bank holiday
        2024-05-27 | false | spring bank holiday
        2024-08-05 | false | summer bank holiday: first Monday of August
        2024-08-26 | true  | the last Monday of August is England's, not Scotland's
        2026-08-03 | false | summer bank holiday 2026
        2006-11-30 | true  | St Andrew's Day before the 2007 Act: a working Thursday
        2007-11-30 | false | the first St Andrew's Day bank holiday, a Friday
        2024-11-30 | false | St Andrew's Day on a Saturday (a weekend day)
        2024-12-02 | false | ... substitute on Monday 2 December
        2025-12-01 | false | St Andrew's Day 2025 on a Sunday: substitute on Monday 1 December
        2026-11-30 | false | St Andrew's Day 2026 on a Monday
        1995-05-01 | false | in 1995 Scotland kept its early May holiday ...
        1995-05-08 | false | ... and had VE day as well
        2026-06-15 | false | World Cup bank holiday, Scotland only
        2021-12-27 | false | Christmas substitute
        2021-12-28 | false | Boxing Day substitute
        2022-09-19 | false | the state funeral was UK-wide
        """)
    void scotland(LocalDate date, boolean working, String why) {
        assertEquals(working, SCOTLAND.isWorkingDay(date), date + ": " + why);
    }

    @ParameterizedTest(name = "Northern Ireland, {0}: working {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        2027-03-17 | false | St Patrick's Day on a Wednesday
        2024-03-18 | false | St Patrick's Day 2024 on a Sunday: substitute on Monday 18
        2018-03-19 | false | St Patrick's Day 2018 on a Saturday: substitute on Monday 19
        2018-03-20 | true  | only one substitute day
        2027-07-12 | false | Battle of the Boyne on a Monday
        2026-07-13 | false | 12 July 2026 on a Sunday: substitute on Monday 13
        2025-07-14 | false | 12 July 2025 on a Saturday: substitute on Monday 14
        2025-07-11 | true  | the Friday before is a working day
        2024-04-01 | false | Easter Monday
        2024-08-26 | false | summer bank holiday, last Monday of August as in England
        2024-08-05 | true  | Scotland's summer holiday is not Northern Ireland's
        2024-01-02 | true  | 2 January is Scotland's only
        1995-05-01 | true  | 1995: early May moved to VE day, as in England
        1995-05-08 | false | VE day
        2026-06-15 | true  | the World Cup bank holiday is Scotland's only
        2022-06-03 | false | the Platinum Jubilee was UK-wide
        """)
    void northernIreland(LocalDate date, boolean working, String why) {
        assertEquals(working, NORTHERN_IRELAND.isWorkingDay(date), date + ": " + why);
    }

    @Test
    void scottishAndNorthernIrishDays_areNotEnglandHolidays() {
        for (String date : List.of("2024-01-02", "2024-08-05", "2024-12-02", "2026-06-15", "2024-03-18",
                "2025-07-14", "2027-03-17", "2027-07-12", "2027-01-04")) {
            assertTrue(ENGLAND.isWorkingDay(LocalDate.parse(date)), date);
        }
    }

    @Test
    void stAndrewsDay_isABankHolidayFrom2007_movedToMondayOffAWeekend() {
        for (int year = HolidayCalendar.FIRST_YEAR; year <= HolidayCalendar.LAST_YEAR; year++) {
            LocalDate day = LocalDate.of(year, 11, 30);
            LocalDate observed = isWeekday(day) ? day : day.plusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 2 : 1);
            assertEquals(year < Division.ST_ANDREW_FROM, SCOTLAND.isWorkingDay(observed), "St Andrew's Day " + year);
            if (year >= Division.ST_ANDREW_FROM) {
                Holiday holiday = SCOTLAND.holiday(observed).orElseThrow();
                assertTrue(holiday.name().startsWith(Division.ST_ANDREW), holiday.toString());
                assertEquals(observed.equals(day) ? HolidayKind.BANK_HOLIDAY : HolidayKind.SUBSTITUTE, holiday.kind());
            }
        }
    }

    @Test
    void firstAndSecondJanuary_inScotland_alwaysGiveTwoWeekdaysInTheFirstWeek() {
        for (int year = HolidayCalendar.FIRST_YEAR; year <= HolidayCalendar.LAST_YEAR; year++) {
            List<LocalDate> early = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year, 1, 8))
                .filter(d -> isWeekday(d) && !SCOTLAND.isWorkingDay(d)).collect(Collectors.toList());
            assertEquals(2, early.size(), year + ": " + early);
            // the two days are the first two weekdays on or after 1 January
            LocalDate first = nextWeekdayOnOrAfter(LocalDate.of(year, 1, 1));
            assertEquals(List.of(first, nextWeekdayOnOrAfter(first.plusDays(1))), early, "year " + year);
        }
    }

    @Test
    void scottishSummerHoliday_isTheFirstMondayOfAugust_everyYear() {
        for (int year = HolidayCalendar.FIRST_YEAR; year <= HolidayCalendar.LAST_YEAR; year++) {
            List<LocalDate> august = LocalDate.of(year, 8, 1).datesUntil(LocalDate.of(year, 9, 1))
                .filter(d -> isWeekday(d) && !SCOTLAND.isWorkingDay(d)).collect(Collectors.toList());
            assertEquals(1, august.size(), year + ": " + august);
            assertEquals(DayOfWeek.MONDAY, august.get(0).getDayOfWeek());
            assertTrue(august.get(0).getDayOfMonth() <= 7, august.get(0) + " is the first Monday");
        }
    }

    @Test
    void worldCupBankHoliday_isScotlandOnly() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        assertEquals(new Holiday(day, "World Cup bank holiday", HolidayKind.ONE_OFF), SCOTLAND.holiday(day).orElseThrow());
        assertFalse(ENGLAND.holiday(day).isPresent());
        assertFalse(NORTHERN_IRELAND.holiday(day).isPresent());
        assertFalse(UK.isWorkingDay(day));
        assertEquals("World Cup bank holiday (Scotland)", UK.holiday(day).orElseThrow().name());
    }

    @Test
    void scotland1995_keepsBothMayHolidays() {
        List<LocalDate> may = SCOTLAND.holidays(LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 31)).stream()
            .map(Holiday::date).collect(Collectors.toList());
        assertEquals(List.of(LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8), LocalDate.of(1995, 5, 29)), may);
        assertEquals(HolidayKind.ONE_OFF, SCOTLAND.holiday(LocalDate.of(1995, 5, 8)).orElseThrow().kind());
        assertEquals(HolidayKind.MOVED, ENGLAND.holiday(LocalDate.of(1995, 5, 8)).orElseThrow().kind());
    }

    @Test
    void northernIrishDays_haveTheirNames() {
        assertEquals(new Holiday(LocalDate.of(2027, 3, 17), Division.ST_PATRICK, HolidayKind.BANK_HOLIDAY),
            NORTHERN_IRELAND.holiday(LocalDate.of(2027, 3, 17)).orElseThrow());
        assertEquals(new Holiday(LocalDate.of(2024, 3, 18), Division.ST_PATRICK + Division.SUBSTITUTE_SUFFIX,
            HolidayKind.SUBSTITUTE), NORTHERN_IRELAND.holiday(LocalDate.of(2024, 3, 18)).orElseThrow());
        assertEquals(new Holiday(LocalDate.of(2026, 7, 13), Division.BOYNE + Division.SUBSTITUTE_SUFFIX,
            HolidayKind.SUBSTITUTE), NORTHERN_IRELAND.holiday(LocalDate.of(2026, 7, 13)).orElseThrow());
    }

    @ParameterizedTest(name = "UK, {0}: working {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        2027-03-17 | false | St Patrick's Day (Northern Ireland)
        2027-07-12 | false | Battle of the Boyne (Northern Ireland)
        2027-01-04 | false | 2 January 2027 on a Saturday: Scotland's substitute on Monday 4
        2026-08-03 | false | Scottish summer bank holiday
        2026-08-31 | false | summer bank holiday in England, Wales and Northern Ireland
        2026-04-06 | false | Easter Monday (not Scotland)
        2025-12-01 | false | St Andrew's Day substitute (Scotland)
        2026-06-15 | false | World Cup bank holiday (Scotland)
        2026-12-25 | false | Christmas Day everywhere
        2026-06-16 | true  | an ordinary Tuesday
        2027-01-05 | true  | an ordinary Tuesday
        """)
    void unitedKingdom(LocalDate date, boolean working, String why) {
        assertEquals(working, UK.isWorkingDay(date), date + ": " + why);
    }

    @Test
    void unitedKingdom_isTheUnionOfTheThreeDivisions_overTheWholeRange() {
        LocalDate end = UK.coverage().end();
        for (LocalDate d = UK.coverage().start(); !d.isAfter(end); d = d.plusDays(1)) {
            boolean everywhere = ENGLAND.isWorkingDay(d) && SCOTLAND.isWorkingDay(d) && NORTHERN_IRELAND.isWorkingDay(d);
            if (everywhere != UK.isWorkingDay(d)) {
                throw new AssertionError(d + ": UK working " + UK.isWorkingDay(d) + ", England " + ENGLAND.isWorkingDay(d)
                    + ", Scotland " + SCOTLAND.isWorkingDay(d) + ", Northern Ireland " + NORTHERN_IRELAND.isWorkingDay(d));
            }
            boolean named = ENGLAND.holiday(d).isPresent() || SCOTLAND.holiday(d).isPresent()
                || NORTHERN_IRELAND.holiday(d).isPresent();
            assertEquals(named, UK.holiday(d).isPresent(), d.toString());
        }
    }

    @Test
    void unitedKingdom_namesEachDayWithTheDivisionsThatKeepIt() {
        Map<LocalDate, String> expected = Map.of(
            LocalDate.of(2027, 3, 17), Division.ST_PATRICK + " (Northern Ireland)",
            LocalDate.of(2024, 1, 2), Division.SECOND_JANUARY + " (Scotland)",
            LocalDate.of(2024, 12, 25), Division.CHRISTMAS,
            LocalDate.of(2024, 4, 1), Division.EASTER_MONDAY + " (England and Wales, Northern Ireland)",
            LocalDate.of(2024, 8, 5), Division.SUMMER + " (Scotland)",
            LocalDate.of(2024, 8, 26), Division.SUMMER + " (England and Wales, Northern Ireland)",
            // 2 January 2023: England's and Northern Ireland's New Year substitute and Scotland's 2 January
            LocalDate.of(2023, 1, 2), Division.NEW_YEAR + Division.SUBSTITUTE_SUFFIX
                + " (England and Wales, Northern Ireland) / " + Division.SECOND_JANUARY + " (Scotland)");
        expected.forEach((date, name) -> assertEquals(name, UK.holiday(date).orElseThrow().name(), date.toString()));
    }

    @Test
    void namesVersionsAndCoverage() {
        assertEquals("scotland", SCOTLAND.name());
        assertEquals("northern-ireland", NORTHERN_IRELAND.name());
        assertEquals(HolidayCalendar.UNITED_KINGDOM, UK.name());
        assertEquals("united-kingdom", UK.name());
        assertEquals("scotland@" + HolidayCalendar.DATA_VERSION, SCOTLAND.version());
        assertEquals("northern-ireland@" + HolidayCalendar.DATA_VERSION, NORTHERN_IRELAND.version());
        assertEquals("united-kingdom@" + HolidayCalendar.DATA_VERSION, UK.version());
        for (HolidayCalendar c : List.of(SCOTLAND, NORTHERN_IRELAND, UK)) {
            assertEquals(ENGLAND.coverage(), c.coverage(), c.name());
        }
    }

    private static LocalDate nextWeekdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWeekday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
