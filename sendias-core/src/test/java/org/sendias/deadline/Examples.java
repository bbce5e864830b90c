package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.sendias.calendar.SchoolCalendar;
import java.util.List;

/** Shared checks for the worked examples: each example names its rule and the citation it expects. */
final class Examples {
    static final DeadlineEngine ENGINE = DeadlineEngine.create();

    /** Autumn 2026 and spring 2027 terms, with a training day on Friday 9 October 2026. */
    static final SchoolCalendar SCHOOL = SchoolCalendar.of(List.of(
            new SchoolCalendar.Term(LocalDate.parse("2026-09-03"), LocalDate.parse("2026-10-23")),
            new SchoolCalendar.Term(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-18")),
            new SchoolCalendar.Term(LocalDate.parse("2027-01-05"), LocalDate.parse("2027-02-12"))),
        List.of(LocalDate.parse("2026-10-09")));

    private Examples() {
    }

    /**
     * Computes a rule from its first trigger event on {@code trigger} and checks the due date and the citation.
     *
     * @return the deadline, for further checks
     */
    static Deadline check(Rule rule, String citation, String trigger, String due) {
        ProcessHistory history = ProcessHistory.of(rule.process()).with(rule.triggers().get(0), LocalDate.parse(trigger));
        return check(rule, citation, history, due);
    }

    static Deadline check(Rule rule, String citation, ProcessHistory history, String due) {
        assertEquals(citation, rule.citation(), "citation of " + rule);
        LocalDate asOf = LocalDate.parse("2000-01-01");
        Deadline d = ENGINE.compute(history, asOf).deadline(rule).orElseThrow();
        assertEquals(LocalDate.parse(due), d.due().orElseThrow(), () -> rule + " " + history.events() + "\n"
            + String.join("\n", d.explanation()));
        assertEquals(citation, d.citation());
        assertTrue(d.calendarVersion().isPresent() || rule == Rule.COMPULSORY_SCHOOL_AGE_ENDS);
        List<String> steps = d.explanation();
        assertFalse(steps.isEmpty());
        assertTrue(steps.stream().anyMatch(s -> s.contains(org.sendias.internal.DateText.of(LocalDate.parse(due)))),
            () -> "the explanation states the due date: " + steps);
        return d;
    }
}
