package org.sendias.deadline;

/** Which calendar a rule consults. Internal. */
enum CalendarKind {
    /** England and Wales public holidays. */
    ENGLAND,
    /** Public holidays anywhere in the UK (FOIA s.10(6)). */
    UNITED_KINGDOM,
    /** The days the named school meets. */
    SCHOOL,
    /** No calendar: an age threshold. */
    NONE
}
