package org.sendias;

import java.util.regex.Pattern;

/**
 * The service a record belongs to. sendias never lets one tenant's records reach another's queries.
 *
 * @param value a short stable identifier chosen by the embedding system, for example {@code iass-camden}: 1 to 64
 *     letters, digits, dots, hyphens or underscores
 */
public record TenantId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Validates the form. */
    public TenantId {
        if (value == null) {
            throw new InvalidInputException("tenant", "is required");
        }
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInputException("tenant", "must be 1 to 64 letters, digits, '.', '-' or '_'");
        }
    }

    /**
     * @param value the identifier
     * @return the tenant id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
