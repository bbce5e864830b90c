package org.sendias.encryption;

import java.util.Objects;
import org.sendias.TenantId;

/** A key that a tenant's data needs is not available: never created, retired, or not supplied by the provider. */
public final class MissingKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient TenantId tenant;
    private final String keyId;

    /**
     * @param tenant the tenant
     * @param keyId the id of the key asked for, or {@code null} when the tenant has no key at all
     */
    public MissingKeyException(TenantId tenant, String keyId) {
        super(keyId == null ? "tenant " + Objects.requireNonNull(tenant, "tenant") + " has no encryption key"
            : "tenant " + Objects.requireNonNull(tenant, "tenant") + " has no encryption key with id " + keyId
                + " (never created, or retired)");
        this.tenant = tenant;
        this.keyId = keyId;
    }

    /** @return the tenant */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the id of the key asked for, or {@code null} when the tenant has no key at all */
    public String keyId() {
        return keyId;
    }
}
