package org.sendias.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.OptionalInt;
import org.sendias.InvalidInputException;

/**
 * A reporting period: one quarter or one whole reporting year, both as inclusive ranges of days.
 *
 * <p>A reporting year starts on the first day of a chosen month. The default is April, the start of the local
 * authority's financial year, so {@code ReportingPeriod.quarter(2026, 3)} is 1 October to 31 December 2026 and
 * {@code ReportingPeriod.quarter(2026, 4)} is 1 January to 31 March 2027. A contract that reports by calendar year
 * uses {@link #calendarQuarter(int, int)}, and any other start month can be given to
 * {@link #quarter(int, int, Month)}. The {@code year} of a period is always the calendar year in which its
 * reporting year starts.
 *
 * <p>{@link #toString()} reads {@code 2026-27 Q3} (a year starting in April, or any month but January),
 * {@code 2026 Q3} (a calendar year), {@code 2026-27} or {@code 2026} for a whole year, with the start month added
 * when it is neither January nor April.
 */
public final class ReportingPeriod {
    /** The month a reporting year starts in unless told otherwise: April, as the financial year. */
    public static final Month DEFAULT_YEAR_START = Month.APRIL;
    /** The earliest year accepted. */
    public static final int MIN_YEAR = 2000;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2199;

    private final Month yearStart;
    private final int year;
    private final int quarter;
    private final LocalDate start;
    private final LocalDate end;

    private ReportingPeriod(Month yearStart, int year, int quarter) {
        this.yearStart = yearStart;
        this.year = year;
        this.quarter = quarter;
        LocalDate yearFirst = LocalDate.of(year, yearStart, 1);
        this.start = quarter == 0 ? yearFirst : yearFirst.plusMonths(3L * (quarter - 1));
        this.end = start.plusMonths(quarter == 0 ? 12 : 3).minusDays(1);
    }

    /**
     * @param year the calendar year in which the financial year starts (2026 for 2026-27)
     * @param quarter 1 to 4; quarter 1 starts in April
     * @return the financial quarter
     */
    public static ReportingPeriod quarter(int year, int quarter) {
        return quarter(year, quarter, DEFAULT_YEAR_START);
    }

    /**
     * @param year the calendar year in which the reporting year starts
     * @param quarter 1 to 4; quarter 1 starts on the first day of {@code yearStart}
     * @param yearStart the month the reporting year starts in
     * @return the quarter
     */
    public static ReportingPeriod quarter(int year, int quarter, Month yearStart) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException("quarter", "must be from 1 to 4, got " + quarter);
        }
        return new ReportingPeriod(checkStart(yearStart), checkYear(year), quarter);
    }

    /**
     * @param year the calendar year
     * @param quarter 1 to 4; quarter 1 is January to March
     * @return the calendar quarter
     */
    public static ReportingPeriod calendarQuarter(int year, int quarter) {
        return quarter(year, quarter, Month.JANUARY);
    }

    /**
     * @param year the calendar year in which the financial year starts
     * @return the financial year, April to March
     */
    public static ReportingPeriod year(int year) {
        return year(year, DEFAULT_YEAR_START);
    }

    /**
     * @param year the calendar year in which the reporting year starts
     * @param yearStart the month it starts in
     * @return the whole reporting year
     */
    public static ReportingPeriod year(int year, Month yearStart) {
        return new ReportingPeriod(checkStart(yearStart), checkYear(year), 0);
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException("year", "must be from " + MIN_YEAR + " to " + MAX_YEAR + ", got " + year);
        }
        return year;
    }

    private static Month checkStart(Month yearStart) {
        if (yearStart == null) {
            throw new InvalidInputException("yearStart", "is required");
        }
        return yearStart;
    }

    /** @return the first day of the period */
    public LocalDate start() {
        return start;
    }

    /** @return the last day of the period (inclusive) */
    public LocalDate end() {
        return end;
    }

    /** @return the month the reporting year starts in */
    public Month yearStart() {
        return yearStart;
    }

    /** @return the calendar year in which the reporting year starts */
    public int year() {
        return year;
    }

    /** @return the quarter, 1 to 4; empty for a whole year */
    public OptionalInt quarter() {
        return quarter == 0 ? OptionalInt.empty() : OptionalInt.of(quarter);
    }

    /** @return whether the period is one quarter */
    public boolean isQuarter() {
        return quarter != 0;
    }

    /**
     * @param day a day
     * @return whether the day falls in the period, its first and last days included
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** @return the same quarter, or the whole year, one reporting year earlier */
    public ReportingPeriod yearBefore() {
        return new ReportingPeriod(yearStart, checkYear(year - 1), quarter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod p && p.yearStart == yearStart && p.year == year && p.quarter == quarter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(yearStart, year, quarter);
    }

    @Override
    public String toString() {
        String y = yearStart == Month.JANUARY ? Integer.toString(year)
            : year + "-" + String.format("%02d", (year + 1) % 100);
        String q = quarter == 0 ? "" : " Q" + quarter;
        String from = yearStart == Month.JANUARY || yearStart == Month.APRIL ? "" : " (from " + yearStart + ")";
        return y + q + from;
    }
}
