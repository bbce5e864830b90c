package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.audit.AuditChain;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditHead;
import org.sendias.audit.AuditVerification;
import org.sendias.audit.AuditVerification.Kind;
import org.sendias.audit.AuditVerification.Problem;
import org.sendias.spi.AuditRecord;

/**
 * Tampering with the stored audit chain behind the store's back, as someone with the table owner's rights could, is
 * found by {@code verify}, with the right kind and sequence.
 */
abstract class AuditTamperContract {
    static final TenantId TENANT = TenantId.of("tamper");
    static final TenantId OTHER = TenantId.of("tamper-other");

    DataSource database;
    JdbcStore store;

    /** @return a new, empty database that the tests may change the schema of */
    abstract DataSource freshDatabase() throws Exception;

    /** Runs the tampering SQL as the table's owner (on PostgreSQL, with the append-only triggers disabled). */
    abstract void tamper(Statement owner, String sql) throws SQLException;

    @BeforeEach
    void fiveEventsInThreeUnitsOfWork() throws Exception {
        database = freshDatabase();
        store = JdbcStore.create(database);
        audit(TENANT, 1, 2);
        audit(OTHER, 1);
        audit(TENANT, 3);
        audit(TENANT, 4, 5);
        assertTrue(store.auditTrail().verify(TENANT).intact());
        assertEquals(5, store.auditTrail().head(TENANT).orElseThrow().sequence());
    }

    static AuditRecord record(TenantId tenant, int n) {
        return new AuditRecord(tenant, JdbcStoreContract.T0.plusSeconds(n), UserId.of("adviser-" + n),
            n % 2 == 0 ? "case.read" : "sharing.decided", Optional.of(new CaseId(new UUID(7, n))),
            n % 2 == 0 ? Optional.empty() : Optional.of("disclosure:" + n), "casework");
    }

    void audit(TenantId tenant, int... numbers) {
        store.inTransaction(tenant, w -> {
            for (int n : numbers) {
                w.audit(record(tenant, n));
            }
            return null;
        });
    }

    void tamper(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            tamper(s, sql);
            c.commit();
        }
    }

    List<Problem> problems() {
        AuditVerification v = store.auditTrail().verify(TENANT);
        assertEquals(v.problems().size(), v.problemCount());
        assertTrue(store.auditTrail().verify(OTHER).intact(), "the other tenant's chain is untouched");
        return v.problems().stream().map(p -> new Problem(p.kind(), p.sequence(), p.position(), "")).toList();
    }

    static Problem problem(Kind kind, long sequence, int position) {
        return new Problem(kind, sequence, position, "");
    }

    @Test
    void aChangedActionIsModified() throws Exception {
        tamper("update sendias_audit set action = 'case.exported' where tenant_id = 'tamper' and sequence = 3");
        assertEquals(List.of(problem(Kind.MODIFIED, 3, 2)), problems());
    }

    @Test
    void aDeletedRowIsDeleted() throws Exception {
        tamper("delete from sendias_audit where tenant_id = 'tamper' and sequence = 2");
        assertEquals(List.of(problem(Kind.DELETED, 2, 1)), problems());
    }

    @Test
    void aDeletedLastRowIsTruncatedAgainstTheStoredHead() throws Exception {
        tamper("delete from sendias_audit where tenant_id = 'tamper' and sequence = 5");
        assertEquals(List.of(problem(Kind.TRUNCATED, 5, 4)), problems());
    }

    /** Inserts an event's row directly, as the owner could. */
    void insertRow(AuditEvent e) throws SQLException {
        AuditRecord r = e.record();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("insert into "
                + "sendias_audit (tenant_id, sequence, at, actor, action, case_id, subject, reason, previous_hash, "
                + "hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.tenant().value());
            s.setLong(2, e.sequence());
            s.setLong(3, Instants.toNanos(r.at(), "at"));
            s.setString(4, r.actor().value());
            s.setString(5, r.action());
            s.setObject(6, r.caseId().orElseThrow().value());
            s.setString(7, r.subject().orElse(null));
            s.setString(8, r.reason());
            s.setString(9, e.previousHash());
            s.setString(10, e.hash());
            s.executeUpdate();
        }
    }

    static AuditEvent forged(AuditRecord record, long sequence, String previousHash) {
        return new AuditEvent(record, sequence, previousHash,
            AuditChain.hash(new AuditEvent(record, sequence, previousHash, "")));
    }

    @Test
    void aForgedRowWithARepeatedSequenceIsInserted() throws Exception {
        AuditEvent original = store.auditTrail().read(TENANT, 0, 10).get(2);
        // the best forgery: its own hash is right and it links exactly as the original does
        tamper("alter table sendias_audit drop constraint sendias_audit_chain_pkey");
        insertRow(forged(record(TENANT, 33), 3, original.previousHash()));
        List<Problem> found = problems();
        assertEquals(1, found.size(), found::toString);
        assertEquals(Kind.INSERTED, found.get(0).kind());
        assertEquals(3, found.get(0).sequence());
        int forgedAt = store.auditTrail().read(TENANT, 0, 10).stream().map(e -> e.record().actor().value())
            .toList().indexOf("adviser-33");
        assertEquals(forgedAt, found.get(0).position(), "the forged row is named, in whichever order it is read");
    }

    @Test
    void aForgedRowAtTheEndThatDoesNotLinkIsInserted() throws Exception {
        insertRow(forged(record(TENANT, 6), 6, AuditHead.genesis(TENANT).hash()));
        assertEquals(List.of(problem(Kind.INSERTED, 6, 5)), problems());
    }

    @Test
    void twoRowsWithTheirSequencesSwappedAreReordered() throws Exception {
        tamper("update sendias_audit set sequence = -4 where tenant_id = 'tamper' and sequence = 4");
        tamper("update sendias_audit set sequence = 4 where tenant_id = 'tamper' and sequence = 2");
        tamper("update sendias_audit set sequence = 2 where tenant_id = 'tamper' and sequence = -4");
        assertEquals(List.of(problem(Kind.REORDERED, 2, 1), problem(Kind.REORDERED, 4, 3)), problems());
    }

    @Test
    void aChainRebuiltWithRecomputedHashesNeedsAnAnchorRecordedElsewhere() throws Exception {
        AuditHead anchor = store.auditTrail().head(TENANT).orElseThrow();
        AuditHead third = store.auditTrail().read(TENANT, 2, 1).get(0).head();
        // rewrite events 4 and 5 and the stored head consistently: the store's own check cannot see it
        List<AuditEvent> rebuilt = AuditChain.append(third, List.of(record(TENANT, 40), record(TENANT, 50)));
        tamper("delete from sendias_audit where tenant_id = 'tamper' and sequence > 3");
        for (AuditEvent e : rebuilt) {
            insertRow(e);
        }
        tamper("update sendias_audit_head set hash = '" + rebuilt.get(1).hash() + "' where tenant_id = 'tamper'");
        assertEquals(List.of(), problems());
        AuditVerification v = store.auditTrail().verify(TENANT, anchor);
        assertEquals(List.of(problem(Kind.TRUNCATED, 5, 4)), v.problems().stream()
            .map(p -> problem(p.kind(), p.sequence(), p.position())).toList());
        assertTrue(store.auditTrail().verify(TENANT, third).intact(), "the part before the rewrite still holds");
    }
}
