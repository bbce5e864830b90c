package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.sendias.calendar.Holiday;
import org.sendias.calendar.HolidayCalendar;

/**
 * Generators of dates and instants, weighted towards the days that break date arithmetic.
 *
 * <p>Dates run from {@link #FIRST} to {@link #LAST}, the years the core calendars cover. About half are uniform over
 * the range; the rest are edge cases: 29 February, 28 February and 1 March of leap years, 1 January, 31 December,
 * the last day of a month, England and Wales bank holidays, the days the clocks change, 31 August and 1 September
 * (either side of a school year's start), and the ends of the range itself.
 *
 * <p>Instants have microsecond precision: the resolution of the system clock on common platforms and of
 * PostgreSQL's {@code timestamp}. Core itself accepts nanoseconds; {@link #instants(ChronoUnit)} gives other
 * precisions.
 */
public final class Dates {

    /** The first date generated: 1 January {@value HolidayCalendar#FIRST_YEAR}. */
    public static final LocalDate FIRST = LocalDate.of(HolidayCalendar.FIRST_YEAR, 1, 1);
    /** The last date generated: 31 December {@value HolidayCalendar#LAST_YEAR}. */
    public static final LocalDate LAST = LocalDate.of(HolidayCalendar.LAST_YEAR, 12, 31);
    /** England's time zone, in which core turns instants into days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private Dates() {
    }

    /**
     * @return dates from {@link #FIRST} to {@link #LAST} inclusive, half of them edge cases (see the class comment)
     */
    public static Gen<LocalDate> dates() {
        return between(FIRST, LAST);
    }

    /**
     * Dates in a range, half of them edge cases: 29 February, 28 February and 1 March of a leap year, 1 January,
     * 31 December, month ends, bank holidays, the days the clocks change, 31 August, 1 September, and
     * {@code from} and {@code to} themselves. An edge case that falls outside the range is replaced by a uniform
     * date.
     *
     * @param from the first date, inclusive
     * @param to the last date, inclusive
     * @return the generator
     */
    public static Gen<LocalDate> between(LocalDate from, LocalDate to) {
        checkRange(from, to);
        Gen<LocalDate> uniform = uniform(from, to);
        Gen<Integer> years = Gen.ints(from.getYear(), to.getYear());
        return Gen.<LocalDate>frequency(
            weighted(24, uniform),
            weighted(4, inRange(r -> leapDay(r, from.getYear(), to.getYear()), from, to, uniform)),
            weighted(1, inRange(r -> shift(leapDay(r, from.getYear(), to.getYear()), -1), from, to, uniform)),
            weighted(1, inRange(r -> shift(leapDay(r, from.getYear(), to.getYear()), 1), from, to, uniform)),
            weighted(3, inRange(years.map(y -> LocalDate.of(y, 1, 1)), from, to, uniform)),
            weighted(3, inRange(years.map(y -> LocalDate.of(y, 12, 31)), from, to, uniform)),
            weighted(4, inRange(r -> YearMonthEnd.of(years.next(r), r.nextInt(1, 13)), from, to, uniform)),
            weighted(4, inRange(r -> bankHoliday(r, years.next(r)), from, to, uniform)),
            weighted(2, inRange(r -> clockChange(r, years.next(r)), from, to, uniform)),
            weighted(1, inRange(years.map(y -> LocalDate.of(y, 8, 31)), from, to, uniform)),
            weighted(1, inRange(years.map(y -> LocalDate.of(y, 9, 1)), from, to, uniform)),
            weighted(1, Gen.constant(from)),
            weighted(1, Gen.constant(to)));
    }

    /**
     * @param from the first date, inclusive
     * @param to the last date, inclusive
     * @return dates in the range, each equally likely
     */
    public static Gen<LocalDate> uniform(LocalDate from, LocalDate to) {
        checkRange(from, to);
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        return r -> LocalDate.ofEpochDay(r.nextLong(first, last + 1));
    }

    /** @return 29 February of a leap year from {@link #FIRST} to {@link #LAST} */
    public static Gen<LocalDate> leapDays() {
        return r -> leapDay(r, FIRST.getYear(), LAST.getYear());
    }

    /** @return England and Wales bank holidays from {@link #FIRST} to {@link #LAST}, as core's calendar has them */
    public static Gen<LocalDate> bankHolidays() {
        return r -> bankHoliday(r, r.nextInt(FIRST.getYear(), LAST.getYear() + 1));
    }

