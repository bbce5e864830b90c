package org.sendias.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sendias.InvalidInputException;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.calendar.WorkingDayCalendar;

/**
 * What has happened so far in one process: the events recorded (one date for each), the exceptions recorded, the
 * parameters some rules need, and the school calendar for school-day rules. Immutable: each {@code with} method
 * returns a new history.
 *
 * <pre>{@code
 * ProcessHistory history = ProcessHistory.of(ProcessType.EHC_NEEDS_ASSESSMENT)
 *     .with(EventType.REQUEST_RECEIVED, LocalDate.of(2026, 1, 5));
 * }</pre>
 *
 * <p>Invalid input is refused with an {@link InvalidInputException} whose field is named as in the command-line
 * JSON ({@code events.X}, {@code parameters.transferYear}, {@code exceptions[0]}).
 */
public final class ProcessHistory {
    /** The default service target for acknowledging a referral, in working days. */
    public static final int DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS = 2;
    /** The default service target for a first appointment, in working days. */
    public static final int DEFAULT_FIRST_APPOINTMENT_WORKING_DAYS = 5;
    /** The largest service target accepted, in working days. */
    public static final int MAX_SERVICE_TARGET_WORKING_DAYS = 250;

    private static final LocalDate[] NO_EVENTS = new LocalDate[EventType.values().length];

    private final ProcessType process;
    private final LocalDate[] events;
    private final List<ExceptionRecord> exceptions;
    private final TransferKind transferKind;
    private final int transferYear;
    private final OrderKind orderKind;
    private final int acknowledgementWorkingDays;
    private final int firstAppointmentWorkingDays;
    private final WorkingDayCalendar schoolCalendar;

    private ProcessHistory(ProcessType process, LocalDate[] events, List<ExceptionRecord> exceptions,
            TransferKind transferKind, int transferYear, OrderKind orderKind, int acknowledgementWorkingDays,
            int firstAppointmentWorkingDays, WorkingDayCalendar schoolCalendar) {
        this.process = process;
        this.events = events;
        this.exceptions = exceptions;
        this.transferKind = transferKind;
        this.transferYear = transferYear;
        this.orderKind = orderKind;
        this.acknowledgementWorkingDays = acknowledgementWorkingDays;
        this.firstAppointmentWorkingDays = firstAppointmentWorkingDays;
        this.schoolCalendar = schoolCalendar;
    }

    /**
     * @param process the process
     * @return a history with nothing recorded
     */
    public static ProcessHistory of(ProcessType process) {
        if (process == null) {
            throw new InvalidInputException("process", "is required");
        }
        return new ProcessHistory(process, NO_EVENTS, List.of(), null, 0, null,
            DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS, DEFAULT_FIRST_APPOINTMENT_WORKING_DAYS, null);
    }

    /**
     * Records an event, replacing any earlier date for it.
     *
     * @param event the event, which must belong to this history's process
     * @param date the day it happened (or, for a meeting or transfer, is planned)
     * @return the new history
     * @throws InvalidInputException if the event is not one of the process's events or the date is missing
     */
    public ProcessHistory with(EventType event, LocalDate date) {
        if (event == null) {
            throw new InvalidInputException("events", "an event name is required");
        }
        if (!Rule.eventsOf(process).contains(event)) {
            throw new InvalidInputException("events." + event, "is not an event of process " + process
                + "; its events are " + Rule.eventsOf(process));
        }
        if (date == null) {
            throw new InvalidInputException("events." + event, "a date is required");
        }
        LocalDate[] copy = events.clone();
        copy[event.ordinal()] = date;
        return new ProcessHistory(process, copy, exceptions, transferKind, transferYear, orderKind,
            acknowledgementWorkingDays, firstAppointmentWorkingDays, schoolCalendar);
    }

    /**
     * Records a statutory exception. An exception for a rule of another process is kept but has no effect; the
     * timeline notes that it was ignored.
     *
     * @param exception the exception
     * @return the new history
     */
    public ProcessHistory withException(ExceptionRecord exception) {
        if (exception == null) {
            throw new InvalidInputException("exceptions[" + exceptions.size() + "]", "is required");
        }
        List<ExceptionRecord> copy = new ArrayList<>(exceptions);
        copy.add(exception);
        return new ProcessHistory(process, events, Collections.unmodifiableList(copy), transferKind, transferYear,
            orderKind, acknowledgementWorkingDays, firstAppointmentWorkingDays, schoolCalendar);
    }

    /**
     * Sets the phase transfer that starts {@link Rule#PHASE_TRANSFER_AMENDMENT}.
     *
     * @param kind a school or a post-16 transfer
     * @param year the calendar year of the transfer (the September in which the child moves)
     * @return the new history
     */
    public ProcessHistory withTransfer(TransferKind kind, int year) {
        if (kind == null) {
            throw new InvalidInputException("parameters.transferKind", "is required with parameters.transferYear");
        }
        if (year < HolidayCalendar.FIRST_YEAR || year > HolidayCalendar.LAST_YEAR) {
            throw new InvalidInputException("parameters.transferYear", "must be from " + HolidayCalendar.FIRST_YEAR
                + " to " + HolidayCalendar.LAST_YEAR + ", got " + year);
        }
        return new ProcessHistory(process, events, exceptions, kind, year, orderKind, acknowledgementWorkingDays,
            firstAppointmentWorkingDays, schoolCalendar);
    }

