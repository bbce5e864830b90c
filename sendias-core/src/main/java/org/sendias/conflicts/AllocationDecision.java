package org.sendias.conflicts;

import java.util.Objects;
import org.sendias.casework.CaseChange;

/** What happened when an adviser was put forward for a case: allocated, waiting for a manager, or refused. */
public sealed interface AllocationDecision {

    /** @return the conflict check the decision rests on */
    ConflictReport report();

    /**
     * The adviser was allocated: the check was clear, or a potential conflict was waived.
     *
     * @param change the case change to save
     * @param report the check
     */
    record Allocated(CaseChange change, ConflictReport report) implements AllocationDecision {
        /** Validates the fields. */
        public Allocated {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A potential conflict: a manager (not the adviser) must record a decision before the adviser is allocated.
     *
     * @param report the check
     */
    record WaiverNeeded(ConflictReport report) implements AllocationDecision {
        /** Validates the fields. */
        public WaiverNeeded {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A conflict: the adviser is not allocated and is walled off from the case.
     *
     * @param report the check
     * @param wallOff the case change that records the wall, to save
     */
    record Refused(ConflictReport report, CaseChange wallOff) implements AllocationDecision {
        /** Validates the fields. */
        public Refused {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(wallOff, "wallOff");
        }
    }
}
