package org.sendias.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sendias.InvalidInputException;
import org.sendias.calendar.BankHolidayFile;
import org.sendias.calendar.CalendarRangeException;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.calendar.WorkingDayCalendar;

/**
 * Computes the statutory deadlines of a process from what has happened so far.
 *
 * <pre>{@code
 * DeadlineEngine engine = DeadlineEngine.create();
 * Timeline timeline = engine.compute(
 *     ProcessHistory.of(ProcessType.APPEAL).with(EventType.DECISION_NOTICE_SENT, LocalDate.of(2026, 6, 15)),
 *     LocalDate.of(2026, 7, 1));
 * timeline.deadline(Rule.APPEAL_REGISTRATION).flatMap(Deadline::due); // 2026-09-01: August moves to September
 * }</pre>
 *
 * <p>An engine is immutable and thread-safe; create one and share it. The time is always given: an as-of date, or a
 * {@link Clock} to read it from.
 */
public final class DeadlineEngine {
    private final WorkingDayCalendar england;
    private final WorkingDayCalendar unitedKingdom;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private DeadlineEngine(WorkingDayCalendar england, WorkingDayCalendar unitedKingdom) {
        this.england = england;
        this.unitedKingdom = unitedKingdom;
        this.firstDay = england.coverage().start();
        this.lastDay = england.coverage().end();
    }

    /** @return an engine on the built-in England and Wales and UK-wide calendars */
    public static DeadlineEngine create() {
        return new DeadlineEngine(HolidayCalendar.englandAndWales(), HolidayCalendar.unitedKingdom());
    }

    /**
     * @param england the calendar for working days in England (bank holidays of England and Wales)
     * @param unitedKingdom the calendar for the Freedom of Information Act (bank holidays anywhere in the UK)
     * @return an engine on the given calendars
     */
    public static DeadlineEngine create(WorkingDayCalendar england, WorkingDayCalendar unitedKingdom) {
        return new DeadlineEngine(Objects.requireNonNull(england, "england"),
            Objects.requireNonNull(unitedKingdom, "unitedKingdom"));
    }

    /**
     * @param file gov.uk's {@code bank-holidays.json}, read with {@link BankHolidayFile#read}
     * @return an engine whose built-in calendars are updated from the file
     */
    public static DeadlineEngine withBankHolidays(BankHolidayFile file) {
        Objects.requireNonNull(file, "file");
        return new DeadlineEngine(HolidayCalendar.englandAndWales().withBankHolidays(file),
            HolidayCalendar.unitedKingdom().withBankHolidays(file));
    }

    /** @return the England and Wales calendar */
    public WorkingDayCalendar england() {
        return england;
    }

    /** @return the UK-wide calendar */
    public WorkingDayCalendar unitedKingdom() {
        return unitedKingdom;
    }

    /**
     * @param history the process and what has happened
     * @param clock the clock to read today's date from
     * @return the timeline as of today
     */
    public Timeline compute(ProcessHistory history, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return compute(history, LocalDate.now(clock));
    }

    /**
     * Computes every deadline of the history's process.
     *
     * @param history the process and what has happened
     * @param asOf the date to assess statuses on
     * @return one deadline for each rule of the process, in catalogue order
     * @throws InvalidInputException if an event date is outside the calendar's range, a school-day rule has no school
     *     calendar (or one too short), or a tribunal order has no {@code orderKind}
     */
    public Timeline compute(ProcessHistory history, LocalDate asOf) {
        if (history == null) {
            throw new InvalidInputException("history", "is required");
        }
        if (asOf == null) {
            throw new InvalidInputException("asOf", "is required");
        }
        ProcessType process = history.process();
        List<String> notes = null;
        if (process != ProcessType.AGE) {
            checkCoverage(history);
        }
        if (history.eventOrNull(EventType.TRIBUNAL_ORDER) != null && history.orderKindOrNull() == null) {
            throw new InvalidInputException("parameters.orderKind", "is required when events.TRIBUNAL_ORDER is "
                + "recorded: one of AMEND_PLAN, NAME_INSTITUTION, MAKE_AND_MAINTAIN_PLAN");
        }
        List<ExceptionRecord> exceptions = history.exceptions();
        for (int i = 0; i < exceptions.size(); i++) {
            Rule rule = exceptions.get(i).rule();
            if (rule.process() != process) {
                if (notes == null) {
                    notes = new ArrayList<>(2);
                }
                notes.add("exceptions[" + i + "]: " + rule + " is a rule of process " + rule.process() + ", not "
                    + process + ", so the exception was ignored.");
            }
        }
        Rule[] rules = Rule.arrayOf(process);
        Deadline[] deadlines = new Deadline[rules.length];
        for (int i = 0; i < deadlines.length; i++) {
            deadlines[i] = compute(rules[i], history, asOf);
        }
        return new Timeline(process, asOf, england.version(), Collections.unmodifiableList(Arrays.asList(deadlines)),
            notes == null ? List.of() : List.copyOf(notes));
    }

