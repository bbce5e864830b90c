package org.sendias.calendar;

/** Why a day is a holiday. */
public enum HolidayKind {
    /** Christmas Day and Good Friday: holidays at common law, not bank holidays, but never working days. */
    COMMON_LAW,
    /** A bank holiday on its standing date (Banking and Financial Dealings Act 1971, Schedule 1, or annual proclamation). */
    BANK_HOLIDAY,
    /** A weekday given in place of a holiday that fell on a weekend. */
    SUBSTITUTE,
    /** A standing bank holiday moved to another date by royal proclamation for that year. */
    MOVED,
    /** An additional bank holiday proclaimed for one year only (a jubilee, a royal wedding, a state funeral). */
    ONE_OFF
}
