package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.consent.DataCategory.CASE_NOTES;
import static org.sendias.consent.DataCategory.EDUCATION;
import static org.sendias.consent.DataCategory.HEALTH;
import static org.sendias.consent.DataCategory.SEN_AND_DISABILITY;
import static org.sendias.consent.Fixtures.ADVISER;
import static org.sendias.consent.Fixtures.LAST_SCHOOL_AGE_DAY;
import static org.sendias.consent.Fixtures.MANAGER;
import static org.sendias.consent.Fixtures.SCHOOL;
import static org.sendias.consent.Fixtures.SEN_TEAM;
import static org.sendias.consent.Fixtures.give;
import static org.sendias.consent.Fixtures.invalid;
import static org.sendias.consent.Fixtures.noon;
import static org.sendias.consent.Fixtures.referToSchool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.InvalidInputException;
import org.sendias.party.OrganisationKind;

class ConsentLedgerTest {
    private final Fixtures f = Fixtures.family();
    private final Instant spring = noon(LocalDate.of(2026, 3, 2));

    private LedgerUpdate<ConsentRecord> mumConsents(ConsentScope scope, Instant at) {
        return f.empty.give(give(f.mum.id(), scope), f.authority(at), at);
    }

    private static List<String> refused(SharingDecision d) {
        return assertInstanceOf(SharingDecision.Refused.class, d).reasons();
    }

    @Test
    void give_recordsTheConsentAndAnEventWithIdsOnly() {
        LedgerUpdate<ConsentRecord> u = mumConsents(referToSchool(EDUCATION), spring);
        ConsentRecord r = u.value();
        assertEquals(List.of(r), u.ledger().records());
        assertEquals(List.of(), f.empty.records(), "the old ledger is unchanged");
        assertEquals(f.child.id(), r.about());
        assertEquals(ConsentGiverRole.PARENT, r.givenAs());
        assertEquals(spring, r.givenAt());
        DomainEvent e = u.events().get(0);
        assertEquals(new ConsentGiven(Fixtures.TENANT, f.caseId, spring, ADVISER, r.id(), f.mum.id(), f.child.id()), e);
        assertEquals("consent.given", e.type());
        assertFalse(r.toString().contains("Example"), r.toString());
    }

    @Test
    void give_refusesACarer() {
        InvalidInputException e = invalid("givenBy",
            () -> f.empty.give(give(f.carer.id(), referToSchool(EDUCATION)), f.authority(spring), spring));
        assertTrue(e.getMessage().contains("a carer without parental responsibility may not"), e.getMessage());
    }

    @Test
    void give_afterCompulsorySchoolAge_refusesAParentAndSaysWhyWithoutDates() {
        Instant after = noon(LAST_SCHOOL_AGE_DAY.plusDays(1));
        InvalidInputException e = invalid("givenBy",
            () -> f.empty.give(give(f.mum.id(), referToSchool(EDUCATION)), f.authority(after), after));
        assertEquals("givenBy: is not entitled to consent: the young person has passed compulsory school age and now "
            + "gives consent", e.getMessage());
        ConsentRecord own = f.empty.give(give(f.child.id(), referToSchool(EDUCATION)), f.authority(after), after)
            .value();
        assertEquals(ConsentGiverRole.YOUNG_PERSON, own.givenAs());
    }

    @Test
    void give_onTheLastDayOfCompulsorySchoolAge_isStillTheParents() {
        Instant lastDay = Fixtures.endOf(LAST_SCHOOL_AGE_DAY);
        assertEquals(ConsentGiverRole.PARENT, mumConsents(referToSchool(EDUCATION), lastDay).value().givenAs());
        invalid("givenBy", () -> f.empty.give(give(f.child.id(), referToSchool(EDUCATION)), f.authority(lastDay),
            lastDay));
    }

    @Test
    void anAuthorityForAnotherDayIsRefused() {
        ConsentAuthority yesterday = f.authority(spring.minusSeconds(86_400));
        invalid("authority", () -> f.empty.give(give(f.mum.id(), referToSchool(EDUCATION)), yesterday, spring));
        invalid("authority", () -> f.empty.decide(f.toSchool(Purpose.MAKE_REFERRAL, spring, EDUCATION), yesterday));
    }

