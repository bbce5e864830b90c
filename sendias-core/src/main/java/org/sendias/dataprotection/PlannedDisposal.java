package org.sendias.dataprotection;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * One case in a disposal plan: where it stands, and what is due.
 *
 * @param caseId the case
 * @param version the version of the case the plan was made on
 * @param status due, or why not
 * @param action the disposal due: present exactly when the status is {@link DisposalStatus#DUE}
 * @param retentionEndsOn the day retention ends under the schedule, when it can be known
 */
public record PlannedDisposal(CaseId caseId, long version, DisposalStatus status, Optional<DisposalMethod> action,
        Optional<LocalDate> retentionEndsOn) {

    /** Validates the entry. */
    public PlannedDisposal {
        Validation.required(caseId, "caseId");
        Validation.required(status, "status");
        action = Objects.requireNonNullElse(action, Optional.empty());
        retentionEndsOn = Objects.requireNonNullElse(retentionEndsOn, Optional.empty());
        if (action.isPresent() != (status == DisposalStatus.DUE)) {
            throw new InvalidInputException("action", "is given exactly when the case is due");
        }
    }

    /** @return whether disposal is due */
    public boolean isDue() {
        return status == DisposalStatus.DUE;
    }
}
