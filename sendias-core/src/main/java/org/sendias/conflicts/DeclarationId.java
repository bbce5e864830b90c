package org.sendias.conflicts;

import java.util.Objects;
import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A declared interest's identity: random, so that it says nothing about the adviser or whom they declared.
 *
 * @param value the UUID
 */
public record DeclarationId(UUID value) {

    /** Validates that the value is present. */
    public DeclarationId {
        if (value == null) {
            throw new InvalidInputException("declarationId", "is required");
        }
    }

    /** @return a new random id */
    public static DeclarationId random() {
        return new DeclarationId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     * @throws InvalidInputException if the text is not a UUID
     */
    public static DeclarationId parse(String text) {
        try {
            return new DeclarationId(UUID.fromString(Objects.requireNonNull(text, "text")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("declarationId", "is not a UUID", e);
        }
    }

    /** @return the UUID's text form, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return value.toString();
    }
}
