package org.sendias.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of one process as of a date: one for each rule of the process, in catalogue order, including those
 * not started; and notes about input that was recorded but had no effect.
 */
public final class Timeline {
    private final ProcessType process;
    private final LocalDate asOf;
    private final String calendarVersion;
    private final List<Deadline> deadlines;
    private final List<String> notes;

    Timeline(ProcessType process, LocalDate asOf, String calendarVersion, List<Deadline> deadlines, List<String> notes) {
        this.process = process;
        this.asOf = asOf;
        this.calendarVersion = calendarVersion;
        this.deadlines = deadlines;
        this.notes = notes;
    }

    /** @return the process */
    public ProcessType process() {
        return process;
    }

    /** @return the date statuses are assessed on */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the version of the engine's England and Wales calendar */
    public String calendarVersion() {
        return calendarVersion;
    }

    /** @return every rule of the process, in catalogue order, {@link DeadlineStatus#NOT_STARTED} included */
    public List<Deadline> deadlines() {
        return deadlines;
    }

    /** @return the deadlines whose triggers are recorded */
    public List<Deadline> started() {
        List<Deadline> started = new ArrayList<>(deadlines.size());
        for (Deadline d : deadlines) {
            if (d.status() != DeadlineStatus.NOT_STARTED) {
                started.add(d);
            }
        }
        return List.copyOf(started);
    }

    /**
     * @param rule a rule of this process
     * @return its deadline, or empty if the rule belongs to another process
     */
    public Optional<Deadline> deadline(Rule rule) {
        for (Deadline d : deadlines) {
            if (d.rule() == rule) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** @return notes about input that had no effect, such as an exception recorded for another process's rule */
    public List<String> notes() {
        return notes;
    }

    @Override
    public String toString() {
        return "Timeline[" + process + " as of " + asOf + ", " + deadlines + "]";
    }
}
