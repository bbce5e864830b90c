package org.sendias.consent;

import java.util.Objects;
import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A consent record's identity: random, so that it says nothing about the family.
 *
 * @param value the UUID
 */
public record ConsentId(UUID value) {

    /** Validates that the value is present. */
    public ConsentId {
        if (value == null) {
            throw new InvalidInputException("consentId", "is required");
        }
    }

    /** @return a new random id */
    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     * @throws InvalidInputException if the text is not a UUID
     */
    public static ConsentId parse(String text) {
        try {
            return new ConsentId(UUID.fromString(Objects.requireNonNull(text, "text")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("consentId", "is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
