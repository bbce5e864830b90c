package org.sendias.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.casework.Fixtures.ADVISER;
import static org.sendias.casework.Fixtures.MANAGER;
import static org.sendias.casework.Fixtures.later;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.CaseCommand.AddParty;
import org.sendias.casework.CaseCommand.ChangeStatus;
import org.sendias.casework.CaseCommand.CorrectParty;
import org.sendias.casework.CaseCommand.PlaceLegalHold;
import org.sendias.casework.CaseCommand.RecordContact;
import org.sendias.casework.CaseCommand.RecordEqualityMonitoring;
import org.sendias.casework.CaseCommand.ReleaseLegalHold;
import org.sendias.casework.CaseCommand.TrackProcess;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.ConsentLedger;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.Recipient;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.ReportingConsent;
import org.sendias.impartiality.ChosenBy;
import org.sendias.impartiality.FamilyChoice;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.impartiality.Route;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** Legal holds, rectification, erasing a party and anonymising a case. */
class CaseDataProtectionTest {
    private static final String CHILD_NAME = "Saoirse Quillfeather";
    private static final LocalDate BORN = LocalDate.of(2012, 2, 29);
    private static final String PARENT_NAME = "Bartholomew Quillfeather";
    private static final String SCHOOL_NAME = "Fernhollow Primary Academy";
    private static final String NOTE = "Mum says the EHCP review was cancelled twice at Fernhollow";
    private static final String CORRECTED_NOTE = "The review was cancelled once, not twice";
    private static final String SUMMARY = "Appeal deadline explained with regard to the Quillfeather family";
    private static final String RECIPIENT = "Westmarsh SEN Team";
    private static final String ROLE = "Casework officer Pennywhistle";
    private static final String REASON = "Bruising seen on Saoirse's arm during the visit";
    private static final String WHY_NOT_TOLD = "Telling the father could put Saoirse at risk";
    private static final String SELF_DESCRIBED = "Genderfluid Quillfeather wording";
    private static final String HOLD_TEXT = "Solicitor Thistlewood asked us to keep the file";
    private static final String OLD_NAME = "Saoirse Quilfeather";

    private final Party child = Party.child(OLD_NAME, BORN);
    private final Party parent = Party.person(PartyRole.PARENT, PARENT_NAME);
    private final Party school = Party.organisation(OrganisationKind.SCHOOL, SCHOOL_NAME,
        OrganisationIdentifier.urn("123456"));

