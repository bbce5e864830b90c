package org.sendias.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.spi.AuditRecord;

/** Random audit records and chains for the tests, from a seeded generator. */
final class Chains {
    static final TenantId TENANT = TenantId.of("iass-north");
    static final TenantId OTHER = TenantId.of("iass-south");
    private static final List<String> ACTIONS = List.of("case.read", "case.note-added", "sharing.decided",
        "safeguarding.disclosed", "case.allocated", "conflict.waived", "case.exported");
    private static final List<String> REASONS = List.of("casework", "safeguarding", "supervision",
        "subject-access-request", "retention-period-ended");

    private Chains() {
    }

    static AuditRecord record(SplittableRandom random, TenantId tenant) {
        // instants either side of the epoch, to the nanosecond
        Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L),
            random.nextInt(1_000_000_000));
        UserId actor = UserId.of("adviser-" + random.nextInt(1, 40));
        Optional<CaseId> caseId = random.nextInt(4) == 0 ? Optional.empty()
            : Optional.of(new CaseId(new UUID(random.nextLong(), random.nextLong())));
        Optional<String> subject = random.nextInt(3) == 0 ? Optional.empty()
            : Optional.of((random.nextBoolean() ? "note:" : "party:") + Long.toHexString(random.nextLong()));
        return new AuditRecord(tenant, at, actor, ACTIONS.get(random.nextInt(ACTIONS.size())), caseId, subject,
            REASONS.get(random.nextInt(REASONS.size())));
    }

    static List<AuditRecord> records(SplittableRandom random, TenantId tenant, int count) {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(random, tenant));
        }
        return records;
    }

    /** A chain of {@code count} events, appended in several commits. */
    static List<AuditEvent> chain(SplittableRandom random, int count) {
        List<AuditEvent> chain = new ArrayList<>();
        AuditHead head = AuditHead.genesis(TENANT);
        while (chain.size() < count) {
            int batch = Math.min(count - chain.size(), random.nextInt(1, 6));
            List<AuditEvent> events = AuditChain.append(head, records(random, TENANT, batch));
            chain.addAll(events);
            head = events.get(events.size() - 1).head();
        }
        return chain;
    }

    /** An event whose own hash is right for its content, whatever its sequence and link. */
    static AuditEvent forged(AuditRecord record, long sequence, String previousHash) {
        String hash = AuditChain.hash(new AuditEvent(record, sequence, previousHash, ""));
        return new AuditEvent(record, sequence, previousHash, hash);
    }

    static String randomHash(SplittableRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
