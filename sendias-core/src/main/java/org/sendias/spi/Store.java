package org.sendias.spi;

import java.util.function.Function;
import org.sendias.TenantId;

/**
 * A storage adapter: units of work for one tenant at a time, the outbox of events and the audit trail.
 *
 * <p>The contract every adapter keeps (the conformance kit in {@code sendias-testkit} checks it):
 * <ul>
 *   <li>everything a unit of work writes commits together when the work returns, or not at all when it throws;</li>
 *   <li>a write made against a version that is no longer the stored one fails with {@link StaleCaseException} (cases)
 *       or {@link StaleRegisterException} (registers), and nothing of that unit of work is written;</li>
 *   <li>a unit of work sees and changes one tenant's data only;</li>
 *   <li>the events of a change are in the outbox exactly when the change is stored.</li>
 * </ul>
 */
public interface Store {

    /**
     * Runs work in one unit of work for one tenant.
     *
     * @param <T> what the work returns
     * @param tenant the service
     * @param work the work; throwing from it rolls everything back
     * @return what the work returned, once committed
     * @throws StaleCaseException or {@link StaleRegisterException} if a write conflicts; nothing was written
     */
    <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work);

    /** @return the outbox of domain events, for readers that deliver them */
    Outbox outbox();

    /** @return the audit trail */
    AuditTrail auditTrail();
}
