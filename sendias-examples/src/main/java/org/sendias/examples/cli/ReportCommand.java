package org.sendias.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.jdbc.JdbcStore;
import org.sendias.jdbc.JdbcStoreException;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.PublishedReturn;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.QuarterlyReturns;
import org.sendias.reporting.ReportWriters;
import org.sendias.reporting.ReportingPeriod;
import org.sendias.reporting.SuppressionRule;

/**
 * {@code sendias-cli report}: the commissioner's quarterly return of one service, with small numbers suppressed, as
 * JSON, CSV or an HTML page. The cases come from a database written by sendias-jdbc, or from a built-in sample. The
 * return of the chosen quarter is published with the timeliness of the {@value #QUARTERS} quarters up to it. The
 * whole output is made before anything is written, so an error leaves no partial file.
 */
final class ReportCommand {
    /** The options that take a value. */
    static final Set<String> OPTIONS = Set.of("--tenant", "--year", "--quarter", "--format", "--out", "--k",
        "--jdbc-url");
    /** The options that take no value. */
    static final Set<String> FLAGS = Set.of("--sample");
    /** The tenant of the sample data set. */
    static final String SAMPLE_TENANT = "sample-iass";
    /** How many quarters the timeliness chart covers, the chosen one last. */
    static final int QUARTERS = 4;

    private final LocalDate today;
    private final DeadlineEngine engine;

    /**
     * @param today the day the default quarter is taken from: the last complete quarter before it
     * @param engine the deadline engine for the service levels
     */
    ReportCommand(LocalDate today, DeadlineEngine engine) {
        this.today = today;
        this.engine = engine;
    }

