package org.sendias.encryption;

import java.util.Objects;
import org.sendias.TenantId;

/**
 * A value could not be encrypted or decrypted. The message names the tenant, the field and the key id, and says
 * what went wrong; it never contains the value, in plain text or encrypted.
 */
public final class FieldCipherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient TenantId tenant;
    private final String field;
    private final String keyId;

    /**
     * @param tenant the tenant
     * @param field the field's name
     * @param keyId the key id, or {@code null} if it is not known (the text was not an encrypted value)
     * @param problem what went wrong, without the value
     * @param cause the underlying failure, or {@code null}
     */
    public FieldCipherException(TenantId tenant, String field, String keyId, String problem, Throwable cause) {
        super("field " + field + " of tenant " + Objects.requireNonNull(tenant, "tenant")
            + (keyId == null ? "" : " under key " + keyId) + ": " + problem, cause);
        this.tenant = tenant;
        this.field = field;
        this.keyId = keyId;
    }

    /** @return the tenant */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the field's name */
    public String field() {
        return field;
    }

    /** @return the key id, or {@code null} if it is not known */
    public String keyId() {
        return keyId;
    }
}
