package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.calendar.WorkingDayCalendar;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ExceptionReason;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;

/**
 * Reads one scenario object of the {@code deadlines} command into a {@link Scenario}. Errors name the field by its
 * path from the scenario (the caller prefixes {@code [i]} for an element of an array).
 */
final class ScenarioReader {
    private static final List<String> FIELDS = List.of("process", "events", "asOf", "exceptions", "parameters",
        "schoolCalendar");
    private static final List<String> EXCEPTION_FIELDS = List.of("rule", "reason", "from", "to", "recordedBy", "note");

    private final WorkingDayCalendar publicHolidays;

    /** @param publicHolidays the public holidays a school calendar is built on (the engine's England calendar) */
    ScenarioReader(WorkingDayCalendar publicHolidays) {
        this.publicHolidays = publicHolidays;
    }

    /**
     * @param node a scenario object
     * @return the scenario
     * @throws InvalidInputException naming the field at fault
     */
    Scenario read(JsonNode node) {
        Fields fields = Fields.of(node, "", FIELDS);
        ProcessType process = Values.constant(ProcessType.class, fields.required("process"), "process", "process");
        ProcessHistory history = events(ProcessHistory.of(process), fields.required("events"), fields.path("events"));
        JsonNode exceptions = fields.optional("exceptions");
        if (exceptions != null) {
            history = exceptions(history, exceptions, fields.path("exceptions"));
        }
        JsonNode parameters = fields.optional("parameters");
        if (parameters != null) {
            history = Parameters.read(parameters, fields.path("parameters")).applyTo(history);
        }
        JsonNode school = fields.optional("schoolCalendar");
        if (school != null) {
            history = history.withSchoolCalendar(
                SchoolCalendarReader.read(school, fields.path("schoolCalendar"), publicHolidays));
        }
        JsonNode asOf = fields.optional("asOf");
        return new Scenario(history,
            asOf == null ? Optional.empty() : Optional.of(Values.date(asOf, fields.path("asOf"), true)));
    }

    /** Records each event; a JSON {@code null} date counts as not recorded. A date of birth is never quoted. */
    private static ProcessHistory events(ProcessHistory history, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected an object of event names and dates, got "
                + Values.kind(node));
        }
        ProcessHistory result = history;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String eventPath = Fields.child(path, entry.getKey());
            EventType event = Values.constantOrNull(EventType.class, entry.getKey());
            if (event == null) {
                throw new InvalidInputException(eventPath, "unknown event; the events of process "
                    + history.process() + " are " + Values.names(history.process().events()));
            }
            if (!entry.getValue().isNull()) {
                LocalDate date = Values.date(entry.getValue(), eventPath, event != EventType.DATE_OF_BIRTH);
                result = result.with(event, date);
            }
        }
        return result;
    }

    private static ProcessHistory exceptions(ProcessHistory history, JsonNode node, String path) {
        List<JsonNode> elements = Values.array(node, path);
        ProcessHistory result = history;
        for (int i = 0; i < elements.size(); i++) {
            result = result.withException(exception(elements.get(i), Fields.element(path, i)));
        }
        return result;
    }

    /** Reads one exception; its {@code note} is checked to be a string but never shown anywhere. */
    private static ExceptionRecord exception(JsonNode node, String path) {
        Fields fields = Fields.of(node, path, EXCEPTION_FIELDS);
        Rule rule = Values.constant(Rule.class, fields.required("rule"), fields.path("rule"), "rule");
        ExceptionReason reason = Values.constant(ExceptionReason.class, fields.required("reason"),
            fields.path("reason"), "reason");
        LocalDate from = Values.date(fields.required("from"), fields.path("from"), true);
        Optional<LocalDate> to = Optional.ofNullable(fields.optional("to"))
            .map(value -> Values.date(value, fields.path("to"), true));
        Optional<String> recordedBy = Optional.ofNullable(fields.optional("recordedBy"))
            .map(value -> Values.text(value, fields.path("recordedBy")));
        Optional<String> note = Optional.ofNullable(fields.optional("note"))
            .map(value -> Values.text(value, fields.path("note")));
        try {
            return new ExceptionRecord(rule, reason, from, to, recordedBy, note);
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }
}
