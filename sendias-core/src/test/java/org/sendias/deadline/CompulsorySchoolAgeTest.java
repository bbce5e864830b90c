package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("COMPULSORY_SCHOOL_AGE_ENDS")
@Tag("cite:Education-Act-1996-s.8-3-Education-School-Leaving-Date-Order-1997-Children-and-Families-Act-2014-s.83-2")
@DisplayName("COMPULSORY_SCHOOL_AGE_ENDS: Education Act 1996 s.8(3); School Leaving Date Order 1997; CFA s.83(2)")
class CompulsorySchoolAgeTest {
    private static final String CITATION = "Education Act 1996 s.8(3); Education (School Leaving Date) Order 1997; "
        + "Children and Families Act 2014 s.83(2)";

    @ParameterizedTest(name = "born {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2010-07-15 | 2026-06-26 | July birth: stops being of compulsory school age at 15, before the birthday
        2010-08-31 | 2026-06-26 | August birth: the same leaving date as the rest of the year group
        2010-09-01 | 2027-06-25 | 1 September birth: the oldest of the next year group
        2010-12-25 | 2027-06-25 | turns 16 in December: the next June's leaving date
        2011-06-25 | 2027-06-25 | turns 16 on the leaving date itself (s.8(3)(b))
        2011-06-26 | 2027-06-25 | turns 16 the day after the leaving date (s.8(3)(a))
        2010-02-28 | 2026-06-26 | a February birth
        2008-02-29 | 2024-06-28 | a leap-day birth
        2004-07-31 | 2020-06-26 | July 2004: last Friday of June 2020
        """)
    void endsOn(String born, String ends, String why) {
        LocalDate dob = LocalDate.parse(born);
        assertEquals(LocalDate.parse(ends), CompulsorySchoolAge.endsOn(dob));
        Deadline d = Examples.check(Rule.COMPULSORY_SCHOOL_AGE_ENDS, CITATION,
            ProcessHistory.of(ProcessType.AGE).with(EventType.DATE_OF_BIRTH, dob), ends);
        assertTrue(d.calendarVersion().isEmpty(), "an age threshold uses no holiday calendar");
    }

    @Test
    void julyAndAugustBirthsEndBeforeTheSixteenthBirthday() {
        for (LocalDate dob = LocalDate.of(2009, 7, 1); dob.isBefore(LocalDate.of(2009, 9, 1)); dob = dob.plusDays(1)) {
            LocalDate ends = CompulsorySchoolAge.endsOn(dob);
            assertTrue(ends.isBefore(dob.plusYears(16)), dob.toString());
            assertEquals(LocalDate.of(2025, 6, 27), ends);
        }
    }

    @Test
    void theLeavingDateIsAlwaysTheLastFridayInJune() {
        for (int year = 1995; year <= 2035; year++) {
            LocalDate d = CompulsorySchoolAge.leavingDate(year);
            assertEquals(DayOfWeek.FRIDAY, d.getDayOfWeek());
            assertEquals(Month.JUNE, d.getMonth());
            assertTrue(d.getDayOfMonth() > 23, d.toString());
        }
    }

    @Test
    void statusTurnsMetOnceTheDateHasPassedAndWarnsAboutEarlySeptemberBirthdays() {
        ProcessHistory h = ProcessHistory.of(ProcessType.AGE).with(EventType.DATE_OF_BIRTH, LocalDate.of(2010, 9, 3));
        DeadlineEngine engine = Examples.ENGINE;
        assertEquals(DeadlineStatus.UPCOMING, engine.compute(h, LocalDate.of(2027, 6, 24)).deadlines().get(0).status());
        assertEquals(DeadlineStatus.DUE_TODAY, engine.compute(h, LocalDate.of(2027, 6, 25)).deadlines().get(0).status());
        Deadline after = engine.compute(h, LocalDate.of(2027, 6, 26)).deadlines().get(0);
        assertEquals(DeadlineStatus.MET, after.status());
        assertTrue(CompulsorySchoolAge.mayDependOnTermStart(LocalDate.of(2010, 9, 3)));
        assertFalse(CompulsorySchoolAge.mayDependOnTermStart(LocalDate.of(2010, 9, 8)));
        assertTrue(after.explanation().stream().anyMatch(s -> s.contains("first week of September")));
        assertFalse(String.join(" ", after.explanation()).contains("2010"), "the explanation does not repeat the date of birth");
    }
}
