package org.sendias.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A calendar of working days: the days on which a time limit counted in working days (or school days) advances.
 *
 * <p>The built-in implementations are {@link HolidayCalendar} (public holidays of a UK division, or of the whole UK)
 * and {@link SchoolCalendar} (the days a school meets). They answer every method in constant time from a precomputed
 * index. Implementations must be immutable and thread-safe. Every method throws {@link CalendarRangeException} for a
 * date outside {@link #coverage()}, and {@link NullPointerException} for a null date.
 */
public interface WorkingDayCalendar {

    /** @return the calendar's name, for example {@code england-and-wales} */
    String name();

    /**
     * The version of the data behind the calendar. Every deadline records the version it was computed with, so
     * that a date can be reproduced after the data changes.
     *
     * @return for example {@code england-and-wales@2026.11}, with a suffix naming any loaded gov.uk file
     */
    String version();

    /** @return the dates this calendar answers for, and how far its data is confirmed */
    CalendarCoverage coverage();

    /**
     * @param date a date
     * @return whether {@code date} is a working day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * @param date a date
     * @return the first working day strictly after {@code date}
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * @param date a date
     * @return {@code date} itself if it is a working day, otherwise the next working day
     */
    default LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * @param date a date
     * @return the last working day strictly before {@code date}
     */
    default LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * Counts working days from a date.
     *
     * <p>For {@code n > 0} the result is the n-th working day strictly after {@code date}; for {@code n < 0}, the
     * |n|-th working day strictly before it. {@code date} itself is never counted, whether or not it is a working
     * day. For {@code n == 0} the result is {@code date} unchanged, even if it is not a working day.
     *
     * @param date the day to count from
     * @param n how many working days to move
     * @return the date reached
     */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /**
     * Counts the working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}, so that {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     *
     * <p>Counting forward it is the inverse of {@link #plusWorkingDays}: for a working day {@code to} after
     * {@code from}, {@code plusWorkingDays(from, workingDaysBetween(from, to))} is {@code to}. Counting back the same
     * holds when both days are working days; when {@code from} is not, the count excludes it and the step back
     * lands one working day later than {@code to}.
     *
     * @param from the day counted from (not counted)
     * @param to the day counted to (counted if it is a working day)
     * @return the number of working days in {@code (from, to]}, or minus the number in {@code (to, from]}
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * Named non-working days in a range, for explanations: holidays, substitute days, closure days. Weekends are
     * not listed unless a holiday falls on one.
     *
     * @param fromInclusive first day
     * @param toInclusive last day
     * @return the named days in the range, in date order
     */
    List<Holiday> holidays(LocalDate fromInclusive, LocalDate toInclusive);
}