    /** @return the last day of a month from {@link #FIRST} to {@link #LAST}, February of leap years included */
    public static Gen<LocalDate> monthEnds() {
        return r -> YearMonthEnd.of(r.nextInt(FIRST.getYear(), LAST.getYear() + 1), r.nextInt(1, 13));
    }

    /**
     * Dates of birth of a child or young person aged 0 to 25 on {@code asOf} (age in whole years, as
     * {@link Period#between} counts it): {@code dateOfBirth(asOf, 0, 25)}.
     *
     * @param asOf the day the age is taken on
     * @return the generator
     */
    public static Gen<LocalDate> childDateOfBirth(LocalDate asOf) {
        return dateOfBirth(asOf, 0, 25);
    }

    /**
     * Dates of birth of someone whose age on {@code asOf}, in whole years, is from {@code minAge} to {@code maxAge}.
     * Favours: born on {@code asOf} itself (age 0) or the oldest possible (a birthday tomorrow), a birthday on
     * {@code asOf}, 29 February, 31 August and 1 September (the youngest and oldest of a school year), and the
     * birthdays that put the end of compulsory school age on the last Friday of June of {@code asOf}'s year, the
     * day the right to consent passes from the parent to the young person.
     *
     * @param asOf the day the age is taken on
     * @param minAge the youngest age, 0 or more
     * @param maxAge the oldest age, inclusive
     * @return the generator
     */
    public static Gen<LocalDate> dateOfBirth(LocalDate asOf, int minAge, int maxAge) {
        Objects.requireNonNull(asOf, "asOf");
        if (minAge < 0 || maxAge < minAge || maxAge > 150) {
            throw new IllegalArgumentException("minAge and maxAge: need 0 <= minAge <= maxAge <= 150, got " + minAge
                + " and " + maxAge);
        }
        LocalDate earliest = asOf.minusYears(maxAge + 1L).plusDays(1);
        LocalDate latest = asOf.minusYears(minAge);
        Gen<LocalDate> uniform = uniform(earliest, latest);
        Gen<Integer> ages = Gen.ints(minAge, maxAge);
        int leavingYear = asOf.getYear();
        return Gen.<LocalDate>frequency(
            weighted(12, uniform),
            weighted(1, Gen.constant(latest)),
            weighted(1, Gen.constant(earliest)),
            weighted(2, age(asOf, minAge, maxAge, ages.map(a -> asOf.minusYears(a)), uniform)),
            weighted(2, age(asOf, minAge, maxAge, r -> leapDay(r, earliest.getYear(), latest.getYear()), uniform)),
            weighted(1, age(asOf, minAge, maxAge, ages.map(a -> LocalDate.of(asOf.getYear() - a, 8, 31)), uniform)),
            weighted(1, age(asOf, minAge, maxAge, ages.map(a -> LocalDate.of(asOf.getYear() - a, 9, 1)), uniform)),
            weighted(1, age(asOf, minAge, maxAge, Gen.constant(LocalDate.of(leavingYear - 16, 8, 31)), uniform)),
            weighted(1, age(asOf, minAge, maxAge, Gen.constant(LocalDate.of(leavingYear - 17, 9, 1)), uniform)));
    }

    /** @return instants from the start of {@link #FIRST} to the end of {@link #LAST} in England, to the microsecond */
    public static Gen<Instant> instants() {
        return instants(ChronoUnit.MICROS);
    }

    /**
     * Instants from the start of {@link #FIRST} to the end of {@link #LAST} in England, truncated to a precision.
     * Favours midnight in England, the last instant of an English day, the instants either side of the clocks
     * changing, and the first hour of a summer day in England, which is still the previous day in UTC.
     *
     * @param precision {@link ChronoUnit#NANOS}, {@link ChronoUnit#MICROS}, {@link ChronoUnit#MILLIS} or
     *     {@link ChronoUnit#SECONDS}
     * @return the generator
     */
    public static Gen<Instant> instants(ChronoUnit precision) {
        return between(FIRST, LAST).flatMap(day -> instantsOn(day, precision));
    }

    /**
     * @param day a day
     * @return instants on that day in England, to the microsecond; see {@link #instantsOn(LocalDate, ChronoUnit)}
     */
    public static Gen<Instant> instantsOn(LocalDate day) {
        return instantsOn(day, ChronoUnit.MICROS);
    }

