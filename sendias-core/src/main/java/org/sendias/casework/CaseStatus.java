package org.sendias.casework;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its life, with the transitions allowed from each status.
 *
 * <pre>
 * HELD ──release──▶ OPEN ◀──▶ PAUSED
 *   │                 │          │
 *   └──────────────▶ CLOSED ◀────┘
 *                     │  ▲
 *                     ▼  │
 *                   REOPENED ◀──▶ PAUSED
 * </pre>
 */
public enum CaseStatus {
    /**
     * A third-party referral waiting for the parent's or young person's consent: nothing but contact attempts may be
     * recorded (commissioning specification 5.2).
     */
    HELD,
    /** The service is working with the family. */
    OPEN,
    /** Work is paused, for example while the family waits for a decision. */
    PAUSED,
    /** Work has ended. */
    CLOSED,
    /** A closed case the family came back to. */
    REOPENED;

    /** @return the statuses this one may move to */
    public Set<CaseStatus> allowedNext() {
        return switch (this) {
            case HELD -> Collections.unmodifiableSet(EnumSet.of(OPEN, CLOSED));
            case OPEN, REOPENED -> Collections.unmodifiableSet(EnumSet.of(PAUSED, CLOSED));
            case PAUSED -> Collections.unmodifiableSet(EnumSet.of(OPEN, CLOSED));
            case CLOSED -> Collections.unmodifiableSet(EnumSet.of(REOPENED));
        };
    }

    /**
     * @param next a status
     * @return whether a case in this status may move to {@code next}
     */
    public boolean canMoveTo(CaseStatus next) {
        return allowedNext().contains(next);
    }

    /** @return whether work with the family may be recorded (everything but contact attempts needs this) */
    public boolean isActive() {
        return this == OPEN || this == PAUSED || this == REOPENED;
    }
}
