package org.sendias;

import java.util.Objects;
import java.util.UUID;

/**
 * A case's identity: random, so that it says nothing about the family.
 *
 * @param value the UUID
 */
public record CaseId(UUID value) {

    /** Validates that the value is present. */
    public CaseId {
        if (value == null) {
            throw new InvalidInputException("caseId", "is required");
        }
    }

    /** @return a new random id */
    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its usual text form
     * @return the id
     * @throws InvalidInputException if the text is not a UUID
     */
    public static CaseId parse(String text) {
        try {
            return new CaseId(UUID.fromString(Objects.requireNonNull(text, "text")));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("caseId", "is not a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
