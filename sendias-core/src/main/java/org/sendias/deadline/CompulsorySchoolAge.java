package org.sendias.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When a child stops being of compulsory school age in England (Education Act 1996 s.8(3), with the school leaving
 * date fixed by the Education (School Leaving Date) Order 1997 as the last Friday in June).
 *
 * <p>A child ceases to be of compulsory school age at the end of the school leaving date of the school year in which
 * they turn 16. Counting the school year from 1 September to 31 August, a child born from September to June turns 16
 * before or on the following June's leaving date, or after it but before the next school year starts (s.8(3)(a) and
 * (b)); a child born in July or August turns 16 after the leaving date and before the next school year, so stops
 * being of compulsory school age while still 15. A child who turns 16 from September onwards stays of compulsory school
 * age until the next June's leaving date (s.8(3)(c)).
 *
 * <p>The Act's school year starts with the first term to begin after July, which in most schools is a few days
 * into September. A child whose sixteenth birthday falls in September before their school's autumn term begins is
 * therefore within s.8(3)(a) of the year before; {@link #mayDependOnTermStart(LocalDate)} flags those birthdays.
 *
 * <p>From the day after this date the young person, not the parent, makes decisions under Part 3 of the Children and
 * Families Act 2014 (s.83(2)), subject to their mental capacity.
 */
public final class CompulsorySchoolAge {

    private CompulsorySchoolAge() {
    }

    /**
     * @param dateOfBirth the child's date of birth
     * @return the last day on which the child is of compulsory school age
     */
    public static LocalDate endsOn(LocalDate dateOfBirth) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        // a child born on 29 February is treated as turning 16 in the same month either way, so the month decides
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int year = sixteenth.getMonthValue() >= Month.SEPTEMBER.getValue() ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return leavingDate(year);
    }

    /**
     * @param year a calendar year
     * @return that year's school leaving date: the last Friday in June
     */
    public static LocalDate leavingDate(int year) {
        return LocalDate.of(year, Month.JUNE, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    /**
     * Whether the sixteenth birthday falls in the first week of September, when the answer of {@link #endsOn} assumes
     * the school year began on 1 September; if the child's school starts its autumn term after the birthday, the
     * child instead stopped being of compulsory school age on the previous June's leaving date.
     *
     * @param dateOfBirth the child's date of birth
     * @return true for a sixteenth birthday from 1 to 7 September
     */
    public static boolean mayDependOnTermStart(LocalDate dateOfBirth) {
        LocalDate sixteenth = Objects.requireNonNull(dateOfBirth, "dateOfBirth").plusYears(16);
        return sixteenth.getMonth() == Month.SEPTEMBER && sixteenth.getDayOfMonth() <= 7;
    }
}
