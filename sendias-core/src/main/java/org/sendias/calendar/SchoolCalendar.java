package org.sendias.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sendias.InvalidInputException;
import org.sendias.internal.Digests;

/**
 * The days one school meets, for time limits counted in school days (exclusions, educational records).
 *
 * <p>A school day is a weekday inside a term (start and end inclusive) that is neither a public holiday in the
 * given public calendar (England and Wales by default) nor one of the school's closure days (training days,
 * polling days, emergency closures). The calendar answers only from the first term's start to the last term's
 * end: a school's future terms cannot be projected, so counting past the last term given is refused with a
 * {@link CalendarRangeException}, and the caller should add the next term.
 */
public final class SchoolCalendar implements WorkingDayCalendar {

    /**
     * A school term.
     *
     * @param start the first day of term, inclusive
     * @param end the last day of term, inclusive
     */
    public record Term(LocalDate start, LocalDate end) {
        /** Validates that the term does not end before it starts. */
        public Term {
            if (start == null) {
                throw new InvalidInputException("start", "is required");
            }
            if (end == null) {
                throw new InvalidInputException("end", "is required");
            }
            if (end.isBefore(start)) {
                throw new InvalidInputException("end", "the term ends (" + end + ") before it starts (" + start + ")");
            }
        }
    }

    private final List<Term> terms;
    private final Set<LocalDate> closedDays;
    private final WorkingDayCalendar publicHolidays;
    private final String version;
    private final DayIndex index;

    private SchoolCalendar(List<Term> terms, Set<LocalDate> closedDays, WorkingDayCalendar publicHolidays) {
        this.terms = terms;
        this.closedDays = closedDays;
        this.publicHolidays = publicHolidays;
        LocalDate start = terms.get(0).start();
        LocalDate end = terms.get(terms.size() - 1).end();
        CalendarCoverage coverage = new CalendarCoverage(start, end, end);
        this.version = "school-calendar:" + fingerprint() + "+" + publicHolidays.version();
        this.index = new DayIndex("school", coverage, this::meets);
    }

    /**
     * Builds a school calendar on the England and Wales public holidays.
     *
     * @param terms the terms, in any order, not overlapping
     * @param closedDays days inside a term on which the school does not meet
     * @return the calendar
     * @throws InvalidInputException naming the term or closure day that is wrong
     */
    public static SchoolCalendar of(List<Term> terms, Collection<LocalDate> closedDays) {
        return of(terms, closedDays, HolidayCalendar.englandAndWales());
    }

