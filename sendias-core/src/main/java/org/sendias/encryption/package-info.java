/**
 * Optional encryption of personal data at rest, field by field, with per-tenant keys.
 *
 * <p>A {@link org.sendias.encryption.KeyProvider} gives each tenant's {@link org.sendias.encryption.TenantKeys}: the
 * id of the key new values are encrypted under, and every key still needed to read older values. A
 * {@link org.sendias.encryption.FieldCipher} encrypts one text value with AES-256 in GCM mode (from the JDK), binding
 * the tenant and the field's name to the ciphertext, so that a value copied to another tenant's row or into another
 * field fails to decrypt instead of being read as if it belonged there. Storage adapters use these types to keep
 * names, dates of birth and free text unreadable to anyone who can read the database but holds no key.
 *
 * <p>{@link org.sendias.encryption.InMemoryKeyProvider} is for tests and examples; in production back the provider
 * with a key management service or a hardware security module. Errors name the tenant, the field and the key id,
 * never a value.
 */
package org.sendias.encryption;
