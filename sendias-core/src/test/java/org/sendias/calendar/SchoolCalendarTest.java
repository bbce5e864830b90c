package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.InvalidInputException;
import org.sendias.calendar.SchoolCalendar.Term;

/**
 * A school's own calendar: the days it meets are weekdays inside a term that are neither public holidays nor
 * closure days. The example is a school year 2024/25 in England with six half-terms.
 */
class SchoolCalendarTest {
    private static final Term AUTUMN_1 = term("2024-09-04", "2024-10-25");
    private static final Term AUTUMN_2 = term("2024-11-04", "2024-12-20");
    private static final Term SPRING_1 = term("2025-01-06", "2025-02-14");
    private static final Term SPRING_2 = term("2025-02-24", "2025-04-04");
    // starts on Easter Monday, a bank holiday inside the term
    private static final Term SUMMER_1 = term("2025-04-21", "2025-05-23");
    private static final Term SUMMER_2 = term("2025-06-02", "2025-07-22");
    private static final List<Term> TERMS = List.of(AUTUMN_1, AUTUMN_2, SPRING_1, SPRING_2, SUMMER_1, SUMMER_2);

    /** A training day on the first Monday after half-term, and a polling day used as a polling station. */
    private static final LocalDate TRAINING_DAY = LocalDate.of(2024, 11, 4);
    private static final LocalDate POLLING_DAY = LocalDate.of(2025, 5, 1);
    private static final List<LocalDate> CLOSED = List.of(TRAINING_DAY, POLLING_DAY);

    private static final SchoolCalendar SCHOOL = SchoolCalendar.of(TERMS, CLOSED);

