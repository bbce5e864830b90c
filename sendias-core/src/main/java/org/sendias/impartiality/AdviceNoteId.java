package org.sendias.impartiality;

import java.util.Objects;
import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * An advice note's identity: random, so that it says nothing about the family.
 *
 * @param value the UUID
 */
public record AdviceNoteId(UUID value) {

    /** Validates that the value is present. */
    public AdviceNoteId {
        if (value == null) {
            throw new InvalidInputException("adviceNoteId", "is required");
        }
    }

    /** @return a new random id */
    public static AdviceNoteId random() {
        return new AdviceNoteId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its usual text form, as {@link #toString()} writes it
     * @return the id
     * @throws InvalidInputException if the text is not a UUID
     */
    public static AdviceNoteId parse(String text) {
        try {
            return new AdviceNoteId(UUID.fromString(Objects.requireNonNull(text, "text")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("adviceNoteId", "is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