    /**
     * @param options the parsed options
     * @param out standard output, for the report when there is no {@code --out}
     * @throws InvalidInputException naming the option at fault
     */
    void run(Options options, PrintStream out) {
        String format = options.value("--format").orElse("json");
        if (!format.equals("json") && !format.equals("csv") && !format.equals("html")) {
            throw new InvalidInputException("--format", "expected json, csv or html, got " + Values.quote(format));
        }
        SuppressionRule rule = options.value("--k").map(ReportCommand::rule).orElse(SuppressionRule.standard());
        ReportingPeriod quarter = quarter(options);
        Path file = options.value("--out").map(ReportCommand::path).orElse(null);
        boolean sample = options.flag("--sample");
        String url = options.value("--jdbc-url").orElse(null);
        if (sample && url != null) {
            throw new InvalidInputException("--sample", "cannot be given with --jdbc-url");
        }
        TenantId tenant = tenant(options.value("--tenant").orElse(url == null ? SAMPLE_TENANT : null));

        PublishedReturn published;
        if (url == null) {
            List<Case> cases = sample(tenant, quarter);
            published = publish(quarter, rule,
                p -> QuarterlyReturns.compute(tenant, cases, p, ContractTerms.DEFAULT, engine));
        } else {
            published = fromDatabase(url, tenant, quarter, rule);
        }
        String text = render(published, format);
        if (file == null) {
            out.print(text);
        } else {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException("--out", "cannot write the file (" + e.getClass().getSimpleName()
                    + ")", e);
            }
        }
    }

    /** @return the last complete financial quarter (years starting in April) before {@code day} */
    static ReportingPeriod lastCompleteQuarter(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = (day.getMonthValue() + 8) % 12 / 3 + 1;
        return quarter == 1 ? ReportingPeriod.quarter(year - 1, 4) : ReportingPeriod.quarter(year, quarter - 1);
    }

    private ReportingPeriod quarter(Options options) {
        boolean year = options.value("--year").isPresent();
        boolean quarter = options.value("--quarter").isPresent();
        if (year != quarter) {
            throw new InvalidInputException(year ? "--quarter" : "--year", "is required with "
                + (year ? "--year" : "--quarter"));
        }
        if (!year) {
            return lastCompleteQuarter(today);
        }
        int y = number(options.value("--year").get(), "--year", ReportingPeriod.MIN_YEAR + 1, ReportingPeriod.MAX_YEAR);
        int q = number(options.value("--quarter").get(), "--quarter", 1, 4);
        return ReportingPeriod.quarter(y, q);
    }

    /**
     * @param last the last quarter
     * @return the {@value #QUARTERS} quarters up to and including it, oldest first
     */
    static List<ReportingPeriod> periods(ReportingPeriod last) {
        List<ReportingPeriod> periods = new ArrayList<>();
        int year = last.year();
        int quarter = last.quarter().getAsInt();
        for (int i = 0; i < QUARTERS; i++) {
            periods.add(0, ReportingPeriod.quarter(year, quarter));
            quarter--;
            if (quarter == 0) {
                quarter = 4;
                year--;
            }
        }
        return periods;
    }

    private static SuppressionRule rule(String text) {
        return SuppressionRule.withThreshold(number(text, "--k", 2, SuppressionRule.MAX_K));
    }

    private static int number(String text, String option, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option, "expected a whole number, got " + Values.quote(text), e);
        }
        if (n < min || n > max) {
            throw new InvalidInputException(option, "must be from " + min + " to " + max + ", got " + n);
        }
        return n;
    }

    private static TenantId tenant(String value) {
        if (value == null) {
            throw new InvalidInputException("--tenant", "is required with --jdbc-url");
        }
        try {
            return TenantId.of(value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--tenant", e.problem(), e);
        }
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("--out", "is not a valid file name", e);
        }
    }

    private static List<Case> sample(TenantId tenant, ReportingPeriod quarter) {
        List<Case> cases = new ArrayList<>();
        for (CaseChange c : SampleCases.build(tenant, quarter.end(), SampleCases.SEED, SampleCases.SIZE)) {
            cases.add(c.after());
        }
        return cases;
    }

    /**
     * @param last the last quarter
     * @param rule the small-number rule
     * @param compute the return of a quarter
     * @return the returns of the {@value #QUARTERS} quarters up to {@code last}, published as a series
     */
    static PublishedReturn publish(ReportingPeriod last, SuppressionRule rule,
            Function<ReportingPeriod, QuarterlyReturn> compute) {
        List<QuarterlyReturn> returns = new ArrayList<>();
        for (ReportingPeriod p : periods(last)) {
            returns.add(compute.apply(p));
        }
        return PublishedReturn.series(returns, rule);
    }

    /** The return aggregated in SQL by the store, from its reporting index: no case is loaded. */
    private PublishedReturn fromDatabase(String url, TenantId tenant, ReportingPeriod quarter, SuppressionRule rule) {
        try (HikariDataSource dataSource = connect(url, "sendias-report")) {
            JdbcStore store = JdbcStore.builder(dataSource).migrate(false).deadlineEngine(engine).build();
            return publish(quarter, rule, p -> store.quarterlyReturn(tenant, p, ContractTerms.DEFAULT));
        } catch (JdbcStoreException | IllegalArgumentException e) {
            throw new InvalidInputException("--jdbc-url", "cannot read the return from the database ("
                + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * @param url a JDBC URL, from {@code --jdbc-url}
     * @param poolName the pool's name
     * @return a small connection pool on it
     * @throws InvalidInputException on {@code --jdbc-url} if the database cannot be reached
     */
    static HikariDataSource connect(String url, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setPoolName(poolName);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            // the driver's message may quote the URL, and with it a password: only the type is shown
            throw new InvalidInputException("--jdbc-url", "cannot connect to the database ("
                + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * @param published the return
     * @param format json, csv or html
     * @return the return written in the format
     */
    static String render(PublishedReturn published, String format) {
        StringWriter text = new StringWriter();
        try {
            write(published, format, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(PublishedReturn published, String format, Writer out) throws IOException {
        switch (format) {
            case "csv" -> ReportWriters.writeCsv(published, out);
            case "html" -> ReportWriters.writeHtml(published, out);
            default -> ReportWriters.writeJson(published, out);
        }
    }
}
