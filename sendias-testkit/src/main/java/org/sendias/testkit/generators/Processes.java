package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.calendar.SchoolCalendar;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ExceptionReason;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.OrderKind;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.deadline.TransferKind;

/**
 * Generators of statutory process histories, which the deadline engine computes timelines from.
 *
 * <p>Every history records only its process's own events, and carries whatever the engine needs to compute it: an
 * order kind when a tribunal order is recorded, a school calendar covering the events when a school-day rule is
 * started. Histories start between {@link #EARLIEST_START} and {@link #LATEST_START}, so that every deadline,
 * counted forwards or backwards, falls within the calendars' range: {@code DeadlineEngine.create().compute(history,
 * asOf)} succeeds for every history generated.
 */
public final class Processes {

    /** The earliest day a generated history starts. */
    public static final LocalDate EARLIEST_START = LocalDate.of(1997, 1, 1);
    /** The latest day a generated history starts. */
    public static final LocalDate LATEST_START = LocalDate.of(2095, 12, 31);

    /** Events that start a rule counted in school days: recording one needs a school calendar. */
    private static final Set<EventType> SCHOOL_DAY_TRIGGERS = EnumSet.of(EventType.EXCLUSION_NOTICE_RECEIVED,
        EventType.GOVERNORS_DECISION_NOTIFIED, EventType.RECORD_REQUEST_RECEIVED);

    private Processes() {
    }

    /** @return histories of every process, as {@link #histories(ProcessType)} gives them */
    public static Gen<ProcessHistory> histories() {
        return Gen.enumValues(ProcessType.class).flatMap(Processes::histories);
    }

    /**
     * @param process the process
     * @return histories of that process starting on a day from {@link Dates#between} {@link #EARLIEST_START} and
     *     {@link #LATEST_START} (so favouring leap days, bank holidays and year ends), as
     *     {@link #histories(ProcessType, LocalDate)} gives them
     */
    public static Gen<ProcessHistory> histories(ProcessType process) {
        Objects.requireNonNull(process, "process");
        return Dates.between(EARLIEST_START, LATEST_START).flatMap(start -> histories(process, start));
    }