    @Test
    void parentsConsentStopsCountingTheDayAfterCompulsorySchoolAgeEnds() {
        ConsentLedger ledger = mumConsents(referToSchool(EDUCATION), spring).ledger();
        Instant lastDay = Fixtures.endOf(LAST_SCHOOL_AGE_DAY);
        Instant nextDay = lastDay.plusSeconds(1);
        assertTrue(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, lastDay, EDUCATION), f.authority(lastDay))
            .isPermitted());
        List<String> reasons = refused(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, nextDay, EDUCATION),
            f.authority(nextDay)));
        String id = ledger.records().get(0).id().toString();
        assertEquals(List.of("consent " + id + " was given by a parent, but the young person now decides"), reasons);
    }

    @Test
    void representativeDecides_andAParentWhoIsTheRepresentativeStillCounts() {
        ConsentLedger ledger = mumConsents(referToSchool(EDUCATION), spring).ledger();
        Instant autumn = noon(LocalDate.of(2026, 10, 1));
        CapacityRecord mumActs = CapacityRecord.of(f.child.id(), f.mum.id(),
            CapacityRecord.Basis.PARENT_AS_REPRESENTATIVE, LocalDate.of(2026, 9, 1), ADVISER);
        CapacityRecord deputyActs = CapacityRecord.of(f.child.id(), f.dad.id(),
            CapacityRecord.Basis.COURT_APPOINTED_DEPUTY, LocalDate.of(2026, 9, 1), ADVISER);
        SharingRequest req = f.toSchool(Purpose.MAKE_REFERRAL, autumn, EDUCATION);
        assertTrue(ledger.decide(req, f.authority(autumn, Optional.of(mumActs))).isPermitted());
        List<String> reasons = refused(ledger.decide(req, f.authority(autumn, Optional.of(deputyActs))));
        assertTrue(reasons.get(0).endsWith("but the person recorded as acting for the young person now decides"),
            reasons.toString());
        LedgerUpdate<ConsentRecord> byDeputy = ledger.give(give(f.dad.id(), referToSchool(EDUCATION)),
            f.authority(autumn, Optional.of(deputyActs)), autumn);
        assertEquals(ConsentGiverRole.REPRESENTATIVE, byDeputy.value().givenAs());
        assertEquals(byDeputy.value(), assertInstanceOf(SharingDecision.Permitted.class,
            byDeputy.ledger().decide(req, f.authority(autumn, Optional.of(deputyActs)))).reliedOn());
    }

    @Test
    void expiryBoundary() {
        LocalDate last = LocalDate.of(2026, 4, 30);
        GiveConsent cmd = new GiveConsent(f.mum.id(), referToSchool(EDUCATION), "consent-form-v3",
            ConsentMethod.ELECTRONIC, Optional.of(last), ADVISER);
        ConsentLedger ledger = f.empty.give(cmd, f.authority(spring), spring).ledger();
        Instant onLastDay = Fixtures.endOf(last);
        Instant dayAfter = onLastDay.plusSeconds(1);
        assertTrue(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, onLastDay, EDUCATION), f.authority(onLastDay))
            .isPermitted());
        List<String> reasons = refused(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, dayAfter, EDUCATION),
            f.authority(dayAfter)));
        assertTrue(reasons.get(0).endsWith("expired: its last valid day was 2026-04-30"), reasons.toString());
        GiveConsent backdated = new GiveConsent(f.mum.id(), referToSchool(EDUCATION), "v", ConsentMethod.VERBAL,
            Optional.of(LocalDate.of(2026, 3, 1)), ADVISER);
        invalid("expiresOn", () -> f.empty.give(backdated, f.authority(spring), spring));
    }

    @Test
    void withdrawal_refusesEveryLaterRequest_butNotEarlierOnes() {
        LedgerUpdate<ConsentRecord> given = mumConsents(referToSchool(EDUCATION), spring);
        Instant later = noon(LocalDate.of(2026, 4, 1));
        LedgerUpdate<ConsentRecord> w = given.ledger().withdraw(new WithdrawConsent(given.value().id(), f.dad.id(),
            MANAGER), f.authority(later), later);
        assertEquals(List.of(new ConsentWithdrawn(Fixtures.TENANT, f.caseId, later, MANAGER, given.value().id(),
            f.dad.id())), w.events());
        assertEquals("consent.withdrawn", w.events().get(0).type());
        ConsentLedger ledger = w.ledger();
        assertTrue(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, later.minusSeconds(1), EDUCATION),
            f.authority(later)).isPermitted());
        for (Instant at : List.of(later, later.plusSeconds(3600), noon(LocalDate.of(2026, 5, 1)))) {
            List<String> reasons = refused(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, at, EDUCATION),
                f.authority(at)));
            assertEquals(List.of("consent " + given.value().id() + " was withdrawn on 2026-04-01"), reasons);
        }
        invalid("consentId", () -> ledger.withdraw(new WithdrawConsent(given.value().id(), f.mum.id(), ADVISER),
            f.authority(later), later));
        invalid("consentId", () -> ledger.withdraw(new WithdrawConsent(ConsentId.random(), f.mum.id(), ADVISER),
            f.authority(later), later));
    }

    @Test
    void withdrawal_byTheGiver_orWhoeverIsEntitledNow_notByACarer() {
        LedgerUpdate<ConsentRecord> given = mumConsents(referToSchool(EDUCATION), spring);
        ConsentId id = given.value().id();
        invalid("by", () -> given.ledger().withdraw(new WithdrawConsent(id, f.carer.id(), ADVISER),
            f.authority(spring), spring));
        Instant grownUp = noon(LocalDate.of(2026, 9, 1));
        assertTrue(given.ledger().withdraw(new WithdrawConsent(id, f.child.id(), ADVISER), f.authority(grownUp),
            grownUp).value().isWithdrawn(), "the young person may withdraw their parent's consent");
        assertTrue(given.ledger().withdraw(new WithdrawConsent(id, f.mum.id(), ADVISER), f.authority(grownUp),
            grownUp).value().isWithdrawn(), "the giver may always withdraw");
        invalid("by", () -> given.ledger().withdraw(new WithdrawConsent(id, f.dad.id(), ADVISER),
            f.authority(grownUp), grownUp));
        invalid("withdrawal.at", () -> given.ledger().withdraw(new WithdrawConsent(id, f.mum.id(), ADVISER),
            f.authority(spring), spring.minusSeconds(1)));
    }

    @Test
    void aCategoryNotCovered_isRefusedNamingTheCategory() {
        ConsentLedger ledger = mumConsents(referToSchool(EDUCATION, SEN_AND_DISABILITY), spring).ledger();
        assertTrue(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, spring, EDUCATION, SEN_AND_DISABILITY),
            f.authority(spring)).isPermitted());
        List<String> reasons = refused(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, spring, EDUCATION, HEALTH,
            CASE_NOTES), f.authority(spring)));
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).endsWith("covers purpose MAKE_REFERRAL for this recipient but not the categories "
            + "HEALTH, CASE_NOTES"), reasons.get(0));
    }

    @Test
    void aDifferentRecipientOrPurpose_isRefused() {
        ConsentLedger ledger = mumConsents(referToSchool(EDUCATION), spring).ledger();
        assertEquals(List.of("no consent covers purpose MAKE_REFERRAL for this recipient"),
            refused(ledger.decide(SharingRequest.to(f.caseId, SEN_TEAM, Purpose.MAKE_REFERRAL, Set.of(EDUCATION),
                spring), f.authority(spring))));
        assertEquals(List.of("no consent covers purpose MEDIATION_OR_TRIBUNAL for this recipient"),
            refused(ledger.decide(f.toSchool(Purpose.MEDIATION_OR_TRIBUNAL, spring, EDUCATION), f.authority(spring))));
        Recipient sameSchoolByName = Recipient.of(OrganisationKind.SCHOOL, " hill primary school ");
        assertTrue(ledger.decide(SharingRequest.to(f.caseId, sameSchoolByName, Purpose.CONTACT_ABOUT_CASE,
            Set.of(EDUCATION), spring), f.authority(spring)).isPermitted());
    }

    @Test
    void theMostRecentSuitableConsentIsReliedOn() {
        LedgerUpdate<ConsentRecord> first = mumConsents(referToSchool(EDUCATION), spring);
        Instant later = spring.plusSeconds(3600);
        LedgerUpdate<ConsentRecord> second = first.ledger().give(give(f.dad.id(), referToSchool(EDUCATION)),
            f.authority(later), later);
        SharingDecision d = second.ledger().decide(f.toSchool(Purpose.MAKE_REFERRAL, later, EDUCATION),
            f.authority(later));
        assertSame(second.value(), assertInstanceOf(SharingDecision.Permitted.class, d).reliedOn());
    }

    @Test
    void referralConsent_holdsTheReferralUntilTheEntitledPersonAgrees() {
        Instant at = spring;
        assertEquals(List.of("no consent covers purpose ACCEPT_REFERRAL"),
            refused(f.empty.referralConsent(f.authority(at), at)));
        ConsentScope accept = ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL), Set.of(EDUCATION, HEALTH));
        invalid("givenBy", () -> f.empty.give(give(f.carer.id(), accept), f.authority(at), at));
        ConsentLedger ledger = mumConsents(accept, at).ledger();
        assertTrue(ledger.referralConsent(f.authority(at), at).isPermitted());
        assertFalse(ledger.decide(f.toSchool(Purpose.MAKE_REFERRAL, at, EDUCATION), f.authority(at)).isPermitted(),
            "accepting a referral does not allow sharing");
        assertTrue(ledger.decide(SharingRequest.withinService(f.caseId, Purpose.ACCEPT_REFERRAL, Set.of(HEALTH), at),
            f.authority(at)).isPermitted());
    }

    @Test
    void aSafeguardingDisclosureNeverPermitsLaterSharing() {
        RecordDisclosure cmd = new RecordDisclosure(f.child.id(), SCHOOL, Set.of(EDUCATION), Article6Basis.PUBLIC_TASK,
            Optional.empty(), Optional.empty(), ADVISER, MANAGER, "Immediate risk reported", true, Optional.empty());
        LedgerUpdate<SafeguardingDisclosure> u = f.empty.recordDisclosure(cmd, spring);
        assertEquals(1, u.ledger().disclosures().size());
        assertEquals(List.of(), u.ledger().records());
        DisclosureRecorded e = (DisclosureRecorded) u.events().get(0);
        assertEquals("disclosure.recorded", e.type());
        assertEquals(ADVISER, e.by());
        assertEquals(MANAGER, e.approvedBy());
        assertEquals(u.value().id(), e.disclosureId());
        Instant later = spring.plusSeconds(60);
        assertFalse(u.ledger().decide(f.toSchool(Purpose.CONTACT_ABOUT_CASE, later, EDUCATION), f.authority(later))
            .isPermitted());
    }

    @Test
    void requestsAndRebuildsAreCheckedAgainstTheCase() {
        invalid("caseId", () -> f.empty.decide(SharingRequest.to(CaseId.random(), SCHOOL, Purpose.MAKE_REFERRAL,
            Set.of(EDUCATION), spring), f.authority(spring)));
        invalid("recipient", () -> SharingRequest.withinService(f.caseId, Purpose.MAKE_REFERRAL, Set.of(EDUCATION),
            spring));
        invalid("recipient", () -> new SharingRequest(f.caseId, Optional.of(SCHOOL), Purpose.ACCEPT_REFERRAL,
            Set.of(EDUCATION), spring));
        ConsentLedger ledger = mumConsents(referToSchool(EDUCATION), spring).ledger();
        assertEquals(ledger, ConsentLedger.of(Fixtures.TENANT, f.caseId, ledger.records(), List.of()));
        invalid("records[0].caseId", () -> ConsentLedger.of(Fixtures.TENANT, CaseId.random(), ledger.records(),
            List.of()));
        invalid("records[1].consentId", () -> ConsentLedger.of(Fixtures.TENANT, f.caseId,
            List.of(ledger.records().get(0), ledger.records().get(0)), List.of()));
        assertFalse(ledger.toString().contains("Example"));
    }
}
