package org.sendias.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.casework.CaseStatus;
import org.sendias.consent.Purpose;
import org.sendias.consent.SharingDecision;
import org.sendias.memory.InMemoryCaseRepository;

class HeldReferralTourTest {

    @Test
    void theTourEndsWithASharingDecisionThatReliesOnTheParentsConsent() {
        InMemoryCaseRepository repository = new InMemoryCaseRepository();
        SharingDecision decision = HeldReferralTour.run(repository);
        assertTrue(decision instanceof SharingDecision.Permitted p
            && p.reliedOn().scope().purposes().contains(Purpose.CONTACT_ABOUT_CASE), decision.toString());
        TenantId tenant = TenantId.of("iass-example");
        assertEquals(CaseStatus.OPEN, repository.findAll(tenant).get(0).status());
        assertEquals(java.util.List.of("case.opened", "consent.given", "consent.given", "case.referral-released"),
            repository.events(tenant).stream().map(e -> e.type()).toList());
    }
}
