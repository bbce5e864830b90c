package org.sendias;

import java.time.Instant;

/**
 * Something that changed, as a value: every state change of a case, a consent or a disclosure produces one, ready
 * for a store to write to an outbox in the same transaction as the change. Events carry ids, never names, notes or
 * dates of birth, so they can be logged and forwarded safely.
 */
public interface DomainEvent {
    /** @return the service the change belongs to */
    TenantId tenant();

    /** @return the case it belongs to */
    CaseId caseId();

    /** @return when it happened */
    Instant at();

    /** @return who made the change */
    UserId by();

    /** @return a stable name for the kind of event, for example {@code case.opened} */
    String type();
}
