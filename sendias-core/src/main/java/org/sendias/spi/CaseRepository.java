package org.sendias.spi;

import java.util.List;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;

/**
 * Where cases are kept. An adapter must keep tenants apart, save a change and its events together or not at all,
 * and refuse a change made to a version that is no longer the stored one ({@link StaleCaseException}), so that two
 * caseworkers cannot silently overwrite each other.
 */
public interface CaseRepository {

    /**
     * @param tenant the service
     * @param id the case
     * @return the stored case, or empty if the tenant has no such case
     */
    Optional<Case> find(TenantId tenant, CaseId id);

    /**
     * Saves a change: inserts a new case ({@code change.before() == null}) or replaces the stored version
     * {@code change.before().version()} with {@code change.after()}, and appends the change's events to the outbox.
     *
     * @param change the change
     * @throws StaleCaseException if the case already exists (for an insert) or the stored version is not the one
     *     the change was made to; nothing is written
     */
    void save(CaseChange change);

    /**
     * @param tenant the service
     * @return every case of the tenant, in no particular order
     */
    List<Case> findAll(TenantId tenant);
}
