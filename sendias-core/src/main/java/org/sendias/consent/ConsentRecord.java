package org.sendias.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A consent as given: who gave it, about whom, its scope, the wording shown, how and when, its optional expiry, and
 * its withdrawal if any. A record is never changed in place: {@link #withdraw} returns a new record, and a
 * withdrawal, once recorded, is never removed.
 *
 * <p>A consent is valid at an instant when it had been given by then, had not been withdrawn at or before it, and
 * had not expired ({@link #expiresOn} is the last valid day, in England's time zone). Whether its giver is still
 * the person entitled to consent is a separate question, answered by {@link ConsentLedger#decide}.
 *
 * <p>The record holds ids, never names or dates of birth, so {@link #toString()} is safe to log.
 *
 * @param id the record's id
 * @param tenant the service the record belongs to
 * @param caseId the case it belongs to
 * @param givenBy who gave the consent
 * @param givenAs in what capacity they gave it
 * @param about the child or young person the consent is about
 * @param scope what it covers
 * @param wordingVersion the version of the wording shown when consent was asked for, for example
 *     {@code consent-form-v3}: 1 to 100 characters
 * @param method how consent was expressed
 * @param givenAt when it was given
 * @param expiresOn the last day on which it is valid, if it expires; not before the day it was given
 * @param withdrawal its withdrawal, if withdrawn; not before it was given
 * @param recordedBy the member of staff who recorded it
 */
public record ConsentRecord(ConsentId id, TenantId tenant, CaseId caseId, PartyId givenBy, ConsentGiverRole givenAs,
        PartyId about, ConsentScope scope, String wordingVersion, ConsentMethod method, Instant givenAt,
        Optional<LocalDate> expiresOn, Optional<Withdrawal> withdrawal, UserId recordedBy) {

    /** England's time zone, in which expiry dates and the day of a decision are counted. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** The longest wording version accepted. */
    public static final int MAX_WORDING_VERSION_LENGTH = 100;

    /** Validates the record. */
    public ConsentRecord {
        Validation.required(id, "consentId");
        Validation.required(tenant, "tenant");
        Validation.required(caseId, "caseId");
        Validation.required(givenBy, "givenBy");
        Validation.required(givenAs, "givenAs");
        Validation.required(about, "about");
        Validation.required(scope, "scope");
        wordingVersion = Validation.text(wordingVersion, "wordingVersion", MAX_WORDING_VERSION_LENGTH);
        Validation.required(method, "method");
        Validation.required(givenAt, "givenAt");
        expiresOn = Validation.optional(expiresOn);
        withdrawal = Validation.optional(withdrawal);
        Validation.required(recordedBy, "recordedBy");
        if ((givenAs == ConsentGiverRole.YOUNG_PERSON) != givenBy.equals(about)) {
            throw new InvalidInputException("givenBy", givenAs == ConsentGiverRole.YOUNG_PERSON
                ? "must be the young person the consent is about when given as the young person"
                : "must be someone other than the child or young person when given as " + givenAs.inWords());
        }
        LocalDate givenOn = LocalDate.ofInstant(givenAt, ZONE);
        if (expiresOn.isPresent() && expiresOn.get().isBefore(givenOn)) {
            throw new InvalidInputException("expiresOn", "must not be before the day consent is given");
        }
        if (withdrawal.isPresent() && withdrawal.get().at().isBefore(givenAt)) {
            throw new InvalidInputException("withdrawal.at", "must not be before the consent was given");
        }
    }

    /**
     * Records the withdrawal.
     *
     * @param at when the consent was withdrawn
     * @param by who withdrew it
     * @param recordedBy the member of staff recording it
     * @return a new record carrying the withdrawal
     * @throws InvalidInputException if the consent is already withdrawn, or {@code at} is before it was given
     */
    public ConsentRecord withdraw(Instant at, PartyId by, UserId recordedBy) {
        Withdrawal w = new Withdrawal(at, by, recordedBy);
        if (withdrawal.isPresent()) {
            throw new InvalidInputException("consentId", "consent " + id + " is already withdrawn");
        }
        return new ConsentRecord(id, tenant, caseId, givenBy, givenAs, about, scope, wordingVersion, method, givenAt,
            expiresOn, Optional.of(w), recordedBy);
    }

    /** @return whether a withdrawal is recorded, at any time */
    public boolean isWithdrawn() {
        return withdrawal.isPresent();
    }

    /**
     * @param at an instant
     * @return whether the consent had been withdrawn at or before it
     */
    public boolean isWithdrawnAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return withdrawal.isPresent() && !withdrawal.get().at().isAfter(at);
    }

    /**
     * @param at an instant
     * @param zone the time zone in which the expiry date is read
     * @return whether the day of {@code at} in that zone is after the last valid day
     */
    public boolean isExpiredAt(Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        return expiresOn.isPresent() && LocalDate.ofInstant(at, zone).isAfter(expiresOn.get());
    }

    /**
     * Whether the consent stands at an instant: given by then, not withdrawn at or before it, and not expired.
     *
     * @param at an instant
     * @param zone the time zone in which the expiry date is read; sendias uses {@link #ZONE}
     * @return whether the consent is valid at that instant
     */
    public boolean isValidAt(Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at");
        return !givenAt.isAfter(at) && !isWithdrawnAt(at) && !isExpiredAt(at, zone);
    }

    /**
     * Whether the consent stands at an instant, reading the expiry date in England's time zone.
     *
     * @param at an instant
     * @return {@code isValidAt(at, ZONE)}
     */
    public boolean isValidAt(Instant at) {
        return isValidAt(at, ZONE);
    }
}
