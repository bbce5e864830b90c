package org.sendias.casework;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A recorded outcome's identity.
 *
 * @param value the UUID
 */
public record OutcomeId(UUID value) {
    /** Validates that the value is present. */
    public OutcomeId {
        if (value == null) {
            throw new InvalidInputException("outcomeId", "is required");
        }
    }

    /** @return a new random id */
    public static OutcomeId random() {
        return new OutcomeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
