package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendias.InvalidInputException;
import org.sendias.calendar.SchoolCalendar;
import org.sendias.calendar.WorkingDayCalendar;

/** Reads a scenario's {@code schoolCalendar}: {@code {"terms": [{"start", "end"}...], "closedDays": [...]}}. */
final class SchoolCalendarReader {
    private static final List<String> FIELDS = List.of("terms", "closedDays");
    private static final List<String> TERM_FIELDS = List.of("start", "end");

    private SchoolCalendarReader() {
    }

    /**
     * @param node the {@code schoolCalendar} object
     * @param path its path
     * @param publicHolidays the public holidays on which the school does not meet
     * @return the school calendar
     * @throws InvalidInputException naming the term or closure day at fault
     */
    static SchoolCalendar read(JsonNode node, String path, WorkingDayCalendar publicHolidays) {
        Fields fields = Fields.of(node, path, FIELDS);
        List<SchoolCalendar.Term> terms = new ArrayList<>();
        List<JsonNode> termNodes = Values.array(fields.required("terms"), fields.path("terms"));
        for (int i = 0; i < termNodes.size(); i++) {
            terms.add(term(termNodes.get(i), Fields.element(fields.path("terms"), i)));
        }
        List<LocalDate> closedDays = new ArrayList<>();
        JsonNode closed = fields.optional("closedDays");
        if (closed != null) {
            List<JsonNode> dayNodes = Values.array(closed, fields.path("closedDays"));
            for (int i = 0; i < dayNodes.size(); i++) {
                closedDays.add(Values.date(dayNodes.get(i), Fields.element(fields.path("closedDays"), i), true));
            }
        }
        try {
            return SchoolCalendar.of(terms, closedDays, publicHolidays);
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }

    private static SchoolCalendar.Term term(JsonNode node, String path) {
        Fields fields = Fields.of(node, path, TERM_FIELDS);
        LocalDate start = Values.date(fields.required("start"), fields.path("start"), true);
        LocalDate end = Values.date(fields.required("end"), fields.path("end"), true);
        try {
            return new SchoolCalendar.Term(start, end);
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }
}
