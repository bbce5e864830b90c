package org.sendias.conflicts;

/** Where an adviser stands on the current declaration year's annual declaration. */
public enum AnnualDeclarationStatus {
    /** The adviser has made this year's declaration (a nil return counts). */
    UP_TO_DATE,
    /** Not made yet, but the year's grace period has not passed. */
    DUE,
    /** Not made, and the grace period has passed. */
    OVERDUE
}