    /**
     * Histories of one process whose first event is on {@code start}. Events are the process's own, in catalogue
     * order (roughly the order they happen), each recorded about three times in five, the next on the same day as
     * the last or up to 30 days later; about one history in ten is empty. For {@link ProcessType#AGE} the only
     * event is a date of birth, favouring 29 February. Favours the parameters: a tribunal order's kind (always when
     * {@link EventType#TRIBUNAL_ORDER} is recorded), a phase transfer for an annual review, the service's own
     * targets from 1 to {@value ProcessHistory#MAX_SERVICE_TARGET_WORKING_DAYS} working days, a school calendar
     * (always when a school-day rule is started), and statutory exceptions, including one for a rule of another
     * process, which the engine keeps and reports as ignored.
     *
     * @param process the process
     * @param start the day of the first event, from {@link #EARLIEST_START} to {@link #LATEST_START}
     * @return the generator
     */
    public static Gen<ProcessHistory> histories(ProcessType process, LocalDate start) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(start, "start");
        if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
            throw new IllegalArgumentException("start: must be from " + EARLIEST_START + " to " + LATEST_START
                + " so that every deadline falls within the calendars' range, got " + start);
        }
        if (process == ProcessType.AGE) {
            return r -> Pick.oneIn(r, 10) ? ProcessHistory.of(process)
                : ProcessHistory.of(process).with(EventType.DATE_OF_BIRTH, Dates.childDateOfBirth(start).next(r));
        }
        return r -> {
            ProcessHistory history = ProcessHistory.of(process);
            LocalDate day = start;
            LocalDate last = start;
            boolean empty = Pick.oneIn(r, 10);
            boolean needsSchoolCalendar = false;
            for (EventType event : process.events()) {
                if (empty || r.nextInt(5) >= 3) {
                    continue;
                }
                history = history.with(event, day);
                last = day;
                needsSchoolCalendar |= SCHOOL_DAY_TRIGGERS.contains(event);
                day = day.plusDays(Pick.oneIn(r, 3) ? 0 : r.nextInt(1, 31));
            }
            if (history.event(EventType.TRIBUNAL_ORDER).isPresent() || (process == ProcessType.APPEAL
                    && Pick.oneIn(r, 4))) {
                history = history.withOrderKind(Gen.enumValues(OrderKind.class).next(r));
            }
            if (process == ProcessType.ANNUAL_REVIEW && Pick.oneIn(r, 3)) {
                history = history.withTransfer(Gen.enumValues(TransferKind.class).next(r),
                    start.getYear() + r.nextInt(0, 2));
            }
            if (process == ProcessType.SERVICE_LEVEL && Pick.oneIn(r, 3)) {
                Gen<Integer> days = Gen.<Integer>frequency(weighted(3, Gen.ints(1, 20)), weighted(1,
                    Gen.elements(1, ProcessHistory.MAX_SERVICE_TARGET_WORKING_DAYS)));
                history = history.withServiceTargets(days.next(r), days.next(r));
            }
            if (needsSchoolCalendar || Pick.oneIn(r, 6)) {
                history = history.withSchoolCalendar(schoolCalendars(start, last).next(r));
            }
            if (Pick.oneIn(r, 3)) {
                int count = r.nextInt(1, 3);
                for (int i = 0; i < count; i++) {
                    Optional<ExceptionRecord> exception = exceptions(Pick.oneIn(r, 10) ? otherProcess(r, process)
                        : process, start, last).next(r);
                    if (exception.isPresent()) {
                        history = history.withException(exception.get());
                    }
                }
            }
            return history;
        };
    }

    /**
     * Statutory exceptions to a rule of {@code process} that allows them, beginning between {@code from} and
     * {@code to}: with an end (favouring the same day) about half the time, and a recorder and note about one time
     * in three. Empty when no rule of the process allows an exception.
     *
     * @param process the process
     * @param from the earliest day the circumstance begins
     * @param to the latest day the circumstance begins
     * @return the generator
     */
    public static Gen<Optional<ExceptionRecord>> exceptions(ProcessType process, LocalDate from, LocalDate to) {
        Objects.requireNonNull(process, "process");
        List<Rule> rules = process.rules().stream().filter(rule -> !rule.allowedExceptions().isEmpty()).toList();
        if (rules.isEmpty()) {
            return Gen.constant(Optional.empty());
        }
        Gen<LocalDate> days = Dates.between(from, to);
        return r -> {
            Rule rule = Pick.one(r, rules);
            ExceptionReason reason = Pick.one(r, List.copyOf(rule.allowedExceptions()));
            LocalDate begins = days.next(r);
            ExceptionRecord record = ExceptionRecord.of(rule, reason, begins);
            if (r.nextBoolean()) {
                record = record.until(Pick.oneIn(r, 4) ? begins : begins.plusDays(r.nextInt(1, 120)));
            }
            if (Pick.oneIn(r, 3)) {
                record = record.recordedBy(Ids.users().next(r).value(), Texts.text(2000).next(r));
            }
            return Optional.of(record);
        };
    }

    /**
     * School calendars whose terms cover {@code from} to {@code to} with at least a school year to spare on each
     * side: three terms a year (early September to mid December, early January to about Easter, mid April to late
     * July), with up to five closure days in term.
     *
     * @param from the first day to cover
     * @param to the last day to cover
     * @return the generator
     */
    public static Gen<SchoolCalendar> schoolCalendars(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int firstYear = from.getYear() - 1;
        int lastYear = to.getYear() + 1;
        if (to.isBefore(from) || firstYear < Dates.FIRST.getYear() || lastYear + 1 > Dates.LAST.getYear()) {
            throw new IllegalArgumentException("from and to: need " + (Dates.FIRST.getYear() + 1) + " <= from <= to <= "
                + (Dates.LAST.getYear() - 2) + ", got " + from + " and " + to);
        }
        return r -> {
            List<SchoolCalendar.Term> terms = new ArrayList<>();
            for (int y = firstYear; y <= lastYear; y++) {
                terms.add(new SchoolCalendar.Term(weekdayFrom(LocalDate.of(y, 9, r.nextInt(1, 8))),
                    LocalDate.of(y, 12, r.nextInt(16, 23))));
                terms.add(new SchoolCalendar.Term(weekdayFrom(LocalDate.of(y + 1, 1, r.nextInt(3, 9))),
                    LocalDate.of(y + 1, 3, r.nextInt(25, 32))));
                terms.add(new SchoolCalendar.Term(weekdayFrom(LocalDate.of(y + 1, 4, r.nextInt(14, 25))),
                    LocalDate.of(y + 1, 7, r.nextInt(17, 25))));
            }
            List<LocalDate> closed = new ArrayList<>();
            int closures = r.nextInt(0, 6);
            for (int i = 0; i < closures; i++) {
                SchoolCalendar.Term term = Pick.one(r, terms);
                closed.add(Dates.uniform(term.start(), term.end()).next(r));
            }
            return SchoolCalendar.of(terms, closed);
        };
    }

    private static LocalDate weekdayFrom(LocalDate day) {
        return day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
            ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : day;
    }

    private static ProcessType otherProcess(java.util.random.RandomGenerator r, ProcessType process) {
        List<ProcessType> others = EnumSet.complementOf(EnumSet.of(process)).stream().toList();
        return Pick.one(r, others);
    }
}
