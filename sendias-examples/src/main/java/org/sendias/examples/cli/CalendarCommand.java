package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.calendar.Holiday;
import org.sendias.calendar.HolidayCalendar;

/**
 * {@code sendias-cli calendar}: lists a year's non-working days with their names, as JSON or as text.
 */
final class CalendarCommand {
    /** The options that take a value. */
    static final Set<String> OPTIONS = Set.of("--year", "--calendar", "--format", BankHolidayOption.NAME);

    private static final String DEFAULT_CALENDAR = "england-and-wales";

    private final int defaultYear;

    /** @param defaultYear the year listed when {@code --year} is not given */
    CalendarCommand(int defaultYear) {
        this.defaultYear = defaultYear;
    }

    /**
     * @param options the parsed options
     * @param out where the listing is written
     * @throws InvalidInputException naming the option at fault
     */
    void run(Options options, PrintStream out) {
        HolidayCalendar calendar = calendar(options.value("--calendar").orElse(DEFAULT_CALENDAR));
        String format = options.value("--format").orElse("json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new InvalidInputException("--format", "expected json or text, got " + Values.quote(format));
        }
        int year = options.value("--year").map(CalendarCommand::year).orElse(defaultYear);
        calendar = BankHolidayOption.apply(calendar, options.value(BankHolidayOption.NAME));
        List<Holiday> days = calendar.holidays(year);
        if (format.equals("text")) {
            days.forEach(day -> out.print(line(day) + "\n"));
        } else {
            Json.write(json(calendar, year, days), out);
        }
    }

    private static HolidayCalendar calendar(String name) {
        try {
            return HolidayCalendar.named(name);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--calendar", e.problem(), e);
        }
    }

    private static int year(String text) {
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--year", "expected a year such as 2027, got " + Values.quote(text), e);
        }
        if (year < HolidayCalendar.FIRST_YEAR || year > HolidayCalendar.LAST_YEAR) {
            throw new InvalidInputException("--year", "must be from " + HolidayCalendar.FIRST_YEAR + " to "
                + HolidayCalendar.LAST_YEAR + ", got " + year);
        }
        return year;
    }

    private static ObjectNode json(HolidayCalendar calendar, int year, List<Holiday> days) {
        ObjectNode result = Json.object();
        result.put("calendar", calendar.name());
        result.put("version", calendar.version());
        result.put("coverage", calendar.coverage().toString());
        result.put("year", year);
        result.put("projected", calendar.coverage().isProjected(LocalDate.of(year, 12, 31)));
        ArrayNode list = result.putArray("days");
        for (Holiday day : days) {
            list.addObject()
                .put("date", day.date().toString())
                .put("name", day.name())
                .put("kind", day.kind().name());
        }
        return result;
    }

    /** @return for example {@code 2027-01-01  Friday  New Year’s Day} */
    private static String line(Holiday day) {
        return day.date() + "  " + day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "  "
            + day.name();
    }
}
