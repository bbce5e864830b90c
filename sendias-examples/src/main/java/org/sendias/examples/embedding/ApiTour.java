package org.sendias.examples.embedding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.access.AccessDecision;
import org.sendias.access.Operation;
import org.sendias.access.Principal;
import org.sendias.access.Role;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditVerification;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.casework.ProcessId;
import org.sendias.conflicts.AllocationDecision;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Timeline;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.service.CaseService;

/**
 * A short tour of the API on an embedded {@link SendiasModule}: a manager opens a case, allocates an adviser (the
 * conflict check runs), the adviser records a phone call, a note and the family's request for an EHC needs
 * assessment, the case's deadlines are computed, another adviser is kept out, and the audit trail is read and
 * verified. Every step goes through the {@link CaseService}, so every step is checked against the access policy and
 * audited. The names are invented.
 */
public final class ApiTour {
    /** The service (tenant) the tour works in. */
    public static final TenantId SERVICE = TenantId.of("iass-tour");
    /** The service manager, who opens cases and allocates them. */
    public static final Principal MANAGER = Principal.of(SERVICE, UserId.of("manager-1"), Role.SERVICE_MANAGER);
    /** The adviser the case is allocated to. */
    public static final Principal ADVISER = Principal.of(SERVICE, UserId.of("adviser-7"), Role.ADVISER);
    /** An adviser the case is not allocated to. */
    public static final Principal OTHER_ADVISER = Principal.of(SERVICE, UserId.of("adviser-9"), Role.ADVISER);

    private ApiTour() {
    }

    /**
     * What the tour did, for a caller (or a test) to look at.
     *
     * @param opened the case as it was opened
     * @param allocation the allocation decision, with the conflict check's report
     * @param current the case at the end
     * @param serviceLevel the service's own targets for the case (acknowledgement, first appointment)
     * @param assessment the EHC needs assessment's statutory time limits
     * @param otherAdviser whether the adviser the case is not allocated to may read it, and why
     * @param auditTrail the service's audit trail, from the case's opening
     * @param verification the check of the audit trail's hash chain
     */
    public record Result(Case opened, AllocationDecision allocation, Case current, Timeline serviceLevel,
            Timeline assessment, AccessDecision otherAdviser, List<AuditEvent> auditTrail,
            AuditVerification verification) {
    }

    /**
     * Runs the tour.
     *
     * @param sendias the embedded module (its case service, deadline engine, access policy and clock)
     * @return what the tour did
     */
    public static Result run(SendiasModule sendias) {
        CaseService cases = sendias.caseService();
        DeadlineEngine engine = sendias.deadlineEngine();
        LocalDate today = LocalDate.now(sendias.clock());

        // 1. A parent phones the service: the manager opens a case for the child
        Party child = Party.child("Rowan Example", LocalDate.of(2016, 9, 14));
        Party parent = Party.person(PartyRole.PARENT, "Jordan Example");
        Case opened = cases.open(MANAGER, new OpenCase(SERVICE, CaseId.random(), Arrival.selfReferral(today),
            Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT, child, List.of(parent), MANAGER.user()),
            "casework").after();
        CaseId id = opened.id();

        // 2. The manager allocates an adviser; the conflict check runs against the registers first
        AllocationDecision allocation = cases.allocate(MANAGER, id, ADVISER.user(), Optional.empty(), "allocation");

        // 3. The adviser records a phone call, a note, and the date the family's request for an EHC needs
        //    assessment reached the local authority
        ProcessId assessmentId = ProcessId.random();
        cases.change(ADVISER, id, "casework", (c, at) -> c
            .recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(25), false,
                Optional.empty(), Set.of(), ADVISER.user()), at)
            .then(next -> next.addNote(new CaseCommand.AddNote("Talked through the EHC needs assessment request.",
                Optional.empty(), ADVISER.user()), at))
            .then(next -> next.trackProcess(new CaseCommand.TrackProcess(ProcessType.EHC_NEEDS_ASSESSMENT,
                assessmentId, ADVISER.user()), at))
            .then(next -> next.recordProcessEvent(new CaseCommand.RecordProcessEvent(assessmentId,
                EventType.REQUEST_RECEIVED, today, ADVISER.user()), at)));

        // 4. The case's deadlines: the service's own targets and the local authority's statutory time limits
        Case current = cases.read(ADVISER, id, "casework").orElseThrow();
        Timeline serviceLevel = current.serviceLevel(engine, today);
        Timeline assessment = current.processTimelines(engine, today).get(assessmentId);

        // 5. Another adviser may not read the case: it is not allocated to them
        AccessDecision otherAdviser = sendias.accessPolicy().decide(OTHER_ADVISER, Operation.READ_CASE,
            Optional.of(current));

        // 6. The manager reads the audit trail (ids and codes only) and verifies its hash chain
        Instant from = opened.openedAt();
        List<AuditEvent> trail = cases.auditTrail(MANAGER, from, from.plus(Duration.ofDays(1)), "audit-check");
        AuditVerification verification = cases.verifyAuditTrail(MANAGER, "audit-check");

        return new Result(opened, allocation, current, serviceLevel, assessment, otherAdviser, trail, verification);
    }

    /**
     * @param result a tour's result
     * @return the actions in its audit trail, in order, for a quick look
     */
    public static List<String> actions(Result result) {
        return result.auditTrail().stream().map(e -> e.record().action()).toList();
    }
}
