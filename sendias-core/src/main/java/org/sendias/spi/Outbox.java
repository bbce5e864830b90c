package org.sendias.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The events written with the changes they describe, for delivery at least once and in order per case.
 *
 * <p>A reader claims a batch with a lease, delivers it and acknowledges it. An event whose lease lapses without an
 * acknowledgement is claimed again (so a reader must tolerate duplicates). While an event of a case is claimed and not
 * acknowledged, no later event of the same case is handed out, so a case's events are delivered in order. A register's
 * events are ordered per tenant in the same way.
 */
public interface Outbox {

    /**
     * @param max the most events to claim
     * @param lease how long the claim lasts
     * @param now the current time
     * @return unacknowledged events not under another live lease, in sequence order, at most {@code max}
     */
    List<OutboxEntry> claim(int max, Duration lease, Instant now);

    /**
     * Checks a claim's arguments as the contract requires, for adapters to call first.
     *
     * @param max the most events to claim: at least 1
     * @param lease how long the claim lasts: positive
     * @param now the time: required
     * @throws IllegalArgumentException if max or the lease is out of range
     * @throws NullPointerException if the lease or the time is missing
     */
    static void requireClaim(int max, Duration lease, Instant now) {
        if (max < 1) {
            throw new IllegalArgumentException("max: must be at least 1");
        }
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(now, "now");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease: must be positive");
        }
    }

    /**
     * Acknowledges delivered events; they are never handed out again.
     *
     * @param sequences the events' sequences
     */
    void acknowledge(Collection<Long> sequences);

    /** @return how many events have not been acknowledged */
    long pending();
}
