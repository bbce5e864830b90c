package org.sendias.casework;

import java.time.Instant;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/**
 * The events a case's own commands produce. Each carries ids and kinds only, never names, note text or dates of
 * birth, so events can be logged and forwarded. (Consents and disclosures produce the events of
 * {@code org.sendias.consent}.)
 */
public sealed interface CaseEvent extends DomainEvent {

    /**
     * A case was opened, held if it came from a third party.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param status {@link CaseStatus#HELD} or {@link CaseStatus#OPEN}
     * @param route how it arrived
     */
    record CaseOpened(TenantId tenant, CaseId caseId, Instant at, UserId by, CaseStatus status, Arrival.Route route)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.opened";
        }
    }

    /**
     * The case's status changed (including a held referral released on consent).
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param from the old status
     * @param to the new status
     */
    record StatusChanged(TenantId tenant, CaseId caseId, Instant at, UserId by, CaseStatus from, CaseStatus to)
            implements CaseEvent {
        @Override
        public String type() {
            return from == CaseStatus.HELD && to == CaseStatus.OPEN ? "case.referral-released" : "case.status-changed";
        }
    }

    /**
     * A party was added.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param partyId the party
     * @param role its role
     */
    record PartyAdded(TenantId tenant, CaseId caseId, Instant at, UserId by, PartyId partyId, PartyRole role)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.party-added";
        }
    }

    /**
     * The case's domains or level of help changed.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     */
    record ScopeChanged(TenantId tenant, CaseId caseId, Instant at, UserId by) implements CaseEvent {
        @Override
        public String type() {
            return "case.scope-changed";
        }
    }

    /**
     * An adviser was allocated.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who allocated
     * @param adviser the adviser
     */
    record AdviserAllocated(TenantId tenant, CaseId caseId, Instant at, UserId by, UserId adviser)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.adviser-allocated";
        }
    }

    /**
     * An adviser was walled off from the case after a conflict of interest (and removed if allocated).
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who recorded it
     * @param adviser the adviser walled off
     * @param wasAllocated whether the adviser had been allocated and is now removed
     */
    record AdviserWalledOff(TenantId tenant, CaseId caseId, Instant at, UserId by, UserId adviser,
            boolean wasAllocated) implements CaseEvent {
        @Override
        public String type() {
            return "case.adviser-walled-off";
        }
    }

    /**
     * A contact, or an attempt at one, was recorded.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param contactId the contact
     * @param attempt whether it was only an attempt
     */
    record ContactRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by, ContactId contactId,
            boolean attempt) implements CaseEvent {
        @Override
        public String type() {
            return "case.contact-recorded";
        }
    }

    /**
     * A note was added, possibly superseding an earlier one.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param noteId the new note
     * @param supersedes the note it corrects, if any
     */
    record NoteAdded(TenantId tenant, CaseId caseId, Instant at, UserId by, NoteId noteId,
            Optional<NoteId> supersedes) implements CaseEvent {
        @Override
        public String type() {
            return supersedes.isPresent() ? "case.note-superseded" : "case.note-added";
        }
    }

    /**
     * An advice note (impartiality evidence) was recorded.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param adviceNoteId the advice note
     */
    record AdviceNoteRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by,
            org.sendias.impartiality.AdviceNoteId adviceNoteId) implements CaseEvent {
        @Override
        public String type() {
            return "case.advice-note-recorded";
        }
    }

    /**
     * Equality monitoring answers were recorded for a party.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param partyId whose answers
     */
    record EqualityMonitoringRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by, PartyId partyId)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.equality-monitoring-recorded";
        }
    }

    /**
     * The young person was recorded as lacking capacity, with the person acting for them.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param actingFor the person who now consents for the young person
     */
    record CapacityRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by, PartyId actingFor)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.capacity-recorded";
        }
    }

    /**
     * The parameters of a tracked process (order kind, phase transfer, school calendar) were set.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param processId the tracked process
     */
    record ProcessParametersSet(TenantId tenant, CaseId caseId, Instant at, UserId by, ProcessId processId)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.process-parameters-set";
        }
    }

    /**
     * The case started tracking a statutory process.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param processId the tracked process
     * @param process its kind
     */
    record ProcessTracked(TenantId tenant, CaseId caseId, Instant at, UserId by, ProcessId processId,
            ProcessType process) implements CaseEvent {
        @Override
        public String type() {
            return "case.process-tracked";
        }
    }

    /**
     * An event of a tracked process, or one of the service's key dates, was recorded. The date is not carried: for
     * a date of birth it is personal data.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param processId the tracked process, or empty for the service's own key dates
     * @param event the event recorded
     */
    record ProcessEventRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by, Optional<ProcessId> processId,
            EventType event) implements CaseEvent {
        @Override
        public String type() {
            return "case.process-event-recorded";
        }
    }

    /**
     * An outcome was recorded. The day it refers to is not carried.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param outcomeId the outcome
     * @param kind what happened or was reported
     */
    record OutcomeRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by, OutcomeId outcomeId,
            OutcomeKind kind) implements CaseEvent {
        @Override
        public String type() {
            return "case.outcome-recorded";
        }
    }

    /**
     * A legal hold was placed on the case. The description is not carried.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param holdId the hold
     * @param reasonCode why, as a code
     */
    record LegalHoldPlaced(TenantId tenant, CaseId caseId, Instant at, UserId by, LegalHoldId holdId,
            String reasonCode) implements CaseEvent {
        @Override
        public String type() {
            return "case.legal-hold-placed";
        }
    }

    /**
     * A legal hold was released.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param holdId the hold
     */
    record LegalHoldReleased(TenantId tenant, CaseId caseId, Instant at, UserId by, LegalHoldId holdId)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.legal-hold-released";
        }
    }

    /**
     * Details of a party were corrected. Neither the old nor the new values are carried.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param partyId the party
     * @param corrections the corrections appended, one per detail
     */
    record PartyCorrected(TenantId tenant, CaseId caseId, Instant at, UserId by, PartyId partyId,
            java.util.List<CorrectionId> corrections) implements CaseEvent {
        /** Copies the list of corrections. */
        public PartyCorrected {
            corrections = java.util.List.copyOf(corrections);
        }

        @Override
        public String type() {
            return "case.party-corrected";
        }
    }

    /**
     * A party's personal details were erased from the case at their request.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     * @param partyId the party
     */
    record PartyErased(TenantId tenant, CaseId caseId, Instant at, UserId by, PartyId partyId)
            implements CaseEvent {
        @Override
        public String type() {
            return "case.party-erased";
        }
    }

    /**
     * The case was anonymised.
     *
     * @param tenant the service
     * @param caseId the case
     * @param at when
     * @param by who
     */
    record CaseAnonymised(TenantId tenant, CaseId caseId, Instant at, UserId by) implements CaseEvent {
        @Override
        public String type() {
            return "case.anonymised";
        }
    }
}