    /** A case holding something in every field that carries free text or a date of birth. */
    private Case fullCase() {
        Case c = Case.open(Fixtures.selfReferral(child, parent), later(0)).after();
        c = c.addParty(new AddParty(school, ADVISER), later(1)).after();
        c = c.correctParty(CorrectParty.name(child.id(), CHILD_NAME, "typing-error", ADVISER), later(2)).after();
        c = c.addNote(new AddNote(NOTE, Optional.empty(), ADVISER), later(3)).after();
        c = c.addNote(new AddNote(CORRECTED_NOTE, Optional.of(c.notes().get(0).id()), ADVISER), later(4)).after();
        c = c.recordContact(new RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(20), false, Optional.empty(),
            Set.of(), ADVISER), later(5)).after();
        c = c.recordAdviceNote(new RecordAdviceNote(c.id(), ADVISER, List.of(OptionExplained.of(Route.TRIBUNAL_APPEAL,
            SUMMARY)), Optional.of(FamilyChoice.of(Route.TRIBUNAL_APPEAL, ChosenBy.PARENT, later(6)))), later(6))
            .after();
        Recipient team = Recipient.of(OrganisationKind.LOCAL_AUTHORITY, RECIPIENT).withRole(ROLE);
        c = c.giveConsent(new GiveConsent(parent.id(), ConsentScope.sharingWith(team,
            Set.of(Purpose.CONTACT_ABOUT_CASE), Set.of(DataCategory.EDUCATION)), "consent-form-v3",
            ConsentMethod.WRITTEN, Optional.empty(), ADVISER), later(7)).after();
        c = c.recordDisclosure(new RecordDisclosure(child.id(), team, Set.of(DataCategory.EDUCATION),
            Article6Basis.LEGAL_OBLIGATION, Optional.empty(), Optional.empty(), ADVISER, MANAGER, REASON, false,
            Optional.of(WHY_NOT_TOLD)), later(8)).after();
        c = c.recordEqualityMonitoring(new RecordEqualityMonitoring(parent.id(), EqualityMonitoring.NONE
            .withGender(GenderAnswer.selfDescribed(SELF_DESCRIBED))
            .withReportingConsent(ReportingConsent.given(later(9), parent.id(), "monitoring-2026.1")), ADVISER),
            later(9)).after();
        c = c.trackProcess(new TrackProcess(ProcessType.AGE, ProcessId.random(), ADVISER), later(10)).after();
        c = c.placeLegalHold(new PlaceLegalHold("litigation", Optional.of(HOLD_TEXT), MANAGER), later(11)).after();
        c = c.releaseLegalHold(new ReleaseLegalHold(c.legalHolds().get(0).id(), MANAGER), later(12)).after();
        return c;
    }

    private static final List<String> ORIGINALS = List.of(CHILD_NAME, PARENT_NAME, SCHOOL_NAME, NOTE, CORRECTED_NOTE,
        SUMMARY, RECIPIENT, ROLE, REASON, WHY_NOT_TOLD, SELF_DESCRIBED, HOLD_TEXT, OLD_NAME, "Quillfeather",
        "123456", "consent-form-v3", "monitoring-2026.1", BORN.toString());

    @Test
    void anonymisingLeavesNoNameDateOfBirthOrFreeTextAnywhere() {
        Case before = fullCase();
        List<Object> leavesBefore = leaves(before.snapshot());
        for (String original : ORIGINALS) {
            assertTrue(leavesBefore.stream().anyMatch(l -> l.toString().contains(original)), "fixture holds "
                + original);
        }
        CaseChange change = before.anonymise(MANAGER, later(20));
        Case after = change.after();
        CaseSnapshot s = after.snapshot();
        for (Object leaf : leaves(s)) {
            for (String original : ORIGINALS) {
                assertFalse(leaf.toString().contains(original), leaf.getClass().getSimpleName()
                    + " still holds an original value");
            }
        }
        String shown = s.toString() + after + change + change.events() + after.parties() + after.notes()
            + after.corrections() + after.legalHolds() + after.consents().records() + after.consents().disclosures()
            + after.adviceNotes() + after.equalityMonitoring();
        for (String original : ORIGINALS) {
            assertFalse(shown.contains(original), "toString shows an original value");
        }
        assertEquals(after.snapshot(), Case.restore(s).snapshot(), "an anonymised case restores as it is");
    }

    @Test
    void anonymisingKeepsWhatReportsNeed() {
        Case before = fullCase();
        Case after = before.anonymise(MANAGER, later(20)).after();
        assertTrue(after.isAnonymised());
        assertEquals(Optional.of(new Anonymisation(later(20), MANAGER)), after.anonymisation());
        assertEquals(CaseStatus.CLOSED, after.status(), "an open case is closed first");
        assertEquals(before.version() + 2, after.version());
        assertEquals(before.arrival(), after.arrival());
        assertEquals(before.domains(), after.domains());
        assertEquals(before.helpLevel(), after.helpLevel());
        assertEquals(before.contacts(), after.contacts());
        assertEquals(before.statusHistory(), after.statusHistory().subList(0, before.statusHistory().size()));
        assertEquals(before.serviceLevelHistory(), after.serviceLevelHistory());
        assertEquals(before.parties().stream().map(Party::role).toList(),
            after.parties().stream().map(Party::role).toList());
        assertTrue(after.parties().stream().allMatch(p -> p.name().equals(Anonymisation.NAME)));
        assertEquals(Optional.of(LocalDate.of(2012, 1, 1)), after.child().dateOfBirth(), "only the year is kept");
        assertEquals(Optional.empty(), after.parties().get(2).identifier());
        assertEquals(Optional.of(OrganisationKind.SCHOOL), after.parties().get(2).organisationKind());
        assertTrue(after.notes().stream().allMatch(n -> n.text().equals(Anonymisation.TEXT)));
        assertEquals(before.notes().get(1).supersedes(), after.notes().get(1).supersedes());
        assertEquals(before.adviceNotes().get(0).routes(), after.adviceNotes().get(0).routes());
        assertEquals(before.adviceNotes().get(0).choice(), after.adviceNotes().get(0).choice());
        EqualityMonitoring answers = after.equalityMonitoring().get(parent.id());
        assertTrue(answers.usableInReports(), "the reporting consent stays");
        assertEquals(before.equalityMonitoring().get(parent.id()).forReporting(), answers.forReporting());
        ProcessHistory age = after.processes().values().iterator().next();
        assertEquals(Optional.of(LocalDate.of(2012, 1, 1)), age.event(EventType.DATE_OF_BIRTH));
        assertEquals(1, after.consents().disclosures().size());
        assertEquals(Article6Basis.LEGAL_OBLIGATION, after.consents().disclosures().get(0).article6());
        assertTrue(after.corrections().stream().allMatch(c -> c.cleared() && c.previousValue().isEmpty()));
        assertTrue(after.legalHolds().stream().allMatch(h -> h.description().isEmpty()));
        assertEquals(new CaseEvent.CaseAnonymised(Fixtures.TENANT, before.id(), later(20), MANAGER),
            before.anonymise(MANAGER, later(20)).events().get(1));
    }

    @Test
    void anAnonymisedCaseRefusesContentChangesButTakesLegalHolds() {
        Case after = fullCase().anonymise(MANAGER, later(20)).after();
        assertEquals("anonymisation", assertThrows(InvalidInputException.class,
            () -> after.changeStatus(new ChangeStatus(CaseStatus.REOPENED, ADVISER), later(21))).field());
        assertEquals("anonymisation", assertThrows(InvalidInputException.class,
            () -> after.correctParty(CorrectParty.name(child.id(), "New Name", "typing-error", ADVISER),
                later(21))).field());
        assertEquals("anonymisation", assertThrows(InvalidInputException.class,
            () -> after.anonymise(MANAGER, later(21))).field());
        assertEquals("anonymisation", assertThrows(InvalidInputException.class,
            () -> after.eraseParty(parent.id(), MANAGER, later(21))).field());
        SharingDecision decision = after.decideSharing(new SharingRequest(after.id(),
            Optional.of(Recipient.of(OrganisationKind.LOCAL_AUTHORITY, RECIPIENT)), Purpose.CONTACT_ABOUT_CASE,
            Set.of(DataCategory.EDUCATION), later(21)));
        assertTrue(decision instanceof SharingDecision.Refused);
        Case held = after.placeLegalHold(new PlaceLegalHold("ico-investigation", Optional.empty(), MANAGER),
            later(22)).after();
        assertEquals(1, held.activeLegalHolds().size());
        assertTrue(held.isAnonymised());
    }

    @Test
    void anActiveLegalHoldStopsAnonymisation() {
        Case c = fullCase().placeLegalHold(new PlaceLegalHold("tribunal-appeal", Optional.of(HOLD_TEXT), MANAGER),
            later(13)).after();
        assertEquals("legalHolds", assertThrows(InvalidInputException.class,
            () -> c.anonymise(MANAGER, later(14))).field());
        LegalHold hold = c.activeLegalHolds().get(0);
        Case released = c.releaseLegalHold(new ReleaseLegalHold(hold.id(), MANAGER), later(15)).after();
        assertTrue(released.activeLegalHolds().isEmpty());
        assertTrue(released.anonymise(MANAGER, later(16)).after().isAnonymised());
    }

    @Test
    void legalHoldsAreRecordedWithCodesAndTheirEventsCarryNoDescription() {
        Case c = Case.open(Fixtures.selfReferral(child), later(0)).after();
        CaseChange placed = c.placeLegalHold(new PlaceLegalHold("complaint", Optional.of(HOLD_TEXT), MANAGER),
            later(1));
        LegalHold hold = placed.after().legalHolds().get(0);
        assertEquals("complaint", hold.reasonCode());
        assertEquals(Optional.of(HOLD_TEXT), hold.description());
        assertTrue(hold.isActive());
        assertEquals(List.of(new CaseEvent.LegalHoldPlaced(Fixtures.TENANT, c.id(), later(1), MANAGER, hold.id(),
            "complaint")), placed.events());
        assertFalse(hold.toString().contains("Thistlewood"));
        assertFalse(new PlaceLegalHold("complaint", Optional.of(HOLD_TEXT), MANAGER).toString()
            .contains("Thistlewood"));
        Case released = placed.after().releaseLegalHold(new ReleaseLegalHold(hold.id(), ADVISER), later(2)).after();
        assertEquals(Optional.of(new LegalHold.Released(later(2), ADVISER)), released.legalHolds().get(0).released());
        assertEquals("holdId", assertThrows(InvalidInputException.class, () -> released.releaseLegalHold(
            new ReleaseLegalHold(hold.id(), ADVISER), later(3))).field());
        assertEquals("holdId", assertThrows(InvalidInputException.class, () -> released.releaseLegalHold(
            new ReleaseLegalHold(LegalHoldId.random(), ADVISER), later(3))).field());
        InvalidInputException notACode = assertThrows(InvalidInputException.class,
            () -> new PlaceLegalHold("Solicitor Thistlewood", Optional.empty(), MANAGER));
        assertEquals("reasonCode", notACode.field());
        assertFalse(notACode.getMessage().contains("Thistlewood"));
        // a closed case and a held referral take holds too
        Case closed = c.changeStatus(new ChangeStatus(CaseStatus.CLOSED, ADVISER), later(4)).after();
        assertEquals(1, closed.placeLegalHold(new PlaceLegalHold("litigation", Optional.empty(), MANAGER),
            later(5)).after().activeLegalHolds().size());
        Case heldReferral = Case.open(Fixtures.schoolReferral(Party.child("A B", BORN)), later(0)).after();
        assertEquals(1, heldReferral.placeLegalHold(new PlaceLegalHold("litigation", Optional.empty(), MANAGER),
            later(1)).after().legalHolds().size());
    }

    @Test
    void aCorrectionSupersedesTheValueAndKeepsIt() {
        Case c = Case.open(Fixtures.selfReferral(child, parent), later(0)).after();
        c = c.trackProcess(new TrackProcess(ProcessType.AGE, ProcessId.random(), ADVISER), later(1)).after();
        LocalDate corrected = LocalDate.of(2012, 3, 1);
        CaseChange change = c.correctParty(new CorrectParty(child.id(), Optional.of(CHILD_NAME),
            Optional.of(corrected), Optional.empty(), Optional.empty(), "verified-document", MANAGER), later(2));
        Case after = change.after();
        assertEquals(CHILD_NAME, after.child().name());
        assertEquals(Optional.of(corrected), after.child().dateOfBirth());
        assertEquals(2, after.corrections().size());
        Correction name = after.corrections().get(0);
        assertEquals(Correction.PartyField.NAME, name.field());
        assertEquals(Optional.of(OLD_NAME), name.previousValue());
        assertEquals("verified-document", name.reasonCode());
        assertEquals(MANAGER, name.by());
        assertEquals(Optional.of(BORN.toString()), after.corrections().get(1).previousValue());
        assertEquals(Optional.of(corrected), after.processes().values().iterator().next()
            .event(EventType.DATE_OF_BIRTH), "the age process follows the corrected date of birth");
        assertEquals(List.of(new CaseEvent.PartyCorrected(Fixtures.TENANT, c.id(), later(2), MANAGER, child.id(),
            List.of(name.id(), after.corrections().get(1).id()))), change.events());
        String shown = change.events().toString() + after.corrections() + after;
        assertFalse(shown.contains("Quil"), "neither value is shown");
        assertFalse(shown.contains("2012-"), "neither date is shown");
        assertEquals(after.snapshot(), Case.restore(after.snapshot()).snapshot());
    }

    @Test
    void aCorrectionMustChangeSomethingTheRightKindOfPartyHas() {
        Case c = Case.open(Fixtures.selfReferral(child, parent), later(0)).after()
            .addParty(new AddParty(school, ADVISER), later(1)).after();
        InvalidInputException same = assertThrows(InvalidInputException.class,
            () -> c.correctParty(CorrectParty.name(child.id(), OLD_NAME, "typing-error", ADVISER), later(2)));
        assertEquals("name", same.field());
        assertFalse(same.getMessage().contains("Quil"));
        assertEquals("dateOfBirth", assertThrows(InvalidInputException.class, () -> c.correctParty(
            CorrectParty.dateOfBirth(school.id(), BORN, "typing-error", ADVISER), later(2))).field());
        assertEquals("identifier", assertThrows(InvalidInputException.class, () -> c.correctParty(
            new CorrectParty(parent.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(OrganisationIdentifier.urn("654321")), "typing-error", ADVISER), later(2))).field());
        assertEquals("partyId", assertThrows(InvalidInputException.class, () -> c.correctParty(
            CorrectParty.name(org.sendias.party.PartyId.random(), "X", "typing-error", ADVISER), later(2))).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> new CorrectParty(parent.id(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "typing-error", ADVISER))
            .field());
        Case corrected = c.correctParty(new CorrectParty(school.id(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of(OrganisationIdentifier.urn("654321")), "typing-error", ADVISER),
            later(3)).after();
        assertEquals(Optional.of("URN:123456"), corrected.corrections().get(0).previousValue());
        // a closed case still takes corrections (rectification is a right whatever the case's status)
        Case closed = c.changeStatus(new ChangeStatus(CaseStatus.CLOSED, ADVISER), later(4)).after();
        assertEquals(1, closed.correctParty(CorrectParty.name(parent.id(), "Alex Other", "name-changed", ADVISER),
            later(5)).after().corrections().size());
    }

    @Test
    void erasingAPartyClearsTheirDetailsButNotTheChild() {
        Case c = fullCase().correctParty(CorrectParty.name(parent.id(), "Barty Quillfeather", "subject-request",
            ADVISER), later(13)).after();
        CaseChange change = c.eraseParty(parent.id(), MANAGER, later(14));
        Case after = change.after();
        Party erased = after.party(parent.id()).orElseThrow();
        assertEquals(Anonymisation.NAME, erased.name());
        assertEquals(PartyRole.PARENT, erased.role());
        assertFalse(after.equalityMonitoring().containsKey(parent.id()));
        assertTrue(after.corrections().stream().filter(x -> x.partyId().equals(parent.id()))
            .allMatch(Correction::cleared));
        assertTrue(after.corrections().stream().filter(x -> x.partyId().equals(child.id()))
            .noneMatch(Correction::cleared), "other parties' corrections stay");
        assertEquals(CHILD_NAME, after.child().name());
        assertEquals(List.of(new CaseEvent.PartyErased(Fixtures.TENANT, c.id(), later(14), MANAGER, parent.id())),
            change.events());
        assertEquals("partyId", assertThrows(InvalidInputException.class,
            () -> c.eraseParty(child.id(), MANAGER, later(14))).field());
    }

    @Test
    void aDamagedSnapshotOfTheNewStateIsRefused() {
        Case c = fullCase();
        CaseSnapshot s = c.snapshot();
        CaseSnapshot twice = with(s, List.of(s.legalHolds().get(0), s.legalHolds().get(0)), s.corrections(),
            s.anonymisation(), s.status());
        assertEquals("snapshot.legalHolds", assertThrows(InvalidInputException.class, () -> Case.restore(twice))
            .field());
        CaseSnapshot stranger = with(s, s.legalHolds(), List.of(new Correction(CorrectionId.random(),
            org.sendias.party.PartyId.random(), Correction.PartyField.NAME, later(1), ADVISER, "typing-error",
            Optional.empty(), false)), s.anonymisation(), s.status());
        assertEquals("snapshot.corrections", assertThrows(InvalidInputException.class, () -> Case.restore(stranger))
            .field());
        CaseSnapshot openButAnonymised = with(s, s.legalHolds(), s.corrections(),
            Optional.of(new Anonymisation(later(1), ADVISER)), s.status());
        assertEquals("snapshot.anonymisation", assertThrows(InvalidInputException.class,
            () -> Case.restore(openButAnonymised)).field());
        CaseSnapshot older = with(s, null, null, null, s.status());
        Case restored = Case.restore(older);
        assertEquals(List.of(), restored.legalHolds(), "a snapshot from before holds existed has none");
        assertFalse(restored.isAnonymised());
    }

    private static CaseSnapshot with(CaseSnapshot s, List<LegalHold> holds, List<Correction> corrections,
            Optional<Anonymisation> anonymisation, CaseStatus status) {
        return new CaseSnapshot(s.tenant(), s.id(), s.version(), s.openedAt(), s.openedBy(), s.arrival(), status,
            s.statusHistory(), s.parties(), s.domains(), s.helpLevel(), s.adviser(), s.walledOff(), s.contacts(),
            s.notes(), s.adviceNotes(), s.consents(), s.capacity(), s.equality(), s.serviceLevel(), s.processes(),
            holds, corrections, anonymisation, s.outcomes());
    }

    /** Every value the snapshot holds, down to strings, dates and enums. */
    static List<Object> leaves(Object root) {
        List<Object> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Object value, List<Object> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> walk(v, out));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                walk(k, out);
                walk(v, out);
            });
        } else if (value instanceof ConsentLedger l) {
            walk(l.records(), out);
            walk(l.disclosures(), out);
        } else if (value instanceof ProcessHistory h) {
            walk(h.events(), out);
            walk(h.exceptions(), out);
        } else if (value instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out.add(value);
        }
    }
}
