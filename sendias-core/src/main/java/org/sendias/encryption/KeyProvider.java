package org.sendias.encryption;

import org.sendias.TenantId;

/**
 * Where a tenant's data keys come from.
 *
 * <p>An implementation backed by a key management service or a hardware security module typically stores each data
 * key wrapped (encrypted) by a master key that never leaves the service, unwraps the tenant's keys when first asked,
 * and caches them for a few minutes: callers ask for a tenant's keys once per unit of work, not once per value.
 * Rotating a key means making a new key current while the old ones stay available for reading, until everything
 * has been re-encrypted and the old key can be retired.
 *
 * <p>Implementations must be safe to call from many threads.
 */
public interface KeyProvider {

    /**
     * @param tenant the tenant
     * @return the tenant's keys: the current one and the older ones still readable
     * @throws MissingKeyException if the tenant has no key at all
     */
    TenantKeys keys(TenantId tenant);
}
