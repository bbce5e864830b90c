package org.sendias.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.casework.Fixtures.ADVISER;
import static org.sendias.casework.Fixtures.MANAGER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.CaseCommand.AddParty;
import org.sendias.casework.CaseCommand.RecordCapacity;
import org.sendias.casework.CaseCommand.ReleaseReferral;
import org.sendias.consent.CapacityRecord;
import org.sendias.consent.ConsentAuthority;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.consent.WithdrawConsent;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** A case from a held referral through consent to sharing decisions. */
class CaseConsentTest {
    private static final Recipient SCHOOL = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary School",
        OrganisationIdentifier.urn("100001"));
    private static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    private final Party child = Party.child("Sam Example", LocalDate.of(2014, 5, 20));
    private final Party parent = Party.person(PartyRole.PARENT, "Alex Example");
    private final Party carer = Party.person(PartyRole.CARER, "Kim Carer");

    private static GiveConsent consent(Party by, ConsentScope scope) {
        return new GiveConsent(by.id(), scope, "consent-form-v3", ConsentMethod.WRITTEN, Optional.empty(), ADVISER);
    }

    private static ConsentScope acceptReferral() {
        return ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL), Set.of(DataCategory.CONTACT_DETAILS));
    }

    private static ConsentScope shareWithSchool() {
        return ConsentScope.sharingWith(SCHOOL, Set.of(Purpose.CONTACT_ABOUT_CASE),
            Set.of(DataCategory.EDUCATION, DataCategory.SEN_AND_DISABILITY));
    }

    private Case heldReferral() {
        return Case.open(Fixtures.schoolReferral(child, parent, carer), MARCH).after();
    }

    @Test
    void aHeldReferralOpensOnlyOnTheParentsConsentToIt() {
        Case held = heldReferral();
        InvalidInputException noConsent = assertThrows(InvalidInputException.class,
            () -> held.releaseReferral(new ReleaseReferral(ADVISER), MARCH.plusSeconds(60)));
        assertEquals("consent", noConsent.field());
        assertTrue(noConsent.problem().startsWith("the referral stays held"), noConsent.getMessage());

        InvalidInputException carerRefused = assertThrows(InvalidInputException.class,
            () -> held.giveConsent(consent(carer, acceptReferral()), MARCH.plusSeconds(60)));
        assertEquals("givenBy", carerRefused.field(), "a carer without parental responsibility cannot consent");

        Case consented = held.giveConsent(consent(parent, acceptReferral()), MARCH.plusSeconds(120)).after();
        assertEquals(CaseStatus.HELD, consented.status(), "consent alone does not open the case");
        CaseChange released = consented.releaseReferral(new ReleaseReferral(ADVISER), MARCH.plusSeconds(180));
        assertEquals(CaseStatus.OPEN, released.after().status());
        assertEquals("case.referral-released", released.events().get(0).type());
        assertEquals(CaseStatus.OPEN, released.after().addNote(new AddNote("First call.", Optional.empty(), ADVISER),
            MARCH.plusSeconds(240)).after().status(), "work can now be recorded");
    }

    @Test
    void aHeldReferralSharesNothingEvenWithConsentToShare() {
        Case held = heldReferral().giveConsent(consent(parent, shareWithSchool()), MARCH.plusSeconds(60)).after();
        SharingDecision d = held.decideSharing(SharingRequest.to(held.id(), SCHOOL, Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.EDUCATION), MARCH.plusSeconds(120)));
        assertTrue(d instanceof SharingDecision.Refused r && r.reasons().get(0).contains("held"), d.toString());
    }

    @Test
    void sharingNeedsAConsentCoveringRecipientPurposeAndCategoriesAndStopsOnWithdrawal() {
        Case open = Case.open(Fixtures.selfReferral(child, parent), MARCH).after()
            .giveConsent(consent(parent, shareWithSchool()), MARCH.plusSeconds(60)).after();
        ConsentRecord given = open.consents().records().get(0);

        SharingRequest ok = SharingRequest.to(open.id(), SCHOOL, Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.EDUCATION), MARCH.plusSeconds(120));
        assertTrue(open.decideSharing(ok) instanceof SharingDecision.Permitted p && p.reliedOn().equals(given));

        assertTrue(open.decideSharing(SharingRequest.to(open.id(), SCHOOL, Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.HEALTH), MARCH.plusSeconds(120))) instanceof SharingDecision.Refused,
            "health information is not covered");
        assertTrue(open.decideSharing(SharingRequest.to(open.id(), Recipient.of(OrganisationKind.LOCAL_AUTHORITY,
            "SEN team"), Purpose.CONTACT_ABOUT_CASE, Set.of(DataCategory.EDUCATION), MARCH.plusSeconds(120)))
            instanceof SharingDecision.Refused, "another recipient is not covered");

        Case withdrawn = open.withdrawConsent(new WithdrawConsent(given.id(), parent.id(), ADVISER),
            MARCH.plusSeconds(180)).after();
        assertTrue(withdrawn.decideSharing(new SharingRequest(ok.caseId(), ok.recipient(), ok.purpose(),
            ok.categories(), MARCH.plusSeconds(240))) instanceof SharingDecision.Refused, "withdrawal stops sharing");
        assertEquals("caseId", assertThrows(InvalidInputException.class, () -> open.decideSharing(
            SharingRequest.to(CaseId.random(), SCHOOL, Purpose.CONTACT_ABOUT_CASE, Set.of(DataCategory.EDUCATION),
                MARCH))).field());
    }

    @Test
    void fromTheEndOfCompulsorySchoolAgeTheYoungPersonConsentsUnlessTheyLackCapacity() {
        Party youngPerson = Party.child("Robin Example", LocalDate.of(2010, 7, 15)); // school age ends 26 June 2026
        Case c = Case.open(Fixtures.selfReferral(youngPerson, parent), MARCH).after()
            .giveConsent(consent(parent, shareWithSchool()), MARCH).after();
        assertTrue(c.consentAuthority(LocalDate.of(2026, 6, 26)) instanceof ConsentAuthority.Parents);
        assertTrue(c.consentAuthority(LocalDate.of(2026, 6, 27)) instanceof ConsentAuthority.YoungPerson);

        Instant july = Instant.parse("2026-07-01T10:00:00Z");
        SharingDecision afterSwitch = c.decideSharing(SharingRequest.to(c.id(), SCHOOL, Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.EDUCATION), july));
        assertTrue(afterSwitch instanceof SharingDecision.Refused, "the parent's consent no longer counts");
        assertEquals("givenBy", assertThrows(InvalidInputException.class,
            () -> c.giveConsent(consent(parent, shareWithSchool()), july)).field());
        Case ypConsents = c.giveConsent(consent(youngPerson, shareWithSchool()), july).after();
        assertTrue(ypConsents.decideSharing(SharingRequest.to(c.id(), SCHOOL, Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.EDUCATION), july.plusSeconds(60))) instanceof SharingDecision.Permitted);

        Case lacksCapacity = c.recordCapacity(new RecordCapacity(CapacityRecord.of(youngPerson.id(), parent.id(),
            CapacityRecord.Basis.PARENT_AS_REPRESENTATIVE, LocalDate.of(2026, 6, 1), MANAGER), MANAGER), july)
            .after();
        assertTrue(lacksCapacity.consentAuthority(LocalDate.of(2026, 7, 1)) instanceof ConsentAuthority.Representative);
        assertEquals("record.actingFor", assertThrows(InvalidInputException.class, () -> c.recordCapacity(
            new RecordCapacity(CapacityRecord.of(youngPerson.id(), Party.person(PartyRole.PARENT, "Not In Case").id(),
                CapacityRecord.Basis.PARENT_AS_REPRESENTATIVE, LocalDate.of(2026, 6, 1), MANAGER), MANAGER), july))
            .field());
    }

    @Test
    void aClosedCaseStillAcceptsAWithdrawal() {
        Case open = Case.open(Fixtures.selfReferral(child, parent), MARCH).after()
            .giveConsent(consent(parent, shareWithSchool()), MARCH).after();
        Case closed = open.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, ADVISER), MARCH.plusSeconds(60))
            .after();
        ConsentRecord given = closed.consents().records().get(0);
        Case withdrawn = closed.withdrawConsent(new WithdrawConsent(given.id(), parent.id(), ADVISER),
            MARCH.plusSeconds(120)).after();
        assertTrue(withdrawn.consents().records().get(0).withdrawal().isPresent());
        assertEquals("status", assertThrows(InvalidInputException.class, () -> closed.addParty(
            new AddParty(Party.person(PartyRole.PROFESSIONAL, "Jo Senco"), ADVISER), MARCH.plusSeconds(60))).field());
        assertFalse(closed.toString().contains("Example"));
        assertEquals(List.of(), closed.adviceNotes());
    }
}