    /**
     * Instants whose date in England is {@code day}: favouring its first instant (midnight), its last instant at
     * the precision given, the instants just before and after the clocks change on that day if they do, and (in
     * summer) 00:30 in England, which is still the previous day in UTC.
     *
     * @param day a day
     * @param precision {@link ChronoUnit#NANOS}, {@link ChronoUnit#MICROS}, {@link ChronoUnit#MILLIS} or
     *     {@link ChronoUnit#SECONDS}
     * @return the generator
     */
    public static Gen<Instant> instantsOn(LocalDate day, ChronoUnit precision) {
        Objects.requireNonNull(day, "day");
        if (!List.of(ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS).contains(precision)) {
            throw new IllegalArgumentException("precision: one of NANOS, MICROS, MILLIS or SECONDS, got " + precision);
        }
        Instant start = day.atStartOfDay(ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        long nanos = ChronoUnit.NANOS.between(start, end);
        long step = precision.getDuration().toNanos();
        Instant lastOfDay = end.minusNanos(step);
        ZoneOffsetTransition change = ZONE.getRules().nextTransition(start);
        Gen<Instant> uniform = r -> start.plusNanos(r.nextLong(nanos / step) * step);
        Gen<Instant> aroundChange = change != null && change.getInstant().isBefore(end)
            ? Gen.elements(change.getInstant().minusNanos(step), change.getInstant())
            : uniform;
        Instant utcLate = day.minusDays(1).atTime(LocalTime.of(23, 30)).toInstant(ZoneOffset.UTC);
        Gen<Instant> lateSummer = !utcLate.isBefore(start) && utcLate.isBefore(end) ? Gen.constant(utcLate) : uniform;
        return Gen.<Instant>frequency(
            weighted(12, uniform),
            weighted(1, Gen.constant(start)),
            weighted(1, Gen.constant(lastOfDay)),
            weighted(1, aroundChange),
            weighted(1, lateSummer));
    }

    // ------------------------------------------------------------------ helpers

    private static void checkRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from (" + from + "), got " + to);
        }
    }

    private static LocalDate shift(LocalDate day, int days) {
        return day == null ? null : day.plusDays(days);
    }

    /** An edge case (which may be null when the range has none) if it falls in the range, else a value of other. */
    private static Gen<LocalDate> inRange(Gen<LocalDate> edge, LocalDate from, LocalDate to, Gen<LocalDate> other) {
        return r -> {
            LocalDate d = edge.next(r);
            return d == null || d.isBefore(from) || d.isAfter(to) ? other.next(r) : d;
        };
    }

    private static Gen<LocalDate> age(LocalDate asOf, int minAge, int maxAge, Gen<LocalDate> edge,
            Gen<LocalDate> other) {
        return r -> {
            LocalDate d = edge.next(r);
            if (d == null || d.isAfter(asOf)) {
                return other.next(r);
            }
            int years = Period.between(d, asOf).getYears();
            return years < minAge || years > maxAge ? other.next(r) : d;
        };
    }

    /** 29 February of a leap year from {@code firstYear} to {@code lastYear}, or null if there is none. */
    private static LocalDate leapDay(RandomGenerator r, int firstYear, int lastYear) {
        int start = r.nextInt(firstYear, lastYear + 1);
        for (int y = start; y <= lastYear; y++) {
            if (Year.isLeap(y)) {
                return LocalDate.of(y, Month.FEBRUARY, 29);
            }
        }
        for (int y = start - 1; y >= firstYear; y--) {
            if (Year.isLeap(y)) {
                return LocalDate.of(y, Month.FEBRUARY, 29);
            }
        }
        return null;
    }

    /** The first 29 February on or after a day. */
    static LocalDate nextLeapDay(LocalDate from) {
        int year = from.getYear();
        while (!Year.isLeap(year) || from.isAfter(LocalDate.of(year, Month.FEBRUARY, 29))) {
            year++;
        }
        return LocalDate.of(year, Month.FEBRUARY, 29);
    }

    private static LocalDate bankHoliday(RandomGenerator r, int year) {
        if (year < HolidayCalendar.FIRST_YEAR || year > HolidayCalendar.LAST_YEAR) {
            return null;
        }
        List<Holiday> holidays = HolidayCalendar.englandAndWales().holidays(year);
        return holidays.isEmpty() ? null : Pick.one(r, holidays).date();
    }

    private static LocalDate clockChange(RandomGenerator r, int year) {
        // the last Sunday of March (clocks go forward) or of October (clocks go back)
        Month month = r.nextBoolean() ? Month.MARCH : Month.OCTOBER;
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
    }

    /** The last day of a month. */
    private static final class YearMonthEnd {
        private YearMonthEnd() {
        }

        static LocalDate of(int year, int month) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
        }
    }
}
