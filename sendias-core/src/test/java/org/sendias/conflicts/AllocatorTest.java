package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.conflicts.ConflictCheckTest.ADVISER;
import static org.sendias.conflicts.ConflictCheckTest.ON;
import static org.sendias.conflicts.ConflictCheckTest.TENANT;
import static org.sendias.conflicts.ConflictCheckTest.context;
import static org.sendias.conflicts.ConflictCheckTest.declared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseEvent;
import org.sendias.casework.Clearance;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** Allocation follows the check: clear allocates, potential needs a manager, conflict refuses and walls off. */
class AllocatorTest {
    private static final Allocator ALLOCATOR = new Allocator(ConflictCheck.standard());
    private static final UserId MANAGER = UserId.of("manager-1");
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static Case openCase(Party... others) {
        return Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(ON), Set.of(Domain.EDUCATION),
            HelpLevel.CASEWORK_AND_SUPPORT, Party.child("Sam Example", java.time.LocalDate.of(2015, 4, 1)),
            List.of(others), MANAGER), AT).after();
    }

    @Test
    void aClearCheckAllocates() {
        Case c = openCase(Party.person(PartyRole.PARENT, "Priya Shah"));
        AllocationDecision d = ALLOCATOR.allocate(c, ADVISER, Optional.empty(), context(List.of(c)), MANAGER, AT);
        assertTrue(d instanceof AllocationDecision.Allocated a && a.change().after().adviser().equals(
            Optional.of(ADVISER)), d.toString());
    }

    @Test
    void aPotentialConflictNeedsAManagersWaiverWhichTheAdviserCannotGive() {
        Case c = openCase(Party.person(PartyRole.PARENT, "Bill Hartley"));
        ConflictContext ctx = context(List.of(c), declared(DeclaredPerson.of("William Hartley", Relationship.FRIEND)));
        assertTrue(ALLOCATOR.allocate(c, ADVISER, Optional.empty(), ctx, MANAGER, AT)
            instanceof AllocationDecision.WaiverNeeded);
        assertEquals("clearance.waiver.decidedBy", assertThrows(InvalidInputException.class, () -> ALLOCATOR.allocate(
            c, ADVISER, Optional.of(new Clearance.Waiver(ADVISER, "I know him only slightly", AT)), ctx, MANAGER, AT))
            .field());
        AllocationDecision waived = ALLOCATOR.allocate(c, ADVISER, Optional.of(new Clearance.Waiver(MANAGER,
            "Met once at a fundraiser; no ongoing relationship.", AT)), ctx, MANAGER, AT);
        assertTrue(waived instanceof AllocationDecision.Allocated, waived.toString());
    }

    @Test
    void aConflictRefusesAndWallsTheAdviserOff() {
        Case c = openCase(Party.person(PartyRole.PARENT, "Jane Doe-Smith"));
        ConflictContext ctx = context(List.of(c), declared(DeclaredPerson.of("Jane Doe", Relationship.SIBLING)));
        AllocationDecision d = ALLOCATOR.allocate(c, ADVISER, Optional.empty(), ctx, MANAGER, AT);
        assertTrue(d instanceof AllocationDecision.Refused, d.toString());
        Case walled = ((AllocationDecision.Refused) d).wallOff().after();
        assertEquals(Set.of(ADVISER), walled.walledOff());
        assertEquals(Optional.empty(), walled.adviser());
    }

    @Test
    void aNewPartyThatConflictsAsksForReassignmentAndSuggestsClearAdvisersLightestFirst() {
        UserId busy = UserId.of("adviser-busy");
        UserId light = UserId.of("adviser-light");
        Case c = openCase(Party.person(PartyRole.PARENT, "Priya Shah"));
        Case allocated = ((AllocationDecision.Allocated) ALLOCATOR.allocate(c, ADVISER, Optional.empty(),
            context(List.of(c)), MANAGER, AT)).change().after();
        Case withAunt = allocated.addParty(new CaseCommand.AddParty(Party.person(PartyRole.CARER, "Jane Doe"),
            MANAGER), AT.plusSeconds(60)).after();
        // busy already holds two active cases
        Case other1 = allocateTo(openCase(), busy);
        Case other2 = allocateTo(openCase(), busy);
        ConflictContext ctx = context(List.of(withAunt, other1, other2),
            declared(DeclaredPerson.of("Jane Doe", Relationship.SIBLING)));

        Recheck r = ALLOCATOR.recheck(withAunt, List.of(ADVISER, busy, light), ctx, MANAGER, AT.plusSeconds(120));
        assertTrue(r instanceof Recheck.ReassignmentNeeded, r.toString());
        Recheck.ReassignmentNeeded needed = (Recheck.ReassignmentNeeded) r;
        assertEquals(List.of(light, busy), needed.suggestions().stream().map(AdviserSuggestion::adviser).toList());
        assertEquals(List.of(0, 2), needed.suggestions().stream().map(AdviserSuggestion::caseload).toList());
        assertTrue(needed.wallOff().events().get(0) instanceof CaseEvent.AdviserWalledOff w && w.wasAllocated());
        assertEquals(Optional.empty(), needed.wallOff().after().adviser());

        assertTrue(ALLOCATOR.recheck(c, List.of(), ctx, MANAGER, AT) instanceof Recheck.NoAdviser);
        Declaration newDeclaration = declared(DeclaredPerson.of("Someone Else", Relationship.FRIEND));
        assertEquals(List.of(withAunt), Allocator.casesToRecheck(newDeclaration, List.of(withAunt, other1, c)));
    }

    private static Case allocateTo(Case c, UserId adviser) {
        return c.allocate(new CaseCommand.AllocateAdviser(adviser, new Clearance(adviser, c.version(),
            Clearance.Basis.CLEAR, Optional.empty()), MANAGER), AT).after();
    }
}
