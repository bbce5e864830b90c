package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.TenantId;
import org.sendias.equality.Gender;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.ReportingPeriod;

/**
 * V5 fills the new columns of the reporting index rows written under V4: the single run on case and event rows, one
 * person row per run with the run before, the runs of cases open once taken out of sendias_report_open, each
 * person's number of cases, and the shared mark.
 */
class ReportingMigrationTest {
    static final String A = "00000000-0000-0000-0000-00000000000a";
    static final String B = "00000000-0000-0000-0000-00000000000b";
    static final String C = "00000000-0000-0000-0000-00000000000c";
    static final String P = "00000000-0000-0000-0000-000000000001";
    static final String Q = "00000000-0000-0000-0000-000000000002";
    static final String R = "00000000-0000-0000-0000-000000000003";
    static final String S = "00000000-0000-0000-0000-000000000004";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void rowsWrittenUnderVersion4AreFilledIn(String dialect) throws Exception {
        DataSource ds;
        if (dialect.equals("h2")) {
            ds = Databases.h2();
        } else {
            try (Connection admin = Databases.postgres().getConnection(); Statement s = admin.createStatement()) {
                s.execute("create database sendias_report_migration");
            }
            ds = Databases.postgresServer().getDatabase("postgres", "sendias_report_migration");
        }
        Flyway.configure(JdbcStore.class.getClassLoader()).dataSource(ds)
            .locations("classpath:org/sendias/jdbc/migration/" + dialect).table("sendias_schema_history")
            .baselineOnMigrate(true).baselineVersion("0").target("4").load().migrate();
        // A: open once since May 2025 (P, Q); B: open in January 2025 and again from November (P, R); C: held (S)
        execute(ds, caseRow(A), caseRow(B), caseRow(C),
            reportRow(A), reportRow(B), reportRow(C),
            "insert into sendias_report_open values ('t', '" + A + "', date '2025-05-01', null)",
            "insert into sendias_report_open values ('t', '" + B + "', date '2025-01-06', date '2025-02-10')",
            "insert into sendias_report_open values ('t', '" + B + "', date '2025-11-03', null)",
            person(A, P, "'FEMALE'"), person(A, Q, "null"), person(B, P, "'FEMALE'"), person(B, R, "'MALE'"),
            person(C, S, "'MALE'"),
            "insert into sendias_report_event values ('t', '" + A + "', 'APPEAL_REGISTERED', date '2025-10-01', null)",
            "insert into sendias_report_event values ('t', '" + B + "', 'APPEAL_REGISTERED', date '2025-10-01', null)");

        JdbcStore store = JdbcStore.create(ds);

        assertEquals(List.of(A + " 1 2025-05-01 null", B + " 2 null null", C + " 0 null null"),
            rows(ds, "select case_id, open_runs, open_from, open_to from sendias_report_case order by case_id"));
        assertEquals(List.of(
                A + " " + P + " 2025-05-01 null null true", A + " " + Q + " 2025-05-01 null null false",
                B + " " + P + " 2025-01-06 2025-02-10 null true", B + " " + P + " 2025-11-03 null 2025-02-10 true",
                B + " " + R + " 2025-01-06 2025-02-10 null false", B + " " + R + " 2025-11-03 null 2025-02-10 false",
                C + " " + S + " null null null false"),
            rows(ds, "select case_id, party_id, open_from, open_to, previous_open_to, shared "
                + "from sendias_report_person order by case_id, party_id, open_from"));
        assertEquals(List.of(B + " 2025-01-06 2025-02-10", B + " 2025-11-03 null"),
            rows(ds, "select case_id, open_from, open_to from sendias_report_open order by case_id, open_from"),
            "only the runs of a case open more than once stay");
        assertEquals(List.of(A + " appeal_registered 2024-12-02 1 2025-05-01 null",
                B + " appeal_registered 2024-12-02 2 null null"),
            rows(ds, "select case_id, kind, arrived_on, open_runs, open_from, open_to from sendias_report_event "
                + "order by case_id"));
        assertEquals(List.of(P + " 2", Q + " 1", R + " 1", S + " 1"),
            rows(ds, "select party_id, cases from sendias_report_party order by party_id"));

        TenantId tenant = TenantId.of("t");
        QuarterlyReturn summer = store.quarterlyReturn(tenant, ReportingPeriod.calendarQuarter(2025, 3),
            ContractTerms.DEFAULT);
        assertEquals(1, summer.casesOpen(), "B is closed from February to November");
        assertEquals(2, summer.peopleUsingService());
        QuarterlyReturn year = store.quarterlyReturn(tenant, ReportingPeriod.year(2025, Month.APRIL),
            ContractTerms.DEFAULT);
        assertEquals(2, year.casesOpen());
        assertEquals(3, year.peopleUsingService(), "P once, Q and R");
        assertEquals(1, year.byGender().count(Gender.FEMALE));
        assertEquals(1, year.byGender().count(Gender.MALE));
        assertEquals(1, year.appealsLodged(), "B was closed from February to November: not involved in the 6 months");
    }

    private static String caseRow(String id) {
        return "insert into sendias_case (tenant_id, case_id, version, status, opened_at, body) values ('t', '" + id
            + "', 1, 'OPEN', timestamp with time zone '2025-01-06 09:00:00+00', '{}')";
    }

    private static String reportRow(String id) {
        return "insert into sendias_report_case (tenant_id, case_id, arrived_on, source, education, health, "
            + "social_care, ack_days, first_days) values ('t', '" + id + "', date '2024-12-02', 'SELF_REFERRAL', 1, 0, 0, 2, 5)";
    }

    private static String person(String caseId, String partyId, String gender) {
        return "insert into sendias_report_person (tenant_id, case_id, party_id, gender) values ('t', '" + caseId
            + "', '" + partyId + "', " + gender + ")";
    }

    private static void execute(DataSource ds, String... sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static List<String> rows(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(r.getObject(i)).toLowerCase(java.util.Locale.ROOT));
                }
                out.add(String.join(" ", values));
            }
        }
        return out;
    }
}