    private void checkCoverage(ProcessHistory history) {
        for (EventType e : Rule.eventArrayOf(history.process())) {
            LocalDate date = history.eventOrNull(e);
            if (date == null) {
                continue;
            }
            if (date.isBefore(firstDay) || date.isAfter(lastDay)) {
                throw new InvalidInputException("events." + e, "is outside the dates the calendar covers ("
                    + england.coverage().start() + " to " + england.coverage().end() + ")");
            }
        }
    }

    private Deadline compute(Rule rule, ProcessHistory history, LocalDate asOf) {
        EventType trigger = null;
        LocalDate triggerDate = null;
        for (EventType t : rule.triggerArray()) {
            LocalDate d = history.eventOrNull(t);
            if (d != null) {
                trigger = t;
                triggerDate = d;
                break;
            }
        }
        TransferKind transferKind = null;
        int transferYear = 0;
        if (rule == Rule.PHASE_TRANSFER_AMENDMENT) {
            transferKind = history.transferKindOrNull();
            if (transferKind == null) {
                return Deadline.notStarted(rule, asOf);
            }
            transferYear = history.transferYearValue();
        } else if (trigger == null || !ordered(rule, history.orderKindOrNull())) {
            return Deadline.notStarted(rule, asOf);
        }
        WorkingDayCalendar calendar = calendarFor(rule, history);
        int period = periodOf(rule, history);
        LocalDate certificate = rule == Rule.APPEAL_REGISTRATION ? history.eventOrNull(EventType.CERTIFICATE_ISSUED)
            : null;
        LocalDate counted;
        LocalDate limit;
        try {
            counted = count(rule, period, triggerDate, certificate, transferKind, transferYear, calendar);
            limit = roll(rule.rollForward(), counted, calendar);
            if (calendar != null && !calendar.coverage().contains(limit)) {
                boolean before = limit.isBefore(calendar.coverage().start());
                throw new InvalidInputException(fieldOf(rule, trigger), "the " + rule + " deadline falls "
                    + (before ? "before the first" : "after the last") + " date the calendar covers ("
                    + (before ? calendar.coverage().start() : calendar.coverage().end()) + ")");
            }
        } catch (CalendarRangeException e) {
            throw rangeError(rule, trigger, calendar, e);
        }

        EventType completedBy = null;
        LocalDate completedOn = null;
        for (EventType c : rule.completionArray()) {
            LocalDate d = history.eventOrNull(c);
            if (d != null && !d.isAfter(asOf) && countsAsCompletion(rule, c, d, triggerDate)) {
                completedBy = c;
                completedOn = d;
                break;
            }
        }
        ExceptionRecord applied = null;
        ExceptionRecord rejected = null;
        List<ExceptionRecord> exceptions = history.exceptions();
        if (completedBy == null && !exceptions.isEmpty()) {
            for (ExceptionRecord e : exceptions) {
                if (e.rule() != rule) {
                    continue;
                }
                if (applies(e, rule, limit, asOf)) {
                    applied = e;
                    break;
                }
                if (rejected == null) {
                    rejected = e;
                }
            }
        }
        DeadlineStatus status;
        if (completedBy != null) {
            status = DeadlineStatus.MET;
        } else if (applied != null) {
            status = DeadlineStatus.DISAPPLIED;
        } else if (asOf.isBefore(limit)) {
            status = DeadlineStatus.UPCOMING;
        } else if (asOf.isEqual(limit)) {
            status = DeadlineStatus.DUE_TODAY;
        } else {
            status = rule == Rule.COMPULSORY_SCHOOL_AGE_ENDS ? DeadlineStatus.MET : DeadlineStatus.OVERDUE;
        }
        return new Deadline(rule, status, asOf, trigger, triggerDate, certificate, period, counted, limit, calendar,
            applied, rejected, completedBy, completedOn, transferKind, transferYear);
    }

    /** A tribunal order starts only the rules its kind calls for. */
    private static boolean ordered(Rule rule, OrderKind kind) {
        switch (rule) {
            case ORDER_AMEND_PLAN:
                return kind == OrderKind.AMEND_PLAN;
            case ORDER_NAME_SCHOOL:
                return kind == OrderKind.NAME_INSTITUTION;
            case ORDER_ISSUE_DRAFT:
            case ORDER_ISSUE_FINAL:
                return kind == OrderKind.MAKE_AND_MAINTAIN_PLAN;
            default:
                return true;
        }
    }

    /**
     * An event discharges a duty counted forward only if it happened on or after the trigger (a review meeting only
     * if strictly after the review it counts from); one counted backward from a meeting or transfer, at any time.
     */
    static boolean countsAsCompletion(Rule rule, EventType event, LocalDate date, LocalDate triggerDate) {
        Counting c = rule.counting();
        if (triggerDate == null || c == Counting.WEEKS_BEFORE || c == Counting.MONTHS_BEFORE) {
            return true;
        }
        return event == EventType.REVIEW_MEETING ? date.isAfter(triggerDate) : !date.isBefore(triggerDate);
    }

