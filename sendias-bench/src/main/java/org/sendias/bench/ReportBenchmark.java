package org.sendias.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sendias.TenantId;
import org.sendias.casework.CaseChange;
import org.sendias.jdbc.JdbcStore;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.ReportingPeriod;

/**
 * The commissioner's return of one service with 1,000,000 cases, aggregated in SQL by
 * {@link JdbcStore#quarterlyReturn} on embedded PostgreSQL, in a JVM limited to 512 MB of heap.
 *
 * <p>The setup generates {@value #GENERATED} cases arriving in the three years up to {@link #AS_OF}
 * ({@link StoreData#recentHistory}, a fixed seed), saves them through the store in units of work of 100 cases (so
 * that the store writes their reporting index), then copies them {@value #COPIES} times in SQL within the same
 * tenant under new case ids and new party ids: the case rows (with an empty body, to save disk) and their reporting
 * rows (and each person's number of cases is counted again). The return reads the reporting rows only, so the
 * parties', notes' and due dates' tables are not copied. It checks that the return over the copies is
 * {@value #COPIES} plus one times the return over the generated cases, then measures the return for the year from
 * April 2025 (all its figures, service levels included, under the default contract terms). The setup ends with a
 * vacuum and a checkpoint, so that writing out the copies does not fall in the measurement. The setup takes a few
 * minutes and needs a few GB of temporary disk.
 *
 * <p>Run with {@code java -jar sendias-bench/target/sendias-bench.jar ReportBenchmark}. Target: under 3 seconds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class ReportBenchmark {
    /** Cases generated and saved through the store. */
    public static final int GENERATED = 10_000;
    /** Copies made of them in SQL, in the same tenant. */
    public static final int COPIES = 99;
    /** The last day with activity; cases arrive in the three years up to it. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    /** The period measured: the year from April 2025. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.year(2025, Month.APRIL);
    /** The seed of every generated case. */
    public static final long SEED = 20_261_124L;

    private static final TenantId TENANT = TenantId.of("iass-report");

    /** A database with one service of 1,000,000 cases. */
    @State(Scope.Benchmark)
    public static class MillionCases {
        BenchDatabase db;
        JdbcStore store;

        /**
         * Fills the database and checks the copies.
         *
         * @throws SQLException if the copies cannot be made
         */
        @Setup(Level.Trial)
        public void setUp() throws SQLException {
            db = BenchDatabase.start(Map.of());
            store = JdbcStore.create(db.dataSource());
            SplittableRandom random = new SplittableRandom(SEED);
            long started = System.nanoTime();
            for (int from = 0; from < GENERATED; from += 500) {
                List<List<CaseChange>> some = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    some.add(StoreData.recentHistory(TENANT, AS_OF.minusYears(3), AS_OF, random));
                }
                StoreData.save(store, TENANT, some, 100);
            }
            System.out.printf("%n%d cases saved through the store in %.0f s%n", GENERATED,
                (System.nanoTime() - started) / 1e9);
            QuarterlyReturn one = store.quarterlyReturn(TENANT, PERIOD, ContractTerms.DEFAULT);
            started = System.nanoTime();
            copy();
            System.out.printf("copied %d times in SQL in %.0f s%n", COPIES, (System.nanoTime() - started) / 1e9);
            QuarterlyReturn all = store.quarterlyReturn(TENANT, PERIOD, ContractTerms.DEFAULT);
            long n = COPIES + 1L;
            if (all.casesOpen() != n * one.casesOpen() || all.referrals() != n * one.referrals()
                    || all.peopleUsingService() != n * one.peopleUsingService()
                    || all.acknowledgement().due() != n * one.acknowledgement().due()
                    || all.contactsWithInterpreter() != n * one.contactsWithInterpreter()) {
                throw new IllegalStateException("the copies do not multiply the return: " + one + " then " + all);
            }
            System.out.printf("return over %d cases: %d open, %d referrals, %d people, acknowledgement due %d%n",
                GENERATED * n, all.casesOpen(), all.referrals(), all.peopleUsingService(), all.acknowledgement().due());
        }

        /** Copies the tenant's cases and reporting rows {@value #COPIES} times under new ids. */
        private void copy() throws SQLException {
            db.execute("create unlogged table bench_copy (g integer not null, old_id uuid not null, "
                    + "new_id uuid not null)",
                "insert into bench_copy select g, c.case_id, gen_random_uuid() from sendias_case c, "
                    + "generate_series(1, " + COPIES + ") g where c.tenant_id = '" + TENANT.value() + "'",
                "create index on bench_copy (old_id)",
                "analyze bench_copy");
            String from = " from bench_copy b join %s x on x.tenant_id = '" + TENANT.value()
                + "' and x.case_id = b.old_id";
            db.execute("insert into sendias_case (tenant_id, case_id, version, status, opened_at, adviser_id, body) "
                    + "select x.tenant_id, b.new_id, x.version, x.status, x.opened_at, x.adviser_id, '{}'"
                    + String.format(from, "sendias_case"),
                "insert into sendias_report_case select x.tenant_id, b.new_id, x.arrived_on, x.source, x.education, "
                    + "x.health, x.social_care, x.ack_days, x.ack_due_on, x.ack_met_on, x.ack_released_on, "
                    + "x.first_days, x.first_due_on, x.first_met_on, x.first_released_on, x.open_runs, x.open_from, "
                    + "x.open_to"
                    + String.format(from, "sendias_report_case"),
                "insert into sendias_report_open select x.tenant_id, b.new_id, x.open_from, x.open_to"
                    + String.format(from, "sendias_report_open"),
                "insert into sendias_report_person select x.tenant_id, b.new_id, "
                    + "cast(md5(x.party_id::text || b.g::text) as uuid), x.ethnic_group, x.gender, x.disability, "
                    + "x.first_language, x.open_from, x.open_to, x.previous_open_to, x.shared"
                    + String.format(from, "sendias_report_person"),
                "insert into sendias_report_event select x.tenant_id, b.new_id, x.kind, x.on_date, x.detail, "
                    + "x.arrived_on, x.open_runs, x.open_from, x.open_to"
                    + String.format(from, "sendias_report_event"),
                "drop table bench_copy",
                "delete from sendias_report_party where tenant_id = '" + TENANT.value() + "'",
                "insert into sendias_report_party select tenant_id, party_id, count(distinct case_id) from "
                    + "sendias_report_person where tenant_id = '" + TENANT.value() + "' group by tenant_id, party_id",
                "vacuum analyze",
                "checkpoint");
        }

        /** Stops the server. */
        @TearDown(Level.Trial)
        public void tearDown() {
            db.close();
        }
    }

    /**
     * @param data the database
     * @return the return for the year from April 2025
     */
    @Benchmark
    public QuarterlyReturn yearlyReturnOfAMillionCases(MillionCases data) {
        return data.store.quarterlyReturn(TENANT, PERIOD, ContractTerms.DEFAULT);
    }
}
