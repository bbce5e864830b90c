package org.sendias.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendias.InvalidInputException;
import org.sendias.spi.AuditRecord;

/**
 * Chains audit records: each event's hash covers its record, its sequence and the hash of the event before it, so
 * changing, removing, adding or moving an event breaks the chain where it happened.
 *
 * <p>The hash is the SHA-256, in lower-case hex, of an unambiguous encoding of every field: each a 4-byte big-endian
 * length and that many bytes of UTF-8 (length -1 for an absent case id or subject), in the order: the label
 * {@code sendias-audit-event-v1}, tenant id, sequence, the instant's epoch seconds and nanoseconds (decimal), actor,
 * action, case id, subject, reason and the previous hash. A tenant's genesis hash is the SHA-256 of the label
 * {@code sendias-audit-genesis-v1} and the tenant id, encoded the same way. Anyone can recompute both from the
 * stored columns without sendias.
 */
public final class AuditChain {
    private AuditChain() {
    }

    /**
     * Chains records after a head: the first gets the head's sequence plus one and links to the head's hash.
     *
     * @param head the tenant's current head ({@link AuditHead#genesis} for an empty chain)
     * @param records the records, in the order they are to be stored, all of the head's tenant
     * @return the events, in the same order; the last one's {@link AuditEvent#head()} is the new head
     * @throws InvalidInputException if a record is missing or belongs to another tenant
     */
    public static List<AuditEvent> append(AuditHead head, List<AuditRecord> records) {
        if (head == null) {
            throw new InvalidInputException("head", "is required");
        }
        if (records == null) {
            throw new InvalidInputException("records", "is required");
        }
        List<AuditEvent> events = new ArrayList<>(records.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (int i = 0; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            if (r == null) {
                throw new InvalidInputException("records[" + i + "]", "is required");
            }
            if (!r.tenant().equals(head.tenant())) {
                throw new InvalidInputException("records[" + i + "].tenant", "must be the tenant of the head ("
                    + head.tenant() + ")");
            }
            sequence = Math.addExact(sequence, 1);
            String hash = Canonical.hash(r, sequence, previous);
            events.add(new AuditEvent(r, sequence, previous, hash));
            previous = hash;
        }
        return List.copyOf(events);
    }

    /**
     * Recomputes an event's hash from its record, sequence and previous hash, as {@link #append} computed it. An
     * event is unchanged since it was chained when this equals its stored {@link AuditEvent#hash()}.
     *
     * @param event a stored event
     * @return the hash its content should have, in lower-case hex
     */
    public static String hash(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        return Canonical.hash(event.record(), event.sequence(), event.previousHash());
    }
}
