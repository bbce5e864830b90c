package org.sendias.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a deadline stands, as a value the caller handles case by case: running towards a due date, met, released by an
 * exception, or not started. {@link Deadline#outcome()} returns one; {@link Deadline#status()} is the same answer as a
 * flat enum, for display and storage.
 *
 * <pre>{@code
 * Outcome o = deadline.outcome();
 * if (o instanceof Outcome.Running r && r.status() == DeadlineStatus.OVERDUE) { ... }
 * else if (o instanceof Outcome.Disapplied d) { show("as soon as practicable; was " + d.wouldHaveBeenDue()); }
 * }</pre>
 */
public sealed interface Outcome permits Outcome.Running, Outcome.Met, Outcome.Disapplied, Outcome.NotStarted {

    /**
     * Not yet met, and no exception applies.
     *
     * @param due the last day to act
     * @param status {@link DeadlineStatus#UPCOMING}, {@link DeadlineStatus#DUE_TODAY} or {@link DeadlineStatus#OVERDUE}
     */
    record Running(LocalDate due, DeadlineStatus status) implements Outcome {
        /** Validates the fields. */
        public Running {
            Objects.requireNonNull(due, "due");
            if (status != DeadlineStatus.UPCOMING && status != DeadlineStatus.DUE_TODAY
                    && status != DeadlineStatus.OVERDUE) {
                throw new IllegalArgumentException("status: a running deadline is UPCOMING, DUE_TODAY or OVERDUE, not "
                    + status);
            }
        }
    }

    /**
     * The duty was discharged on or before the as-of date (or, for an age threshold, the date has passed).
     *
     * @param due the last day it was due
     * @param completedBy the event that met it; empty for an age threshold that has passed
     * @param completedOn the day of that event; empty for an age threshold that has passed
     */
    record Met(LocalDate due, Optional<EventType> completedBy, Optional<LocalDate> completedOn) implements Outcome {
        /** Validates the fields. */
        public Met {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(completedBy, "completedBy");
            Objects.requireNonNull(completedOn, "completedOn");
        }

        /** @return whether it was met after the due date */
        public boolean late() {
            return completedOn.map(on -> on.isAfter(due)).orElse(false);
        }
    }

    /**
     * A recorded statutory exception releases the limit: the duty is to act as soon as practicable.
     *
     * @param exception the exception applied
     * @param wouldHaveBeenDue the date the limit would have been
     */
    record Disapplied(ExceptionRecord exception, LocalDate wouldHaveBeenDue) implements Outcome {
        /** Validates the fields. */
        public Disapplied {
            Objects.requireNonNull(exception, "exception");
            Objects.requireNonNull(wouldHaveBeenDue, "wouldHaveBeenDue");
        }
    }

    /** The events that start the clock are not recorded. */
    record NotStarted() implements Outcome {
    }
}
