package org.sendias.impartiality;

import java.time.LocalDate;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/**
 * A closed case as {@link QualitySample} sees it: no content, only who advised and when it closed.
 *
 * @param caseId the case
 * @param adviser the adviser the case is attributed to for quality review
 * @param closedOn the date the case closed (its latest closure, if it was reopened)
 */
public record ClosedCaseSummary(CaseId caseId, UserId adviser, LocalDate closedOn) {

    /** Validates the summary. */
    public ClosedCaseSummary {
        if (caseId == null) {
            throw new InvalidInputException("closedCase.caseId", "is required");
        }
        if (adviser == null) {
            throw new InvalidInputException("closedCase.adviser", "is required");
        }
        if (closedOn == null) {
            throw new InvalidInputException("closedCase.closedOn", "is required");
        }
    }
}
