package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sendias.reporting.Fixtures.STAFF;
import static org.sendias.reporting.Fixtures.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseEvent;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.OutcomeKind;
import org.sendias.party.OrganisationKind;

class CaseOutcomeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void recordOutcome_onAClosedCase_isKept_snapshotted_andEventCarriesIdAndKindOnly() {
        Case c = Fixtures.selfReferral(DAY).changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, STAFF),
            at(DAY)).after();
        CaseChange change = c.recordOutcome(new CaseCommand.RecordOutcome(OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL,
            DAY.plusMonths(7), STAFF), at(DAY.plusMonths(7)));
        Case after = change.after();
        assertEquals(1, after.outcomes().size());
        CaseEvent.OutcomeRecorded event = (CaseEvent.OutcomeRecorded) change.events().get(0);
        assertEquals(after.outcomes().get(0).id(), event.outcomeId());
        assertEquals("case.outcome-recorded", event.type());
        assertEquals(after.snapshot(), Case.restore(after.snapshot()).snapshot());
    }

    @Test
    void recordOutcome_isRefusedOnAHeldReferral_andBeforeTheReferral() {
        Case held = Fixtures.open(Arrival.referredBy(OrganisationKind.SCHOOL, DAY), DAY);
        assertEquals("status", assertThrows(InvalidInputException.class, () -> held.recordOutcome(
            new CaseCommand.RecordOutcome(OutcomeKind.COMPLAINT, DAY, STAFF), at(DAY))).field());
        Case open = Fixtures.selfReferral(DAY);
        assertEquals("date", assertThrows(InvalidInputException.class, () -> open.recordOutcome(
            new CaseCommand.RecordOutcome(OutcomeKind.COMPLAINT, DAY.minusDays(1), STAFF), at(DAY))).field());
    }
}
