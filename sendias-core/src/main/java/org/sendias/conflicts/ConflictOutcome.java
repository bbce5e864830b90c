package org.sendias.conflicts;

/** The result of a conflict-of-interest check, from least to most serious. */
public enum ConflictOutcome {
    /** Nothing found: the adviser may be allocated. */
    CLEAR,
    /** Something found that needs a manager's recorded decision before the adviser is allocated. */
    POTENTIAL,
    /** A conflict: the adviser must not work on the case, and is walled off from it. */
    CONFLICT;

    /**
     * @param other another outcome
     * @return the more serious of the two
     */
    public ConflictOutcome worst(ConflictOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
