package org.sendias.casework;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * The identity of a correction to a party's details.
 *
 * @param value the UUID
 */
public record CorrectionId(UUID value) {
    /** Validates that the value is present. */
    public CorrectionId {
        if (value == null) {
            throw new InvalidInputException("correctionId", "is required");
        }
    }

    /** @return a new random id */
    public static CorrectionId random() {
        return new CorrectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
