package org.sendias.encryption;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;
import org.sendias.TenantId;

/**
 * Encrypts and decrypts single text values with the tenant's keys: AES-256 in GCM mode (the JDK's
 * {@code AES/GCM/NoPadding}), a fresh random 96-bit IV for every value and a 128-bit authentication tag.
 *
 * <p>The associated data authenticated with each value is the tenant id and the field's name, so a value copied into
 * another tenant's row, or into another field, fails to decrypt. (A value copied between two records of the same
 * tenant and field is not detected: bind a record id into the field name where that matters.) An encrypted value is
 * the text {@code enc:v1:<keyId>:<iv and ciphertext, base64url without padding>}; it names the key it was encrypted
 * under, so values under an old key stay readable while the key does, and can be found and re-encrypted under the
 * current one.
 *
 * <p>Failures throw {@link FieldCipherException} naming the tenant, field and key id, never the value. Instances are
 * immutable and safe to share between threads.
 */
public final class FieldCipher {
    private static final String PREFIX = "enc:v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "sendias.field.v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final KeyProvider provider;
    private final SecureRandom random;

    /** @param provider the tenants' keys */
    public FieldCipher(KeyProvider provider) {
        this(provider, new SecureRandom());
    }

    /**
     * @param provider the tenants' keys
     * @param random where IVs come from
     */
    public FieldCipher(KeyProvider provider, SecureRandom random) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @return the key provider this cipher asks for keys */
    public KeyProvider provider() {
        return provider;
    }

    /**
     * Encrypts a value under the tenant's current key.
     *
     * @param tenant the tenant
     * @param field the field's name, for example {@code Party.name}; bound to the value
     * @param plaintext the value (may be empty)
     * @return the encrypted value, {@code enc:v1:<keyId>:...}
     * @throws MissingKeyException if the provider has no key for the tenant
     * @throws FieldCipherException if the JDK refuses the key
     * @throws InvalidInputException if the field name is blank or the value holds an unpaired surrogate
     */
    public String encrypt(TenantId tenant, String field, String plaintext) {
        return encrypt(provider.keys(Objects.requireNonNull(tenant, "tenant")), field, plaintext);
    }

