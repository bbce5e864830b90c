package org.sendias.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A precomputed index of the working days in a fixed range, answering every question in constant time.
 *
 * <p>{@code workingUpTo[i]} is the number of working days in {@code [start, start + i)}; {@code workingDays[k]} is
 * the k-th working day itself, kept as a {@code LocalDate} so that an answer costs no allocation. The n-th working
 * day after {@code d} is then a single array lookup: {@code workingDays[workingUpTo[offset(d) + 1] + n - 1]}.
 */
final class DayIndex {
    private final String calendarName;
    private final CalendarCoverage coverage;
    private final long startEpochDay;
    private final int[] workingUpTo;
    private final LocalDate[] workingDays;

    DayIndex(String calendarName, CalendarCoverage coverage, Predicate<LocalDate> isWorkingDay) {
        this.calendarName = calendarName;
        this.coverage = coverage;
        this.startEpochDay = coverage.start().toEpochDay();
        int length = Math.toIntExact(coverage.end().toEpochDay() - startEpochDay + 1);
        this.workingUpTo = new int[length + 1];
        LocalDate[] days = new LocalDate[length];
        int count = 0;
        LocalDate date = coverage.start();
        for (int i = 0; i < length; i++) {
            workingUpTo[i] = count;
            if (isWorkingDay.test(date)) {
                days[count++] = date;
            }
            date = date.plusDays(1);
        }
        workingUpTo[length] = count;
        this.workingDays = Arrays.copyOf(days, count);
    }

    CalendarCoverage coverage() {
        return coverage;
    }

    boolean isWorkingDay(LocalDate date) {
        int i = offset(date);
        return workingUpTo[i + 1] != workingUpTo[i];
    }

    LocalDate plusWorkingDays(LocalDate date, int n) {
        int i = offset(date);
        if (n == 0) {
            return date;
        }
        // index into workingDays of the answer: working days up to and including date, plus n, less one
        long k = n > 0 ? (long) workingUpTo[i + 1] + n - 1 : (long) workingUpTo[i] + n;
        if (k < 0 || k >= workingDays.length) {
            throw new CalendarRangeException("counting " + n + " working days from " + date + " leaves the "
                + calendarName + " calendar's range (" + coverage.start() + " to " + coverage.end() + ")",
                date, coverage);
        }
        return workingDays[(int) k];
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingUpTo[offset(to) + 1] - workingUpTo[offset(from) + 1];
    }

    private int offset(LocalDate date) {
        long offset = date.toEpochDay() - startEpochDay;
        if (offset < 0 || offset >= workingUpTo.length - 1) {
            throw new CalendarRangeException(date + " is outside the " + calendarName + " calendar's range ("
                + coverage.start() + " to " + coverage.end() + ")", date, coverage);
        }
        return (int) offset;
    }
}
