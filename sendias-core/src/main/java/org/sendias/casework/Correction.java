package org.sendias.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * One correction of one detail of a party (rectification, UK GDPR Article 16). Corrections are appended, never
 * edited: the party holds the corrected value and the correction keeps the value it superseded, so that, as with
 * notes, both stay and the record shows what was held before and when it changed. Anonymising the case, or erasing
 * the party, clears the superseded value ({@link #cleared()} is then true) but keeps the fact of the correction.
 *
 * <p>The superseded value is personal data: {@link #toString()} never shows it, and the event a correction produces
 * carries ids only.
 *
 * @param id the correction's id
 * @param partyId the party corrected
 * @param field which detail
 * @param at when the correction was made
 * @param by who made it
 * @param reasonCode why, as a code such as {@code typing-error}, {@code subject-request}, {@code verified-document}
 *     or {@code name-changed}: lower-case letters and digits separated by dots or hyphens, at most
 *     {@value #MAX_REASON_CODE_LENGTH} characters
 * @param previousValue the value superseded, as text (a date of birth as {@code yyyy-mm-dd}, an identifier as
 *     {@code SCHEME:value}); empty if the detail had no value before, or once cleared
 * @param cleared whether the superseded value has been cleared by anonymisation or erasure
 */
public record Correction(CorrectionId id, PartyId partyId, PartyField field, Instant at, UserId by,
        String reasonCode, Optional<String> previousValue, boolean cleared) {

    /** The longest reason code accepted. */
    public static final int MAX_REASON_CODE_LENGTH = 64;

    /** The details of a party that a correction can change. */
    public enum PartyField {
        /** The person's or organisation's name. */
        NAME,
        /** A person's date of birth. */
        DATE_OF_BIRTH,
        /** The kind of organisation (of an organisation, or of a professional's employer). */
        ORGANISATION_KIND,
        /** An organisation's public identifier, such as a school's URN. */
        IDENTIFIER
    }

    /** Validates the correction. */
    public Correction {
        Validation.required(id, "correctionId");
        Validation.required(partyId, "partyId");
        Validation.required(field, "field");
        Validation.required(at, "at");
        Validation.required(by, "by");
        reasonCode = Validation.code(reasonCode, "reasonCode", MAX_REASON_CODE_LENGTH);
        previousValue = Validation.optionalStorable(Objects.requireNonNullElse(previousValue, Optional.empty()),
            "previousValue");
        if (cleared && previousValue.isPresent()) {
            throw new InvalidInputException("previousValue", "must be empty once cleared");
        }
    }

    /** @return the same correction with the superseded value cleared */
    public Correction clearedOfPreviousValue() {
        return new Correction(id, partyId, field, at, by, reasonCode, Optional.empty(), true);
    }

    /** Shows the ids, the field and the reason code; never the superseded value. */
    @Override
    public String toString() {
        return "Correction[" + id + ", party " + partyId + ", " + field + ", " + reasonCode
            + (cleared ? ", cleared" : "") + "]";
    }
}
