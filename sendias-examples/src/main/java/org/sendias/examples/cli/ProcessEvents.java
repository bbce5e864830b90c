package org.sendias.examples.cli;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;

/**
 * The events each process accepts, for the message about an unknown event name. Core keeps this list private
 * ({@code Rule.eventsOf}), so it is found by asking {@link ProcessHistory#with} about every event; core stays the
 * only source of truth.
 */
final class ProcessEvents {
    private static final LocalDate ANY_DAY = LocalDate.of(2026, 1, 5);
    private static final Map<ProcessType, Set<EventType>> EVENTS = probeAll();

    private ProcessEvents() {
    }

    /**
     * @param process a process
     * @return the events it accepts, in catalogue order
     */
    static Set<EventType> of(ProcessType process) {
        return EVENTS.get(process);
    }

    private static Map<ProcessType, Set<EventType>> probeAll() {
        Map<ProcessType, Set<EventType>> all = new EnumMap<>(ProcessType.class);
        for (ProcessType process : ProcessType.values()) {
            Set<EventType> accepted = EnumSet.noneOf(EventType.class);
            ProcessHistory empty = ProcessHistory.of(process);
            for (EventType event : EventType.values()) {
                try {
                    empty.with(event, ANY_DAY);
                    accepted.add(event);
                } catch (InvalidInputException notOfThisProcess) {
                    // not one of the process's events
                }
            }
            all.put(process, Collections.unmodifiableSet(accepted));
        }
        return Collections.unmodifiableMap(all);
    }
}
