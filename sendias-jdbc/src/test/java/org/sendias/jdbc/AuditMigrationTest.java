package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.audit.AuditEvent;
import org.sendias.spi.AuditRecord;

/** V3 keeps the audit rows written before the chain apart, unchanged, and starts every tenant's chain at 1. */
class AuditMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void rowsWrittenBeforeTheChainAreKeptApart(String dialect) throws Exception {
        DataSource ds;
        if (dialect.equals("h2")) {
            ds = Databases.h2();
        } else {
            try (Connection admin = Databases.postgres().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database sendias_audit_migration");
            }
            ds = Databases.postgresServer().getDatabase("postgres", "sendias_audit_migration");
        }
        Flyway.configure(JdbcStore.class.getClassLoader()).dataSource(ds)
            .locations("classpath:org/sendias/jdbc/migration/" + dialect).table("sendias_schema_history")
            .baselineOnMigrate(true).baselineVersion("0").target("2").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into sendias_audit (tenant_id, at, actor, action, reason) "
                + "values ('before', 1, 'adviser-1', 'case.read', 'casework')");
        }
        JdbcStore store = JdbcStore.create(ds);
        TenantId tenant = TenantId.of("before");
        AuditRecord record = new AuditRecord(tenant, JdbcStoreContract.T0, UserId.of("adviser-2"), "case.read",
            Optional.empty(), "casework");
        store.inTransaction(tenant, w -> {
            w.audit(record);
            return null;
        });
        List<AuditEvent> chain = store.auditTrail().read(tenant, 0, 10);
        assertEquals(List.of(record), chain.stream().map(AuditEvent::record).toList());
        assertEquals(1, chain.get(0).sequence());
        assertTrue(store.auditTrail().verify(tenant).intact());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select tenant_id, actor from sendias_audit_unchained")) {
            assertTrue(r.next());
            assertEquals("before", r.getString(1));
            assertEquals("adviser-1", r.getString(2));
        }
    }
}
