package org.sendias.spi;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditHead;
import org.sendias.audit.AuditVerification;
import org.sendias.audit.AuditVerifier;

/**
 * The audit trail's storage: append-only, one hash chain per tenant ({@link org.sendias.audit.AuditChain}), read by
 * period or by sequence, and verified.
 *
 * <p>An adapter chains the audit records of a unit of work when it commits, under a lock on the tenant's head, so
 * that concurrent units of work of one tenant produce one chain with sequences 1, 2, 3... and no gaps, and a unit of
 * work that rolls back writes nothing and uses no sequence number.
 */
public interface AuditTrail {
    /** The most events {@link #read(TenantId, long, int)} returns at once. */
    int MAX_PAGE = 10_000;

    /**
     * @param tenant the service
     * @param from the first instant, inclusive
     * @param to the last instant, exclusive
     * @return the tenant's events recorded in the period, in sequence order
     */
    List<AuditEvent> read(TenantId tenant, Instant from, Instant to);

    /**
     * Reads a page of the tenant's chain.
     *
     * @param tenant the service
     * @param afterSequence the sequence after which to start (0 for the first page)
     * @param limit the most events to return, 1 to {@link #MAX_PAGE}
     * @return the tenant's events with sequences above {@code afterSequence}, in sequence order, at most
     *     {@code limit}
     * @throws org.sendias.InvalidInputException if {@code afterSequence} is negative or {@code limit} out of range
     */
    List<AuditEvent> read(TenantId tenant, long afterSequence, int limit);

    /**
     * @param tenant the service
     * @return the head of the tenant's chain as the store recorded it at its last commit, or empty if the tenant has
     *     no events
     */
    Optional<AuditHead> head(TenantId tenant);

    /**
     * Checks the arguments of {@link #read(TenantId, long, int)} as the contract requires, for adapters to call
     * first.
     *
     * @param afterSequence the sequence to read after: not negative
     * @param limit the most events: 1 to {@value #MAX_PAGE}
     * @throws InvalidInputException if either is out of range
     */
    static void requirePage(long afterSequence, int limit) {
        if (afterSequence < 0) {
            throw new InvalidInputException("afterSequence", "must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_PAGE);
        }
    }

    /**
     * Verifies the tenant's stored chain against the head the store itself recorded. The head is read first, so
     * events committed while the chain is read are checked for their links but do not count against it. The stored
     * head is kept in the same database as the events: to catch a rewrite by someone who can change both, use
     * {@link #verify(TenantId, AuditHead)} with a head recorded elsewhere.
     *
     * @param tenant the service
     * @return what was found
     */
    default AuditVerification verify(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Optional<AuditHead> stored = head(tenant);
        return AuditVerifier.verify(tenant, pages(tenant), stored);
    }

    /**
     * Verifies the tenant's stored chain against a head recorded earlier, outside the store (an anchor): besides
     * changed, missing, added and moved events, it finds a chain that ends before the anchor or was rebuilt through
     * it.
     *
     * @param tenant the service
     * @param anchor a head of this tenant, as {@link #head(TenantId)} returned it earlier
     * @return what was found
     * @throws org.sendias.InvalidInputException if the anchor belongs to another tenant
     */
    default AuditVerification verify(TenantId tenant, AuditHead anchor) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(anchor, "anchor");
        return AuditVerifier.verify(tenant, pages(tenant), Optional.of(anchor));
    }

    /**
     * @param tenant the service
     * @return the tenant's events in sequence order, read in pages of 1,000
     */
    private Iterator<AuditEvent> pages(TenantId tenant) {
        return new Iterator<>() {
            private List<AuditEvent> page = List.of();
            private int next;
            private long after;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = read(tenant, after, 1000);
                next = 0;
                last = page.size() < 1000;
                if (!page.isEmpty()) {
                    after = Math.max(after, page.get(page.size() - 1).sequence());
                }
                return !page.isEmpty();
            }

            @Override
            public AuditEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }
}
