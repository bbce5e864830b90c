package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditHead;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.AuditTrail;

/**
 * The audit tables: each tenant's chain in {@code sendias_audit}, read by period or by sequence in the tenant's
 * sequence order, and its head in {@code sendias_audit_head}.
 */
final class JdbcAuditTrail implements AuditTrail {
    private static final String COLUMNS = "select sequence, at, actor, action, case_id, subject, reason, "
        + "previous_hash, hash from sendias_audit where tenant_id = ? ";

    private final JdbcStore store;

    JdbcAuditTrail(JdbcStore store) {
        this.store = store;
    }

    @Override
    public List<AuditEvent> read(TenantId tenant, Instant from, Instant to) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return events(tenant, COLUMNS + "and at >= ? and at < ? order by sequence", s -> {
            s.setLong(2, Instants.clamp(from));
            s.setLong(3, Instants.clamp(to));
        });
    }

    @Override
    public List<AuditEvent> read(TenantId tenant, long afterSequence, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        AuditTrail.requirePage(afterSequence, limit);
        return events(tenant, COLUMNS + "and sequence > ? order by sequence fetch first " + limit + " rows only",
            s -> s.setLong(2, afterSequence));
    }

    @Override
    public Optional<AuditHead> head(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            store.setTenant(c, tenant);
            Optional<AuditHead> head = Optional.empty();
            try (PreparedStatement s = c.prepareStatement("select sequence, hash from sendias_audit_head "
                    + "where tenant_id = ?")) {
                s.setString(1, tenant.value());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getLong(1) > 0) {
                        head = Optional.of(stored(() -> new AuditHead(tenant, r.getLong(1), r.getString(2)),
                            tenant, "head"));
                    }
                }
            }
            c.commit();
            return head;
        } catch (SQLException e) {
            throw JdbcStore.failure("reading the audit head", e);
        }
    }

    /** Sets the parameters after the tenant's. */
    private interface Parameters {
        void set(PreparedStatement s) throws SQLException;
    }

    /** Builds a value from a row. */
    private interface Row<T> {
        T build() throws SQLException;
    }

    private List<AuditEvent> events(TenantId tenant, String sql, Parameters parameters) {
        List<AuditEvent> events = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            store.setTenant(c, tenant);
            s.setString(1, tenant.value());
            parameters.set(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long sequence = r.getLong(1);
                    events.add(stored(() -> new AuditEvent(new AuditRecord(tenant, Instants.fromNanos(r.getLong(2)),
                        UserId.of(r.getString(3)), r.getString(4),
                        Optional.ofNullable(r.getObject(5, UUID.class)).map(CaseId::new),
                        Optional.ofNullable(r.getString(6)), r.getString(7)), sequence, r.getString(8),
                        r.getString(9)), tenant, "event " + sequence));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw JdbcStore.failure("reading the audit trail", e);
        }
        return List.copyOf(events);
    }

    /**
     * A stored row that no longer makes a valid record (an action that is not a code, say) was changed outside
     * sendias: it is reported by its sequence, never its content.
     */
    private static <T> T stored(Row<T> row, TenantId tenant, String what) throws SQLException {
        try {
            return row.build();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("audit " + what + " of tenant " + tenant + " cannot be read, so it was "
                + "changed outside sendias: " + e.field() + " is not valid", e);
        }
    }
}
