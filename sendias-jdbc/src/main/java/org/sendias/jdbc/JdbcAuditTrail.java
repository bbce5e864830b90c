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
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.AuditTrail;

/** The audit table, read by tenant and period in the order records were written. */
final class JdbcAuditTrail implements AuditTrail {
    private final JdbcStore store;

    JdbcAuditTrail(JdbcStore store) {
        this.store = store;
    }

    @Override
    public List<AuditRecord> read(TenantId tenant, Instant from, Instant to) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<AuditRecord> records = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select at, actor, action, case_id, subject, reason from sendias_audit "
                    + "where tenant_id = ? and at >= ? and at < ? order by sequence")) {
            c.setAutoCommit(false);
            store.setTenant(c, tenant);
            s.setString(1, tenant.value());
            s.setLong(2, Instants.clamp(from));
            s.setLong(3, Instants.clamp(to));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    records.add(new AuditRecord(tenant, Instants.fromNanos(r.getLong(1)), UserId.of(r.getString(2)),
                        r.getString(3), Optional.ofNullable(r.getObject(4, UUID.class)).map(CaseId::new),
                        Optional.ofNullable(r.getString(5)), r.getString(6)));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw JdbcStore.failure("reading the audit trail", e);
        }
        return List.copyOf(records);
    }
}
