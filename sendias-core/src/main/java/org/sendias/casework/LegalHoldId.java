package org.sendias.casework;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * The identity of a legal hold on a case.
 *
 * @param value the UUID
 */
public record LegalHoldId(UUID value) {
    /** Validates that the value is present. */
    public LegalHoldId {
        if (value == null) {
            throw new InvalidInputException("holdId", "is required");
        }
    }

    /** @return a new random id */
    public static LegalHoldId random() {
        return new LegalHoldId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
