package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.casework.CaseChange;

/**
 * The optional row-level security: with the policies installed and the store setting its tenant, the application's
 * role reaches one tenant's rows per transaction even through its own SQL.
 */
class PostgresRowLevelSecurityTest {
    private static final TenantId A = TenantId.of("service-a");
    private static final TenantId B = TenantId.of("service-b");

    @Test
    void theApplicationsRoleSeesOnlyTheTenantOfTheUnitOfWork() throws Exception {
        try (Connection admin = Databases.postgres().getConnection(); Statement s = admin.createStatement()) {
            s.execute("create database sendias_rls");
            s.execute("create role sendias_app login");
        }
        DataSource owner = Databases.postgresServer().getDatabase("postgres", "sendias_rls");
        JdbcStore.create(owner);
        try (Connection c = owner.getConnection(); Statement s = c.createStatement();
                InputStream script = JdbcStore.class.getResourceAsStream("postgresql-row-level-security.sql")) {
            s.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
            s.execute("grant select, insert, update, delete on all tables in schema public to sendias_app");
            s.execute("grant usage on all sequences in schema public to sendias_app");
        }
        DataSource app = Databases.postgresServer().getDatabase("sendias_app", "sendias_rls");
        JdbcStore store = JdbcStore.builder(app).migrate(false).tenantSetting(true).build();

        CaseChange ours = JdbcStoreContract.open(A, "Zoë");
        CaseChange theirs = JdbcStoreContract.open(B, "Amara");
        for (CaseChange c : List.of(ours, theirs)) {
            store.inTransaction(c.after().tenant(), w -> {
                w.save(c);
                return null;
            });
        }
        assertEquals(List.of(ours.after().id()), store.inTransaction(A, w -> w.caseIds()));
        assertEquals(ours.after().snapshot(), store.inTransaction(A, w -> w.findCase(ours.after().id()))
            .orElseThrow().snapshot());

        // the application's own SQL, on its own connection: one tenant's rows with the setting, none without
        assertEquals(1, countCases(app, A.value()));
        assertEquals(1, countCases(app, B.value()));
        assertEquals(0, countCases(app, null));
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            setTenant(c, A.value());
            try (PreparedStatement s = c.prepareStatement("update sendias_case set status = 'CLOSED' "
                    + "where tenant_id = ?")) {
                s.setString(1, B.value());
                assertEquals(0, s.executeUpdate(), "another tenant's rows cannot be changed");
            }
            try (PreparedStatement s = c.prepareStatement("insert into sendias_register (tenant_id, kind, version, "
                    + "body) values (?, 'gifts', 1, '{}')")) {
                s.setString(1, B.value());
                assertThrows(SQLException.class, s::executeUpdate, "another tenant's rows cannot be written");
            }
            c.rollback();
        }
        assertThrows(IllegalArgumentException.class,
            () -> JdbcStore.builder(Databases.h2()).tenantSetting(true).build());
    }

    private static int countCases(DataSource app, String tenant) throws SQLException {
        try (Connection c = app.getConnection()) {
            c.setAutoCommit(false);
            if (tenant != null) {
                setTenant(c, tenant);
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from sendias_case")) {
                r.next();
                int count = r.getInt(1);
                c.commit();
                return count;
            }
        }
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('sendias.tenant_id', ?, true)")) {
            s.setString(1, tenant);
            s.executeQuery().close();
        }
    }

}
