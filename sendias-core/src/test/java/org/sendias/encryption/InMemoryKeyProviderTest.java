package org.sendias.encryption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

/** The in-memory provider's key life cycle, and the checks on tenants' keys. */
class InMemoryKeyProviderTest {
    private static final TenantId A = TenantId.of("iass-a");
    private static final TenantId B = TenantId.of("iass-b");

    private final InMemoryKeyProvider provider = new InMemoryKeyProvider();

    @Test
    void aTenantsFirstKeyIsMadeOnFirstUseAndKept() {
        TenantKeys keys = provider.keys(A);
        assertEquals(A, keys.tenant());
        assertEquals("k1", keys.currentKeyId());
        SecretKey k1 = keys.key("k1");
        assertEquals("AES", k1.getAlgorithm());
        assertEquals(32, k1.getEncoded().length);
        assertSame(k1, provider.keys(A).key("k1"));
        assertFalse(java.util.Arrays.equals(k1.getEncoded(), provider.keys(B).key("k1").getEncoded()),
            "each tenant has its own key");
    }

    @Test
    void rotationMakesANewCurrentKeyAndKeepsTheOldOnes() {
        SecretKey k1 = provider.keys(A).key("k1");
        assertEquals("k2", provider.rotate(A));
        TenantKeys keys = provider.keys(A);
        assertEquals("k2", keys.currentKeyId());
        assertEquals(Set.of("k1", "k2"), keys.keyIds());
        assertArrayEquals(k1.getEncoded(), keys.key("k1").getEncoded());
        assertNotEquals(HexFormat.of().formatHex(k1.getEncoded()), HexFormat.of().formatHex(keys.key("k2").getEncoded()));
        assertEquals("k1", provider.rotate(B), "rotating a tenant with no keys makes its first");
    }

    @Test
    void retiringRemovesOnlyAnOldKeyAndIdsAreNotReused() {
        provider.keys(A);
        provider.rotate(A);
        IllegalStateException current = assertThrows(IllegalStateException.class, () -> provider.retire(A, "k2"));
        assertEquals("key k2 is tenant iass-a's current key: rotate before retiring it", current.getMessage());
        MissingKeyException unknown = assertThrows(MissingKeyException.class, () -> provider.retire(A, "k7"));
        assertEquals("tenant iass-a has no encryption key with id k7 (never created, or retired)",
            unknown.getMessage());
        assertEquals("k7", unknown.keyId());
        assertEquals(A, unknown.tenant());
        TenantKeys before = provider.keys(A);
        provider.retire(A, "k1");
        assertEquals(Set.of("k2"), provider.keys(A).keyIds());
        assertThrows(MissingKeyException.class, () -> provider.keys(A).key("k1"));
        assertTrue(before.keyIds().contains("k1"), "keys already handed out are unchanged values");
        assertEquals("k3", provider.rotate(A));
    }

    @Test
    void suppliedKeysBecomeCurrentAndAreChecked() {
        SecretKeySpec key = FieldCipherTest.key(3);
        provider.supply(A, "kms-2026-01", key);
        assertEquals("kms-2026-01", provider.keys(A).currentKeyId());
        assertEquals("keyId", assertThrows(InvalidInputException.class,
            () -> provider.supply(A, "kms-2026-01", FieldCipherTest.key(4))).field());
        assertEquals("keyId", assertThrows(InvalidInputException.class,
            () -> provider.supply(A, "a:b", FieldCipherTest.key(4))).field());
        InvalidInputException shortKey = assertThrows(InvalidInputException.class,
            () -> provider.supply(A, "short", new SecretKeySpec(new byte[16], "AES")));
        assertEquals("key: must be 256 bits long, not 128", shortKey.getMessage());
        assertEquals("key: must be an AES key, not HmacSHA256", assertThrows(InvalidInputException.class,
            () -> provider.supply(A, "mac", new SecretKeySpec(new byte[32], "HmacSHA256"))).getMessage());
    }

    @Test
    void tenantKeysNeedTheirCurrentKeyAndWellFormedIds() {
        SecretKeySpec key = FieldCipherTest.key(1);
        assertEquals("currentKeyId", assertThrows(InvalidInputException.class,
            () -> TenantKeys.of(A, "k2", Map.of("k1", key))).field());
        assertEquals("currentKeyId", assertThrows(InvalidInputException.class,
            () -> TenantKeys.of(A, "k 1", Map.of("k 1", key))).field());
        TenantKeys keys = TenantKeys.of(A, "k1", Map.of("k1", key));
        MissingKeyException e = assertThrows(MissingKeyException.class, () -> keys.key("k0"));
        assertEquals("tenant iass-a has no encryption key with id k0 (never created, or retired)", e.getMessage());
        String shown = keys.toString();
        assertEquals("TenantKeys[iass-a, current k1, keys [k1]]", shown);
        assertFalse(provider.toString().contains("k1"));
    }
}
