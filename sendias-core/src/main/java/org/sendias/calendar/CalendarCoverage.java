package org.sendias.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a calendar can answer for, and how far its data is confirmed.
 *
 * <p>From {@code start} to {@code confirmedEnd} the calendar holds published data. From the day after
 * {@code confirmedEnd} to {@code end} its answers are <em>projected</em> from the standing rules: right unless a
 * special bank holiday is proclaimed later. Outside {@code start}..{@code end} it refuses to answer
 * ({@link CalendarRangeException}).
 *
 * @param start the first date the calendar answers for
 * @param confirmedEnd the last date of published data
 * @param end the last date the calendar answers for
 */
public record CalendarCoverage(LocalDate start, LocalDate confirmedEnd, LocalDate end) {

    /** Validates that {@code start <= confirmedEnd <= end}. */
    public CalendarCoverage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(confirmedEnd, "confirmedEnd");
        Objects.requireNonNull(end, "end");
        if (confirmedEnd.isBefore(start) || end.isBefore(confirmedEnd)) {
            throw new IllegalArgumentException("coverage: expected start <= confirmedEnd <= end, got "
                + start + ", " + confirmedEnd + ", " + end);
        }
    }

    /**
     * @param date a date
     * @return whether the calendar answers for it
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * @param date a date the calendar answers for
     * @return whether the answer for it is projected from standing rules rather than published data
     */
    public boolean isProjected(LocalDate date) {
        return date.isAfter(confirmedEnd) && !date.isAfter(end);
    }

    /** @return for example {@code confirmed 1995-01-01 to 2027-12-31, projected to 2099-12-31} */
    @Override
    public String toString() {
        return confirmedEnd.equals(end)
            ? "confirmed " + start + " to " + confirmedEnd
            : "confirmed " + start + " to " + confirmedEnd + ", projected to " + end;
    }
}
