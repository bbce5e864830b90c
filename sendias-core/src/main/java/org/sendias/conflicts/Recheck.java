package org.sendias.conflicts;

import java.util.List;
import java.util.Objects;
import org.sendias.casework.CaseChange;

/** The result of re-running the check for a case's allocated adviser after a party or a declaration was added. */
public sealed interface Recheck {

    /** The case has no allocated adviser: nothing to re-check. */
    record NoAdviser() implements Recheck {
    }

    /**
     * The allocated adviser may stay.
     *
     * @param report the check (clear, or potential conflicts that an existing waiver or a manager must look at)
     */
    record StillAllowed(ConflictReport report) implements Recheck {
        /** Validates the fields. */
        public StillAllowed {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A new potential conflict for the allocated adviser: a manager must record a decision.
     *
     * @param report the check
     */
    record DecisionNeeded(ConflictReport report) implements Recheck {
        /** Validates the fields. */
        public DecisionNeeded {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A conflict for the allocated adviser: they are walled off and removed, and the case needs another adviser.
     *
     * @param report the check
     * @param wallOff the case change that removes and walls off the adviser, to save
     * @param suggestions advisers whose check is clear, lightest caseload first
     */
    record ReassignmentNeeded(ConflictReport report, CaseChange wallOff, List<AdviserSuggestion> suggestions)
            implements Recheck {
        /** Validates the fields. */
        public ReassignmentNeeded {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(wallOff, "wallOff");
            suggestions = List.copyOf(suggestions);
        }
    }
}