    /**
     * An exception applies if it arose before the limit passed and by the as-of date, and, for an absence with a known
     * end, if the absence lasted long enough.
     */
    static boolean applies(ExceptionRecord e, Rule rule, LocalDate limit, LocalDate asOf) {
        if (e.from().isAfter(limit) || e.from().isAfter(asOf)) {
            return false;
        }
        return e.reason() != ExceptionReason.ABSENT_FROM_AREA || e.to().isEmpty()
            || Explanations.absenceDays(e) >= 7L * rule.absenceWeeks();
    }

    private WorkingDayCalendar calendarFor(Rule rule, ProcessHistory history) {
        switch (rule.calendar()) {
            case ENGLAND:
                return england;
            case UNITED_KINGDOM:
                return unitedKingdom;
            case SCHOOL:
                WorkingDayCalendar school = history.schoolCalendarOrNull();
                if (school == null) {
                    throw new InvalidInputException("schoolCalendar", "is required for " + rule
                        + ", which counts the days the school meets: give the school's terms and closure days");
                }
                return school;
            default:
                return null;
        }
    }

    private static int periodOf(Rule rule, ProcessHistory history) {
        if (rule == Rule.SERVICE_ACKNOWLEDGEMENT) {
            return history.acknowledgementWorkingDays();
        }
        if (rule == Rule.SERVICE_FIRST_APPOINTMENT) {
            return history.firstAppointmentWorkingDays();
        }
        return rule.period();
    }

    static LocalDate count(Rule rule, int n, LocalDate t, LocalDate certificate, TransferKind kind, int year,
            WorkingDayCalendar calendar) {
        switch (rule.counting()) {
            case AFTER_WEEKS:
                return t.plusDays(7L * n);
            case AFTER_DAYS:
                return t.plusDays(n);
            case AFTER_MONTHS:
                return t.plusMonths(n); // the corresponding date, or the last day of a shorter month
            case BEGINNING_DAYS:
                return t.plusDays(n - 1L);
            case BEGINNING_MONTHS:
                return t.plusMonths(n).minusDays(1);
            case AFTER_WORKING_DAYS:
            case AFTER_SCHOOL_DAYS:
                return calendar.plusWorkingDays(t, n);
            case BEGINNING_WORKING_DAYS:
                return calendar.plusWorkingDays(t, calendar.isWorkingDay(t) ? n - 1 : n);
            case WEEKS_BEFORE:
                return t.minusDays(7L * n);
            case MONTHS_BEFORE:
                return t.minusMonths(n);
            case BEFORE_FIXED_DATE:
                return kind == TransferKind.SCHOOL ? LocalDate.of(year, Month.FEBRUARY, 14)
                    : LocalDate.of(year, Month.MARCH, 30);
            case LATER_OF_APPEAL_PERIODS:
                LocalDate fromDecision = t.plusMonths(n);
                if (certificate == null) {
                    return fromDecision;
                }
                LocalDate fromCertificate = certificate.plusMonths(1);
                return fromCertificate.isAfter(fromDecision) ? fromCertificate : fromDecision;
            case SCHOOL_LEAVING_DATE:
                return CompulsorySchoolAge.endsOn(t);
            default:
                throw new IllegalStateException("no counting for " + rule);
        }
    }

    static LocalDate roll(RollForward roll, LocalDate counted, WorkingDayCalendar calendar) {
        switch (roll) {
            case NEXT_WORKING_DAY:
                return calendar.workingDayOnOrAfter(counted);
            case HESC_SEN_APPEAL:
                int month = counted.getMonthValue();
                int day = counted.getDayOfMonth();
                if (month == 12 && day >= 25) {
                    return calendar.nextWorkingDay(LocalDate.of(counted.getYear() + 1, 1, 1));
                }
                if (month == 1 && day == 1) {
                    return calendar.nextWorkingDay(counted);
                }
                if (month == 8) {
                    return calendar.nextWorkingDay(LocalDate.of(counted.getYear(), 8, 31));
                }
                return calendar.workingDayOnOrAfter(counted);
            default:
                return counted;
        }
    }

    private static String fieldOf(Rule rule, EventType trigger) {
        return trigger == null ? "parameters.transferYear" : "events." + trigger;
    }

    private static InvalidInputException rangeError(Rule rule, EventType trigger, WorkingDayCalendar calendar,
            CalendarRangeException e) {
        if (rule.calendar() == CalendarKind.SCHOOL) {
            return new InvalidInputException("schoolCalendar", "its terms (" + calendar.coverage().start() + " to "
                + calendar.coverage().end() + ") do not cover " + rule + ", counted from events." + trigger
                + ": add the terms that include that date and the " + rule.period() + " school days after it", e);
        }
        return new InvalidInputException(fieldOf(rule, trigger), "counting " + rule + " from it leaves the dates the "
            + "calendar covers (" + calendar.coverage().start() + " to " + calendar.coverage().end() + ")", e);
    }
}
