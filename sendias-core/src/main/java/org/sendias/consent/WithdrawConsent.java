package org.sendias.consent;

import jakarta.validation.constraints.NotNull;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * The command to withdraw a consent, handled by {@link ConsentLedger#withdraw}. The person who gave the consent may
 * withdraw it, and so may whoever is entitled to consent at the time (a young person who has passed compulsory
 * school age may withdraw a consent their parent gave).
 *
 * @param consentId the consent to withdraw
 * @param by who withdraws it
 * @param recordedBy the member of staff recording the withdrawal
 */
public record WithdrawConsent(@NotNull ConsentId consentId, @NotNull PartyId by, @NotNull UserId recordedBy) {

    /** Validates the command. */
    public WithdrawConsent {
        Validation.required(consentId, "consentId");
        Validation.required(by, "by");
        Validation.required(recordedBy, "recordedBy");
    }
}
