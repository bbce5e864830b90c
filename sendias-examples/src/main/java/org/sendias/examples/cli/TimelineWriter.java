package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.Timeline;

/**
 * Writes a {@link Timeline} as the result object of the {@code deadlines} command: the process, calendar version,
 * as-of date, one entry for each started deadline and the notes.
 *
 * <p>In a deadline entry, keys that would be empty are left out: {@code due} when an exception disapplies the limit,
 * {@code calendar} for a rule that counts no working days, {@code exception}, {@code completedOn} and
 * {@code completedBy} when there are none, and {@code late} unless it is true. {@code wouldHaveBeenDue} is written
 * only when it is not the same as {@code due}, that is when the limit is disapplied. An exception's note is never
 * written.
 */
final class TimelineWriter {

    private TimelineWriter() {
    }

    /**
     * @param timeline a computed timeline
     * @return the result object
     */
    static ObjectNode write(Timeline timeline) {
        ObjectNode result = Json.object();
        result.put("process", timeline.process().name());
        result.put("calendar", timeline.calendarVersion());
        result.put("asOf", timeline.asOf().toString());
        ArrayNode deadlines = result.putArray("deadlines");
        for (Deadline deadline : timeline.started()) {
            deadlines.add(deadline(deadline));
        }
        ArrayNode notes = result.putArray("notes");
        timeline.notes().forEach(notes::add);
        return result;
    }

    private static ObjectNode deadline(Deadline d) {
        ObjectNode entry = Json.object();
        entry.put("rule", d.rule().name());
        d.due().ifPresent(due -> entry.put("due", due.toString()));
        entry.put("status", d.status().name());
        entry.put("citation", d.citation());
        ArrayNode explanation = entry.putArray("explanation");
        d.explanation().forEach(explanation::add);
        ObjectNode triggers = entry.putObject("triggers");
        d.triggers().forEach((event, date) -> triggers.put(event.name(), date.toString()));
        d.calendarVersion().ifPresent(version -> entry.put("calendar", version));
        Optional<LocalDate> wouldHaveBeenDue = d.wouldHaveBeenDue();
        if (wouldHaveBeenDue.isPresent() && !wouldHaveBeenDue.equals(d.due())) {
            entry.put("wouldHaveBeenDue", wouldHaveBeenDue.get().toString());
        }
        d.exception().ifPresent(e -> entry.set("exception", exception(e)));
        d.completedOn().ifPresent(on -> entry.put("completedOn", on.toString()));
        d.completedBy().ifPresent(by -> entry.put("completedBy", by.name()));
        if (d.late()) {
            entry.put("late", true);
        }
        return entry;
    }

    /** The exception's reason and dates and who recorded it; never its note, which is case material. */
    private static ObjectNode exception(ExceptionRecord e) {
        ObjectNode json = Json.object();
        json.put("reason", e.reason().name());
        json.put("from", e.from().toString());
        e.to().ifPresent(to -> json.put("to", to.toString()));
        e.recordedBy().ifPresent(by -> json.put("recordedBy", by));
        return json;
    }
}
