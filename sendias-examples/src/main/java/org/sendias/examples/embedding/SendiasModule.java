package org.sendias.examples.embedding;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.sendias.access.AccessPolicy;
import org.sendias.calendar.BankHolidayFile;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.calendar.WorkingDayCalendar;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.encryption.KeyProvider;
import org.sendias.jdbc.JdbcStore;
import org.sendias.service.CaseService;

/**
 * The objects an application needs to use sendias, wired once at start-up: a HikariCP connection pool, the
 * {@link JdbcStore} on it, the {@link DeadlineEngine}, the {@link AccessPolicy} and the {@link CaseService}. Every
 * one of them is immutable and thread-safe: create one module and share it. Closing the module closes the pool.
 *
 * <pre>{@code
 * try (SendiasModule sendias = SendiasModule.start(SendiasModule.Settings.of("jdbc:postgresql://db/sendias")
 *         .withCredentials("sendias_app", password))) {
 *     CaseService cases = sendias.caseService();
 *     ...
 * }
 * }</pre>
 *
 * <p>In a dependency-injection container, make each getter's object a singleton in the same way (see the README).
 */
public final class SendiasModule implements AutoCloseable {
    /** The largest number of connections the pool opens. */
    static final int POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final DeadlineEngine deadlineEngine;
    private final AccessPolicy accessPolicy;
    private final JdbcStore store;
    private final CaseService caseService;
    private final Clock clock;

    private SendiasModule(HikariDataSource dataSource, Settings settings) {
        this.dataSource = dataSource;
        this.clock = settings.clock();
        // 1. The deadline engine: the built-in calendars, or calendars updated from gov.uk's file
        this.deadlineEngine = settings.bankHolidays().map(DeadlineEngine::withBankHolidays)
            .orElseGet(DeadlineEngine::create);
        // 2. The store: migrates the schema (unless told not to) and indexes due dates with the same engine
        JdbcStore.Builder storeBuilder = JdbcStore.builder(dataSource)
            .migrate(settings.migrate())
            .deadlineEngine(deadlineEngine)
            .holidayCalendars(calendars(settings.bankHolidays()))
            .tenantSetting(settings.tenantSetting());
        settings.fieldKeys().ifPresent(storeBuilder::fieldEncryption);
        this.store = storeBuilder.build();
        // 3. Who may do what: the standard policy (advisers see only the cases allocated to them)
        this.accessPolicy = AccessPolicy.standard();
        // 4. The guarded, audited way in that the application calls
        this.caseService = CaseService.builder(store)
            .policy(accessPolicy)
            .clock(clock)
            .build();
    }

