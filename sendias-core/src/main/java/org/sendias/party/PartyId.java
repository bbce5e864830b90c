package org.sendias.party;

import java.util.UUID;
import org.sendias.InvalidInputException;

/**
 * A party's identity within its case: random, so it says nothing about the person.
 *
 * @param value the UUID
 */
public record PartyId(UUID value) {

    /** Validates that the value is present. */
    public PartyId {
        if (value == null) {
            throw new InvalidInputException("partyId", "is required");
        }
    }

    /** @return a new random id */
    public static PartyId random() {
        return new PartyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
