package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.deadline.Rule;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.QuarterlyReturns;
import org.sendias.reporting.ReportingPeriod;
import org.sendias.reporting.ServiceLevelFigure;
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
        Json unitJson = jsonFor(tenant);
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

    /** @return the JSON mapping of a tenant's cases: sealing their personal fields under its key when encrypting */
    private Json jsonFor(TenantId tenant) {
        return cipher == null ? json : json.sealed(new FieldSeal(cipher, cipher.provider().keys(tenant)));
    }

    /**
     * Computes the commissioner's return for one service and period, with the figures and definitions of
     * {@link QuarterlyReturns#compute}, by grouped queries over the store's reporting index (tables
     * {@code sendias_report_*}), without reading cases into memory: the memory used does not grow with the number of
     * cases. The result equals {@code QuarterlyReturns.compute} over all the tenant's cases with this store's
     * deadline engine.
     *
     * <p>Service levels come from targets computed when each case was written, with this store's deadline engine
     * and the case's own numbers of working days. Where the contract's number differs from a case's, that case's
     * target is recomputed from its stored body (only cases whose referral arrived within the 531 days before the
     * period's end are read, in batches), so the figures stay exact; keep the cases' targets and the contract's the
     * same for the return to read no case at all.
     *
     * <p>Cases stored before the reporting index existed (schema version 4) are not counted until
     * {@link #rebuildReportingIndex} has been run for their tenant.
     *
     * @param tenant the service
     * @param period the period
     * @param terms the contract terms
     * @return the figures
     * @throws JdbcStoreException if the database fails
     */
    public QuarterlyReturn quarterlyReturn(TenantId tenant, ReportingPeriod period, ContractTerms terms) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(terms, "terms");
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                connection.setReadOnly(true);
                setTenant(connection, tenant);
                if (dialect == Dialect.POSTGRESQL) {
                    // a plan for the period and tenant at hand: a pooled connection's prepared statements would
                    // otherwise move to generic plans, much slower for these aggregates (PostgreSQL 12 or later)
                    try (Statement s = connection.createStatement()) {
                        s.execute("set local plan_cache_mode = force_custom_plan");
                    }
                }
                QuarterlyReturn result = new ReportQueries(connection, dialect, tenant, period, terms)
                    .compute(ids -> serviceLevelsFromBodies(connection, tenant, ids, period, terms));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw failure("computing the quarterly return for tenant " + tenant, e);
        }
    }

    /** The return over the given cases, read from their bodies in batches (used for their service levels). */
    private QuarterlyReturn serviceLevelsFromBodies(Connection connection, TenantId tenant, List<CaseId> ids,
            ReportingPeriod period, ContractTerms terms) {
        Json unitJson = jsonFor(tenant);
        long[] ack = new long[4];
        long[] first = new long[4];
        for (int from = 0; from < ids.size(); from += REPORT_BATCH) {
            List<CaseId> batch = ids.subList(from, Math.min(ids.size(), from + REPORT_BATCH));
            JdbcUnitOfWork unit = new JdbcUnitOfWork(connection, tenant, unitJson, engine, dialect);
            QuarterlyReturn part = QuarterlyReturns.compute(tenant, unit.readAll(batch).values(), period, terms,
                engine);
            unit.end();
            tally(ack, part.acknowledgement());
            tally(first, part.firstAppointment());
        }
        return withServiceLevels(tenant, period, terms, ack, first);
    }

    private QuarterlyReturn withServiceLevels(TenantId tenant, ReportingPeriod period, ContractTerms terms,
            long[] ack, long[] first) {
        QuarterlyReturn empty = QuarterlyReturns.compute(tenant, List.of(), period, terms, engine);
        return new QuarterlyReturn(tenant, period, terms, 0, empty.byEthnicity(), empty.byGender(),
            empty.byDisability(), empty.byFirstLanguage(), 0, empty.casesByDomain(), 0, empty.referralsByDomain(),
            empty.referralsBySource(), new ServiceLevelFigure(Rule.SERVICE_ACKNOWLEDGEMENT,
                terms.acknowledgementWorkingDays(), ack[0], ack[1], ack[2], ack[3]),
            new ServiceLevelFigure(Rule.SERVICE_FIRST_APPOINTMENT, terms.firstAppointmentWorkingDays(), first[0],
                first[1], first[2], first[3]), 0, 0, 0, 0, 0, 0, 0, 0, 0, empty.interpreterLanguages(),
            empty.contactsByAccessibleFormat());
    }

    private static void tally(long[] t, ServiceLevelFigure f) {
        t[0] += f.metOnTime();
        t[1] += f.metLate();
        t[2] += f.notMet();
        t[3] += f.disapplied();
    }

    /** Cases read per transaction by {@link #rebuildReportingIndex} and by the return's fallback. */
    static final int REPORT_BATCH = 500;

    /**
     * Rewrites a tenant's reporting index (the rows {@link #quarterlyReturn} aggregates) from the stored cases. Units
     * of work keep the index current as they write; run this once per tenant for cases stored before schema version
     * 4, which have no rows in it, or to repair it. Cases are taken in order of id, {@value #REPORT_BATCH} in each
     * transaction, so the work can be interrupted and run again; a case being changed meanwhile gets its rows from
     * whichever of the two writes commits last.
     *
     * @param tenant the tenant
     * @return how many cases were indexed
     * @throws IllegalStateException if a stored case cannot be read (with field encryption, its key is missing)
     * @throws JdbcStoreException if the database fails; the batches already done stay done
     */
    public long rebuildReportingIndex(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Json unitJson = jsonFor(tenant);
        long done = 0;
        UUID after = null;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    setTenant(connection, tenant);
                    List<CaseId> ids = new ArrayList<>();
                    try (PreparedStatement s = connection.prepareStatement("select case_id from sendias_case where "
                            + "tenant_id = ?" + (after == null ? "" : " and case_id > ?") + " order by case_id")) {
                        s.setString(1, tenant.value());
                        if (after != null) {
                            s.setObject(2, after);
                        }
                        s.setMaxRows(REPORT_BATCH);
                        try (ResultSet r = s.executeQuery()) {
                            while (r.next()) {
                                ids.add(new CaseId(r.getObject(1, UUID.class)));
                            }
                        }
                    }
                    if (ids.isEmpty()) {
                        connection.commit();
                        return done;
                    }
                    JdbcUnitOfWork unit = new JdbcUnitOfWork(connection, tenant, unitJson, engine, dialect);
                    Map<CaseId, Case> cases = unit.readAll(ids);
                    unit.end();
                    ReportRows.rewrite(connection, dialect, tenant, ids, cases.values(), engine);
                    connection.commit();
                    done += cases.size();
                    after = ids.get(ids.size() - 1).value();
                } catch (SQLException | RuntimeException e) {
                    rollback(connection, e);
                    throw e;
                }
            } catch (SQLException e) {
                throw failure("rebuilding the reporting index of tenant " + tenant, e);
            }
        }
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
