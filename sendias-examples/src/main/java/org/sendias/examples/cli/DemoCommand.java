package org.sendias.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.jdbc.JdbcStore;
import org.sendias.jdbc.JdbcStoreException;

/**
 * {@code sendias-cli demo}: tells one family's story end to end through the guarded, audited {@code CaseService} on
 * the JDBC store (see {@link DemoScenario}), then writes two pages to a directory: {@value #TIMELINE}, the case's
 * statutory timeline as an SVG chart with a table (see {@link TimelinePicture}), and {@value #RETURN}, the quarterly
 * return.
 *
 * <p>By default the store is a new H2 database in memory; {@code --jdbc-url} runs on another database (PostgreSQL or
 * H2), whose sendias schema is created or migrated by Flyway first. Each run uses a new tenant, {@code demo-} and 8
 * random hex digits, so runs on the same database never meet.
 */
final class DemoCommand {
    /** The options that take a value. */
    static final Set<String> OPTIONS = Set.of("--jdbc-url", "--out");
    /** The directory the pages are written to when {@code --out} is not given, under the working directory. */
    static final String DEFAULT_OUT = "sendias-demo";
    /** The timeline page's file name. */
    static final String TIMELINE = "timeline.html";
    /** The quarterly return page's file name. */
    static final String RETURN = "quarterly-return.html";

    private final DeadlineEngine engine;
    private final RandomGenerator random;

    /**
     * @param engine the deadline engine
     * @param random where the tenant's random suffix comes from
     */
    DemoCommand(DeadlineEngine engine, RandomGenerator random) {
        this.engine = engine;
        this.random = random;
    }

    /**
     * @param options the parsed options
     * @param out standard output, for the narrative
     * @throws InvalidInputException naming the option at fault
     */
    void run(Options options, PrintStream out) {
        Path dir = directory(options.value("--out").orElse(DEFAULT_OUT));
        String url = options.value("--jdbc-url").orElse(null);
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        TenantId tenant = TenantId.of("demo-" + HexFormat.of().formatHex(suffix));
        boolean own = url == null;
        String jdbcUrl = own ? "jdbc:h2:mem:sendias-" + tenant.value() + ";DB_CLOSE_DELAY=-1" : url;
        try (HikariDataSource dataSource = ReportCommand.connect(jdbcUrl, "sendias-demo")) {
            JdbcStore store;
            try {
                store = JdbcStore.create(dataSource);
            } catch (JdbcStoreException | IllegalArgumentException | IllegalStateException e) {
                throw new InvalidInputException("--jdbc-url", "cannot create or migrate the sendias schema ("
                    + e.getClass().getSimpleName() + ")", e);
            }
            out.println("sendias demo: one family's case, from a school's referral to an appeal, on "
                + (own ? "H2 in memory" : "the database at --jdbc-url") + ", tenant " + tenant.value() + ".");
            out.println("The story runs from " + DemoScenario.FIRST_DAY + " to " + DemoScenario.AS_OF_DAY
                + "; statuses are as of " + DemoScenario.AS_OF_DAY + ". The names are invented.");
            DemoScenario.Result result = new DemoScenario(store, tenant, engine, out).run();
            String timeline = TimelinePicture.html("Statutory timeline of case " + result.caseId() + " ("
                + tenant.value() + ")", DemoScenario.AS_OF, result.rows());
            write(dir, TIMELINE, timeline);
            write(dir, RETURN, ReportCommand.render(result.published(), "html"));
            out.println();
            out.println("Files written to " + dir.toAbsolutePath().normalize() + ": " + TIMELINE
                + " (the case's " + result.rows().size() + " deadlines on a time axis) and " + RETURN + ".");
            if (own) {
                shutdown(dataSource);
            }
        }
    }

    private static Path directory(String value) {
        Path dir;
        try {
            dir = Path.of(value);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("--out", "is not a valid directory name", e);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("--out", "is a file, not a directory");
        }
        return dir;
    }

    private static void write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("--out", "cannot write " + name + " (" + e.getClass().getSimpleName()
                + ")", e);
        }
    }

    /** Drops the demo's own in-memory database, which would otherwise outlive the pool. */
    private static void shutdown(HikariDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("shutdown");
        } catch (SQLException e) {
            // the database is in memory and the process ends soon: nothing is lost
        }
    }
}
