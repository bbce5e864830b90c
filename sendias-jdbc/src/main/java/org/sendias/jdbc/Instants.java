package org.sendias.jdbc;

import java.time.Instant;
import org.sendias.InvalidInputException;

/** Instants as nanoseconds since the epoch: exact, and ordered as numbers, from 1677 to 2262. */
final class Instants {
    /** The earliest instant stored: nanoseconds in a {@code long}. */
    static final Instant MIN = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The latest instant stored. */
    static final Instant MAX = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private Instants() {
    }

    static long toNanos(Instant at, String field) {
        if (at.isBefore(MIN) || at.isAfter(MAX)) {
            throw new InvalidInputException(field, "must be between " + MIN + " and " + MAX + " to be stored");
        }
        long seconds = at.getEpochSecond();
        long nanos = at.getNano();
        if (seconds < 0 && nanos > 0) {
            seconds++;
            nanos -= 1_000_000_000L;
        }
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
    }

    /** @return the nanoseconds, or the nearest bound for instants outside the range (for searching) */
    static long clamp(Instant at) {
        return at.isBefore(MIN) ? Long.MIN_VALUE : at.isAfter(MAX) ? Long.MAX_VALUE : toNanos(at, "at");
    }

    static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
