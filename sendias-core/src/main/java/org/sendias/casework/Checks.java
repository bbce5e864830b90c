package org.sendias.casework;

import org.sendias.InvalidInputException;

/** The one-line checks every command repeats. Internal. */
final class Checks {
    private Checks() {
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
