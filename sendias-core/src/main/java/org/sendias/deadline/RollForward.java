package org.sendias.deadline;

/** What happens when the last day of a time limit is not a working day. */
public enum RollForward {
    /** The deadline stays where it falls, even on a weekend or bank holiday (the SEND Regulations). */
    NONE,
    /** The deadline moves to the next working day (HESC r.12(2); the ICO's practice for subject access). */
    NEXT_WORKING_DAY,
    /**
     * The tribunal's rule for SEN appeals (HESC r.12(3)(a), then r.12(2)): a last day from 25 December to 1 January
     * moves to the first working day after 1 January, and a last day in August to the first working day after
     * 31 August. It does not apply to disability discrimination claims.
     */
    HESC_SEN_APPEAL
}
