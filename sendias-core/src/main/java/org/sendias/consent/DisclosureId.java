package org.sendias.consent;

import java.util.Objects;
import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A safeguarding disclosure's identity: random, so that it says nothing about the family.
 *
 * @param value the UUID
 */
public record DisclosureId(UUID value) {

    /** Validates that the value is present. */
    public DisclosureId {
        if (value == null) {
            throw new InvalidInputException("disclosureId", "is required");
        }
    }

    /** @return a new random id */
    public static DisclosureId random() {
        return new DisclosureId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     * @throws InvalidInputException if the text is not a UUID
     */
    public static DisclosureId parse(String text) {
        try {
            return new DisclosureId(UUID.fromString(Objects.requireNonNull(text, "text")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("disclosureId", "is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