    /**
     * Builds a school calendar on the given public holidays.
     *
     * @param terms the terms, in any order, not overlapping
     * @param closedDays days inside a term on which the school does not meet
     * @param publicHolidays the public holidays on which the school does not meet
     * @return the calendar
     * @throws InvalidInputException naming the term or closure day that is wrong
     */
    public static SchoolCalendar of(List<Term> terms, Collection<LocalDate> closedDays,
            WorkingDayCalendar publicHolidays) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(closedDays, "closedDays");
        Objects.requireNonNull(publicHolidays, "publicHolidays");
        if (terms.isEmpty()) {
            throw new InvalidInputException("terms", "at least one term is needed to count school days");
        }
        for (int i = 0; i < terms.size(); i++) {
            Term term = Objects.requireNonNull(terms.get(i), "terms[" + i + "]");
            for (LocalDate d : List.of(term.start(), term.end())) {
                if (!publicHolidays.coverage().contains(d)) {
                    throw new InvalidInputException("terms[" + i + "]", "the term is outside the public-holiday "
                        + "calendar's range (" + publicHolidays.coverage().start() + " to "
                        + publicHolidays.coverage().end() + ")");
                }
            }
        }
        // sort positions, not terms, so that an error names the position the caller gave
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> terms.get(i).start()).thenComparing(i -> i));
        List<Term> sorted = new ArrayList<>(terms.size());
        for (int k = 0; k < order.size(); k++) {
            Term term = terms.get(order.get(k));
            if (k > 0) {
                Term previous = sorted.get(k - 1);
                if (!term.start().isAfter(previous.end())) {
                    throw new InvalidInputException("terms[" + order.get(k) + "]", "the term starting "
                        + term.start() + " overlaps the term " + previous.start() + " to " + previous.end()
                        + " (terms[" + order.get(k - 1) + "])");
                }
            }
            sorted.add(term);
        }
        Set<LocalDate> closed = new TreeSet<>();
        int i = 0;
        for (LocalDate day : closedDays) {
            Objects.requireNonNull(day, "closedDays[" + i + "]");
            LocalDate d = day;
            if (sorted.stream().noneMatch(t -> !d.isBefore(t.start()) && !d.isAfter(t.end()))) {
                throw new InvalidInputException("closedDays[" + i + "]", d + " is not inside any term given");
            }
            closed.add(d);
            i++;
        }
        return new SchoolCalendar(List.copyOf(sorted), Set.copyOf(closed), publicHolidays);
    }

    /** @return the terms, in date order */
    public List<Term> terms() {
        return terms;
    }

    /** @return the public holidays the calendar is built on */
    public WorkingDayCalendar publicHolidays() {
        return publicHolidays;
    }

    /** @return the closure days */
    public Set<LocalDate> closedDays() {
        return closedDays;
    }

    @Override
    public String name() {
        return "school";
    }

    /** @return {@code school-calendar:} and a digest of the terms and closure days, then the public calendar's version */
    @Override
    public String version() {
        return version;
    }

    @Override
    public CalendarCoverage coverage() {
        return index.coverage();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return index.isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return index.plusWorkingDays(Objects.requireNonNull(date, "date"), n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return index.workingDaysBetween(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    /** @return the public holidays and closure days that fall on a weekday inside a term, in date order */
    @Override
    public List<Holiday> holidays(LocalDate fromInclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromInclusive)) {
            return List.of();
        }
        for (LocalDate d : List.of(fromInclusive, toInclusive)) {
            if (!coverage().contains(d)) {
                throw new CalendarRangeException(d + " is outside the school calendar's terms (" + coverage().start()
                    + " to " + coverage().end() + ")", d, coverage());
            }
        }
        List<Holiday> result = new ArrayList<>();
        for (Holiday h : publicHolidays.holidays(fromInclusive, toInclusive)) {
            if (inTerm(h.date()) && isWeekday(h.date())) {
                result.add(h);
            }
        }
        for (LocalDate d : closedDays) {
            if (!d.isBefore(fromInclusive) && !d.isAfter(toInclusive) && isWeekday(d)
                    && result.stream().noneMatch(h -> h.date().equals(d))) {
                result.add(new Holiday(d, "school closure day", HolidayKind.ONE_OFF));
            }
        }
        result.sort(null);
        return List.copyOf(result);
    }

    /** Two school calendars are equal when they have the same terms, closure days and public holidays. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SchoolCalendar c && new java.util.HashSet<>(terms).equals(
            new java.util.HashSet<>(c.terms)) && closedDays.equals(c.closedDays)
            && publicHolidays.equals(c.publicHolidays);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "SchoolCalendar[" + terms.size() + " terms, " + closedDays.size() + " closed days, " + version + "]";
    }

    private boolean meets(LocalDate date) {
        return isWeekday(date) && inTerm(date) && !closedDays.contains(date) && publicHolidays.isWorkingDay(date);
    }

    private boolean inTerm(LocalDate date) {
        for (Term t : terms) {
            if (!date.isBefore(t.start()) && !date.isAfter(t.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    private String fingerprint() {
        StringBuilder text = new StringBuilder();
        terms.forEach(t -> text.append(t.start()).append('/').append(t.end()).append(';'));
        closedDays.stream().sorted().forEach(d -> text.append(d).append(';'));
        return Digests.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
