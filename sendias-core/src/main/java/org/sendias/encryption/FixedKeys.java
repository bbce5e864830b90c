package org.sendias.encryption;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

/** The immutable {@link TenantKeys} that {@link TenantKeys#of} returns, and the checks on key ids and keys. */
final class FixedKeys implements TenantKeys {
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final TenantId tenant;
    private final String currentKeyId;
    private final Map<String, SecretKey> keys;

    FixedKeys(TenantId tenant, String currentKeyId, Map<String, SecretKey> keys) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.currentKeyId = checkKeyId(currentKeyId, "currentKeyId");
        Objects.requireNonNull(keys, "keys");
        Map<String, SecretKey> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> copy.put(checkKeyId(id, "keys"), checkKey(key)));
        if (!copy.containsKey(currentKeyId)) {
            throw new InvalidInputException("currentKeyId", "names no key among the tenant's keys");
        }
        this.keys = Map.copyOf(copy);
    }

    /** Refuses a key id that is not 1 to 64 letters, digits, '.', '-' or '_' (so it never holds a ':'). */
    static String checkKeyId(String keyId, String field) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new InvalidInputException(field, "a key id must be 1 to 64 letters, digits, '.', '-' or '_'");
        }
        return keyId;
    }

    /** Refuses a key that is not for AES, or whose exported bytes are not 256 bits. */
    static SecretKey checkKey(SecretKey key) {
        if (key == null) {
            throw new InvalidInputException("key", "is required");
        }
        if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
            throw new InvalidInputException("key", "must be an AES key, not " + key.getAlgorithm());
        }
        byte[] encoded = key.getEncoded();
        if (encoded != null && encoded.length != 32) {
            throw new InvalidInputException("key", "must be 256 bits long, not " + encoded.length * 8);
        }
        return key;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    @Override
    public SecretKey key(String keyId) {
        SecretKey key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            throw new MissingKeyException(tenant, keyId == null ? "(none)" : keyId);
        }
        return key;
    }

    @Override
    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** Shows the tenant and key ids only, never key material. */
    @Override
    public String toString() {
        return "TenantKeys[" + tenant + ", current " + currentKeyId + ", keys " + new TreeSet<>(keys.keySet()) + "]";
    }
}
