package org.sendias.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.sendias.InvalidInputException;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.conflicts.ConflictCheck;

/**
 * The sendias command-line tool.
 *
 * <pre>
 * sendias-cli deadlines [--bank-holidays FILE] &lt; scenarios.json
 * sendias-cli calendar [--year YEAR] [--calendar NAME] [--format json|text] [--bank-holidays FILE]
 * sendias-cli conflicts &lt; checks.json
 * sendias-cli report [--sample | --jdbc-url URL --tenant ID] [--year YEAR --quarter N] [--format json|csv|html]
 *                    [--out FILE] [--k N]
 * sendias-cli demo [--jdbc-url URL] [--out DIR]
 * </pre>
 *
 * <p>Exit status: {@value #OK} on success; {@value #INVALID} for an unknown command or option (usage on standard
 * error) or invalid input (one message naming the field on standard error, nothing on standard output);
 * {@value #INTERNAL_ERROR} for an unexpected failure (a one-line message).
 */
public final class SendiasCli {
    /** Exit status on success. */
    public static final int OK = 0;
    /** Exit status for an unexpected failure. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit status for invalid usage or input. */
    public static final int INVALID = 2;

    /** The time zone "today" is taken in. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    /** @param clock the clock today's date is read from, in {@link #LONDON} whatever the clock's own zone */
    public SendiasCli(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the tool on the system clock and streams, writing UTF-8, and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int status = new SendiasCli(Clock.system(LONDON)).run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command.
     *
     * @param args the command line
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return dispatch(Arrays.asList(args), in, out);
        } catch (UsageException e) {
            err.print("sendias-cli: " + e.getMessage() + "\n\n" + e.usage());
            return INVALID;
        } catch (InvalidInputException e) {
            err.print(e.getMessage() + "\n");
            return INVALID;
        } catch (RuntimeException e) {
            // the message of an unexpected failure could carry input data, so only its type is shown
            err.print("sendias-cli: internal error (" + e.getClass().getName() + "); please report it\n");
            return INTERNAL_ERROR;
        }
    }

    private int dispatch(List<String> args, InputStream in, PrintStream out) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given", Usage.MAIN);
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "-h":
            case "--help":
                out.print(Usage.MAIN);
                return OK;
            case "deadlines":
                Options deadlines = Options.parse(rest, Set.of(BankHolidayOption.NAME), Usage.DEADLINES);
                if (deadlines.help()) {
                    out.print(Usage.DEADLINES);
                } else {
                    new DeadlinesCommand(BankHolidayOption.engine(deadlines.value(BankHolidayOption.NAME)), today())
                        .run(in, out);
                }
                return OK;
            case "calendar":
                Options calendar = Options.parse(rest, CalendarCommand.OPTIONS, Usage.CALENDAR);
                if (calendar.help()) {
                    out.print(Usage.CALENDAR);
                } else {
                    new CalendarCommand(today().getYear()).run(calendar, out);
                }
                return OK;
            case "conflicts":
                Options conflicts = Options.parse(rest, Set.of(), Usage.CONFLICTS);
                if (conflicts.help()) {
                    out.print(Usage.CONFLICTS);
                } else {
                    new ConflictsCommand(ConflictCheck.standard(), today()).run(in, out);
                }
                return OK;
            case "report":
                Options report = Options.parse(rest, ReportCommand.OPTIONS, ReportCommand.FLAGS, Usage.REPORT);
                if (report.help()) {
                    out.print(Usage.REPORT);
                } else {
                    new ReportCommand(today(), DeadlineEngine.create()).run(report, out);
                }
                return OK;
            case "demo":
                Options demo = Options.parse(rest, DemoCommand.OPTIONS, Usage.DEMO);
                if (demo.help()) {
                    out.print(Usage.DEMO);
                } else {
                    new DemoCommand(DeadlineEngine.create(), new SplittableRandom()).run(demo, out);
                }
                return OK;
            default:
                throw new UsageException((command.startsWith("-") ? "unknown option " : "unknown command ")
                    + command, Usage.MAIN);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), false, StandardCharsets.UTF_8);
    }
}
