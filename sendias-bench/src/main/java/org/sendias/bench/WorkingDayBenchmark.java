package org.sendias.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sendias.calendar.HolidayCalendar;

/**
 * Adding 15 working days (England and Wales) with sendias's precomputed calendar, against a day-by-day loop over
 * Jollyday, the usual open-source holiday library.
 *
 * <p><b>One benchmark operation is 1,000 additions</b>: 15 working days added to each of the same 1,000 dates,
 * drawn once from a fixed-seed {@link SplittableRandom} uniformly between 2015-01-01 and 2030-12-31. Every result
 * goes to the {@link Blackhole}. The setup checks that both methods give the same answer for all 1,000 dates.
 *
 * <p>The baseline, {@link #jollydayDayLoop}, is what code on top of Jollyday typically does: step one day at a time,
 * skip Saturdays and Sundays, and ask {@link HolidayManager#isHoliday(LocalDate, String...)} about every weekday, for
 * the England subdivision ({@code "eng"}) of Jollyday's United Kingdom calendar. Jollyday's United Kingdom data
 * holds only public (bank) holidays, no observances, so no {@code HolidayType} filter is needed.
 *
 * <p>Target: {@link #sendias} at least 100 times the throughput of {@link #jollydayDayLoop} in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WorkingDayBenchmark {
    /** How many dates one operation adds working days to. */
    public static final int DATES = 1_000;
    /** How many working days are added to each date. */
    public static final int WORKING_DAYS = 15;
    /** The seed of the dates. */
    public static final long SEED = 20_260_501L;
    /** Jollyday's code for England within its United Kingdom calendar. */
    public static final String JOLLYDAY_ENGLAND = "eng";

    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    private LocalDate[] dates;
    private HolidayCalendar englandAndWales;
    private HolidayManager jollyday;

    /** Draws the dates, loads both calendars and checks that the two methods agree on every date. */
    @Setup
    public void setUp() {
        dates = dates(SEED, DATES);
        englandAndWales = HolidayCalendar.englandAndWales();
        jollyday = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));
        for (LocalDate date : dates) {
            LocalDate ours = englandAndWales.plusWorkingDays(date, WORKING_DAYS);
            LocalDate theirs = jollydayPlusWorkingDays(jollyday, date, WORKING_DAYS);
            if (!ours.equals(theirs)) {
                throw new IllegalStateException("sendias and Jollyday disagree on " + WORKING_DAYS
                    + " working days after " + date + ": " + ours + " and " + theirs);
            }
        }
    }

    /**
     * @param bh consumes each of the 1,000 results
     */
    @Benchmark
    public void sendias(Blackhole bh) {
        HolidayCalendar calendar = englandAndWales;
        for (LocalDate date : dates) {
            bh.consume(calendar.plusWorkingDays(date, WORKING_DAYS));
        }
    }

    /**
     * @param bh consumes each of the 1,000 results
     */
    @Benchmark
    public void jollydayDayLoop(Blackhole bh) {
        HolidayManager manager = jollyday;
        for (LocalDate date : dates) {
            bh.consume(jollydayPlusWorkingDays(manager, date, WORKING_DAYS));
        }
    }

    /**
     * The baseline: the n-th day strictly after {@code date} that is neither a weekend day nor, according to Jollyday,
     * a holiday in England. Jollyday is asked afresh about every weekday; nothing is precomputed.
     */
    static LocalDate jollydayPlusWorkingDays(HolidayManager manager, LocalDate date, int n) {
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                    && !manager.isHoliday(day, JOLLYDAY_ENGLAND)) {
                left--;
            }
        }
        return day;
    }

    /** @return {@code count} dates uniform over 2015-2030, the same for the same seed */
    static LocalDate[] dates(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = FIRST.toEpochDay();
        long bound = LAST.toEpochDay() + 1;
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = LocalDate.ofEpochDay(random.nextLong(first, bound));
        }
        return dates;
    }
}
