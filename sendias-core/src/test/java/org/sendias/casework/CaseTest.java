package org.sendias.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.casework.Fixtures.ADVISER;
import static org.sendias.casework.Fixtures.T0;
import static org.sendias.casework.Fixtures.later;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendias.InvalidInputException;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.CaseCommand.AddParty;
import org.sendias.casework.CaseCommand.ChangeStatus;
import org.sendias.casework.CaseCommand.RecordContact;
import org.sendias.casework.CaseCommand.RecordKeyDate;
import org.sendias.casework.CaseCommand.RecordProcessEvent;
import org.sendias.casework.CaseCommand.TrackProcess;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.DeadlineStatus;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.deadline.Timeline;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

class CaseTest {

    @Test
    void aSelfReferralOpensAtOnceAndAThirdPartyReferralIsHeld() {
        CaseChange self = Case.open(Fixtures.selfReferral(Fixtures.child()), T0);
        assertEquals(CaseStatus.OPEN, self.after().status());
        assertEquals(1, self.after().version());
        assertEquals("case.opened", self.events().get(0).type());

        CaseChange referred = Case.open(Fixtures.schoolReferral(Fixtures.child()), T0);
        assertEquals(CaseStatus.HELD, referred.after().status());
        assertTrue(referred.events().get(0) instanceof CaseEvent.CaseOpened o && o.status() == CaseStatus.HELD);
    }

