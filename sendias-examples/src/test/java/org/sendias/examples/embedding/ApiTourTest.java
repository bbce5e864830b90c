package org.sendias.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendias.access.AccessReason;
import org.sendias.casework.CaseStatus;
import org.sendias.conflicts.AllocationDecision;
import org.sendias.conflicts.ConflictOutcome;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.Rule;
import org.sendias.encryption.InMemoryKeyProvider;
import org.sendias.service.CaseService;

class ApiTourTest {
    /** Monday 2 March 2026, 10:00. */
    static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static SendiasModule.Settings h2() {
        return SendiasModule.Settings.of("jdbc:h2:mem:tour-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1")
            .withClock(Clock.fixed(MONDAY, ZoneOffset.UTC));
    }

    @Test
    void theTourOpensAllocatesRecordsComputesDeadlinesAndVerifiesTheAuditTrail() {
        try (SendiasModule sendias = SendiasModule.start(h2())) {
            ApiTour.Result tour = ApiTour.run(sendias);
            checkTour(tour);
        }
    }

    @Test
    void theTourRunsTheSameWithFieldEncryption() {
        try (SendiasModule sendias = SendiasModule.start(h2().withFieldEncryption(new InMemoryKeyProvider()))) {
            checkTour(ApiTour.run(sendias));
            // what the tour saved reads back through the store, decrypted
            assertEquals(1, sendias.store().inTransaction(ApiTour.SERVICE, work -> work.caseIds()).size());
        }
    }

    private static void checkTour(ApiTour.Result tour) {
        // 1. a self-referral opens at once
        assertEquals(CaseStatus.OPEN, tour.opened().status());
        assertEquals(LocalDate.of(2026, 3, 2), tour.opened().arrival().receivedOn());

        // 2. the conflict check found nothing, and the adviser is allocated
        AllocationDecision.Allocated allocated = assertInstanceOf(AllocationDecision.Allocated.class,
            tour.allocation());
        assertEquals(ConflictOutcome.CLEAR, allocated.report().outcome());
        assertEquals(Optional.of(ApiTour.ADVISER.user()), tour.current().adviser());

        // 3. the contact, note and tracked request are in the case
        assertEquals(1, tour.current().contacts().size());
        assertEquals(1, tour.current().notes().size());
        assertEquals(1, tour.current().processes().size());
        assertEquals(CaseStatus.OPEN, tour.current().status());

        // 4. deadlines: acknowledgement two working days on, first appointment five, the local authority's decision
        //    whether to assess six weeks after the request
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), due(tour.serviceLevel().deadline(
            Rule.SERVICE_ACKNOWLEDGEMENT)));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), due(tour.serviceLevel().deadline(
            Rule.SERVICE_FIRST_APPOINTMENT)));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 13)), due(tour.assessment().deadline(
            Rule.EHC_DECISION_TO_ASSESS)));
        assertEquals(Optional.of(LocalDate.of(2026, 7, 20)), due(tour.assessment().deadline(Rule.EHC_FINAL_PLAN)));

        // 5. the other adviser is kept out, and told why
        assertFalse(tour.otherAdviser().allowed());
        assertEquals(List.of(AccessReason.NOT_ALLOCATED), tour.otherAdviser().reasons());

        // 6. the audit trail holds every step, in order, and its hash chain is intact
        assertEquals(List.of("case.opened", "case.adviser-allocated", "case.contact-recorded", "case.note-added",
            "case.process-tracked", "case.process-event-recorded", CaseService.CASE_READ, CaseService.AUDIT_READ),
            ApiTour.actions(tour));
        assertTrue(tour.auditTrail().stream().allMatch(e -> e.record().actor().equals(ApiTour.MANAGER.user())
            || e.record().actor().equals(ApiTour.ADVISER.user())));
        assertTrue(tour.verification().intact(), tour.verification().problems().toString());
        assertEquals(8, tour.verification().checked());
    }

    private static Optional<LocalDate> due(Optional<Deadline> deadline) {
        return deadline.orElseThrow().due();
    }
}
