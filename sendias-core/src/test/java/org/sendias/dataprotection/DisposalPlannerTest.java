package org.sendias.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.casework.Case;

/** The dry run: each case's status, the action due and the day retention ends. */
class DisposalPlannerTest {
    private static final LocalDate AS_OF = LocalDate.of(2030, 6, 1);
    private static final RetentionSchedule SIX_YEARS = RetentionSchedule.defaults().with(RecordKind.CASE,
        RetentionRule.yearsAfterClosure(6), DisposalMethod.ANONYMISE);

    @Test
    void eachCaseGetsItsStatusInTheOrderOfTheRules() {
        Case due = Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 6, 1));
        Case dueExactlyToday = Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 6, 1));
        Case running = Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 6, 2));
        Case open = Cases.open(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 6));
        Case held = Cases.hold(Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 6)),
            LocalDate.of(2021, 1, 1));
        Case heldAndOpen = Cases.hold(Cases.open(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 6)),
            LocalDate.of(2021, 1, 1));
        Case anonymised = Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 6))
            .anonymise(Cases.DPO, Cases.noon(LocalDate.of(2027, 1, 4))).after();
        DisposalPlan plan = DisposalPlanner.plan(Cases.TENANT, List.of(due, dueExactlyToday, running, open, held,
            heldAndOpen, anonymised), SIX_YEARS, AS_OF);
        assertEquals(List.of(DisposalStatus.DUE, DisposalStatus.DUE, DisposalStatus.RETENTION_RUNNING,
            DisposalStatus.CASE_OPEN, DisposalStatus.LEGAL_HOLD, DisposalStatus.LEGAL_HOLD,
            DisposalStatus.ALREADY_ANONYMISED), plan.entries().stream().map(PlannedDisposal::status).toList());
        PlannedDisposal first = plan.entries().get(0);
        assertEquals(due.id(), first.caseId());
        assertEquals(due.version(), first.version());
        assertEquals(Optional.of(DisposalMethod.ANONYMISE), first.action());
        assertEquals(Optional.of(LocalDate.of(2030, 6, 1)), first.retentionEndsOn());
        assertEquals(Optional.of(LocalDate.of(2030, 6, 2)), plan.entries().get(2).retentionEndsOn());
        assertEquals(Optional.empty(), plan.entries().get(2).action());
        assertEquals(Optional.empty(), plan.entries().get(3).retentionEndsOn(), "unknown while open");
        assertEquals(List.of(due.id(), dueExactlyToday.id()), plan.due().stream().map(PlannedDisposal::caseId)
            .toList());
        assertEquals(Map.of(DisposalStatus.DUE, 2, DisposalStatus.RETENTION_RUNNING, 1, DisposalStatus.CASE_OPEN, 1,
            DisposalStatus.LEGAL_HOLD, 2, DisposalStatus.ALREADY_ANONYMISED, 1), plan.counts());
        assertTrue(plan.toString().startsWith("DisposalPlan[iass-dp as of 2030-06-01, 7 cases"));
    }

    @Test
    void anAnonymisedCaseIsDueAgainWhenTheScheduleDeletes() {
        Case anonymised = Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 6))
            .anonymise(Cases.DPO, Cases.noon(LocalDate.of(2027, 1, 4))).after();
        RetentionSchedule deleting = SIX_YEARS.with(RecordKind.CASE, RetentionRule.yearsAfterClosure(6),
            DisposalMethod.DELETE);
        PlannedDisposal entry = DisposalPlanner.assess(anonymised, deleting, AS_OF);
        assertEquals(DisposalStatus.DUE, entry.status());
        assertEquals(Optional.of(DisposalMethod.DELETE), entry.action());
    }

    @Test
    void planningIsPureAndChecksItsInput() {
        Case due = Cases.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 6, 1));
        DisposalPlan once = DisposalPlanner.plan(Cases.TENANT, List.of(due), SIX_YEARS, AS_OF);
        assertEquals(once, DisposalPlanner.plan(Cases.TENANT, List.of(due), SIX_YEARS, AS_OF));
        assertEquals("cases[0]", assertThrows(InvalidInputException.class, () -> DisposalPlanner.plan(
            TenantId.of("other"), List.of(due), SIX_YEARS, AS_OF)).field());
        assertEquals("cases[1]", assertThrows(InvalidInputException.class, () -> DisposalPlanner.plan(
            Cases.TENANT, List.of(due, due), SIX_YEARS, AS_OF)).field());
        assertEquals("asOf", assertThrows(InvalidInputException.class, () -> DisposalPlanner.plan(
            Cases.TENANT, List.of(due), SIX_YEARS, null)).field());
        assertEquals("action", assertThrows(InvalidInputException.class, () -> new PlannedDisposal(due.id(), 1,
            DisposalStatus.DUE, Optional.empty(), Optional.empty())).field());
    }
}