    /**
     * Opens the connection pool and wires the rest on it.
     *
     * @param settings where the database is and how to use it
     * @return the module; close it when the application stops
     * @throws org.sendias.jdbc.JdbcStoreException if the database cannot be reached or its schema migrated
     * @throws IllegalArgumentException if the database is neither PostgreSQL nor H2
     */
    public static SendiasModule start(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("sendias");
        pool.setJdbcUrl(settings.jdbcUrl());
        settings.username().ifPresent(pool::setUsername);
        settings.password().ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(POOL_SIZE);
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            return new SendiasModule(dataSource, settings);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The calendars stored school calendars were built on, by name: the built-in ones, or the same updated from the
     * file, so that a school calendar is read back on the calendar it was made with.
     */
    private static Function<String, WorkingDayCalendar> calendars(Optional<BankHolidayFile> file) {
        if (file.isEmpty()) {
            return HolidayCalendar::named;
        }
        Map<String, WorkingDayCalendar> updated = new HashMap<>();
        for (String name : HolidayCalendar.names()) {
            updated.put(name, HolidayCalendar.named(name).withBankHolidays(file.get()));
        }
        return name -> {
            WorkingDayCalendar calendar = updated.get(name);
            return calendar != null ? calendar : HolidayCalendar.named(name);
        };
    }

    /** @return the connection pool, for the application's own queries or health checks */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the store, for work the case service does not wrap (the outbox, the quarterly return) */
    public JdbcStore store() {
        return store;
    }

    /** @return the deadline engine the store indexes due dates with */
    public DeadlineEngine deadlineEngine() {
        return deadlineEngine;
    }

    /** @return the access policy the case service applies */
    public AccessPolicy accessPolicy() {
        return accessPolicy;
    }

    /** @return the case service: the way in for reads and changes of cases */
    public CaseService caseService() {
        return caseService;
    }

    /** @return the clock the case service reads the time from */
    public Clock clock() {
        return clock;
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * How to start a {@link SendiasModule}. Start from {@link #of(String)} and change what differs.
     *
     * @param jdbcUrl the database (PostgreSQL in production; H2 for trying things out)
     * @param username the database account, if the URL does not carry it
     * @param password its password, if any; never shown by {@link #toString()}
     * @param migrate whether to bring the schema up to date at start-up; turn it off where the application's account
     *     may not change the schema, and run {@link JdbcStore#migrate()} from one that may
     * @param tenantSetting whether each unit of work sets {@code sendias.tenant_id}, for PostgreSQL row-level security
     * @param fieldKeys the tenants' keys, to store names, dates of birth and free text encrypted
     * @param bankHolidays gov.uk's {@code bank-holidays.json}, read, to update the built-in calendars
     * @param clock where the time of every change and audit record comes from
     */
    public record Settings(String jdbcUrl, Optional<String> username, Optional<String> password, boolean migrate,
            boolean tenantSetting, Optional<KeyProvider> fieldKeys, Optional<BankHolidayFile> bankHolidays,
            Clock clock) {
        /** Checks that nothing is missing. */
        public Settings {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(fieldKeys, "fieldKeys");
            Objects.requireNonNull(bankHolidays, "bankHolidays");
            Objects.requireNonNull(clock, "clock");
        }

        /**
         * @param jdbcUrl the database
         * @return settings that migrate the schema, with no credentials, no tenant setting, no field encryption, the
         *     built-in calendars and the system clock in UTC
         */
        public static Settings of(String jdbcUrl) {
            return new Settings(jdbcUrl, Optional.empty(), Optional.empty(), true, false, Optional.empty(),
                Optional.empty(), Clock.systemUTC());
        }

        /**
         * @param user the database account
         * @param secret its password
         * @return these settings with the credentials
         */
        public Settings withCredentials(String user, String secret) {
            return new Settings(jdbcUrl, Optional.of(user), Optional.of(secret), migrate, tenantSetting, fieldKeys,
                bankHolidays, clock);
        }

        /**
         * @param run whether to migrate the schema at start-up
         * @return these settings, migrating or not
         */
        public Settings withMigrate(boolean run) {
            return new Settings(jdbcUrl, username, password, run, tenantSetting, fieldKeys, bankHolidays, clock);
        }

        /**
         * @param set whether each unit of work sets the tenant for row-level security (PostgreSQL only)
         * @return these settings, with the tenant setting or not
         */
        public Settings withTenantSetting(boolean set) {
            return new Settings(jdbcUrl, username, password, migrate, set, fieldKeys, bankHolidays, clock);
        }

        /**
         * @param keys the tenants' keys
         * @return these settings with field encryption at rest
         */
        public Settings withFieldEncryption(KeyProvider keys) {
            return new Settings(jdbcUrl, username, password, migrate, tenantSetting, Optional.of(keys), bankHolidays,
                clock);
        }

        /**
         * @param file gov.uk's file, read with {@link BankHolidayFile#read(java.nio.file.Path)}
         * @return these settings with the calendars updated from the file
         */
        public Settings withBankHolidays(BankHolidayFile file) {
            return new Settings(jdbcUrl, username, password, migrate, tenantSetting, fieldKeys, Optional.of(file),
                clock);
        }

        /**
         * @param time the clock
         * @return these settings with the clock
         */
        public Settings withClock(Clock time) {
            return new Settings(jdbcUrl, username, password, migrate, tenantSetting, fieldKeys, bankHolidays, time);
        }

        /** @return the settings without the password, and without the URL's options, which may carry one */
        @Override
        public String toString() {
            int options = jdbcUrl.replace('?', ';').indexOf(';');
            String database = options < 0 ? jdbcUrl : jdbcUrl.substring(0, options) + "(options hidden)";
            return "Settings[jdbcUrl=" + database + ", username=" + username.orElse("(none)") + ", password="
                + (password.isPresent() ? "(set)" : "(none)") + ", migrate=" + migrate + ", tenantSetting="
                + tenantSetting + ", fieldEncryption=" + fieldKeys.isPresent() + ", bankHolidays="
                + bankHolidays.map(BankHolidayFile::digest).orElse("built-in") + ", clock=" + clock + "]";
        }
    }
}
