package org.sendias.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A calendar was asked about a date, or to count to a date, outside its {@link CalendarCoverage}. */
public final class CalendarRangeException extends DateTimeException {
    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;
    private final transient CalendarCoverage coverage;

    CalendarRangeException(String message, LocalDate date, CalendarCoverage coverage) {
        super(message);
        this.date = date;
        this.coverage = coverage;
    }

    /** @return the date that was asked about, or the date counting started from */
    public LocalDate date() {
        return date;
    }

    /** @return the range the calendar answers for */
    public CalendarCoverage coverage() {
        return coverage;
    }
}
