package org.sendias.deadline;

/** How a rule counts its period from its trigger (STATUTE.md section 1). Internal. */
enum Counting {
    /** Trigger excluded; trigger + 7n days. */
    AFTER_WEEKS,
    /** Trigger + n calendar days. */
    AFTER_DAYS,
    /** Corresponding date n months later, clipped to the month's last day. */
    AFTER_MONTHS,
    /** Trigger is day 1: trigger + n - 1 days. */
    BEGINNING_DAYS,
    /** Trigger is day 1: the day before the corresponding date n months later. */
    BEGINNING_MONTHS,
    /** The n-th working day strictly after the trigger. */
    AFTER_WORKING_DAYS,
    /** The trigger counts as day 1 if it is a working day. */
    BEGINNING_WORKING_DAYS,
    /** The n-th school day strictly after the trigger. */
    AFTER_SCHOOL_DAYS,
    /** Event - 7n days. */
    WEEKS_BEFORE,
    /** The corresponding date n months before the event. */
    MONTHS_BEFORE,
    /** The day before a fixed date of the transfer year (Reg 18(1)). */
    BEFORE_FIXED_DATE,
    /** The later of decision + 2 months and certificate + 1 month (HESC r.20(1)(c)). */
    LATER_OF_APPEAL_PERIODS,
    /** The end of compulsory school age (Education Act 1996 s.8(3)). */
    SCHOOL_LEAVING_DATE
}
