package org.sendias.consent;

import java.time.Instant;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * The withdrawal of a consent: from this instant on, nothing more may be shared in reliance on it.
 *
 * @param at when the consent was withdrawn
 * @param by who withdrew it (the person who gave it, or the person entitled to consent at the time)
 * @param recordedBy the member of staff who recorded the withdrawal
 */
public record Withdrawal(Instant at, PartyId by, UserId recordedBy) {

    /** Validates that every part is present. */
    public Withdrawal {
        Validation.required(at, "withdrawal.at");
        Validation.required(by, "withdrawal.by");
        Validation.required(recordedBy, "withdrawal.recordedBy");
    }
}
