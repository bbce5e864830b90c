package org.sendias.casework;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * The identity of a statutory process a case tracks (one EHC needs assessment, one appeal).
 *
 * @param value the UUID
 */
public record ProcessId(UUID value) {
    /** Validates that the value is present. */
    public ProcessId {
        if (value == null) {
            throw new InvalidInputException("processId", "is required");
        }
    }

    /** @return a new random id */
    public static ProcessId random() {
        return new ProcessId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
