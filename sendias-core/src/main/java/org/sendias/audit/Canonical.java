package org.sendias.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.sendias.TenantId;
import org.sendias.spi.AuditRecord;

/**
 * The canonical encoding that audit hashes are computed over, version 1. Every field is written as a 4-byte
 * big-endian length followed by that many bytes of UTF-8; an absent optional field is written as the length -1 with
 * no bytes, so absent and empty differ. Numbers are written as decimal text. The fields, in order:
 * <ol>
 *   <li>the label {@code sendias-audit-event-v1};</li>
 *   <li>the tenant id;</li>
 *   <li>the sequence;</li>
 *   <li>the instant's seconds since the epoch (negative before 1970);</li>
 *   <li>the instant's nanoseconds within that second (0 to 999,999,999);</li>
 *   <li>the actor's id;</li>
 *   <li>the action;</li>
 *   <li>the case id, or absent;</li>
 *   <li>the subject, or absent;</li>
 *   <li>the reason;</li>
 *   <li>the previous event's hash.</li>
 * </ol>
 * The genesis hash of a tenant is the SHA-256 of the label {@code sendias-audit-genesis-v1} and the tenant id,
 * encoded the same way.
 */
final class Canonical {
    private static final byte[] EVENT = "sendias-audit-event-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] GENESIS = "sendias-audit-genesis-v1".getBytes(StandardCharsets.UTF_8);

    private Canonical() {
    }

    static String genesis(TenantId tenant) {
        MessageDigest digest = sha256();
        field(digest, GENESIS);
        field(digest, tenant.value());
        return HexFormat.of().formatHex(digest.digest());
    }

    static String hash(AuditRecord r, long sequence, String previousHash) {
        MessageDigest digest = sha256();
        field(digest, EVENT);
        field(digest, r.tenant().value());
        field(digest, Long.toString(sequence));
        Instant at = r.at();
        field(digest, Long.toString(at.getEpochSecond()));
        field(digest, Integer.toString(at.getNano()));
        field(digest, r.actor().value());
        field(digest, r.action());
        optional(digest, r.caseId().map(c -> c.value().toString()));
        optional(digest, r.subject());
        field(digest, r.reason());
        field(digest, previousHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void optional(MessageDigest digest, Optional<String> value) {
        if (value.isPresent()) {
            field(digest, value.get());
        } else {
            length(digest, -1);
        }
    }

    private static void field(MessageDigest digest, String value) {
        field(digest, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest digest, byte[] bytes) {
        length(digest, bytes.length);
        digest.update(bytes);
    }

    private static void length(MessageDigest digest, int length) {
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
            (byte) length});
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
