package org.sendias.audit;

import java.util.Objects;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

/**
 * The end of a tenant's audit chain: the sequence of its last event and that event's hash. The head of an empty
 * chain is the tenant's {@linkplain #genesis genesis}: sequence 0 and a hash derived from the tenant id alone.
 *
 * <p>A head recorded somewhere the database's administrators cannot rewrite (a quarterly return, a signed log, an
 * email to the commissioner) is an anchor: {@link AuditVerifier} given it finds a chain that no longer reaches it.
 *
 * @param tenant the service
 * @param sequence the sequence of the last event, 0 for an empty chain
 * @param hash the last event's hash (the genesis hash for an empty chain): 64 lower-case hex digits
 */
public record AuditHead(TenantId tenant, long sequence, String hash) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Validates the values. */
    public AuditHead {
        if (tenant == null) {
            throw new InvalidInputException("tenant", "is required");
        }
        if (sequence < 0) {
            throw new InvalidInputException("sequence", "must not be negative");
        }
        if (hash == null) {
            throw new InvalidInputException("hash", "is required");
        }
        if (!isHash(hash)) {
            throw new InvalidInputException("hash", "must be 64 lower-case hex digits (a SHA-256)");
        }
        if (sequence == 0 && !hash.equals(Canonical.genesis(tenant))) {
            throw new InvalidInputException("hash", "a head at sequence 0 must have the tenant's genesis hash");
        }
    }

    /**
     * @param tenant the service
     * @return the head of the tenant's empty chain: sequence 0 and the SHA-256 of the tenant id's canonical encoding
     */
    public static AuditHead genesis(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return new AuditHead(tenant, 0, Canonical.genesis(tenant));
    }

    /** @return whether this is the head of an empty chain */
    public boolean isGenesis() {
        return sequence == 0;
    }

    static boolean isHash(String value) {
        return value != null && HEX.matcher(value).matches();
    }
}
