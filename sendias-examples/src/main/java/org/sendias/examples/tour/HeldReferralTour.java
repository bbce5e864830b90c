package org.sendias.examples.tour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.memory.InMemoryStore;
import org.sendias.spi.Store;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * The README's code tour, kept compiling and tested: a school refers a family; the case is held; the parent consents
 * to the referral and to the service talking to the school; the case opens; a sharing decision relies on the consent.
 * The names are invented.
 */
public final class HeldReferralTour {
    private HeldReferralTour() {
    }

    /**
     * Runs the tour on a store.
     *
     * @param store where the case is saved (for example an {@link InMemoryStore})
     * @return the sharing decision at the end
     */
    public static SharingDecision run(Store store) {
        TenantId tenant = TenantId.of("iass-example");
        UserId adviser = UserId.of("adviser-17");
        Instant monday = Instant.parse("2026-03-02T10:00:00Z");
        Party child = Party.child("Sam Example", LocalDate.of(2015, 4, 1));
        Party parent = Party.person(PartyRole.PARENT, "Alex Example");

        // 1. A school refers the family: the case opens HELD, and only contact attempts may be recorded
        var opened = Case.open(new OpenCase(tenant, CaseId.random(),
            Arrival.referredBy(OrganisationKind.SCHOOL, LocalDate.of(2026, 3, 2)), Set.of(Domain.EDUCATION),
            HelpLevel.ADVICE, child, List.of(parent), adviser), monday);
        store.inTransaction(tenant, work -> {
            work.save(opened);
            return null;
        });

        // 2. The parent agrees to the referral and to the service talking to the school about the case
        Recipient school = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary School",
            OrganisationIdentifier.urn("100001"));
        var consented = opened.after()
            .giveConsent(new GiveConsent(parent.id(), ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL),
                Set.of(DataCategory.CONTACT_DETAILS)), "consent-form-v3", ConsentMethod.VERBAL, Optional.empty(),
                adviser), monday.plusSeconds(3600))
            .then(c -> c.giveConsent(new GiveConsent(parent.id(), ConsentScope.sharingWith(school,
                Set.of(Purpose.CONTACT_ABOUT_CASE), Set.of(DataCategory.EDUCATION, DataCategory.SEN_AND_DISABILITY)),
                "consent-form-v3", ConsentMethod.VERBAL, Optional.empty(), adviser), monday.plusSeconds(3600)))
            // 3. with the referral consented to, the case is released and opens
            .then(c -> c.releaseReferral(new CaseCommand.ReleaseReferral(adviser), monday.plusSeconds(3660)));
        store.inTransaction(tenant, work -> {
            work.save(consented);
            return null;
        });

        // 4. May the adviser tell the school about the child's needs? The answer names the consent relied on
        Case open = consented.after();
        return open.decideSharing(SharingRequest.to(open.id(), school, Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.SEN_AND_DISABILITY), monday.plusSeconds(7200)));
    }
}
