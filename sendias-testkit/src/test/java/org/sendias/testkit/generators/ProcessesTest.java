package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Timeline;

class ProcessesTest {

    @Test
    void everyHistory_recordsItsOwnEvents_andTheEngineComputesIt() {
        DeadlineEngine engine = DeadlineEngine.create();
        List<ProcessHistory> histories = Samples.draw(Processes.histories(), 400);
        assertEquals(EnumSet.allOf(ProcessType.class), histories.stream().map(ProcessHistory::process)
            .collect(Collectors.toSet()));
        boolean ignoredException = false;
        for (ProcessHistory h : histories) {
            assertTrue(h.process().events().containsAll(h.events().keySet()), h.toString());
            LocalDate first = h.events().values().stream().min(LocalDate::compareTo).orElse(Processes.EARLIEST_START);
            engine.compute(h, first);
            Timeline late = engine.compute(h, first.plusYears(2));
            ignoredException |= !late.notes().isEmpty();
        }
        assertTrue(ignoredException, "an exception for another process's rule, reported as ignored");
    }

    @Test
    void histories_carryWhatTheEngineNeeds_andFavourTheParameters() {
        List<ProcessHistory> histories = Samples.draw(Processes.histories(), 400);
        assertTrue(histories.stream().filter(h -> h.event(EventType.TRIBUNAL_ORDER).isPresent())
            .allMatch(h -> h.orderKind().isPresent()));
        Set<EventType> schoolDays = EnumSet.of(EventType.EXCLUSION_NOTICE_RECEIVED,
            EventType.GOVERNORS_DECISION_NOTIFIED, EventType.RECORD_REQUEST_RECEIVED);
        assertTrue(histories.stream().filter(h -> h.events().keySet().stream().anyMatch(schoolDays::contains))
            .allMatch(h -> h.schoolCalendar().isPresent()));
        assertTrue(histories.stream().anyMatch(h -> h.events().isEmpty()), "an empty history");
        assertTrue(histories.stream().anyMatch(h -> !h.exceptions().isEmpty()), "an exception");
        assertTrue(histories.stream().anyMatch(h -> h.transferKind().isPresent()), "a phase transfer");
        assertTrue(histories.stream().anyMatch(h -> h.firstAppointmentWorkingDays()
            == ProcessHistory.MAX_SERVICE_TARGET_WORKING_DAYS), "the longest service target");
        assertTrue(histories.stream().anyMatch(h -> h.event(EventType.DATE_OF_BIRTH)
            .map(d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29).orElse(false)), "born on 29 February");
    }

    @Test
    void histories_refuseAStartOutsideTheSafeRange() {
        assertThrows(IllegalArgumentException.class, () -> Processes.histories(ProcessType.APPEAL,
            LocalDate.of(2099, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Processes.histories(ProcessType.APPEAL,
            LocalDate.of(1995, 1, 1)));
    }

    @Test
    void sameSeed_givesTheSameHistories() {
        assertTrue(Samples.reproducible(Processes.histories(), h -> h + " " + h.events() + h.exceptions()
            + h.orderKind() + h.transferKind() + h.transferYear() + h.acknowledgementWorkingDays()
            + h.firstAppointmentWorkingDays() + h.schoolCalendar().map(c -> c.version())));
    }
}
