package org.sendias.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * The conflict-of-interest clearance an allocation relies on: the adviser was checked against this version of the
 * case and found clear, or a potential conflict was waived by a manager. {@code org.sendias.conflicts.Allocator}
 * produces clearances from a conflict check; a case refuses an allocation without one, with one for another adviser,
 * or with one made against an earlier version of the case (its parties may have changed since).
 *
 * @param adviser the adviser checked
 * @param caseVersion the version of the case the check ran against
 * @param basis clear, or waived
 * @param waiver the manager's decision, present exactly when the basis is {@link Basis#WAIVED}
 */
public record Clearance(UserId adviser, long caseVersion, Basis basis, Optional<Waiver> waiver) {

    /** Why the adviser may be allocated. */
    public enum Basis {
        /** The check found nothing. */
        CLEAR,
        /** The check found a potential conflict and a manager waived it. */
        WAIVED
    }

    /**
     * A manager's recorded decision to allow an allocation despite a potential conflict.
     *
     * @param decidedBy the manager; never the adviser concerned
     * @param reason why, 1 to 2000 characters (not printed by {@link #toString()})
     * @param decidedAt when
     */
    public record Waiver(UserId decidedBy, String reason, Instant decidedAt) {
        /** Validates the waiver. */
        public Waiver {
            Validation.required(decidedBy, "waiver.decidedBy");
            Validation.textAsGiven(reason, "waiver.reason", 2000);
            Validation.required(decidedAt, "waiver.decidedAt");
        }

        /** Shows who decided and when, not the reason. */
        @Override
        public String toString() {
            return "Waiver[" + decidedBy + ", " + decidedAt + "]";
        }
    }

    /** Validates the clearance. */
    public Clearance {
        Validation.required(adviser, "clearance.adviser");
        if (caseVersion < 1) {
            throw new InvalidInputException("clearance.caseVersion", "must be a case version (1 or more)");
        }
        Validation.required(basis, "clearance.basis");
        waiver = Objects.requireNonNullElse(waiver, Optional.empty());
        if (basis == Basis.WAIVED && waiver.isEmpty()) {
            throw new InvalidInputException("clearance.waiver", "a potential conflict needs a manager's recorded "
                + "decision");
        }
        if (basis == Basis.CLEAR && waiver.isPresent()) {
            throw new InvalidInputException("clearance.waiver", "a clear check needs no waiver");
        }
        if (waiver.isPresent() && waiver.get().decidedBy().equals(adviser)) {
            throw new InvalidInputException("clearance.waiver.decidedBy", "the adviser cannot waive their own "
                + "potential conflict: a manager decides");
        }
    }
}
