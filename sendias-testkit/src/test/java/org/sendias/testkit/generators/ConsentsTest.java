package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.consent.CapacityRecord;
import org.sendias.consent.ConsentAuthority;
import org.sendias.consent.ConsentLedger;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

class ConsentsTest {

    @Test
    void scopes_haveARecipientExactlyWhenInformationLeavesTheService() {
        List<ConsentScope> scopes = Samples.draw(Consents.scopes(), 300);
        for (ConsentScope s : scopes) {
            boolean leaves = s.purposes().stream().anyMatch(p -> !p.staysWithinService());
            assertEquals(leaves, s.recipient().isPresent());
        }
        assertTrue(scopes.stream().anyMatch(s -> s.recipient().isEmpty()));
        assertTrue(scopes.stream().anyMatch(ConsentScope::includesSpecialCategory));
        assertTrue(scopes.stream().anyMatch(s -> s.purposes().size() == Purpose.values().length));
        assertTrue(Samples.draw(Consents.referralScopes(), 300).stream()
            .allMatch(s -> s.purposes().contains(Purpose.ACCEPT_REFERRAL)));
    }

    @Test
    void recipients_favourRolesAtTheirLongest() {
        List<Recipient> recipients = Samples.draw(Consents.recipients(), 300);
        assertTrue(recipients.stream().anyMatch(r -> r.role().isEmpty()));
        assertTrue(recipients.stream().anyMatch(r -> r.role().map(String::length)
            .equals(Optional.of(Recipient.MAX_ROLE_LENGTH))));
        assertTrue(recipients.stream().anyMatch(r -> r.identifier().isPresent()));
    }

    @Test
    void giveConsent_isAcceptedFromAnEntitledParent_withExpiryNeverBeforeTheDay() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        Instant at = Dates.instantsOn(day).next(new java.util.SplittableRandom(3));
        Party child = Parties.children(day).next(new java.util.SplittableRandom(4));
        Party child10 = new Party(child.id(), child.role(), child.name(), Optional.of(day.minusYears(10)),
            Optional.empty(), Optional.empty());
        Party parent = Parties.parents().next(new java.util.SplittableRandom(5));
        ConsentAuthority authority = ConsentAuthority.at(child10, List.of(parent), Optional.empty(), day);
        ConsentLedger ledger = ConsentLedger.empty(TenantId.of("t"), new CaseId(new java.util.UUID(1, 1)));
        List<GiveConsent> commands = Samples.draw(Consents.giveConsent(parent.id(), day), 300);
        for (GiveConsent command : commands) {
            assertTrue(command.expiresOn().map(e -> !e.isBefore(day)).orElse(true));
            ledger = ledger.give(command, authority, at).ledger();
        }
        assertEquals(commands.size(), ledger.records().size());
        for (var request : Samples.draw(Consents.sharingRequests(ledger.caseId(), at), 250)) {
            ledger.decide(request, authority);
        }
        assertTrue(commands.stream().anyMatch(c -> c.expiresOn().equals(Optional.of(day))), "expires the same day");
        assertTrue(commands.stream().anyMatch(c -> c.expiresOn().isEmpty()));
        assertTrue(ledger.records().stream().allMatch(r -> r.wordingVersion().length()
            <= ConsentRecord.MAX_WORDING_VERSION_LENGTH));
    }

    @Test
    void disclosures_meetEveryRule_andTheLedgerRecordsThem() {
        PartyId about = Ids.partyIds().next(new java.util.SplittableRandom(1));
        List<RecordDisclosure> disclosures = Samples.draw(Consents.disclosures(about), 300);
        ConsentLedger ledger = ConsentLedger.empty(TenantId.of("t"), new CaseId(new java.util.UUID(1, 1)));
        for (RecordDisclosure d : disclosures) {
            ledger = ledger.recordDisclosure(d, Instant.parse("2026-01-05T10:00:00Z")).ledger();
        }
        assertTrue(disclosures.stream().anyMatch(d -> d.schedule1().isPresent()));
        assertTrue(disclosures.stream().anyMatch(d -> d.article9().isEmpty()));
        assertTrue(disclosures.stream().anyMatch(d -> !d.familyTold() && d.whyNotTold().isPresent()));
        assertTrue(disclosures.stream().anyMatch(d -> d.reason().length() == RecordDisclosure.MAX_REASON_LENGTH));
    }

    @Test
    void capacityRecords_areAssessedByTheDayRecorded_andEndAfterTheyBegin() {
        PartyId young = new PartyId(new java.util.UUID(1, 1));
        PartyId parent = new PartyId(new java.util.UUID(1, 2));
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<CapacityRecord> records = Samples.draw(Consents.capacityRecords(young, parent, day), 300);
        assertTrue(records.stream().allMatch(r -> !r.assessedOn().isAfter(day)));
        assertTrue(records.stream().anyMatch(r -> r.assessedOn().equals(day)));
        assertTrue(records.stream().anyMatch(r -> r.endedOn().isPresent()));
    }

    @Test
    void sameSeed_givesTheSameCommands() {
        PartyId by = new PartyId(new java.util.UUID(3, 4));
        assertTrue(Samples.reproducible(Consents.giveConsent(by, LocalDate.of(2030, 1, 1)), g -> g.toString()
            + g.scope().recipient().map(Recipient::name) + g.wordingVersion()));
        assertTrue(Samples.reproducible(Consents.disclosures(by), d -> d + d.reason() + d.whyNotTold()));
        assertTrue(Samples.reproducible(Consents.scopes(), s -> s.toString() + s.recipient().map(Recipient::name)));
        assertTrue(PartyRole.PARENT.isPerson());
    }
}