    /**
     * Sets what a tribunal order requires; needed when {@link EventType#TRIBUNAL_ORDER} is recorded.
     *
     * @param kind the kind of order
     * @return the new history
     */
    public ProcessHistory withOrderKind(OrderKind kind) {
        if (kind == null) {
            throw new InvalidInputException("parameters.orderKind", "is required");
        }
        return new ProcessHistory(process, events, exceptions, transferKind, transferYear, kind,
            acknowledgementWorkingDays, firstAppointmentWorkingDays, schoolCalendar);
    }

    /**
     * Sets the service's own targets, from its contract.
     *
     * @param acknowledgementWorkingDays working days to acknowledge a referral (default 2)
     * @param firstAppointmentWorkingDays working days to a first appointment (default 5)
     * @return the new history
     */
    public ProcessHistory withServiceTargets(int acknowledgementWorkingDays, int firstAppointmentWorkingDays) {
        checkTarget("parameters.acknowledgementWorkingDays", acknowledgementWorkingDays);
        checkTarget("parameters.firstAppointmentWorkingDays", firstAppointmentWorkingDays);
        return new ProcessHistory(process, events, exceptions, transferKind, transferYear, orderKind,
            acknowledgementWorkingDays, firstAppointmentWorkingDays, schoolCalendar);
    }

    /**
     * Sets the calendar of the school concerned, needed for the school-day rules ({@link Rule#EXCLUSION_GOVERNORS_MEETING},
     * {@link Rule#INDEPENDENT_REVIEW_APPLICATION}, {@link Rule#EDUCATIONAL_RECORD}).
     *
     * @param calendar usually a {@link org.sendias.calendar.SchoolCalendar}
     * @return the new history
     */
    public ProcessHistory withSchoolCalendar(WorkingDayCalendar calendar) {
        if (calendar == null) {
            throw new InvalidInputException("schoolCalendar", "is required");
        }
        return new ProcessHistory(process, events, exceptions, transferKind, transferYear, orderKind,
            acknowledgementWorkingDays, firstAppointmentWorkingDays, calendar);
    }

    private static void checkTarget(String field, int days) {
        if (days < 1 || days > MAX_SERVICE_TARGET_WORKING_DAYS) {
            throw new InvalidInputException(field, "must be from 1 to " + MAX_SERVICE_TARGET_WORKING_DAYS
                + " working days, got " + days);
        }
    }

    /** @return the process */
    public ProcessType process() {
        return process;
    }

    /**
     * @param event an event
     * @return its recorded date, if any
     */
    public Optional<LocalDate> event(EventType event) {
        return Optional.ofNullable(events[Objects.requireNonNull(event, "event").ordinal()]);
    }

    /** @return the recorded events and their dates, in catalogue order */
    public Map<EventType, LocalDate> events() {
        Map<EventType, LocalDate> map = new EnumMap<>(EventType.class);
        for (EventType e : EventType.values()) {
            if (events[e.ordinal()] != null) {
                map.put(e, events[e.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the exceptions, in the order recorded */
    public List<ExceptionRecord> exceptions() {
        return exceptions;
    }

    /** @return the phase transfer kind, if set */
    public Optional<TransferKind> transferKind() {
        return Optional.ofNullable(transferKind);
    }

    /** @return the phase transfer year, if set */
    public OptionalInt transferYear() {
        return transferKind == null ? OptionalInt.empty() : OptionalInt.of(transferYear);
    }

    /** @return the kind of tribunal order, if set */
    public Optional<OrderKind> orderKind() {
        return Optional.ofNullable(orderKind);
    }

    /** @return the service's target for acknowledging a referral, in working days */
    public int acknowledgementWorkingDays() {
        return acknowledgementWorkingDays;
    }

    /** @return the service's target for a first appointment, in working days */
    public int firstAppointmentWorkingDays() {
        return firstAppointmentWorkingDays;
    }

    /** @return the school calendar, if set */
    public Optional<WorkingDayCalendar> schoolCalendar() {
        return Optional.ofNullable(schoolCalendar);
    }

    LocalDate eventOrNull(EventType event) {
        return events[event.ordinal()];
    }

    TransferKind transferKindOrNull() {
        return transferKind;
    }

    int transferYearValue() {
        return transferYear;
    }

    OrderKind orderKindOrNull() {
        return orderKind;
    }

    WorkingDayCalendar schoolCalendarOrNull() {
        return schoolCalendar;
    }

    /** Shows the process and which events are recorded, not their dates (a date of birth is personal data). */
    /** Two histories are equal when they record the same process, events, exceptions and parameters. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProcessHistory h && process == h.process
            && java.util.Arrays.equals(events, h.events) && exceptions.equals(h.exceptions)
            && transferKind == h.transferKind && transferYear == h.transferYear && orderKind == h.orderKind
            && acknowledgementWorkingDays == h.acknowledgementWorkingDays
            && firstAppointmentWorkingDays == h.firstAppointmentWorkingDays
            && Objects.equals(schoolCalendar, h.schoolCalendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(process, java.util.Arrays.hashCode(events), exceptions, transferKind, transferYear,
            orderKind, acknowledgementWorkingDays, firstAppointmentWorkingDays, schoolCalendar);
    }

    @Override
    public String toString() {
        return "ProcessHistory[" + process + ", events " + events().keySet() + ", " + exceptions.size()
            + " exceptions]";
    }
}
