package org.sendias.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.casework.CaseStatus;
import org.sendias.consent.Purpose;
import org.sendias.consent.SharingDecision;
import org.sendias.memory.InMemoryStore;

class HeldReferralTourTest {

    @Test
    void theTourEndsWithASharingDecisionThatReliesOnTheParentsConsent() {
        InMemoryStore store = new InMemoryStore();
        SharingDecision decision = HeldReferralTour.run(store);
        assertTrue(decision instanceof SharingDecision.Permitted p
            && p.reliedOn().scope().purposes().contains(Purpose.CONTACT_ABOUT_CASE), decision.toString());
        TenantId tenant = TenantId.of("iass-example");
        assertEquals(CaseStatus.OPEN, store.inTransaction(tenant, work -> work.findCase(work.caseIds().get(0))
            .orElseThrow()).status());
        java.util.List<String> delivered = new java.util.ArrayList<>();
        java.time.Instant now = java.time.Instant.parse("2026-03-03T00:00:00Z");
        for (int round = 0; round < 10 && store.outbox().pending() > 0; round++) {
            var batch = store.outbox().claim(10, java.time.Duration.ofMinutes(1), now);
            batch.forEach(e -> delivered.add(e.type()));
            store.outbox().acknowledge(batch.stream().map(e -> e.sequence()).toList());
        }
        assertEquals(java.util.List.of("case.opened", "consent.given", "consent.given", "case.referral-released"),
            delivered, "in order, once each");
    }
}
