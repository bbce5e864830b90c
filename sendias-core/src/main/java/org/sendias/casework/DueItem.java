package org.sendias.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineStatus;
import org.sendias.deadline.Rule;

/**
 * A deadline falling due soon in one of a service's cases.
 *
 * @param caseId the case
 * @param processId the tracked process, or empty for the service's own targets
 * @param rule the rule
 * @param due the due date
 * @param status its status on the as-of date
 * @param deadline the full deadline, with its explanation
 */
public record DueItem(CaseId caseId, Optional<ProcessId> processId, Rule rule, LocalDate due, DeadlineStatus status,
        Deadline deadline) {
}