    /**
     * Encrypts a value under the current key of keys already fetched, for writing many values with one look-up.
     *
     * @param keys the tenant's keys
     * @param field the field's name; bound to the value
     * @param plaintext the value (may be empty)
     * @return the encrypted value
     * @throws FieldCipherException if the current key is not available or the JDK refuses it
     * @throws InvalidInputException if the field name is blank or the value holds an unpaired surrogate
     */
    public String encrypt(TenantKeys keys, String field, String plaintext) {
        Objects.requireNonNull(keys, "keys");
        checkField(field);
        checkUnicode(plaintext);
        String keyId = keys.currentKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(keys.tenant(), field));
            byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[IV_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            int written = cipher.doFinal(plain, 0, plain.length, out, IV_BYTES);
            if (IV_BYTES + written != out.length) {
                throw new FieldCipherException(keys.tenant(), field, keyId, "the cipher wrote an unexpected length",
                    null);
            }
            return PREFIX + keyId + ":" + ENCODER.encodeToString(out);
        } catch (MissingKeyException e) {
            throw new FieldCipherException(keys.tenant(), field, keyId, "the current key is not available", e);
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException(keys.tenant(), field, keyId, "encryption failed ("
                + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Decrypts a value with whichever of the tenant's keys it names.
     *
     * @param tenant the tenant
     * @param field the field's name the value was encrypted for
     * @param text an encrypted value
     * @return the value
     * @throws MissingKeyException if the provider has no key at all for the tenant
     * @throws FieldCipherException if the text is not an encrypted value, its key is not readable, or it does not
     *     authenticate (altered, or encrypted for another tenant or field)
     */
    public String decrypt(TenantId tenant, String field, String text) {
        return decrypt(provider.keys(Objects.requireNonNull(tenant, "tenant")), field, text);
    }

    /**
     * Decrypts a value with keys already fetched, for reading many values with one look-up.
     *
     * @param keys the tenant's keys
     * @param field the field's name the value was encrypted for
     * @param text an encrypted value
     * @return the value
     * @throws FieldCipherException if the text is not an encrypted value, its key is not among {@code keys}, or it
     *     does not authenticate
     */
    public String decrypt(TenantKeys keys, String field, String text) {
        Objects.requireNonNull(keys, "keys");
        checkField(field);
        Objects.requireNonNull(text, "text");
        TenantId tenant = keys.tenant();
        int separator = separator(text);
        if (separator < 0) {
            throw new FieldCipherException(tenant, field, null, "the stored text is not an encrypted value", null);
        }
        String keyId = text.substring(PREFIX.length(), separator);
        byte[] sealed;
        try {
            sealed = DECODER.decode(text.substring(separator + 1));
        } catch (IllegalArgumentException e) {
            throw new FieldCipherException(tenant, field, keyId, "the encrypted value is not well-formed base64url",
                null);
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new FieldCipherException(tenant, field, keyId, "the encrypted value is too short", null);
        }
        SecretKey key;
        try {
            key = keys.key(keyId);
        } catch (MissingKeyException e) {
            throw new FieldCipherException(tenant, field, keyId, "no readable key has this id (never created, or "
                + "retired)", e);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData(tenant, field));
            byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new FieldCipherException(tenant, field, keyId, "the value does not authenticate: it was altered, or "
                + "it was encrypted for another tenant or field, or under another key with this id", null);
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException(tenant, field, keyId, "decryption failed (" + e.getClass().getSimpleName()
                + ")", e);
        }
    }

    /**
     * @param text a stored text
     * @return whether it has the form of an encrypted value ({@code enc:v1:<keyId>:...}); the ciphertext itself is
     *     checked only when decrypting
     */
    public static boolean isEncrypted(String text) {
        return text != null && separator(text) >= 0;
    }

    /**
     * @param text an encrypted value
     * @return the id of the key it was encrypted under
     * @throws InvalidInputException if the text is not an encrypted value
     */
    public static String keyId(String text) {
        int separator = text == null ? -1 : separator(text);
        if (separator < 0) {
            throw new InvalidInputException("text", "is not an encrypted value");
        }
        return text.substring(PREFIX.length(), separator);
    }

    /** @return the index of the ':' after the key id, or -1 if the text is not an encrypted value */
    private static int separator(String text) {
        if (!text.startsWith(PREFIX)) {
            return -1;
        }
        int end = text.indexOf(':', PREFIX.length());
        if (end <= PREFIX.length() || end - PREFIX.length() > 64) {
            return -1;
        }
        for (int i = PREFIX.length(); i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return -1;
            }
        }
        return end;
    }

    /** Refuses text with an unpaired surrogate, which UTF-8 cannot carry (it would come back changed). */
    private static void checkUnicode(String plaintext) {
        Validation.wellFormed(Objects.requireNonNull(plaintext, "plaintext"), "plaintext");
    }

    private static void checkField(String field) {
        if (field == null || field.isBlank()) {
            throw new InvalidInputException("field", "a field name is required");
        }
    }

    /** The tenant id and field name, each preceded by its length, after a fixed context label. */
    private static byte[] associatedData(TenantId tenant, String field) {
        byte[] t = tenant.value().getBytes(StandardCharsets.UTF_8);
        byte[] f = field.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(CONTEXT.length + 8 + t.length + f.length);
        out.writeBytes(CONTEXT);
        out.writeBytes(ByteBuffer.allocate(4).putInt(t.length).array());
        out.writeBytes(t);
        out.writeBytes(ByteBuffer.allocate(4).putInt(f.length).array());
        out.writeBytes(f);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "FieldCipher[" + TRANSFORMATION + "]";
    }
}
