package org.sendias.casework;

import java.util.List;
import java.util.Objects;
import org.sendias.DomainEvent;

/**
 * The result of a command on a case: the case after the change and the events that describe it. A store saves both
 * together, so that every state change is in the outbox.
 *
 * @param before the case before the change, or null for a new case
 * @param after the case after the change
 * @param events what changed, in order
 */
public record CaseChange(Case before, Case after, List<DomainEvent> events) {
    /** Validates and copies. */
    public CaseChange {
        Objects.requireNonNull(after, "after");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events: a change produces at least one event");
        }
    }

    /**
     * Chains another command onto this change.
     *
     * @param next the next command, applied to {@link #after()}
     * @return a change from this change's {@code before} to the next change's {@code after}, with both sets of events
     */
    public CaseChange then(java.util.function.Function<Case, CaseChange> next) {
        CaseChange more = next.apply(after);
        List<DomainEvent> all = new java.util.ArrayList<>(events);
        all.addAll(more.events());
        return new CaseChange(before, more.after(), all);
    }
}
