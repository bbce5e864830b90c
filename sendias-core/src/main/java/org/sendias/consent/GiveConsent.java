package org.sendias.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * The command to record a consent, handled by {@link ConsentLedger#give}. The ledger works out whom the consent is
 * about and in what capacity it is given from the {@link ConsentAuthority} of the day, and refuses a giver who is
 * not entitled.
 *
 * @param givenBy who gives consent
 * @param scope what it covers
 * @param wordingVersion the version of the wording shown, 1 to 100 characters, for example {@code consent-form-v3}
 * @param method how consent is expressed
 * @param expiresOn the last day on which it is valid, if it should expire
 * @param recordedBy the member of staff recording it
 */
public record GiveConsent(
        @NotNull PartyId givenBy,
        @NotNull ConsentScope scope,
        @NotBlank @Size(max = ConsentRecord.MAX_WORDING_VERSION_LENGTH) String wordingVersion,
        @NotNull ConsentMethod method,
        Optional<LocalDate> expiresOn,
        @NotNull UserId recordedBy) {

    /** Validates the command. */
    public GiveConsent {
        Validation.required(givenBy, "givenBy");
        Validation.required(scope, "scope");
        wordingVersion = Validation.text(wordingVersion, "wordingVersion", ConsentRecord.MAX_WORDING_VERSION_LENGTH);
        Validation.required(method, "method");
        expiresOn = Validation.optional(expiresOn);
        Validation.required(recordedBy, "recordedBy");
    }
}
