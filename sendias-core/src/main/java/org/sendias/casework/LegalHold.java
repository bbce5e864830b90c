package org.sendias.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * A legal hold on a case: while it is active the case is neither anonymised nor deleted, whatever its retention
 * schedule says, and a request to erase it is refused. A hold is placed for a reason given as a code (for example
 * {@code tribunal-appeal}, {@code complaint}, {@code ico-investigation}, {@code litigation}) with an optional short
 * description; it stays in the case's history once released.
 *
 * <p>The description is free text and may mention people, so it never appears in {@link #toString()}, in events, in
 * messages or in the audit trail, and anonymising the case removes it. The reason code may be logged.
 *
 * @param id the hold's id
 * @param reasonCode why the hold was placed: a code of lower-case letters and digits separated by dots or hyphens,
 *     at most {@value #MAX_REASON_CODE_LENGTH} characters
 * @param description a short description, at most {@value #MAX_DESCRIPTION_LENGTH} characters; blank means none
 * @param placedAt when it was placed
 * @param placedBy who placed it
 * @param released its release, once released
 */
public record LegalHold(LegalHoldId id, String reasonCode, Optional<String> description, Instant placedAt,
        UserId placedBy, Optional<Released> released) {

    /** The longest reason code accepted. */
    public static final int MAX_REASON_CODE_LENGTH = 64;
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    /**
     * The release of a hold.
     *
     * @param at when it was released; not before it was placed
     * @param by who released it
     */
    public record Released(Instant at, UserId by) {
        /** Validates that both parts are present. */
        public Released {
            Validation.required(at, "released.at");
            Validation.required(by, "released.by");
        }
    }

    /** Validates the hold. */
    public LegalHold {
        Validation.required(id, "holdId");
        reasonCode = Validation.code(reasonCode, "reasonCode", MAX_REASON_CODE_LENGTH);
        description = Validation.optionalText(description, "description", MAX_DESCRIPTION_LENGTH);
        Validation.required(placedAt, "placedAt");
        Validation.required(placedBy, "placedBy");
        released = Objects.requireNonNullElse(released, Optional.empty());
        if (released.isPresent() && released.get().at().isBefore(placedAt)) {
            throw new InvalidInputException("released.at", "must not be before the hold was placed");
        }
    }

    /** @return whether the hold is still in force */
    public boolean isActive() {
        return released.isEmpty();
    }

    /**
     * @param at when
     * @param by who releases it
     * @return the same hold, released
     * @throws InvalidInputException if it is already released, or {@code at} is before it was placed
     */
    public LegalHold release(Instant at, UserId by) {
        if (released.isPresent()) {
            throw new InvalidInputException("holdId", "legal hold " + id + " is already released");
        }
        return new LegalHold(id, reasonCode, description, placedAt, placedBy, Optional.of(new Released(at, by)));
    }

    /** @return the same hold without its description (anonymisation) */
    public LegalHold withoutDescription() {
        return new LegalHold(id, reasonCode, Optional.empty(), placedAt, placedBy, released);
    }

    /** Shows the id, reason code and whether the hold is active; never the description. */
    @Override
    public String toString() {
        return "LegalHold[" + id + ", " + reasonCode + (isActive() ? ", active" : ", released") + "]";
    }
}
