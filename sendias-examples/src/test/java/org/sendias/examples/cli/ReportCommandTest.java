package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.jdbc.JdbcStore;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.PublishedReturn;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.QuarterlyReturns;
import org.sendias.reporting.ReportWriters;
import org.sendias.reporting.ReportingPeriod;
import org.sendias.reporting.SuppressionRule;

class ReportCommandTest {
    private static Cli.Result report(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run("", all);
    }

    @Test
    void sampleAsJson_isTheLastCompleteQuarterBeforeToday_withFourQuartersOfTimeliness() {
        Cli.Result result = report("--sample");
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        JsonNode json = result.json();
        assertEquals("sample-iass", json.get("tenant").asText());
        assertEquals("2026-27 Q1", json.get("period").asText(), "the clock reads 1 July 2026");
        assertEquals(5, json.get("k").asInt());
        assertEquals(4, json.get("timeliness").size());
        assertEquals("2025-26 Q2", json.get("timeliness").get(0).get("period").asText());
        JsonNode people = json.get("figures").get(0);
        assertEquals("people-using-service", people.get("code").asText());
        assertTrue(people.get("value").asLong() > 200, people.toString());
        assertTrue(json.get("rates").get(0).get("percent").isNumber(), "acknowledgement has a figure");
        assertTrue(result.out().contains("\"[c]\""), "some small counts are suppressed");
        assertFalse(result.out().contains("Sample child") || result.out().contains("Sample parent"));
        for (JsonNode table : json.get("tables")) {
            for (JsonNode cell : table.get("rows").get(0).get("cells")) {
                assertFalse(cell.isNumber() && cell.asLong() >= 1 && cell.asLong() < 5, table.toString());
            }
        }
        assertEquals(result.out(), report().out(), "the sample is the default, and the same every time");
    }

