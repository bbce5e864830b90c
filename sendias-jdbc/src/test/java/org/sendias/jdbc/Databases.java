package org.sendias.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.sendias.encryption.KeyProvider;

/**
 * The databases the tests run on: a PostgreSQL server started in-process once for the test run (the server binaries
 * come from a Maven artifact; nothing is installed), and H2 in memory.
 */
final class Databases {
    private static final AtomicInteger H2_NAMES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;

    private Databases() {
    }

    /** @return a pool on the shared PostgreSQL server, started on first use */
    static synchronized DataSource postgres() {
        if (pool == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            pool = pool(postgres.getJdbcUrl("postgres", "postgres"), 16);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                pool.close();
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the process is ending anyway
                }
            }));
        }
        return pool;
    }

    /** @return the shared PostgreSQL server, started on first use */
    static synchronized EmbeddedPostgres postgresServer() {
        postgres();
        return postgres;
    }

    /**
     * @param url a JDBC URL
     * @param size the most connections
     * @return a pool
     */
    static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    /** @return an empty sendias store on the shared PostgreSQL server */
    static JdbcStore emptyPostgresStore() {
        DataSource ds = postgres();
        JdbcStore store = JdbcStore.create(ds);
        truncate(ds);
        return store;
    }

    /**
     * @param keys the tenants' keys
     * @return an empty sendias store with field encryption on the shared PostgreSQL server
     */
    static JdbcStore emptyEncryptedPostgresStore(KeyProvider keys) {
        DataSource ds = postgres();
        JdbcStore store = JdbcStore.builder(ds).fieldEncryption(keys).build();
        truncate(ds);
        return store;
    }

    /**
     * @param keys the tenants' keys
     * @return an empty sendias store with field encryption on a new H2 database
     */
    static JdbcStore emptyEncryptedH2Store(KeyProvider keys) {
        return JdbcStore.builder(h2()).fieldEncryption(keys).build();
    }

    /** @return a new in-memory H2 database, kept while the JVM runs */
    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sendias" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** @return an empty sendias store on a new H2 database */
    static JdbcStore emptyH2Store() {
        return JdbcStore.create(h2());
    }

    /**
     * Empties the sendias tables of a PostgreSQL database, as their owner: the audit table's append-only triggers
     * are disabled for the delete, in the same transaction.
     */
    static void truncate(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table sendias_audit disable trigger user");
            for (String table : new String[] {"sendias_case_deadline", "sendias_case_note", "sendias_case_party",
                    "sendias_case", "sendias_report_party", "sendias_register", "sendias_outbox", "sendias_audit",
                    "sendias_audit_head"}) {
                s.execute("delete from " + table);
            }
            s.execute("alter table sendias_audit enable trigger user");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
