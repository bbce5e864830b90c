package org.sendias.casework;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A note's identity.
 *
 * @param value the UUID
 */
public record NoteId(UUID value) {
    /** Validates that the value is present. */
    public NoteId {
        if (value == null) {
            throw new InvalidInputException("noteId", "is required");
        }
    }

    /** @return a new random id */
    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
