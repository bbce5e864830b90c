package org.sendias;

import java.util.regex.Pattern;

/**
 * A member of staff (or a system account) as the embedding system identifies them. sendias logs and audits user ids,
 * never names.
 *
 * @param value 1 to 128 printable characters without spaces, for example {@code adviser-17}
 */
public record UserId(String value) {
    private static final Pattern FORM = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /** Validates the form. */
    public UserId {
        if (value == null) {
            throw new InvalidInputException("user", "is required");
        }
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInputException("user", "must be 1 to 128 printable characters without spaces");
        }
    }

    /**
     * @param value the identifier
     * @return the user id
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
