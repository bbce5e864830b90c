package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sendias.TenantId;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.calendar.WorkingDayCalendar;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.encryption.FieldCipher;
import org.sendias.encryption.KeyProvider;
import org.sendias.spi.AuditTrail;
import org.sendias.spi.Outbox;
import org.sendias.spi.StaleCaseException;
import org.sendias.spi.StaleRegisterException;
import org.sendias.spi.Store;
import org.sendias.spi.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sendias {@link Store} on PostgreSQL or H2 through JDBC.
 *
 * <p>Create it from the application's {@link DataSource} (a pooled one in production):
 * {@code JdbcStore.create(dataSource)} brings the schema up to date with Flyway migrations (tables prefixed
 * {@code sendias_}, history in {@code sendias_schema_history}) and returns the store. Use {@link #builder} to leave
 * migration to a database administrator, or to change the deadline engine that indexes due dates.
 *
 * <p>A unit of work runs on one connection. Its reads go to the database as they are asked for, each seeing the latest
 * committed data (read committed); a case is read with its parties and notes in one statement. Its writes are held
 * until the work returns and then sent in batches, in one transaction: case rows are updated only where their version is still the one read (else
 * {@link StaleCaseException}), registers likewise ({@link StaleRegisterException}), and the changes' events and audit
 * records are inserted in the same transaction, chained after the tenant's audit head, whose row is locked until the
 * commit. Any failure rolls the whole unit back. On a connection that comes
 * from the pool in auto-commit mode, a unit of work that writes nothing opens no transaction and sends no commit; with
 * {@code tenantSetting(true)}, or on a connection that is not in auto-commit mode, every unit of work is one
 * transaction from its first statement. Every statement is a prepared statement, and every statement names the
 * tenant.
 *
 * <p>With {@link Builder#fieldEncryption}, the names, dates of birth and free text of cases are stored encrypted with
 * per-tenant keys, and {@link #reencryptToCurrentKey} moves them to a new key after rotation.
 *
 * <p>The store holds no mutable state of its own and is safe to share between threads.
 */
public final class JdbcStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final DeadlineEngine engine;
    private final Json json;
    private final boolean tenantSetting;
    /** Encrypts the covered fields of cases; {@code null} without field encryption. */
    private final FieldCipher cipher;

    /** The databases the adapter supports. */
    enum Dialect {
        POSTGRESQL("postgresql"), H2("h2");

        private final String migrations;

        Dialect(String folder) {
            this.migrations = "classpath:org/sendias/jdbc/migration/" + folder;
        }

        static Dialect of(String productName) {
            String name = productName.toLowerCase(Locale.ROOT);
            if (name.contains("postgresql")) {
                return POSTGRESQL;
            }
            if (name.equals("h2")) {
                return H2;
            }
            throw new IllegalArgumentException("dataSource: the database is " + productName
                + "; sendias-jdbc supports PostgreSQL and H2");
        }
    }

    private JdbcStore(Builder b) {
        this.dataSource = b.dataSource;
        this.engine = b.engine;
        this.json = new Json(b.holidayCalendars);
        this.tenantSetting = b.tenantSetting;
        this.cipher = b.keys == null ? null : new FieldCipher(b.keys);
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw failure("connecting to the database", e);
        }
        if (tenantSetting && dialect != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("tenantSetting: row-level security is for PostgreSQL; the database is "
                + dialect);
        }
        if (b.migrate) {
            migrate();
        }
    }

    /**
     * Creates a store and brings its schema up to date.
     *
     * @param dataSource the database
     * @return the store
     * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
     * @throws JdbcStoreException if the database cannot be reached or a migration fails
     */
    public static JdbcStore create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * @param dataSource the database
     * @return a builder, for a store whose schema is migrated separately or that indexes due dates with another
     *     deadline engine
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Builds a {@link JdbcStore}. */
    public static final class Builder {
        private final DataSource dataSource;
        private boolean migrate = true;
        private DeadlineEngine engine = DeadlineEngine.create();
        private Function<String, WorkingDayCalendar> holidayCalendars = HolidayCalendar::named;
        private boolean tenantSetting;
        private KeyProvider keys;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * @param migrate whether {@link #build()} runs the schema migrations (default {@code true}); turn it off
         *     where the application's account may not change the schema, and run {@link JdbcStore#migrate()} from
         *     an account that may
         * @return this builder
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * @param engine the engine whose calendars index the cases' due dates (default {@link DeadlineEngine#create()});
         *     {@link org.sendias.spi.UnitOfWork#dueSoon} answers exactly for any engine, and answers fastest for this
         *     one
         * @return this builder
         */
        public Builder deadlineEngine(DeadlineEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /**
         * @param byName the public-holiday calendar a stored school calendar was built on, by name (default
         *     {@link HolidayCalendar#named}); supply it when school calendars are built on a calendar loaded from
         *     gov.uk's file, so that they are read back on the same one
         * @return this builder
         */
        public Builder holidayCalendars(Function<String, WorkingDayCalendar> byName) {
            this.holidayCalendars = Objects.requireNonNull(byName, "byName");
            return this;
        }

        /**
         * @param tenantSetting whether each unit of work first sets the PostgreSQL setting {@code sendias.tenant_id}
         *     to its tenant, for the row-level security policies in {@code postgresql-row-level-security.sql}
         *     (default {@code false}; PostgreSQL only)
         * @return this builder
         */
        public Builder tenantSetting(boolean tenantSetting) {
            this.tenantSetting = tenantSetting;
            return this;
        }

        /**
         * Turns on field encryption at rest: names, dates of birth and the free text of cases are written encrypted
         * (AES-256-GCM) under the tenant's current key, and read with whichever of its keys they name. Without it
         * (the default), a case stored encrypted cannot be read, and says so. See
         * {@link JdbcStore#reencryptToCurrentKey} for key rotation.
         *
         * @param keys the tenants' keys; asked once per unit of work
         * @return this builder
         */
        public Builder fieldEncryption(KeyProvider keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /**
         * @return the store
         * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2, or the tenant setting is
         *     asked for on H2
         * @throws JdbcStoreException if the database cannot be reached or a migration fails
         */
        public JdbcStore build() {
            return new JdbcStore(this);
        }
    }

    /**
     * Brings the schema up to date: applies the migrations not yet applied, in order. A database that already holds
     * other tables is baselined first, so sendias's tables can live beside an application's own.
     *
     * @return how many migrations were applied
     * @throws JdbcStoreException if a migration fails (it is rolled back where the database allows)
     */
    public int migrate() {
        try {
            int applied = Flyway.configure(JdbcStore.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations)
                .table("sendias_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
            LOG.info("sendias schema on {}: {} migrations applied", dialect, applied);
            return applied;
        } catch (RuntimeException e) {
            throw new JdbcStoreException("migrating the sendias schema failed", e);
        }
    }

    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        Json unitJson = cipher == null ? json : json.sealed(new FieldSeal(cipher, cipher.provider().keys(tenant)));
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw failure("opening a unit of work", e);
        }
        try (connection) {
            // Reads need no transaction of their own: under read committed each statement sees the latest committed
            // data either way, and writes wait for the commit. So a unit of work on an auto-commit connection starts
            // its transaction only when it has something to write, and a read-only one costs no commit round trip.
            // The tenant setting lives in a transaction, so with it every unit of work has one from the start.
            boolean deferred = !tenantSetting && connection.getAutoCommit();
            if (!deferred) {
                connection.setAutoCommit(false);
                setTenant(connection, tenant);
            }
            JdbcUnitOfWork unit = new JdbcUnitOfWork(connection, tenant, unitJson, engine, dialect);
            try {
                T result = work.apply(unit);
                if (unit.hasWrites() || !deferred) {
                    connection.setAutoCommit(false);
                    unit.flush();
                    connection.commit();
                }
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } catch (SQLException e) {
                rollback(connection, e);
                throw failure("writing a unit of work for tenant " + tenant, e);
            } finally {
                unit.end();
            }
        } catch (SQLException e) {
            throw failure("a unit of work for tenant " + tenant, e);
        }
    }

    /**
     * Re-encrypts under the tenant's current key every stored case part that is not under it yet: case bodies,
     * parties and notes written under an older key, or written before field encryption was turned on. Run it after
     * the key provider has made a new key current; once it returns, the older keys can be retired and everything
     * still reads.
     *
     * <p>Cases are taken in batches of {@value #REENCRYPTION_BATCH}, each batch in its own transaction, so the
     * work can be interrupted and run again (it only does what is left). A case is rewritten only if its version is
     * still the one read, and its content is not changed, so units of work running meanwhile are neither blocked for
     * long nor overwritten: a case changed while its batch was being read is read again and retried.
     *
     * @param tenant the tenant
     * @return how many rows were re-encrypted and how many were already under the current key
     * @throws IllegalStateException if the store was built without field encryption, or a stored value cannot be
     *     decrypted (its key retired too early, or the value altered)
     * @throws JdbcStoreException if the database fails; the batches already done stay done
     */
    public ReencryptionReport reencryptToCurrentKey(TenantId tenant) {
        return reencrypt(tenant, REENCRYPTION_BATCH, attempt -> { });
    }

    /** Cases re-encrypted per transaction. */
    static final int REENCRYPTION_BATCH = 200;

    /**
     * @param tenant the tenant
     * @param batch cases per transaction
     * @param afterRead called in each transaction after its rows are read and before they are written (for tests)
     * @return the report
     */
    ReencryptionReport reencrypt(TenantId tenant, int batch, java.util.function.IntConsumer afterRead) {
        Objects.requireNonNull(tenant, "tenant");
        if (cipher == null) {
            throw new IllegalStateException("the store was built without field encryption: there is nothing to "
                + "re-encrypt");
        }
        FieldSeal seal = new FieldSeal(cipher, cipher.provider().keys(tenant));
        return new Reencryption(this, tenant, json.sealed(seal), seal, batch, afterRead).run();
    }

    /**
     * Sets {@code sendias.tenant_id} for the current transaction, when the store was built to.
     *
     * @param connection a connection in a transaction
     * @param tenant the tenant
     */
    void setTenant(Connection connection, TenantId tenant) throws SQLException {
        if (tenantSetting) {
            try (PreparedStatement s = connection.prepareStatement("select set_config('sendias.tenant_id', ?, true)")) {
                s.setString(1, tenant.value());
                s.executeQuery().close();
            }
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public Outbox outbox() {
        return new JdbcOutbox(this);
    }

    @Override
    public AuditTrail auditTrail() {
        return new JdbcAuditTrail(this);
    }

    DataSource dataSource() {
        return dataSource;
    }

    Json json() {
        return json;
    }

    static JdbcStoreException failure(String doing, SQLException e) {
        return new JdbcStoreException(doing + ": database error (SQL state " + e.getSQLState() + ")", e);
    }

    @Override
    public String toString() {
        return "JdbcStore[" + dialect + "]";
    }
}
