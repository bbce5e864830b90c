package org.sendias.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * An outcome recorded on a case: what, on which day, and who recorded it when. It holds no free text, so it survives
 * anonymisation unchanged and may be counted in the commissioner's figures.
 *
 * @param id the outcome's id
 * @param kind what happened or was reported
 * @param on the day it happened or was reported
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record RecordedOutcome(OutcomeId id, OutcomeKind kind, LocalDate on, Instant recordedAt, UserId recordedBy) {
    /** Validates that every part is present. */
    public RecordedOutcome {
        Validation.required(id, "outcome.id");
        Validation.required(kind, "outcome.kind");
        Validation.required(on, "outcome.on");
        Validation.required(recordedAt, "outcome.recordedAt");
        Validation.required(recordedBy, "outcome.recordedBy");
    }
}
