package org.sendias.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.TenantId;

/**
 * An event waiting in the outbox.
 *
 * @param sequence its position: increasing in the order events were committed
 * @param tenant the service
 * @param caseId the case, for a case's event; empty for a register's event
 * @param type the event's type, for example {@code case.opened}
 * @param event the event ({@link org.sendias.DomainEvent} or {@link org.sendias.conflicts.RegisterEvent})
 * @param deliveries how many times it has been claimed, this time included
 * @param leasedUntil when the current claim lapses and the event may be claimed again
 */
public record OutboxEntry(long sequence, TenantId tenant, Optional<CaseId> caseId, String type, Record event,
        int deliveries, Instant leasedUntil) {
    /** Validates the fields. */
    public OutboxEntry {
        Objects.requireNonNull(tenant, "tenant");
        caseId = Objects.requireNonNullElse(caseId, Optional.empty());
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(leasedUntil, "leasedUntil");
    }
}
