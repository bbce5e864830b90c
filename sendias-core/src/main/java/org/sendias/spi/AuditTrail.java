package org.sendias.spi;

import java.time.Instant;
import java.util.List;
import org.sendias.TenantId;

/** The audit trail's storage: append-only, read by tenant and period. */
public interface AuditTrail {

    /**
     * @param tenant the service
     * @param from the first instant, inclusive
     * @param to the last instant, exclusive
     * @return the tenant's records in the period, in the order they were committed
     */
    List<AuditRecord> read(TenantId tenant, Instant from, Instant to);
}
