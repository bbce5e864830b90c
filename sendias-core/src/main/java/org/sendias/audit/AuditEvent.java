package org.sendias.audit;

import java.util.Objects;
import org.sendias.TenantId;
import org.sendias.spi.AuditRecord;

/**
 * An audit record as it stands in its tenant's chain: its place in the chain and the hashes that tie it to the
 * event before it.
 *
 * <p>The values are taken as stored. The chain's rules (sequences 1, 2, 3... without gaps, each event linking to the
 * hash of the one before, each hash right for the event's content) are checked by {@link AuditVerifier}, not here,
 * so that a changed event can still be read and reported. Events made by {@link AuditChain#append} keep them.
 *
 * @param record the record: tenant, instant, actor, action, case, subject and reason
 * @param sequence the event's place in its tenant's chain, from 1
 * @param previousHash the hash of the event before it, or the tenant's {@linkplain AuditHead#genesis genesis} hash
 *     for the first
 * @param hash the SHA-256 of the event's canonical encoding ({@link AuditChain#hash}), in lower-case hex
 */
public record AuditEvent(AuditRecord record, long sequence, String previousHash, String hash) {

    /** Requires every value. */
    public AuditEvent {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** @return the record's tenant */
    public TenantId tenant() {
        return record.tenant();
    }

    /** @return the head of the chain that ends with this event */
    public AuditHead head() {
        return new AuditHead(record.tenant(), sequence, hash);
    }
}
