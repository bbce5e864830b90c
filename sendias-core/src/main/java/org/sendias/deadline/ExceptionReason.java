package org.sendias.deadline;

/**
 * The circumstances in which the SEND Regulations release a time limit (Regs 5(4), 8(2), 10(4), 13(3), 27(3), 44(3)).
 * When one applies the duty becomes "as soon as practicable": the limit does not bind, and no weeks are added.
 */
public enum ExceptionReason {
    /**
     * Advice was requested from a school, post-16 institution or early-years setting in the window from one week
     * before it closes for 4 or more continuous weeks to one week before it reopens.
     */
    INSTITUTION_CLOSURE,
    /** Exceptional personal circumstances affect the child, the parent or the young person. */
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
    /**
     * The child, parent or young person is absent from the local authority's area for a continuous period: 4 weeks or
     * more, or 2 weeks or more for a tribunal order (Reg 44(3)).
     */
    ABSENT_FROM_AREA,
    /** The child, parent or young person failed to keep an appointment (Reg 8(2), advice only). */
    APPOINTMENT_NOT_KEPT
}
