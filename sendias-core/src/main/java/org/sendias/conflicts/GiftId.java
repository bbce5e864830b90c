package org.sendias.conflicts;

import java.util.Objects;
import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * An entry's identity in the gifts and hospitality register: random, so that it says nothing about the giver.
 *
 * @param value the UUID
 */
public record GiftId(UUID value) {

    /** Validates that the value is present. */
    public GiftId {
        if (value == null) {
            throw new InvalidInputException("giftId", "is required");
        }
    }

    /** @return a new random id */
    public static GiftId random() {
        return new GiftId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     * @throws InvalidInputException if the text is not a UUID
     */
    public static GiftId parse(String text) {
        try {
            return new GiftId(UUID.fromString(Objects.requireNonNull(text, "text")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("giftId", "is not a UUID", e);
        }
    }

    /** @return the UUID's text form, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return value.toString();
    }
}
