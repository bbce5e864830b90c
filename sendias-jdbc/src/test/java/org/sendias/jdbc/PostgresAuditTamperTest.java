package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Tampering with the audit chain on PostgreSQL, each test in a database of its own. The append-only triggers refuse
 * UPDATE, DELETE and TRUNCATE; the tampering here first disables them, as only the table's owner can.
 */
class PostgresAuditTamperTest extends AuditTamperContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    DataSource freshDatabase() throws SQLException {
        String name = "sendias_tamper_" + DATABASES.incrementAndGet();
        try (Connection admin = Databases.postgres().getConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        return Databases.postgresServer().getDatabase("postgres", name);
    }

    @Override
    void tamper(Statement owner, String sql) throws SQLException {
        owner.execute("alter table sendias_audit disable trigger user");
        owner.execute(sql);
        owner.execute("alter table sendias_audit enable trigger user");
    }

    @Test
    void theTriggersRefuseUpdateDeleteAndTruncateWithTheirOwnSqlState() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            // a row written before the chain existed, kept apart and append-only too
            s.execute("insert into sendias_audit_unchained (tenant_id, at, actor, action, case_id, reason) "
                + "values ('tamper', 0, 'adviser-1', 'case.read', null, 'casework')");
        }
        for (String sql : new String[] {
            "update sendias_audit set action = 'case.exported' where tenant_id = 'tamper' and sequence = 3",
            "delete from sendias_audit where tenant_id = 'tamper' and sequence = 2",
            "truncate sendias_audit",
            "delete from sendias_audit_unchained",
            "truncate sendias_audit_unchained"}) {
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("SDA01", e.getSQLState(), sql);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
        }
        assertEquals(java.util.List.of(), problems());
        assertEquals(5, store.auditTrail().read(TENANT, 0, 10).size());
        audit(TENANT, 6);
        assertEquals(6, store.auditTrail().head(TENANT).orElseThrow().sequence());
    }

    @Test
    void anApplicationRoleWithoutUpdateDeleteTruncateOrOwnershipCanAuditButNotTamper() throws Exception {
        // the privileges the README recommends, run by the owner of the tables
        try (Connection owner = database.getConnection(); Statement s = owner.createStatement()) {
            s.execute("create role sendias_audit_app login");
            s.execute("grant select, insert, update, delete on all tables in schema public to sendias_audit_app");
            s.execute("revoke update, delete, truncate on sendias_audit, sendias_audit_unchained "
                + "from sendias_audit_app, public");
        }
        String name = ((org.postgresql.ds.common.BaseDataSource) database).getDatabaseName();
        DataSource app = Databases.postgresServer().getDatabase("sendias_audit_app", name);
        JdbcStore appStore = JdbcStore.builder(app).migrate(false).build();
        appStore.inTransaction(TENANT, w -> {
            w.audit(record(TENANT, 6));
            return null;
        });
        assertEquals(6, appStore.auditTrail().head(TENANT).orElseThrow().sequence());
        for (String sql : new String[] {
            "update sendias_audit set action = 'case.exported' where sequence = 3",
            "delete from sendias_audit where sequence = 2",
            "truncate sendias_audit",
            "alter table sendias_audit disable trigger user",
            "drop table sendias_audit"}) {
            try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
            }
        }
        assertTrue(appStore.auditTrail().verify(TENANT).intact());
    }
}
