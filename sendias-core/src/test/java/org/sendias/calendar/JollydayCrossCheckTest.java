package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the England and Wales calendar against Jollyday, an independent implementation of the UK's holiday
 * rules: the weekdays each treats as holidays must be the same, except for an explicit list of known
 * disagreements in which gov.uk (the authority) agrees with our calendar.
 *
 * <p>Only weekdays are compared: a holiday on a weekend changes no count, and what matters is which weekday the
 * substitute falls on. Jollyday gives a weekend holiday's substitute as its observed date, which
 * {@code Holiday.getDate()} returns.
 */
class JollydayCrossCheckTest {
    private static final int FROM = 1995;
    private static final int TO = 2035;

    /** Jollyday's official kinds of day; its observances (days with no time off) must not be compared. */
    private static final Set<HolidayType> OFFICIAL = EnumSet.of(HolidayType.PUBLIC_HOLIDAY, HolidayType.BANK_HOLIDAY);

    /** Weekday holidays in our calendar that Jollyday does not have; in each, gov.uk agrees with ours. */
    private static final SortedSet<LocalDate> ONLY_OURS = new TreeSet<>(Set.of(
        // Millennium celebrations: a one-off bank holiday proclaimed for Friday 31 December 1999, UK-wide
        LocalDate.of(1999, 12, 31),
        // Golden Jubilee: the spring bank holiday was moved from 27 May to Monday 3 June 2002 ...
        LocalDate.of(2002, 6, 3),
        // ... and Tuesday 4 June 2002 was an additional bank holiday; Jollyday has neither for 2002
        LocalDate.of(2002, 6, 4)));

    /** Weekday holidays in Jollyday that our calendar does not have; in each, gov.uk agrees with ours. */
    private static final SortedSet<LocalDate> ONLY_JOLLYDAY = new TreeSet<>(Set.of(
        // Jollyday keeps the spring bank holiday on the last Monday of May in 2002, but it was moved to 3 June
        // for the Golden Jubilee, so 27 May 2002 was a working day
        LocalDate.of(2002, 5, 27)));

    private static HolidayManager jollyday;

    @BeforeAll
    static void loadJollyday() {
        // fully qualified: Jollyday's HolidayCalendar enum, not ours
        jollyday = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));
    }

    @Test
    void englandAndWales_agreesWithJollyday_exceptForTheKnownDisagreements() {
        SortedSet<LocalDate> ours = ourWeekdayHolidays(HolidayCalendar.englandAndWales(), FROM, TO);
        SortedSet<LocalDate> theirs = jollydayWeekdayHolidays("eng", FROM, TO);

        SortedSet<LocalDate> onlyOurs = new TreeSet<>(ours);
        onlyOurs.removeAll(theirs);
        SortedSet<LocalDate> onlyTheirs = new TreeSet<>(theirs);
        onlyTheirs.removeAll(ours);

        assertEquals(ONLY_OURS, onlyOurs, "weekday holidays in our calendar and not in Jollyday");
        assertEquals(ONLY_JOLLYDAY, onlyTheirs, "weekday holidays in Jollyday and not in our calendar");
        // the comparison is not vacuous: 41 years of at least 8 weekday holidays each
        assertTrue(theirs.size() >= 8 * (TO - FROM + 1), "Jollyday listed only " + theirs.size() + " days");
    }

    @Test
    void projectedYears_agreeWithJollydayToTheEndOfTheRange() {
        // no proclamation is known beyond the confirmed data, so both sides apply the standing rules alone
        int from = HolidayCalendar.CONFIRMED_THROUGH + 1;
        assertEquals(jollydayWeekdayHolidays("eng", from, HolidayCalendar.LAST_YEAR),
            ourWeekdayHolidays(HolidayCalendar.englandAndWales(), from, HolidayCalendar.LAST_YEAR));
    }

    private static SortedSet<LocalDate> ourWeekdayHolidays(HolidayCalendar calendar, int fromYear, int toYear) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (LocalDate d = LocalDate.of(fromYear, 1, 1); d.getYear() <= toYear; d = d.plusDays(1)) {
            if (isWeekday(d) && !calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static SortedSet<LocalDate> jollydayWeekdayHolidays(String region, int fromYear, int toYear) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (de.focus_shift.jollyday.core.Holiday h : jollyday.getHolidays(Year.of(year), region)) {
                if (OFFICIAL.contains(h.getType()) && isWeekday(h.getDate())) {
                    days.add(h.getDate());
                }
            }
        }
        return days;
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
