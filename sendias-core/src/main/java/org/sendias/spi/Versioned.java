package org.sendias.spi;

import java.util.Objects;

/**
 * A stored value and its version, for optimistic concurrency.
 *
 * @param <T> the value's type
 * @param value the value
 * @param version its version: 0 when nothing is stored yet
 */
public record Versioned<T>(T value, long version) {
    /** Validates the fields. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 0) {
            throw new IllegalArgumentException("version: must not be negative");
        }
    }
}
