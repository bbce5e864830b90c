package org.sendias.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

/** Field encryption: round trips, the stored form, and every way a stored value can fail to decrypt. */
class FieldCipherTest {
    private static final TenantId A = TenantId.of("iass-a");
    private static final TenantId B = TenantId.of("iass-b");
    private static final String NAME = "Party.name";
    private static final String SECRET = "Siobhán Ní Bhriain";

    private final InMemoryKeyProvider keys = new InMemoryKeyProvider();
    private final FieldCipher cipher = new FieldCipher(keys);

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", SECRET, "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family \uD83C\uDDEC\uD83C\uDDE7",
        "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "\u0645\u0631\u062D\u0628\u0627 \u202Bmixed\u202C RTL",
        "e\u0301 combining", "line\nbreak\ttab \u0000 nul", "enc:v1:k1:looks-encrypted-but-is-not"})
    void valuesRoundTrip(String value) {
        String text = cipher.encrypt(A, NAME, value);
        assertTrue(FieldCipher.isEncrypted(text));
        assertEquals(value, cipher.decrypt(A, NAME, text));
    }

    @Test
    void aLongValueRoundTrips() {
        String value = "\u0627\uD83D\uDE00x".repeat(40_000);
        assertEquals(value, cipher.decrypt(A, "Note.text", cipher.encrypt(A, "Note.text", value)));
    }

    @Test
    void anyValidTextRoundTrips() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 0x10FFFF - 0x800)).ofSizeBetween(0, 120))
            .checkAssert(codePoints -> {
                StringBuilder b = new StringBuilder();
                // skip the surrogate block, which is not text
                codePoints.forEach(cp -> b.appendCodePoint(cp < 0xD800 ? cp : cp + 0x800));
                String value = b.toString();
                assertEquals(value, cipher.decrypt(A, NAME, cipher.encrypt(A, NAME, value)));
            });
    }

    @Test
    void theStoredFormNamesTheKeyAndCarriesIvCiphertextAndTag() {
        String text = cipher.encrypt(A, NAME, "abc");
        assertTrue(text.startsWith("enc:v1:k1:"), text);
        assertEquals("k1", FieldCipher.keyId(text));
        byte[] sealed = Base64.getUrlDecoder().decode(text.substring("enc:v1:k1:".length()));
        assertEquals(12 + 3 + 16, sealed.length);
        assertFalse(text.contains("="), "no padding");
        assertNotEquals(text, cipher.encrypt(A, NAME, "abc"), "a fresh IV for every value");
    }

    @Test
    void everyAlteredByteIsDetectedAndTheMessageHoldsNoValue() {
        String text = cipher.encrypt(A, NAME, SECRET);
        String prefix = "enc:v1:k1:";
        byte[] sealed = Base64.getUrlDecoder().decode(text.substring(prefix.length()));
        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            String bad = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            FieldCipherException e = assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, NAME, bad),
                "byte " + i);
            assertEquals(A, e.tenant());
            assertEquals(NAME, e.field());
            assertEquals("k1", e.keyId());
            assertTrue(e.getMessage().contains("does not authenticate"), e.getMessage());
            assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains(bad.substring(prefix.length())),
                "no value in the message");
        }
    }

    @Test
    void aValueMovedToAnotherTenantFailsEvenUnderTheSameKey() {
        SecretKeySpec shared = key(7);
        keys.supply(A, "shared", shared);
        keys.supply(B, "shared", shared);
        String text = cipher.encrypt(A, NAME, SECRET);
        assertEquals(SECRET, cipher.decrypt(A, NAME, text));
        FieldCipherException e = assertThrows(FieldCipherException.class, () -> cipher.decrypt(B, NAME, text));
        assertEquals("field Party.name of tenant iass-b under key shared: the value does not authenticate: it was "
            + "altered, or it was encrypted for another tenant or field, or under another key with this id",
            e.getMessage());
    }

    @Test
    void aValueMovedToAnotherFieldFails() {
        String text = cipher.encrypt(A, NAME, SECRET);
        FieldCipherException e = assertThrows(FieldCipherException.class,
            () -> cipher.decrypt(A, "Note.text", text));
        assertEquals("Note.text", e.field());
        assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, "Party.nam", text));
    }

    @Test
    void anUnknownKeyIsNamedWithTheTenantAndField() {
        cipher.encrypt(A, NAME, "x");
        String text = cipher.encrypt(A, NAME, SECRET).replace("enc:v1:k1:", "enc:v1:k9:");
        FieldCipherException e = assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, NAME, text));
        assertEquals("field Party.name of tenant iass-a under key k9: no readable key has this id (never created, or "
            + "retired)", e.getMessage());
        assertTrue(e.getCause() instanceof MissingKeyException);
    }

    @Test
    void oldValuesReadAfterRotationUntilTheirKeyIsRetired() {
        String old = cipher.encrypt(A, NAME, SECRET);
        assertEquals("k2", keys.rotate(A));
        String current = cipher.encrypt(A, NAME, SECRET);
        assertEquals("k2", FieldCipher.keyId(current));
        assertEquals(SECRET, cipher.decrypt(A, NAME, old));
        keys.retire(A, "k1");
        assertEquals(SECRET, cipher.decrypt(A, NAME, current));
        FieldCipherException e = assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, NAME, old));
        assertEquals("k1", e.keyId());
    }

    @Test
    void textThatIsNotAnEncryptedValueIsRefusedWithoutEchoingIt() {
        FieldCipherException plain = assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, NAME, SECRET));
        assertNull(plain.keyId());
        assertEquals("field Party.name of tenant iass-a: the stored text is not an encrypted value",
            plain.getMessage());
        assertEquals("field Party.name of tenant iass-a under key k1: the encrypted value is not well-formed base64url",
            assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, NAME, "enc:v1:k1:***")).getMessage());
        assertEquals("field Party.name of tenant iass-a under key k1: the encrypted value is too short",
            assertThrows(FieldCipherException.class, () -> cipher.decrypt(A, NAME, "enc:v1:k1:AAAA")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "enc:v1:", "enc:v1:k1", "enc:v1::abc", "enc:v2:k1:abc", "ENC:v1:k1:abc",
        "enc:v1:k 1:abc", "enc:v1:k/1:abc"})
    void onlyTheEncryptedFormIsRecognised(String text) {
        assertFalse(FieldCipher.isEncrypted(text));
        assertEquals("text", assertThrows(InvalidInputException.class, () -> FieldCipher.keyId(text)).field());
    }

    @Test
    void theEncryptedFormIsRecognised() {
        assertTrue(FieldCipher.isEncrypted("enc:v1:k1:"));
        assertTrue(FieldCipher.isEncrypted("enc:v1:a.b-c_D9:xyz"));
        assertEquals("a.b-c_D9", FieldCipher.keyId("enc:v1:a.b-c_D9:xyz"));
        assertFalse(FieldCipher.isEncrypted(null));
        assertFalse(FieldCipher.isEncrypted("enc:v1:" + "k".repeat(65) + ":x"));
    }

    @Test
    void textThatUtf8CannotCarryAndBlankFieldsAreRefused() {
        assertEquals("plaintext", assertThrows(InvalidInputException.class,
            () -> cipher.encrypt(A, NAME, "a\uD800b")).field());
        assertEquals("field", assertThrows(InvalidInputException.class, () -> cipher.encrypt(A, " ", "x")).field());
        assertEquals("field", assertThrows(InvalidInputException.class,
            () -> cipher.decrypt(A, "", cipher.encrypt(A, NAME, "x"))).field());
    }

    @Test
    void aTenantWithoutKeysIsNamed() {
        FieldCipher none = new FieldCipher(tenant -> {
            throw new MissingKeyException(tenant, null);
        }, new SecureRandom());
        MissingKeyException e = assertThrows(MissingKeyException.class, () -> none.encrypt(A, NAME, "x"));
        assertEquals("tenant iass-a has no encryption key", e.getMessage());
        assertNull(e.keyId());
    }

    static SecretKeySpec key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }
}
