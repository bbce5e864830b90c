package org.sendias.encryption;

import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

/**
 * One tenant's data keys at one moment: the id of the key new values are encrypted under, and every key still
 * readable, by id. Keys are AES-256 {@link SecretKey}s; a key held in a hardware module whose bytes cannot be
 * exported is accepted as long as its algorithm is AES.
 */
public interface TenantKeys {

    /** @return the tenant the keys belong to */
    TenantId tenant();

    /** @return the id of the key new values are encrypted under */
    String currentKeyId();

    /**
     * @param keyId a key id, as written in an encrypted value
     * @return the key
     * @throws MissingKeyException if the tenant has no readable key with that id
     */
    SecretKey key(String keyId);

    /**
     * @return the ids of the keys this value can read, the current one among them
     */
    Set<String> keyIds();

    /**
     * @param tenant the tenant
     * @param currentKeyId the id of the key new values are encrypted under; must be among {@code keys}
     * @param keys every readable key by id; ids are 1 to 64 letters, digits, '.', '-' or '_'
     * @return an immutable value
     * @throws InvalidInputException if an id is malformed, a key is not an AES-256 key, or the current key is missing
     */
    static TenantKeys of(TenantId tenant, String currentKeyId, Map<String, SecretKey> keys) {
        return new FixedKeys(tenant, currentKeyId, keys);
    }
}
