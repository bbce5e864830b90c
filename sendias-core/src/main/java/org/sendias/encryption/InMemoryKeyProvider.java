package org.sendias.encryption;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

/**
 * Keys held in memory, for tests and examples: they are lost when the process ends, and with them everything
 * encrypted under them. Production systems implement {@link KeyProvider} over a key management service or a hardware
 * security module instead.
 *
 * <p>A tenant's first key is made from the random source when the tenant's keys are first asked for (or when
 * {@link #rotate} is first called), with id {@code k1}; each {@link #rotate} makes a new current key {@code k2},
 * {@code k3}, ... and keeps the older ones readable until they are {@link #retire retired}. Ids are never reused.
 * Safe to use from many threads.
 */
public final class InMemoryKeyProvider implements KeyProvider {
    private final SecureRandom random;
    private final Map<TenantId, State> tenants = new ConcurrentHashMap<>();

    /** One tenant's keys and the number of keys ever made for it. */
    private record State(TenantKeys keys, int made) {
    }

    /** Creates a provider whose keys come from a new {@link SecureRandom}. */
    public InMemoryKeyProvider() {
        this(new SecureRandom());
    }

    /** @param random where new keys' bytes come from */
    public InMemoryKeyProvider(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Makes the tenant's first key if it has none. */
    @Override
    public TenantKeys keys(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return tenants.computeIfAbsent(tenant, t -> new State(TenantKeys.of(t, "k1", Map.of("k1", newKey())), 1))
            .keys();
    }

    /**
     * Makes a new key current for the tenant; the older keys stay readable.
     *
     * @param tenant the tenant
     * @return the new key's id
     */
    public String rotate(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return tenants.compute(tenant, (t, state) -> {
            int made = state == null ? 0 : state.made();
            String id = "k" + (made + 1);
            return new State(with(t, state, id, newKey()), made + 1);
        }).keys().currentKeyId();
    }

    /**
     * Adds a key made elsewhere and makes it current; the older keys stay readable.
     *
     * @param tenant the tenant
     * @param keyId its id: 1 to 64 letters, digits, '.', '-' or '_', not already one of the tenant's
     * @param key an AES-256 key
     * @throws InvalidInputException if the id is malformed or taken, or the key is not an AES-256 key
     */
    public void supply(TenantId tenant, String keyId, SecretKey key) {
        Objects.requireNonNull(tenant, "tenant");
        FixedKeys.checkKeyId(keyId, "keyId");
        FixedKeys.checkKey(key);
        tenants.compute(tenant, (t, state) -> {
            if (state != null && state.keys().keyIds().contains(keyId)) {
                throw new InvalidInputException("keyId", "tenant " + t + " already has a key with id " + keyId);
            }
            return new State(with(t, state, keyId, key), state == null ? 0 : state.made());
        });
    }

    /**
     * Removes a key that is no longer current: values still encrypted under it can no longer be read.
     *
     * @param tenant the tenant
     * @param keyId the key's id
     * @throws MissingKeyException if the tenant has no key with that id
     * @throws IllegalStateException if it is the tenant's current key
     */
    public void retire(TenantId tenant, String keyId) {
        Objects.requireNonNull(tenant, "tenant");
        tenants.compute(tenant, (t, state) -> {
            if (state == null || !state.keys().keyIds().contains(keyId)) {
                throw new MissingKeyException(t, keyId);
            }
            if (state.keys().currentKeyId().equals(keyId)) {
                throw new IllegalStateException("key " + keyId + " is tenant " + t + "'s current key: rotate "
                    + "before retiring it");
            }
            Map<String, SecretKey> keys = new LinkedHashMap<>();
            for (String id : state.keys().keyIds()) {
                if (!id.equals(keyId)) {
                    keys.put(id, state.keys().key(id));
                }
            }
            return new State(TenantKeys.of(t, state.keys().currentKeyId(), keys), state.made());
        });
    }

    private static TenantKeys with(TenantId tenant, State state, String keyId, SecretKey key) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        if (state != null) {
            for (String id : state.keys().keyIds()) {
                keys.put(id, state.keys().key(id));
            }
        }
        keys.put(keyId, key);
        return TenantKeys.of(tenant, keyId, keys);
    }

    private SecretKey newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    /** Shows the number of tenants only. */
    @Override
    public String toString() {
        return "InMemoryKeyProvider[" + tenants.size() + " tenants]";
    }
}