    @Test
    void lastCompleteQuarter_isTheFinancialQuarterBeforeTheOneTodayIsIn() {
        assertEquals(ReportingPeriod.quarter(2025, 4), ReportCommand.lastCompleteQuarter(LocalDate.of(2026, 4, 1)));
        assertEquals(ReportingPeriod.quarter(2025, 3), ReportCommand.lastCompleteQuarter(LocalDate.of(2026, 3, 31)));
        assertEquals(ReportingPeriod.quarter(2026, 1), ReportCommand.lastCompleteQuarter(LocalDate.of(2026, 7, 1)));
        assertEquals(ReportingPeriod.quarter(2026, 2), ReportCommand.lastCompleteQuarter(LocalDate.of(2026, 12, 31)));
        Cli.Result result = Cli.run(Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC),
            new ByteArrayInputStream(new byte[0]), "report");
        assertEquals("2026-27 Q3", result.json().get("period").asText());
    }

    @Test
    void sampleAsCsv_hasAHeaderAndFourFieldsALine() {
        Cli.Result result = report("--sample", "--format", "csv", "--year", "2026", "--quarter", "2", "--k", "10");
        assertEquals(0, result.status(), result.err());
        List<String> lines = List.of(result.out().split("\r\n"));
        assertEquals("section,row,column,value", lines.get(0));
        assertTrue(lines.contains("return,period,,2026-27 Q2"));
        assertTrue(lines.contains("return,k,,10"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("people-by-ethnicity,all,white,")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("timeliness,2025-26 Q3,acknowledgement-on-time,")));
        for (String line : lines) {
            assertEquals(4, line.split(",", -1).length, line);
            String value = line.substring(line.lastIndexOf(',') + 1);
            if (value.matches("\\d+") && !line.startsWith("return,")) {
                long n = Long.parseLong(value);
                assertFalse(n >= 1 && n < 10, line);
            }
        }
    }

    @Test
    void sampleAsHtml_isOnePageWithTheChart() {
        Cli.Result result = report("--format", "html");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("<!DOCTYPE html>"));
        assertTrue(result.out().contains("<svg"));
        assertTrue(result.out().contains("sample-iass, 2026-27 Q1"));
        assertFalse(result.out().contains("<script"));
    }

    @Test
    void out_writesTheFile_andNothingToStandardOutput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("return.html");
        Cli.Result result = report("--sample", "--format", "html", "--out", file.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.out());
        assertEquals(report("--format", "html").out(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--format xml|--format",
        "--quarter 5 --year 2026|--quarter",
        "--quarter x --year 2026|--quarter",
        "--year 1999 --quarter 1|--year",
        "--year 2026|--quarter",
        "--quarter 2|--year",
        "--k 1|--k",
        "--k many|--k",
        "--tenant BAD_TENANT!|--tenant",
        "--jdbc-url jdbc:h2:mem:report-missing|--tenant",
        "--sample --jdbc-url jdbc:h2:mem:x --tenant t|--sample",
        "--jdbc-url jdbc:nosuchdriver:x --tenant t|--jdbc-url",
    })
    void badOptionValues_exitWithTwo_andAMessageNamingTheOption(String args, String option) {
        Cli.Result result = report(args.split(" "));
        assertEquals(SendiasCli.INVALID, result.status(), result.err());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(option + ": "), result.err());
    }

    @Test
    void anUnknownOrRepeatedOption_isAUsageError_showingTheReportUsage() {
        Cli.Result unknown = report("--bogus", "1");
        assertEquals(SendiasCli.INVALID, unknown.status());
        assertTrue(unknown.err().startsWith("sendias-cli: unknown option --bogus"), unknown.err());
        assertTrue(unknown.err().contains("Usage: sendias-cli report"));
        Cli.Result twice = report("--sample", "--sample");
        assertEquals(SendiasCli.INVALID, twice.status());
        assertTrue(twice.err().contains("--sample is given more than once"), twice.err());
        Cli.Result missing = report("--out");
        assertTrue(missing.err().contains("option --out needs a value"), missing.err());
    }

    @Test
    void help_showsTheReportUsage_andTheMainHelpListsTheCommand() {
        Cli.Result help = report("--help");
        assertEquals(0, help.status());
        assertEquals(Usage.REPORT, help.out());
        assertTrue(Cli.run("", "--help").out().contains("report      the commissioner's quarterly return"));
    }

    @Test
    void jdbcUrl_readsTheTenantsCasesFromADatabaseWrittenByJdbcStore() throws IOException {
        String url = "jdbc:h2:mem:report-cli-test;DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        JdbcStore store = JdbcStore.builder(ds).build();
        TenantId tenant = TenantId.of("camden-iass");
        ReportingPeriod q2 = ReportingPeriod.quarter(2026, 2);
        List<CaseChange> changes = SampleCases.build(tenant, q2.end(), 7, 80);
        store.inTransaction(tenant, w -> {
            changes.forEach(w::save);
            return null;
        });
        TenantId other = TenantId.of("other-iass");
        List<CaseChange> others = SampleCases.build(other, q2.end(), 8, 20);
        store.inTransaction(other, w -> {
            others.forEach(w::save);
            return null;
        });

        Cli.Result result = report("--jdbc-url", url, "--tenant", "camden-iass", "--year", "2026", "--quarter", "2");
        assertEquals(0, result.status(), result.err());

        List<Case> cases = new ArrayList<>();
        changes.forEach(c -> cases.add(c.after()));
        DeadlineEngine engine = DeadlineEngine.create();
        List<QuarterlyReturn> returns = new ArrayList<>();
        for (ReportingPeriod p : List.of(ReportingPeriod.quarter(2025, 3), ReportingPeriod.quarter(2025, 4),
                ReportingPeriod.quarter(2026, 1), q2)) {
            returns.add(QuarterlyReturns.compute(tenant, cases, p, ContractTerms.DEFAULT, engine));
        }
        StringWriter expected = new StringWriter();
        ReportWriters.writeJson(PublishedReturn.series(returns, SuppressionRule.standard()), expected);
        assertEquals(expected.toString(), result.out());
        assertTrue(result.json().get("figures").get(0).get("value").asLong() > 0
            || result.json().get("figures").get(0).get("value").asText().equals("[c]"));

        Cli.Result empty = report("--jdbc-url", url, "--tenant", "nobody-iass", "--year", "2026", "--quarter", "2");
        assertEquals(0, empty.status(), empty.err());
        assertEquals(0, empty.json().get("figures").get(0).get("value").asLong(), "another tenant's cases never count");
    }
}
