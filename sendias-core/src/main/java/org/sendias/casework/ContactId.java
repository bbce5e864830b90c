package org.sendias.casework;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A contact's identity.
 *
 * @param value the UUID
 */
public record ContactId(UUID value) {
    /** Validates that the value is present. */
    public ContactId {
        if (value == null) {
            throw new InvalidInputException("contactId", "is required");
        }
    }

    /** @return a new random id */
    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
