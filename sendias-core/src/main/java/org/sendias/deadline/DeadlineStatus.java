package org.sendias.deadline;

/** Where a deadline stands on the as-of date. */
public enum DeadlineStatus {
    /** Started, not yet met, and the due date is after the as-of date. */
    UPCOMING,
    /** Not yet met, and the as-of date is the due date. */
    DUE_TODAY,
    /** Not met, and the due date has passed. */
    OVERDUE,
    /** The event that discharges the duty was recorded on or before the as-of date (possibly late). */
    MET,
    /** A recorded exception releases the time limit; the date it would have been is still shown. */
    DISAPPLIED,
    /** The events that start the clock have not been recorded. */
    NOT_STARTED
}