    @ParameterizedTest(name = "{0}: school day {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        2024-09-03 | false | outside: before the first term (see the range test)
        2024-09-04 | true  | the first day of term is included
        2024-10-25 | true  | the last day of a term is included
        2024-10-28 | false | half-term
        2024-11-01 | false | half-term
        2024-11-04 | false | training day (closure) on the first day of term
        2024-11-05 | true  | the day after the training day
        2024-09-07 | false | a Saturday in term
        2024-09-08 | false | a Sunday in term
        2024-12-20 | true  | the last day before Christmas
        2024-12-25 | false | Christmas holidays
        2025-01-06 | true  | the first day of the spring term
        2025-04-18 | false | Good Friday, in the Easter holidays
        2025-04-21 | false | Easter Monday: the first day of term is a bank holiday
        2025-04-22 | true  | the first day the school meets after Easter
        2025-05-01 | false | polling day (closure)
        2025-05-05 | false | early May bank holiday, inside the term
        2025-05-26 | false | spring bank holiday, in half-term anyway
        2025-07-22 | true  | the last day of the school year
        """)
    void isWorkingDay(LocalDate date, boolean meets, String why) {
        if (!SCHOOL.coverage().contains(date)) {
            assertThrows(CalendarRangeException.class, () -> SCHOOL.isWorkingDay(date), why);
            return;
        }
        assertEquals(meets, SCHOOL.isWorkingDay(date), date + ": " + why);
    }

    @Test
    void isWorkingDay_onEveryDay_isAWeekdayInTermThatIsNeitherAHolidayNorClosed() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        int days = 0;
        for (LocalDate d = LocalDate.of(2024, 9, 4); !d.isAfter(LocalDate.of(2025, 7, 22)); d = d.plusDays(1)) {
            LocalDate day = d;
            boolean inTerm = TERMS.stream().anyMatch(t -> !day.isBefore(t.start()) && !day.isAfter(t.end()));
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean expected = inTerm && weekday && !CLOSED.contains(d) && england.holiday(d).isEmpty();
            assertEquals(expected, SCHOOL.isWorkingDay(d), d.toString());
            days += expected ? 1 : 0;
        }
        // 38 + 35 + 30 + 30 + 25 + 37 weekdays in term, less Easter Monday, early May and the two closures
        assertEquals(191, days);
    }

    @Test
    void plusWorkingDays_jumpsTheHalfTermGap() {
        LocalDate wednesday = LocalDate.of(2024, 10, 23);
        // Thursday 24 and Friday 25 October, then half-term, then the training day on 4 November
        assertEquals(LocalDate.of(2024, 10, 25), SCHOOL.plusWorkingDays(wednesday, 2));
        assertEquals(LocalDate.of(2024, 11, 5), SCHOOL.plusWorkingDays(wednesday, 3));
        assertEquals(LocalDate.of(2024, 10, 25), SCHOOL.previousWorkingDay(LocalDate.of(2024, 11, 5)));
        assertEquals(LocalDate.of(2024, 11, 5), SCHOOL.nextWorkingDay(LocalDate.of(2024, 10, 26)));
        assertEquals(LocalDate.of(2024, 11, 5), SCHOOL.workingDayOnOrAfter(LocalDate.of(2024, 10, 28)));
        assertEquals(1, SCHOOL.workingDaysBetween(LocalDate.of(2024, 10, 25), LocalDate.of(2024, 11, 5)));
        assertEquals(3, SCHOOL.workingDaysBetween(wednesday, LocalDate.of(2024, 11, 5)));
        assertEquals(-3, SCHOOL.workingDaysBetween(LocalDate.of(2024, 11, 5), wednesday));
        // the same count on the public calendar lands in half-term
        assertEquals(LocalDate.of(2024, 10, 28), HolidayCalendar.englandAndWales().plusWorkingDays(wednesday, 3));
    }

    @Test
    void plusWorkingDays_jumpsEasterAndTheBankHolidaysInTerm() {
        // 15 school days after Friday 4 April 2025: the Easter holidays, Easter Monday (in term), 1 May (closed)
        // and 5 May (bank holiday) are all skipped
        assertEquals(LocalDate.of(2025, 5, 14), SCHOOL.plusWorkingDays(LocalDate.of(2025, 4, 4), 15));
        assertEquals(LocalDate.of(2025, 4, 4), SCHOOL.plusWorkingDays(LocalDate.of(2025, 5, 14), -15));
    }

    @Test
    void coverage_isFromTheFirstTermStartToTheLastTermEnd_withNothingProjected() {
        CalendarCoverage coverage = SCHOOL.coverage();
        assertEquals(LocalDate.of(2024, 9, 4), coverage.start());
        assertEquals(LocalDate.of(2025, 7, 22), coverage.confirmedEnd());
        assertEquals(LocalDate.of(2025, 7, 22), coverage.end());
        assertFalse(coverage.isProjected(LocalDate.of(2025, 7, 22)));
        assertFalse(coverage.isProjected(LocalDate.of(2024, 12, 25)));
    }

    @Test
    void countingBeyondTheLastTerm_isRefused() {
        LocalDate monday = LocalDate.of(2025, 7, 21);
        assertEquals(LocalDate.of(2025, 7, 22), SCHOOL.plusWorkingDays(monday, 1));
        CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> SCHOOL.plusWorkingDays(monday, 2));
        assertEquals(monday, e.date());
        assertEquals(SCHOOL.coverage(), e.coverage());
        assertThrows(CalendarRangeException.class, () -> SCHOOL.nextWorkingDay(LocalDate.of(2025, 7, 22)));
        assertThrows(CalendarRangeException.class, () -> SCHOOL.isWorkingDay(LocalDate.of(2025, 7, 23)));
        assertThrows(CalendarRangeException.class, () -> SCHOOL.previousWorkingDay(LocalDate.of(2024, 9, 4)));
        assertThrows(CalendarRangeException.class, () -> SCHOOL.isWorkingDay(LocalDate.of(2024, 9, 3)));
        assertThrows(CalendarRangeException.class,
            () -> SCHOOL.workingDaysBetween(LocalDate.of(2024, 9, 4), LocalDate.of(2025, 9, 3)));
        assertEquals(LocalDate.of(2025, 7, 22), SCHOOL.plusWorkingDays(LocalDate.of(2025, 7, 22), 0));
    }

    @Test
    void holidays_listsThePublicHolidaysAndClosuresOnWeekdaysInTerm() {
        List<Holiday> listed = SCHOOL.holidays(LocalDate.of(2024, 9, 4), LocalDate.of(2025, 7, 22));
        assertThrows(CalendarRangeException.class, () -> SCHOOL.holidays(LocalDate.of(2024, 9, 1),
            LocalDate.of(2025, 7, 22)), "a range beyond the terms is refused like any other query");
        assertEquals(List.of(
                new Holiday(TRAINING_DAY, "school closure day", HolidayKind.ONE_OFF),
                new Holiday(LocalDate.of(2025, 4, 21), Division.EASTER_MONDAY, HolidayKind.BANK_HOLIDAY),
                new Holiday(POLLING_DAY, "school closure day", HolidayKind.ONE_OFF),
                new Holiday(LocalDate.of(2025, 5, 5), Division.EARLY_MAY, HolidayKind.BANK_HOLIDAY)),
            listed);
        assertEquals(List.of(), SCHOOL.holidays(LocalDate.of(2024, 12, 21), LocalDate.of(2025, 1, 5)),
            "Christmas falls in the holidays, not in term");
    }

    @Test
    void terms_areSortedWhateverTheOrderGiven_andTheVersionDoesNotDependOnIt() {
        List<Term> shuffled = new ArrayList<>(TERMS);
        Collections.reverse(shuffled);
        SchoolCalendar fromShuffled = SchoolCalendar.of(shuffled, List.of(POLLING_DAY, TRAINING_DAY));
        assertEquals(TERMS, fromShuffled.terms());
        assertEquals(SCHOOL.version(), fromShuffled.version());
        assertEquals(Set.copyOf(CLOSED), fromShuffled.closedDays());
        assertThrows(UnsupportedOperationException.class, () -> fromShuffled.terms().add(AUTUMN_1));
        assertThrows(UnsupportedOperationException.class, () -> fromShuffled.closedDays().add(TRAINING_DAY));
    }

    @Test
    void version_namesTheSchoolDataAndThePublicCalendar() {
        assertEquals("school", SCHOOL.name());
        assertTrue(SCHOOL.version().startsWith("school-calendar:"), SCHOOL.version());
        assertTrue(SCHOOL.version().endsWith("+" + HolidayCalendar.englandAndWales().version()), SCHOOL.version());
        assertTrue(SCHOOL.version().matches("school-calendar:[0-9a-f]{12}\\+.*"), SCHOOL.version());
        assertTrue(SCHOOL.toString().contains(SCHOOL.version()), SCHOOL.toString());

        List<LocalDate> oneMoreClosure = new ArrayList<>(CLOSED);
        oneMoreClosure.add(LocalDate.of(2025, 7, 21));
        SchoolCalendar withSnowDay = SchoolCalendar.of(TERMS, oneMoreClosure);
        assertNotEquals(SCHOOL.version(), withSnowDay.version());
        assertFalse(withSnowDay.isWorkingDay(LocalDate.of(2025, 7, 21)));
        assertTrue(SCHOOL.isWorkingDay(LocalDate.of(2025, 7, 21)), "the first calendar is unchanged");

        SchoolCalendar shorterTerm = SchoolCalendar.of(List.of(AUTUMN_1, AUTUMN_2, SPRING_1, SPRING_2, SUMMER_1,
            term("2025-06-02", "2025-07-21")), CLOSED);
        assertNotEquals(SCHOOL.version(), shorterTerm.version());
        assertEquals(SCHOOL.version(), SchoolCalendar.of(TERMS, CLOSED).version(), "the same data, the same version");
    }

    @Test
    void publicHolidays_canBeAnotherCalendar() {
        // Monday 17 March 2025 is St Patrick's Day: a holiday in the UK-wide calendar, not in England
        LocalDate stPatrick = LocalDate.of(2025, 3, 17);
        SchoolCalendar onUk = SchoolCalendar.of(TERMS, CLOSED, HolidayCalendar.unitedKingdom());
        assertTrue(SCHOOL.isWorkingDay(stPatrick));
        assertFalse(onUk.isWorkingDay(stPatrick));
        assertTrue(onUk.version().endsWith("+" + HolidayCalendar.unitedKingdom().version()), onUk.version());
        assertNotEquals(SCHOOL.version(), onUk.version());
    }

    @Test
    void aClosureDayOnAWeekendOrAHolidayInTerm_isAccepted_andChangesNothing() {
        SchoolCalendar school = SchoolCalendar.of(TERMS,
            List.of(LocalDate.of(2024, 9, 7), LocalDate.of(2025, 5, 5)));
        assertFalse(school.isWorkingDay(LocalDate.of(2024, 9, 7)));
        assertFalse(school.isWorkingDay(LocalDate.of(2025, 5, 5)));
        assertTrue(school.isWorkingDay(TRAINING_DAY));
        // the bank holiday keeps its own name rather than being listed twice
        assertEquals(List.of(new Holiday(LocalDate.of(2025, 5, 5), Division.EARLY_MAY, HolidayKind.BANK_HOLIDAY)),
            school.holidays(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 9)));
    }

    @Test
    void aOneDayTerm_isAllowed() {
        SchoolCalendar school = SchoolCalendar.of(List.of(term("2025-07-01", "2025-07-01")), List.of());
        assertTrue(school.isWorkingDay(LocalDate.of(2025, 7, 1)));
        assertEquals(LocalDate.of(2025, 7, 1), school.workingDayOnOrAfter(LocalDate.of(2025, 7, 1)));
        assertThrows(CalendarRangeException.class, () -> school.nextWorkingDay(LocalDate.of(2025, 7, 1)));
    }

    /**
     * A term that ends before it starts is refused by {@link Term} itself, before {@code SchoolCalendar.of} sees
     * the list, so the field is the term's own {@code end}; a caller building from a list of terms adds the
     * index with {@link InvalidInputException#within(String)}.
     */
    @Test
    void aTermEndingBeforeItStarts_isRefused_naming_end() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> term("2024-09-04", "2024-09-03"));
        assertEquals("end", e.field());
        assertTrue(e.problem().contains("2024-09-03") && e.problem().contains("2024-09-04"), e.problem());
        assertEquals("terms[0].end", e.within("terms[0]").field());
    }

    @Test
    void overlappingTerms_areRefused_namingTheLaterTerm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(AUTUMN_1, term("2024-10-25", "2024-12-20")), List.of()));
        assertEquals("terms[1]", e.field());
        assertTrue(e.problem().contains("2024-10-25"), e.problem());

        // the index is the term's place in the list given, not in date order, and the problem names the other
        InvalidInputException reversed = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(SPRING_1, term("2025-01-01", "2025-01-10"), AUTUMN_1), List.of()));
        assertEquals("terms[0]", reversed.field(), reversed.getMessage());
        assertTrue(reversed.problem().contains("terms[1]"), reversed.problem());

        // the same term given twice: the second copy is the one refused
        InvalidInputException twice = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(AUTUMN_2, AUTUMN_1, AUTUMN_2), List.of()));
        assertEquals("terms[2]", twice.field(), twice.getMessage());
        assertTrue(twice.problem().contains("terms[0]"), twice.problem());

        // a term inside another
        InvalidInputException inside = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(AUTUMN_1, AUTUMN_2, term("2024-09-10", "2024-09-12")), List.of()));
        assertEquals("terms[2]", inside.field());
    }

    @Test
    void aTermStartingTheDayAfterTheLastEnds_isNotAnOverlap() {
        SchoolCalendar school = SchoolCalendar.of(List.of(term("2024-09-02", "2024-09-06"),
            term("2024-09-07", "2024-09-13")), List.of());
        assertEquals(LocalDate.of(2024, 9, 9), school.nextWorkingDay(LocalDate.of(2024, 9, 6)));
    }

    @Test
    void aClosureDayOutsideEveryTerm_isRefused_namingItsIndex() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(TERMS, List.of(TRAINING_DAY, LocalDate.of(2024, 10, 30))));
        assertEquals("closedDays[1]", e.field());
        assertTrue(e.problem().contains("2024-10-30"), e.problem());
        InvalidInputException afterAll = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(TERMS, List.of(LocalDate.of(2025, 9, 1))));
        assertEquals("closedDays[0]", afterAll.field());
    }

    @Test
    void otherInvalidInput_isRefused() {
        InvalidInputException none = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(), List.of()));
        assertEquals("terms", none.field());
        InvalidInputException tooEarly = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(AUTUMN_1, term("1994-09-05", "1994-12-16")), List.of()));
        assertEquals("terms[1]", tooEarly.field());
        InvalidInputException tooLate = assertThrows(InvalidInputException.class,
            () -> SchoolCalendar.of(List.of(term("2099-09-01", "2100-07-20")), List.of()));
        assertEquals("terms[0]", tooLate.field());
        assertThrows(NullPointerException.class, () -> SchoolCalendar.of(null, List.of()));
        assertThrows(NullPointerException.class, () -> SchoolCalendar.of(TERMS, null));
        assertThrows(NullPointerException.class, () -> SchoolCalendar.of(TERMS, List.of(), null));
        InvalidInputException noStart = assertThrows(InvalidInputException.class,
            () -> new Term(null, LocalDate.of(2024, 9, 4)));
        assertEquals("start", noStart.field());
        InvalidInputException noEnd = assertThrows(InvalidInputException.class,
            () -> new Term(LocalDate.of(2024, 9, 4), null));
        assertEquals("end", noEnd.field());
    }

    @Test
    void closedDays_areReturnedAsGiven() {
        assertEquals(CLOSED.stream().collect(Collectors.toSet()), SCHOOL.closedDays());
    }

    private static Term term(String start, String end) {
        return new Term(LocalDate.parse(start), LocalDate.parse(end));
    }
}
