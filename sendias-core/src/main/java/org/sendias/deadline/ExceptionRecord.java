package org.sendias.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * A recorded statutory exception: which limit it releases, why, from when, and (optionally) until when, who
 * recorded it and a note. An exception that applies turns the deadline's status into {@link DeadlineStatus#DISAPPLIED}
 * while still showing the date the limit would have been.
 *
 * <p>The note is case material: sendias never copies it into messages or explanations.
 *
 * @param rule the limit released
 * @param reason the statutory ground
 * @param from the day the circumstance began
 * @param to the last day of the circumstance, if known (for an absence, shows whether it lasted long enough)
 * @param recordedBy who recorded it (a user id), if given
 * @param note why, in the recorder's words, if given
 */
public record ExceptionRecord(Rule rule, ExceptionReason reason, LocalDate from, Optional<LocalDate> to,
        Optional<String> recordedBy, Optional<String> note) {

    /** Validates the record: every field present, {@code to} not before {@code from}, text that can be stored. */
    public ExceptionRecord {
        if (rule == null) {
            throw new InvalidInputException("rule", "is required");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "is required");
        }
        if (from == null) {
            throw new InvalidInputException("from", "is required");
        }
        to = Objects.requireNonNullElse(to, Optional.empty());
        recordedBy = Validation.optionalStorable(recordedBy, "recordedBy");
        note = Validation.optionalStorable(note, "note");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new InvalidInputException("to", "is before from");
        }
        if (rule.allowedExceptions().isEmpty()) {
            throw new InvalidInputException("rule", rule + " has no statutory exceptions: its time limit always binds");
        }
        if (!rule.allowedExceptions().contains(reason)) {
            throw new InvalidInputException("reason", reason + " is not an exception to " + rule + " ("
                + rule.citation() + " allows " + rule.allowedExceptions() + ")");
        }
    }

    /**
     * An exception with no end date, recorder or note.
     *
     * @param rule the limit released
     * @param reason the statutory ground
     * @param from the day the circumstance began
     * @return the record
     */
    public static ExceptionRecord of(Rule rule, ExceptionReason reason, LocalDate from) {
        return new ExceptionRecord(rule, reason, from, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param lastDay the last day of the circumstance
     * @return a copy ending on {@code lastDay}
     */
    public ExceptionRecord until(LocalDate lastDay) {
        return new ExceptionRecord(rule, reason, from, Optional.of(lastDay), recordedBy, note);
    }

    /**
     * @param userId who recorded the exception
     * @param why the reason in the recorder's words (never copied into messages)
     * @return a copy with the recorder and note
     */
    public ExceptionRecord recordedBy(String userId, String why) {
        return new ExceptionRecord(rule, reason, from, to, Optional.ofNullable(userId), Optional.ofNullable(why));
    }

    /** Does not print the note, which may hold personal data. */
    @Override
    public String toString() {
        return "ExceptionRecord[" + rule + ", " + reason + ", from " + from + to.map(t -> " to " + t).orElse("")
            + recordedBy.map(r -> ", recorded by " + r).orElse("") + "]";
    }
}