    @Test
    void aHeldReferralAllowsOnlyContactAttempts() {
        Case held = Case.open(Fixtures.schoolReferral(Fixtures.child()), T0).after();
        CaseChange attempt = held.recordContact(RecordContact.attempt(Contact.Channel.PHONE, ADVISER), later(5));
        assertEquals(1, attempt.after().contacts().size());
        assertTrue(attempt.after().contacts().get(0).attempt());

        InvalidInputException contact = assertThrows(InvalidInputException.class, () -> held.recordContact(
            new RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(20), false, Optional.empty(), Set.of(),
                ADVISER), later(5)));
        assertEquals("attempt", contact.field());
        assertEquals("status", assertThrows(InvalidInputException.class, () -> held.addNote(
            new AddNote("called school", Optional.empty(), ADVISER), later(6))).field());
        assertEquals("status", assertThrows(InvalidInputException.class, () -> held.addParty(
            new AddParty(Fixtures.parent(), ADVISER), later(6))).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> held.changeStatus(
            new ChangeStatus(CaseStatus.OPEN, ADVISER), later(6))).field(), "opening needs consent");
        assertEquals(CaseStatus.CLOSED, held.changeStatus(new ChangeStatus(CaseStatus.CLOSED, ADVISER), later(7))
            .after().status(), "a held referral can be closed, for example when the family declines");
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void onlyTheAllowedTransitionsAreAccepted(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            Case c = caseIn(from);
            boolean allowed = from.canMoveTo(to) && !(from == CaseStatus.HELD && to == CaseStatus.OPEN);
            if (allowed) {
                CaseChange change = c.changeStatus(new ChangeStatus(to, ADVISER), later(60));
                assertEquals(to, change.after().status());
                assertEquals(c.version() + 1, change.after().version());
                assertEquals(new Case.StatusChange(from, to, later(60), ADVISER),
                    change.after().statusHistory().get(change.after().statusHistory().size() - 1));
            } else {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> c.changeStatus(new ChangeStatus(to, ADVISER), later(60)), from + " -> " + to);
                assertEquals("to", e.field());
            }
        }
    }

    /** Reaches a status by allowed moves from a fresh case. */
    static Case caseIn(CaseStatus status) {
        if (status == CaseStatus.HELD) {
            return Case.open(Fixtures.schoolReferral(Fixtures.child()), T0).after();
        }
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after();
        return switch (status) {
            case OPEN -> c;
            case PAUSED -> c.changeStatus(new ChangeStatus(CaseStatus.PAUSED, ADVISER), later(1)).after();
            case CLOSED -> c.changeStatus(new ChangeStatus(CaseStatus.CLOSED, ADVISER), later(1)).after();
            case REOPENED -> c.changeStatus(new ChangeStatus(CaseStatus.CLOSED, ADVISER), later(1)).after()
                .changeStatus(new ChangeStatus(CaseStatus.REOPENED, ADVISER), later(2)).after();
            default -> throw new IllegalStateException();
        };
    }

    @Test
    void aCorrectionSupersedesANoteAndBothRemain() {
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after();
        Case one = c.addNote(new AddNote("Met the family; they want to appeal.", Optional.empty(), ADVISER),
            later(1)).after();
        NoteId first = one.notes().get(0).id();
        CaseChange corrected = one.addNote(new AddNote("Correction: they want mediation first.", Optional.of(first),
            ADVISER), later(2));
        Case two = corrected.after();
        assertEquals(2, two.notes().size());
        assertEquals(1, two.currentNotes().size());
        assertEquals(Optional.of(first), two.currentNotes().get(0).supersedes());
        assertEquals("case.note-superseded", corrected.events().get(0).type());
        assertEquals("supersedes", assertThrows(InvalidInputException.class, () -> two.addNote(
            new AddNote("again", Optional.of(first), ADVISER), later(3))).field(), "only a current note is corrected");
        assertFalse(two.notes().get(0).toString().contains("appeal"), "toString hides the text");
        assertEquals(1, one.notes().size(), "the earlier case is unchanged");
    }

    @Test
    void theCaseIsAboutOneChildAndPartiesAreNotDuplicated() {
        Party parent = Fixtures.parent();
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child(), parent), T0).after();
        assertEquals("party.role", assertThrows(InvalidInputException.class, () -> c.addParty(
            new AddParty(Party.child("Other Child", LocalDate.of(2015, 1, 1)), ADVISER), later(1))).field());
        assertEquals("party", assertThrows(InvalidInputException.class, () -> c.addParty(
            new AddParty(parent, ADVISER), later(1))).field());
        Case more = c.addParty(new AddParty(Party.person(PartyRole.PROFESSIONAL, "Jo Senco"), ADVISER), later(1))
            .after();
        assertEquals(3, more.parties().size());
        assertEquals(PartyRole.CHILD_OR_YOUNG_PERSON, more.child().role());
        assertFalse(more.toString().contains("Sam"), "toString hides names");
    }

    @Test
    void keyDatesFeedTheServiceTargets() {
        DeadlineEngine engine = DeadlineEngine.create();
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after();
        Timeline before = c.serviceLevel(engine, LocalDate.of(2026, 3, 3));
        assertEquals(LocalDate.of(2026, 3, 4), before.deadline(Rule.SERVICE_ACKNOWLEDGEMENT).orElseThrow().due()
            .orElseThrow());
        Case acked = c.recordKeyDate(new RecordKeyDate(EventType.REFERRAL_ACKNOWLEDGED, LocalDate.of(2026, 3, 3),
            ADVISER), later(60)).after();
        assertEquals(DeadlineStatus.MET, acked.serviceLevel(engine, LocalDate.of(2026, 3, 3))
            .deadline(Rule.SERVICE_ACKNOWLEDGEMENT).orElseThrow().status());
        assertEquals("event", assertThrows(InvalidInputException.class, () -> new RecordKeyDate(
            EventType.REFERRAL_RECEIVED, LocalDate.of(2026, 3, 3), ADVISER)).field());
        assertEquals("date", assertThrows(InvalidInputException.class, () -> c.recordKeyDate(new RecordKeyDate(
            EventType.FIRST_APPOINTMENT_HELD, LocalDate.of(2026, 3, 1), ADVISER), later(1))).field());
    }

    @Test
    void aCaseTracksStatutoryProcessesAndTheirDeadlines() {
        DeadlineEngine engine = DeadlineEngine.create();
        ProcessId appeal = ProcessId.random();
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after()
            .trackProcess(new TrackProcess(ProcessType.APPEAL, appeal, ADVISER), later(1)).after()
            .recordProcessEvent(new RecordProcessEvent(appeal, EventType.DECISION_NOTICE_SENT,
                LocalDate.of(2026, 6, 15), ADVISER), later(2)).after();
        Timeline t = c.processTimelines(engine, LocalDate.of(2026, 7, 1)).get(appeal);
        assertEquals(LocalDate.of(2026, 9, 1), t.deadline(Rule.APPEAL_REGISTRATION).orElseThrow().due().orElseThrow());

        assertEquals("event", assertThrows(InvalidInputException.class, () -> c.recordProcessEvent(
            new RecordProcessEvent(appeal, EventType.REQUEST_RECEIVED, LocalDate.of(2026, 6, 1), ADVISER),
            later(3))).field(), "an event of another process is refused");
        assertEquals("processId", assertThrows(InvalidInputException.class, () -> c.recordProcessEvent(
            new RecordProcessEvent(ProcessId.random(), EventType.DECISION_NOTICE_SENT, LocalDate.of(2026, 6, 1),
                ADVISER), later(3))).field());

        ProcessId age = ProcessId.random();
        Case withAge = c.trackProcess(new TrackProcess(ProcessType.AGE, age, ADVISER), later(4)).after();
        assertEquals(LocalDate.of(2030, 6, 28), withAge.processTimelines(engine, LocalDate.of(2026, 7, 1)).get(age)
            .deadline(Rule.COMPULSORY_SCHOOL_AGE_ENDS).orElseThrow().due().orElseThrow(),
            "the date of birth comes from the child's record");
    }

    @Test
    void dueSoonListsWhatFallsDueAcrossTheTenantsCases() {
        DeadlineEngine engine = DeadlineEngine.create();
        ProcessId ehc = ProcessId.random();
        Case a = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after()
            .trackProcess(new TrackProcess(ProcessType.EHC_NEEDS_ASSESSMENT, ehc, ADVISER), later(1)).after()
            .recordProcessEvent(new RecordProcessEvent(ehc, EventType.REQUEST_RECEIVED, LocalDate.of(2026, 1, 5),
                ADVISER), later(2)).after();
        Case other = Case.open(new OpenCase(org.sendias.TenantId.of("another-service"), org.sendias.CaseId.random(),
            Arrival.selfReferral(LocalDate.of(2026, 2, 10)), Set.of(Domain.HEALTH), HelpLevel.ADVICE,
            Fixtures.child(), List.of(), ADVISER), T0).after();

        // as of Monday 9 February 2026, 5 working days ahead is Monday 16 February: the decision to assess is due
        List<DueItem> due = DueSoon.find(List.of(a, other), Fixtures.TENANT, engine, LocalDate.of(2026, 2, 9), 5,
            false);
        assertEquals(List.of(Rule.EHC_DECISION_TO_ASSESS), due.stream().map(DueItem::rule).toList());
        assertEquals(LocalDate.of(2026, 2, 16), due.get(0).due());
        assertEquals(Optional.of(ehc), due.get(0).processId());

        List<DueItem> withOverdue = DueSoon.find(List.of(a), Fixtures.TENANT, engine, LocalDate.of(2026, 3, 10), 0,
            true);
        assertTrue(withOverdue.stream().anyMatch(i -> i.rule() == Rule.SERVICE_ACKNOWLEDGEMENT
            && i.status() == DeadlineStatus.OVERDUE), withOverdue.toString());
        assertEquals("workingDays", assertThrows(InvalidInputException.class, () -> DueSoon.find(List.of(a),
            Fixtures.TENANT, engine, LocalDate.of(2026, 2, 9), -1, false)).field());
    }

    @Test
    void allocationNeedsAClearanceForThisAdviserAndThisVersionAndNeverAWalledOffAdviser() {
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after();
        org.sendias.UserId adviser = org.sendias.UserId.of("adviser-9");
        Clearance clear = new Clearance(adviser, c.version(), Clearance.Basis.CLEAR, Optional.empty());
        Case allocated = c.allocate(new CaseCommand.AllocateAdviser(adviser, clear, ADVISER), later(1)).after();
        assertEquals(Optional.of(adviser), allocated.adviser());

        assertEquals("clearance.caseVersion", assertThrows(InvalidInputException.class, () -> allocated.allocate(
            new CaseCommand.AllocateAdviser(adviser, clear, ADVISER), later(2))).field(), "a stale check is refused");
        assertEquals("clearance.adviser", assertThrows(InvalidInputException.class, () ->
            new CaseCommand.AllocateAdviser(ADVISER, clear, ADVISER)).field());
        assertEquals("clearance.waiver.decidedBy", assertThrows(InvalidInputException.class, () -> new Clearance(
            adviser, 1, Clearance.Basis.WAIVED, Optional.of(new Clearance.Waiver(adviser, "fine", later(1))))).field(),
            "an adviser cannot waive their own conflict");

        CaseChange walled = allocated.wallOff(new CaseCommand.WallOff(adviser, ADVISER), later(3));
        assertEquals(Optional.empty(), walled.after().adviser());
        assertTrue(walled.events().get(0) instanceof CaseEvent.AdviserWalledOff w && w.wasAllocated());
        Case after = walled.after();
        assertEquals("adviser", assertThrows(InvalidInputException.class, () -> after.allocate(
            new CaseCommand.AllocateAdviser(adviser, new Clearance(adviser, after.version(), Clearance.Basis.CLEAR,
                Optional.empty()), ADVISER), later(4))).field());
    }

    @Test
    void aSnapshotRestoresAndADamagedOneIsRefusedNamingTheField() {
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child(), Fixtures.parent()), T0).after()
            .addNote(new AddNote("first", Optional.empty(), ADVISER), later(1)).after();
        CaseSnapshot s = c.snapshot();
        assertEquals(s, Case.restore(s).snapshot());

        CaseSnapshot noChild = new CaseSnapshot(s.tenant(), s.id(), s.version(), s.openedAt(), s.openedBy(),
            s.arrival(), s.status(), s.statusHistory(), s.parties().subList(1, 2), s.domains(), s.helpLevel(),
            s.adviser(), s.walledOff(), s.contacts(), s.notes(), s.adviceNotes(), s.consents(), s.capacity(),
            s.equality(), s.serviceLevel(), s.processes(), s.legalHolds(), s.corrections(), s.anonymisation(),
            s.outcomes());
        assertEquals("snapshot.parties", assertThrows(InvalidInputException.class, () -> Case.restore(noChild))
            .field());
        CaseSnapshot wrongStatus = new CaseSnapshot(s.tenant(), s.id(), s.version(), s.openedAt(), s.openedBy(),
            s.arrival(), CaseStatus.CLOSED, s.statusHistory(), s.parties(), s.domains(), s.helpLevel(),
            s.adviser(), s.walledOff(), s.contacts(), s.notes(), s.adviceNotes(), s.consents(), s.capacity(),
            s.equality(), s.serviceLevel(), s.processes(), s.legalHolds(), s.corrections(), s.anonymisation(),
            s.outcomes());
        assertEquals("snapshot.status", assertThrows(InvalidInputException.class, () -> Case.restore(wrongStatus))
            .field());
        assertFalse(s.toString().contains("Sam"));
    }

    @Test
    void aTribunalOrderOrASchoolDayEventNeedsItsParametersFirst() {
        DeadlineEngine engine = DeadlineEngine.create();
        ProcessId appeal = ProcessId.random();
        Case c = Case.open(Fixtures.selfReferral(Fixtures.child()), T0).after()
            .trackProcess(new TrackProcess(ProcessType.APPEAL, appeal, ADVISER), later(1)).after();
        RecordProcessEvent order = new RecordProcessEvent(appeal, EventType.TRIBUNAL_ORDER, LocalDate.of(2026, 6, 1),
            ADVISER);
        assertEquals("event", assertThrows(InvalidInputException.class, () -> c.recordProcessEvent(order, later(2)))
            .field());
        Case withKind = c.setProcessParameters(new CaseCommand.SetProcessParameters(appeal,
            Optional.of(org.sendias.deadline.OrderKind.AMEND_PLAN), Optional.empty(), Optional.empty(),
            Optional.empty(), ADVISER), later(2)).after().recordProcessEvent(order, later(3)).after();
        assertEquals(LocalDate.of(2026, 7, 6), withKind.processTimelines(engine, LocalDate.of(2026, 6, 2)).get(appeal)
            .deadline(Rule.ORDER_AMEND_PLAN).orElseThrow().due().orElseThrow());

        ProcessId exclusion = ProcessId.random();
        Case ex = c.trackProcess(new TrackProcess(ProcessType.EXCLUSION, exclusion, ADVISER), later(4)).after();
        assertEquals("event", assertThrows(InvalidInputException.class, () -> ex.recordProcessEvent(
            new RecordProcessEvent(exclusion, EventType.EXCLUSION_NOTICE_RECEIVED, LocalDate.of(2026, 10, 14),
                ADVISER), later(5))).field());
        assertEquals("transferYear", assertThrows(InvalidInputException.class, () ->
            new CaseCommand.SetProcessParameters(exclusion, Optional.empty(),
                Optional.of(org.sendias.deadline.TransferKind.SCHOOL), Optional.empty(), Optional.empty(), ADVISER))
            .field());
    }
}
