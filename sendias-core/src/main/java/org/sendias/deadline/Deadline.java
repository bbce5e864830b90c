package org.sendias.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendias.calendar.WorkingDayCalendar;

/**
 * One computed time limit: its rule, due date, status on the as-of date, the triggers it counted from, the calendar
 * version it used, any exception applied and the event that met it, with a step-by-step explanation in plain English.
 *
 * <p>Immutable. The explanation is rendered when asked for, so computing a timeline stays cheap.
 */
public final class Deadline {
    final Rule rule;
    final DeadlineStatus status;
    final LocalDate asOf;
    final EventType trigger;
    final LocalDate triggerDate;
    final LocalDate certificateDate;
    final int period;
    final LocalDate counted;
    final LocalDate limit;
    final WorkingDayCalendar calendar;
    final ExceptionRecord exception;
    final ExceptionRecord rejectedException;
    final EventType completedBy;
    final LocalDate completedOn;
    final TransferKind transferKind;
    final int transferYear;

    Deadline(Rule rule, DeadlineStatus status, LocalDate asOf, EventType trigger, LocalDate triggerDate,
            LocalDate certificateDate, int period, LocalDate counted, LocalDate limit, WorkingDayCalendar calendar,
            ExceptionRecord exception, ExceptionRecord rejectedException, EventType completedBy,
            LocalDate completedOn, TransferKind transferKind, int transferYear) {
        this.rule = rule;
        this.status = status;
        this.asOf = asOf;
        this.trigger = trigger;
        this.triggerDate = triggerDate;
        this.certificateDate = certificateDate;
        this.period = period;
        this.counted = counted;
        this.limit = limit;
        this.calendar = calendar;
        this.exception = exception;
        this.rejectedException = rejectedException;
        this.completedBy = completedBy;
        this.completedOn = completedOn;
        this.transferKind = transferKind;
        this.transferYear = transferYear;
    }

    static Deadline notStarted(Rule rule, LocalDate asOf) {
        return new Deadline(rule, DeadlineStatus.NOT_STARTED, asOf, null, null, null, 0, null, null, null, null, null,
            null, null, null, 0);
    }

    /** @return the rule */
    public Rule rule() {
        return rule;
    }

    /** @return the status on the as-of date */
    public DeadlineStatus status() {
        return status;
    }

    /** @return the date the status was assessed on */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * @return where the deadline stands, as a value to handle case by case: {@link Outcome.Running},
     *     {@link Outcome.Met}, {@link Outcome.Disapplied} or {@link Outcome.NotStarted}
     */
    public Outcome outcome() {
        switch (status) {
            case NOT_STARTED:
                return new Outcome.NotStarted();
            case DISAPPLIED:
                return new Outcome.Disapplied(exception, limit);
            case MET:
                return new Outcome.Met(limit, Optional.ofNullable(completedBy), Optional.ofNullable(completedOn));
            default:
                return new Outcome.Running(limit, status);
        }
    }

    /** @return the last day to act; empty when not started, or when an exception releases the limit */
    public Optional<LocalDate> due() {
        return status == DeadlineStatus.DISAPPLIED ? Optional.empty() : Optional.ofNullable(limit);
    }

    /** @return the date the limit falls (or would fall, when disapplied) after roll-forward; empty when not started */
    public Optional<LocalDate> wouldHaveBeenDue() {
        return Optional.ofNullable(limit);
    }

    /** @return the events counted from and their dates, in catalogue order (empty when started by parameters) */
    public Map<EventType, LocalDate> triggers() {
        if (trigger == null) {
            return Map.of();
        }
        Map<EventType, LocalDate> map = new EnumMap<>(EventType.class);
        map.put(trigger, triggerDate);
        if (certificateDate != null) {
            map.put(EventType.CERTIFICATE_ISSUED, certificateDate);
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the legal source */
    public String citation() {
        return rule.citation();
    }

    /** @return the version of the calendar used, or empty for a rule that uses none (an age threshold, or not started) */
    public Optional<String> calendarVersion() {
        return calendar == null ? Optional.empty() : Optional.of(calendar.version());
    }

    /** @return the exception applied, if the deadline is disapplied */
    public Optional<ExceptionRecord> exception() {
        return Optional.ofNullable(exception);
    }

    /** @return the event that met the deadline, if met */
    public Optional<EventType> completedBy() {
        return Optional.ofNullable(completedBy);
    }

    /** @return the day the deadline was met, if met */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    /** @return whether the deadline was met after its due date */
    public boolean late() {
        return completedOn != null && exception == null && completedOn.isAfter(limit);
    }

    /**
     * @return whether the date depends on holidays beyond the calendar's published data, projected from the
     *     standing rules
     */
    public boolean projected() {
        return Explanations.projected(this);
    }

    /**
     * The working, step by step, in plain English a parent can read: the duty, the trigger, the counting, any
     * roll-forward, any exception, and where it stands on the as-of date.
     *
     * @return the explanation steps
     */
    public List<String> explanation() {
        return Explanations.render(this);
    }

    @Override
    public String toString() {
        return "Deadline[" + rule + ", " + status + (limit == null ? "" : ", " + limit) + "]";
    }
}
