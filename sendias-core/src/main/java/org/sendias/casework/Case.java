package org.sendias.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.CaseCommand.AddParty;
import org.sendias.casework.CaseCommand.AllocateAdviser;
import org.sendias.casework.CaseCommand.ChangeScope;
import org.sendias.casework.CaseCommand.ChangeStatus;
import org.sendias.casework.CaseCommand.CorrectParty;
import org.sendias.casework.CaseCommand.PlaceLegalHold;
import org.sendias.casework.CaseCommand.RecordCapacity;
import org.sendias.casework.CaseCommand.RecordContact;
import org.sendias.casework.CaseCommand.RecordEqualityMonitoring;
import org.sendias.casework.CaseCommand.RecordKeyDate;
import org.sendias.casework.CaseCommand.RecordProcessEvent;
import org.sendias.casework.CaseCommand.ReleaseLegalHold;
import org.sendias.casework.CaseCommand.ReleaseReferral;
import org.sendias.casework.CaseCommand.TrackProcess;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Timeline;
import org.sendias.consent.CapacityRecord;
import org.sendias.consent.ConsentAuthority;
import org.sendias.consent.ConsentLedger;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.Recipient;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.LedgerUpdate;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.consent.WithdrawConsent;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.ReportingConsent;
import org.sendias.impartiality.AdviceNote;
import org.sendias.impartiality.AdviceNoteId;
import org.sendias.impartiality.CaseEvidence;
import org.sendias.impartiality.ClosedCaseSummary;
import org.sendias.impartiality.EvidenceReport;
import org.sendias.impartiality.ImpartialityCheck;
import org.sendias.impartiality.LegalBasis;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.internal.Validation;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;
import org.sendias.party.OrganisationIdentifier;

/**
 * A case: one family's work with one service.
 *
 * <p>A case is immutable. Every command returns a {@link CaseChange} with the new case (its {@link #version()} one
 * higher) and the events that describe the change; the old case is unchanged. The rules a case enforces:
 * <ul>
 *   <li>its status moves only along {@link CaseStatus#allowedNext()};</li>
 *   <li>a held referral ({@link CaseStatus#HELD}) allows nothing but contact attempts and consent until the person
 *       entitled to consent agrees to the referral ({@link ReleaseReferral});</li>
 *   <li>a closed case allows nothing but reopening, consent withdrawal, safeguarding records and outcomes the
 *       family reports later;</li>
 *   <li>notes are append-only: a correction supersedes a current note, and both stay;</li>
 *   <li>it is about exactly one child or young person, whose date of birth decides who consents;</li>
 *   <li>a correction of a party's details appends a {@link Correction} keeping the value it supersedes;</li>
 *   <li>an active {@link LegalHold} stops anonymisation (and, in {@code org.sendias.dataprotection}, disposal and
 *       erasure);</li>
 *   <li>an anonymised case refuses every change to its content; only legal holds may be placed and released.</li>
 * </ul>
 *
 * <p>{@link #toString()} shows ids, status and counts only.
 */
public final class Case {
    /** The zone dates are taken in when a command's instant decides a date (who may consent, for example). */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** Events whose time limits count school days, so the process needs the school's calendar first. */
    private static final Set<EventType> NEEDS_SCHOOL_CALENDAR = EnumSet.of(EventType.EXCLUSION_NOTICE_RECEIVED,
        EventType.GOVERNORS_DECISION_NOTIFIED, EventType.RECORD_REQUEST_RECEIVED);

    private final TenantId tenant;
    private final CaseId id;
    private final long version;
    private final Instant openedAt;
    private final UserId openedBy;
    private final Arrival arrival;
    private final CaseStatus status;
    private final List<StatusChange> statusHistory;
    private final List<Party> parties;
    private final Set<Domain> domains;
    private final HelpLevel helpLevel;
    private final UserId adviser;
    private final Set<UserId> walledOff;
    private final List<Contact> contacts;
    private final List<Note> notes;
    private final Map<PartyId, EqualityMonitoring> equality;
    private final List<AdviceNote> adviceNotes;
    private final ConsentLedger consents;
    private final CapacityRecord capacity;
    private final ProcessHistory serviceLevel;
    private final Map<ProcessId, ProcessHistory> processes;
    private final List<LegalHold> legalHolds;
    private final List<Correction> corrections;
    private final Anonymisation anonymisation;
    private final List<RecordedOutcome> outcomes;

    /**
     * A status change in the case's history.
     *
     * @param from the old status
     * @param to the new status
     * @param at when
     * @param by who
     */
    public record StatusChange(CaseStatus from, CaseStatus to, Instant at, UserId by) {
    }

    private Case(Builder b) {
        this.tenant = b.tenant;
        this.id = b.id;
        this.version = b.version;
        this.openedAt = b.openedAt;
        this.openedBy = b.openedBy;
        this.arrival = b.arrival;
        this.status = b.status;
        this.statusHistory = List.copyOf(b.statusHistory);
        this.parties = List.copyOf(b.parties);
        this.domains = Collections.unmodifiableSet(EnumSet.copyOf(b.domains));
        this.helpLevel = b.helpLevel;
        this.adviser = b.adviser;
        this.walledOff = Set.copyOf(b.walledOff);
        this.contacts = List.copyOf(b.contacts);
        this.notes = List.copyOf(b.notes);
        this.equality = Collections.unmodifiableMap(new LinkedHashMap<>(b.equality));
        this.adviceNotes = List.copyOf(b.adviceNotes);
        this.consents = b.consents;
        this.capacity = b.capacity;
        this.serviceLevel = b.serviceLevel;
        this.processes = Collections.unmodifiableMap(new LinkedHashMap<>(b.processes));
        this.legalHolds = List.copyOf(b.legalHolds);
        this.corrections = List.copyOf(b.corrections);
        this.anonymisation = b.anonymisation;
        this.outcomes = List.copyOf(b.outcomes);
    }

    /**
     * Opens a case.
     *
     * @param command what to open
     * @param at when
     * @return the new case (version 1) and its {@link CaseEvent.CaseOpened} event
     */
    public static CaseChange open(OpenCase command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        Builder b = new Builder();
        b.tenant = command.tenant();
        b.id = command.id();
        b.version = 1;
        b.openedAt = at;
        b.openedBy = command.openedBy();
        b.arrival = command.arrival();
        b.status = command.arrival().startsHeld() ? CaseStatus.HELD : CaseStatus.OPEN;
        b.parties.add(command.child());
        for (Party p : command.otherParties()) {
            requireNewParty(b.parties, p, "otherParties");
            b.parties.add(p);
        }
        b.domains.addAll(command.domains());
        b.helpLevel = command.helpLevel();
        b.consents = ConsentLedger.empty(command.tenant(), command.id());
        b.serviceLevel = ProcessHistory.of(ProcessType.SERVICE_LEVEL)
            .with(EventType.REFERRAL_RECEIVED, command.arrival().receivedOn());
        Case opened = new Case(b);
        return new CaseChange(null, opened, List.of(new CaseEvent.CaseOpened(opened.tenant, opened.id, at,
            command.openedBy(), opened.status, command.arrival().route())));
    }

    // ---------------------------------------------------------------- commands

    /**
     * @param command the party to add
     * @param at when
     * @return the change
     */
    public CaseChange addParty(AddParty command, Instant at) {
        requireActive("add a party", command, at);
        if (command.party().role() == PartyRole.CHILD_OR_YOUNG_PERSON) {
            throw new InvalidInputException("party.role", "a case is about one child or young person, who is already "
                + "a party");
        }
        requireNewParty(parties, command.party(), "party");
        Builder b = next();
        b.parties.add(command.party());
        return change(b, new CaseEvent.PartyAdded(tenant, id, at, command.by(), command.party().id(),
            command.party().role()));
    }

    /**
     * @param command the new domains and level of help
     * @param at when
     * @return the change
     */
    public CaseChange changeScope(ChangeScope command, Instant at) {
        requireActive("change the case's scope", command, at);
        Builder b = next();
        b.domains.clear();
        b.domains.addAll(command.domains());
        b.helpLevel = command.helpLevel();
        return change(b, new CaseEvent.ScopeChanged(tenant, id, at, command.by()));
    }

    /**
     * @param command the adviser to allocate
     * @param at when
     * @return the change
     */
    public CaseChange allocate(AllocateAdviser command, Instant at) {
        requireActive("allocate an adviser", command, at);
        if (walledOff.contains(command.adviser())) {
            throw new InvalidInputException("adviser", "the adviser is walled off from this case after a conflict of "
                + "interest");
        }
        if (command.clearance().caseVersion() != version) {
            throw new InvalidInputException("clearance.caseVersion", "the conflict check ran against version "
                + command.clearance().caseVersion() + " of the case, which is now at version " + version
                + ": check again");
        }
        Builder b = next();
        b.adviser = command.adviser();
        return change(b, new CaseEvent.AdviserAllocated(tenant, id, at, command.by(), command.adviser()));
    }

    /**
     * Walls an adviser off from the case after a conflict of interest; an allocated adviser is removed. Allowed in
     * every status.
     *
     * @param command the adviser
     * @param at when
     * @return the change
     */
    public CaseChange wallOff(CaseCommand.WallOff command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (walledOff.contains(command.adviser())) {
            throw new InvalidInputException("adviser", "the adviser is already walled off from this case");
        }
        Builder b = next();
        b.walledOff.add(command.adviser());
        boolean wasAllocated = command.adviser().equals(adviser);
        if (wasAllocated) {
            b.adviser = null;
        }
        return change(b, new CaseEvent.AdviserWalledOff(tenant, id, at, command.by(), command.adviser(),
            wasAllocated));
    }

    /**
     * Records a contact. On a held referral only an attempt may be recorded.
     *
     * @param command the contact
     * @param at when it took place
     * @return the change
     */
    public CaseChange recordContact(RecordContact command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (status == CaseStatus.HELD && !command.attempt()) {
            throw new InvalidInputException("attempt", "the referral is held until the parent or young person "
                + "consents: only contact attempts may be recorded (commissioning specification 5.2)");
        }
        if (status == CaseStatus.CLOSED) {
            throw closed("record a contact");
        }
        Contact contact = new Contact(ContactId.random(), at, command.by(), command.channel(), command.duration(),
            command.attempt(), command.interpreter(), command.formats());
        Builder b = next();
        b.contacts.add(contact);
        return change(b, new CaseEvent.ContactRecorded(tenant, id, at, command.by(), contact.id(), contact.attempt()));
    }

    /**
     * Adds a note, or a correction superseding a current note.
     *
     * @param command the note
     * @param at when it was written
     * @return the change; the new note is the last of {@link #notes()}
     */
    public CaseChange addNote(AddNote command, Instant at) {
        requireActive("add a note", command, at);
        if (command.supersedes().isPresent()) {
            NoteId old = command.supersedes().get();
            if (notes.stream().noneMatch(n -> n.id().equals(old))) {
                throw new InvalidInputException("supersedes", "no note " + old + " in this case");
            }
            if (notes.stream().anyMatch(n -> n.supersedes().equals(Optional.of(old)))) {
                throw new InvalidInputException("supersedes", "note " + old + " has already been corrected: correct "
                    + "the current note instead");
            }
        }
        Note note = new Note(NoteId.random(), at, command.by(), command.text(), command.supersedes());
        Builder b = next();
        b.notes.add(note);
        return change(b, new CaseEvent.NoteAdded(tenant, id, at, command.by(), note.id(), note.supersedes()));
    }

    /**
     * Moves the case to another status along {@link CaseStatus#allowedNext()}. A held referral is opened with
     * {@link #releaseReferral}, not here.
     *
     * @param command the new status
     * @param at when
     * @return the change
     */
    public CaseChange changeStatus(ChangeStatus command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        CaseStatus to = command.to();
        if (!status.canMoveTo(to)) {
            throw new InvalidInputException("to", "a " + status + " case cannot move to " + to + "; it can move to "
                + status.allowedNext());
        }
        if (status == CaseStatus.HELD && to == CaseStatus.OPEN) {
            throw new InvalidInputException("to", "a held referral opens only on consent: use ReleaseReferral");
        }
        return moveTo(to, command.by(), at);
    }

    /**
     * Records equality monitoring answers for a person in the case.
     *
     * @param command the answers
     * @param at when
     * @return the change
     */
    public CaseChange recordEqualityMonitoring(RecordEqualityMonitoring command, Instant at) {
        requireActive("record equality monitoring", command, at);
        Party p = party(command.partyId()).orElseThrow(() -> new InvalidInputException("partyId",
            "no party " + command.partyId() + " in this case"));
        if (!p.role().isPerson()) {
            throw new InvalidInputException("partyId", "equality monitoring is about people, not organisations");
        }
        Builder b = next();
        b.equality.put(p.id(), command.answers());
        return change(b, new CaseEvent.EqualityMonitoringRecorded(tenant, id, at, command.by(), p.id()));
    }

    /**
     * Starts tracking a statutory process. For {@link ProcessType#AGE} the child's date of birth is recorded at once.
     *
     * @param command the process
     * @param at when
     * @return the change
     */
    public CaseChange trackProcess(TrackProcess command, Instant at) {
        requireActive("track a process", command, at);
        if (processes.containsKey(command.id())) {
            throw new InvalidInputException("id", "the case already tracks a process " + command.id());
        }
        ProcessHistory history = ProcessHistory.of(command.process());
        if (command.process() == ProcessType.AGE) {
            history = history.with(EventType.DATE_OF_BIRTH, child().dateOfBirth().orElseThrow());
        }
        Builder b = next();
        b.processes.put(command.id(), history);
        return change(b, new CaseEvent.ProcessTracked(tenant, id, at, command.by(), command.id(), command.process()));
    }

    /**
     * Records an event of a tracked process.
     *
     * @param command the event
     * @param at when it was recorded
     * @return the change
     */
    public CaseChange recordProcessEvent(RecordProcessEvent command, Instant at) {
        requireActive("record a process event", command, at);
        ProcessHistory history = processes.get(command.processId());
        if (history == null) {
            throw new InvalidInputException("processId", "the case tracks no process " + command.processId());
        }
        if (command.event() == EventType.DATE_OF_BIRTH) {
            throw new InvalidInputException("event", "the date of birth comes from the child's party record");
        }
        if (command.event() == EventType.TRIBUNAL_ORDER && history.orderKind().isEmpty()) {
            throw new InvalidInputException("event", "set the order's kind first (SetProcessParameters.orderKind): "
                + "it decides which time limits run");
        }
        if (NEEDS_SCHOOL_CALENDAR.contains(command.event()) && history.schoolCalendar().isEmpty()) {
            throw new InvalidInputException("event", "set the school's calendar first "
                + "(SetProcessParameters.schoolCalendar): this time limit counts the days the school meets");
        }
        ProcessHistory updated;
        try {
            updated = history.with(command.event(), command.date());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("event", e.problem());
        }
        Builder b = next();
        b.processes.put(command.processId(), updated);
        return change(b, new CaseEvent.ProcessEventRecorded(tenant, id, at, command.by(),
            Optional.of(command.processId()), command.event()));
    }

    /**
     * Sets what some rules of a tracked process need besides events (an order's kind, a phase transfer, the school's
     * calendar).
     *
     * @param command the parameters
     * @param at when
     * @return the change
     */
    public CaseChange setProcessParameters(CaseCommand.SetProcessParameters command, Instant at) {
        requireActive("set process parameters", command, at);
        ProcessHistory history = processes.get(command.processId());
        if (history == null) {
            throw new InvalidInputException("processId", "the case tracks no process " + command.processId());
        }
        ProcessHistory updated = history;
        if (command.orderKind().isPresent()) {
            updated = updated.withOrderKind(command.orderKind().get());
        }
        if (command.transferKind().isPresent()) {
            updated = updated.withTransfer(command.transferKind().get(), command.transferYear().orElseThrow());
        }
        if (command.schoolCalendar().isPresent()) {
            updated = updated.withSchoolCalendar(command.schoolCalendar().get());
        }
        Builder b = next();
        b.processes.put(command.processId(), updated);
        return change(b, new CaseEvent.ProcessParametersSet(tenant, id, at, command.by(), command.processId()));
    }

    /**
     * Records one of the service's key dates (acknowledgement, first appointment).
     *
     * @param command the key date
     * @param at when it was recorded
     * @return the change
     */
    public CaseChange recordKeyDate(RecordKeyDate command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (status == CaseStatus.CLOSED) {
            throw closed("record a key date");
        }
        if (command.date().isBefore(arrival.receivedOn())) {
            throw new InvalidInputException("date", "is before the referral was received");
        }
        Builder b = next();
        b.serviceLevel = serviceLevel.with(command.event(), command.date());
        return change(b, new CaseEvent.ProcessEventRecorded(tenant, id, at, command.by(), Optional.empty(),
            command.event()));
    }

    /**
     * Records consent given by a party, refusing a giver who is not entitled on that day (the parent until the end of
     * compulsory school age, then the young person, or the person acting for them if they lack capacity).
     *
     * @param command the consent
     * @param at when it was given
     * @return the change; the new record is the last of {@link #consents()}{@code .records()}
     */
    public CaseChange giveConsent(GiveConsent command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (status == CaseStatus.CLOSED) {
            throw closed("record consent");
        }
        LedgerUpdate<ConsentRecord> update = consents.give(command, consentAuthority(day(at)), at);
        return withLedger(update.ledger(), update.events());
    }

    /**
     * Records the withdrawal of a consent. Allowed in every status: a family may withdraw at any time.
     *
     * @param command the withdrawal
     * @param at when
     * @return the change
     */
    public CaseChange withdrawConsent(WithdrawConsent command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        LedgerUpdate<ConsentRecord> update = consents.withdraw(command, consentAuthority(day(at)), at);
        return withLedger(update.ledger(), update.events());
    }

    /**
     * Records a safeguarding disclosure made without consent. Allowed in every status.
     *
     * @param command the disclosure, with its lawful basis, approver and whether the family was told
     * @param at when it was made
     * @return the change
     */
    public CaseChange recordDisclosure(RecordDisclosure command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (party(command.about()).isEmpty()) {
            throw new InvalidInputException("about", "no party " + command.about() + " in this case");
        }
        LedgerUpdate<SafeguardingDisclosure> update = consents.recordDisclosure(command, at);
        return withLedger(update.ledger(), update.events());
    }

    /**
     * Records that the young person lacks capacity to make the decisions and who acts for them; from
     * {@code assessedOn} that person gives consent instead (once the young person is past compulsory school age).
     *
     * @param command the capacity record
     * @param at when it was recorded
     * @return the change
     */
    public CaseChange recordCapacity(RecordCapacity command, Instant at) {
        requireActive("record capacity", command, at);
        CapacityRecord record = command.record();
        if (!record.youngPerson().equals(child().id())) {
            throw new InvalidInputException("record.youngPerson", "must be this case's child or young person");
        }
        Party acting = party(record.actingFor()).orElseThrow(() -> new InvalidInputException("record.actingFor",
            "no party " + record.actingFor() + " in this case: add the person first"));
        if (!acting.role().isPerson() || acting.role() == PartyRole.CHILD_OR_YOUNG_PERSON) {
            throw new InvalidInputException("record.actingFor", "must be a person other than the young person");
        }
        Builder b = next();
        b.capacity = record;
        return change(b, new CaseEvent.CapacityRecorded(tenant, id, at, command.by(), record.actingFor()));
    }

    /**
     * Releases a held third-party referral. It opens only if the person entitled on that day has consented to the
     * service acting on it ({@code Purpose.ACCEPT_REFERRAL}).
     *
     * @param command the release
     * @param at when
     * @return the change to {@link CaseStatus#OPEN}
     * @throws InvalidInputException (field {@code consent}) with the reasons, if there is no such consent
     */
    public CaseChange releaseReferral(ReleaseReferral command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (status != CaseStatus.HELD) {
            throw new InvalidInputException("status", "only a held referral is released; this case is " + status);
        }
        SharingDecision decision = consents.referralConsent(consentAuthority(day(at)), at);
        if (decision instanceof SharingDecision.Refused refused) {
            throw new InvalidInputException("consent", "the referral stays held: " + String.join("; ",
                refused.reasons()));
        }
        return moveTo(CaseStatus.OPEN, command.by(), at);
    }

    /**
     * Decides whether information may leave the service. A held referral shares nothing.
     *
     * @param request the recipient, purpose, categories and time
     * @return {@link SharingDecision.Permitted} with the consent relied on, or {@link SharingDecision.Refused}
     */
    public SharingDecision decideSharing(SharingRequest request) {
        Validation.required(request, "request");
        if (!request.caseId().equals(id)) {
            throw new InvalidInputException("caseId", "the request is for another case");
        }
        if (anonymisation != null) {
            return new SharingDecision.Refused(List.of("the case is anonymised: nothing is shared"));
        }
        if (status == CaseStatus.HELD) {
            return new SharingDecision.Refused(List.of("the referral is held until the parent or young person "
                + "consents to it: nothing is shared"));
        }
        return consents.decide(request, consentAuthority(day(request.at())));
    }

    /**
     * Records an advice note: the options explained, their legal basis and the family's own choice.
     *
     * @param command the advice note
     * @param at when
     * @return the change; the note is the last of {@link #adviceNotes()}
     */
    public CaseChange recordAdviceNote(RecordAdviceNote command, Instant at) {
        requireActive("record an advice note", command, at);
        if (!command.caseId().equals(id)) {
            throw new InvalidInputException("caseId", "the advice note is for another case");
        }
        AdviceNote note = command.toNote(AdviceNoteId.random(), at);
        Builder b = next();
        b.adviceNotes.add(note);
        return change(b, new CaseEvent.AdviceNoteRecorded(tenant, id, at, command.recordedBy(), note.id()));
    }

    /**
     * Records an outcome for the commissioner's return. Allowed on an open, paused, closed or reopened case; refused
     * on a held referral (nothing but contact attempts and consent is recorded there) and on an anonymised case.
     *
     * @param command the outcome's kind and day
     * @param at when it is recorded
     * @return the change; the new outcome is the last of {@link #outcomes()}
     */
    public CaseChange recordOutcome(CaseCommand.RecordOutcome command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (status == CaseStatus.HELD) {
            throw new InvalidInputException("status", "cannot record an outcome: the referral is held until the "
                + "parent or young person consents (only contact attempts and consent may be recorded)");
        }
        if (command.date().isBefore(arrival.receivedOn())) {
            throw new InvalidInputException("date", "is before the referral was received");
        }
        RecordedOutcome outcome = new RecordedOutcome(OutcomeId.random(), command.kind(), command.date(), at,
            command.by());
        Builder b = next();
        b.outcomes.add(outcome);
        return change(b, new CaseEvent.OutcomeRecorded(tenant, id, at, command.by(), outcome.id(), outcome.kind()));
    }

    // ---------------------------------------------------------------- data protection

    /**
     * Places a legal hold. Allowed in every status, and on an anonymised case (a hold may stop its deletion).
     *
     * @param command the reason code and optional description
     * @param at when
     * @return the change; the new hold is the last of {@link #legalHolds()}
     */
    public CaseChange placeLegalHold(PlaceLegalHold command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        LegalHold hold = new LegalHold(LegalHoldId.random(), command.reasonCode(), command.description(), at,
            command.by(), Optional.empty());
        Builder b = successor();
        b.legalHolds.add(hold);
        return change(b, new CaseEvent.LegalHoldPlaced(tenant, id, at, command.by(), hold.id(), hold.reasonCode()));
    }

    /**
     * Releases an active legal hold. Allowed in every status, and on an anonymised case.
     *
     * @param command the hold
     * @param at when; not before the hold was placed
     * @return the change
     */
    public CaseChange releaseLegalHold(ReleaseLegalHold command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        int index = -1;
        for (int i = 0; i < legalHolds.size(); i++) {
            if (legalHolds.get(i).id().equals(command.holdId())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new InvalidInputException("holdId", "no legal hold " + command.holdId() + " on this case");
        }
        LegalHold released = legalHolds.get(index).release(at, command.by());
        Builder b = successor();
        b.legalHolds.set(index, released);
        return change(b, new CaseEvent.LegalHoldReleased(tenant, id, at, command.by(), command.holdId()));
    }

    /**
     * Corrects details of a party (rectification). Each detail given must differ from the one held; each appends a
     * {@link Correction} keeping the superseded value. Correcting the child's date of birth also corrects it in any
     * tracked {@link ProcessType#AGE} process. Allowed in every status, but not on an anonymised case.
     *
     * @param command the party, the corrected details and the reason code
     * @param at when
     * @return the change; the new corrections are the last of {@link #corrections()}
     */
    public CaseChange correctParty(CorrectParty command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        int index = partyIndex(command.partyId());
        Party p = parties.get(index);
        List<Correction> added = new ArrayList<>();
        String name = p.name();
        Optional<LocalDate> dateOfBirth = p.dateOfBirth();
        Optional<org.sendias.party.OrganisationKind> kind = p.organisationKind();
        Optional<OrganisationIdentifier> identifier = p.identifier();
        if (command.name().isPresent()) {
            name = changed("name", p.name(), command.name().get());
            added.add(correction(p, Correction.PartyField.NAME, Optional.of(p.name()), command, at));
        }
        if (command.dateOfBirth().isPresent()) {
            if (p.role() == PartyRole.ORGANISATION) {
                throw new InvalidInputException("dateOfBirth", "an organisation has no date of birth");
            }
            dateOfBirth = Optional.of(changed("dateOfBirth", p.dateOfBirth().orElse(null),
                command.dateOfBirth().get()));
            added.add(correction(p, Correction.PartyField.DATE_OF_BIRTH, p.dateOfBirth().map(LocalDate::toString),
                command, at));
        }
        if (command.organisationKind().isPresent()) {
            kind = Optional.of(changed("organisationKind", p.organisationKind().orElse(null),
                command.organisationKind().get()));
            added.add(correction(p, Correction.PartyField.ORGANISATION_KIND, p.organisationKind().map(Enum::name),
                command, at));
        }
        if (command.identifier().isPresent()) {
            if (p.role() != PartyRole.ORGANISATION) {
                throw new InvalidInputException("identifier", "only an organisation has a public identifier");
            }
            identifier = Optional.of(changed("identifier", p.identifier().orElse(null), command.identifier().get()));
            added.add(correction(p, Correction.PartyField.IDENTIFIER, p.identifier().map(Object::toString),
                command, at));
        }
        Party corrected = new Party(p.id(), p.role(), name, dateOfBirth, kind, identifier);
        Builder b = next();
        b.parties.set(index, corrected);
        b.corrections.addAll(added);
        if (index == 0 && command.dateOfBirth().isPresent()) {
            b.processes.replaceAll((pid, h) -> h.process() == ProcessType.AGE && h.event(EventType.DATE_OF_BIRTH)
                .isPresent() ? h.with(EventType.DATE_OF_BIRTH, corrected.dateOfBirth().orElseThrow()) : h);
        }
        return change(b, new CaseEvent.PartyCorrected(tenant, id, at, command.by(), p.id(),
            added.stream().map(Correction::id).toList()));
    }

    private static <T> T changed(String field, T held, T corrected) {
        if (corrected.equals(held)) {
            throw new InvalidInputException(field, "is the value already held: a correction must change it");
        }
        return corrected;
    }

    private static Correction correction(Party p, Correction.PartyField field, Optional<String> previous,
            CorrectParty command, Instant at) {
        return new Correction(CorrectionId.random(), p.id(), field, at, command.by(), command.reasonCode(), previous,
            false);
    }

    private int partyIndex(PartyId partyId) {
        Validation.required(partyId, "partyId");
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).id().equals(partyId)) {
                return i;
            }
        }
        throw new InvalidInputException("partyId", "no party " + partyId + " in this case");
    }

    /**
     * Erases a party's personal details at their request, keeping the party's place in the case (its id, role and
     * kind of organisation) so that the case's history still makes sense: the name becomes
     * {@link Anonymisation#NAME}, a person's date of birth and an organisation's identifier go, the values the
     * party's corrections superseded are cleared and the party's equality monitoring answers are removed. Notes
     * are not rewritten: where free text about the person must go too, the whole case is erased. The child or
     * young person is the subject of the whole case and cannot be erased on their own. Allowed in every status, but
     * not on an anonymised case.
     *
     * @param partyId the party
     * @param by who carries out the erasure
     * @param at when
     * @return the change
     */
    public CaseChange eraseParty(PartyId partyId, UserId by, Instant at) {
        Validation.required(by, "by");
        Validation.required(at, "at");
        int index = partyIndex(partyId);
        if (index == 0) {
            throw new InvalidInputException("partyId", "the child or young person is the subject of the whole case: "
                + "anonymise or delete the case instead");
        }
        Party p = parties.get(index);
        Builder b = next();
        b.parties.set(index, new Party(p.id(), p.role(), Anonymisation.NAME, Optional.empty(), p.organisationKind(),
            Optional.empty()));
        b.corrections.replaceAll(c -> c.partyId().equals(p.id()) ? c.clearedOfPreviousValue() : c);
        b.equality.remove(p.id());
        return change(b, new CaseEvent.PartyErased(tenant, id, at, by, p.id()));
    }

    /**
     * Anonymises the case: removes every personal detail and all free text, keeping what the commissioner's reports
     * and the service's own figures need. A case that is not closed is closed first (by the same user, at the same
     * instant). Refused while a legal hold is active, and on a case already anonymised. Field by field:
     * <ul>
     *   <li>kept: the tenant, ids, versions and instants; the arrival (route, referrer kind, day received); the
     *       status history; domains and level of help; the adviser and walled-off advisers (staff, not family);
     *       contacts (channel, duration, attempt, interpreter language, accessible formats); the capacity record
     *       (ids, basis and dates); equality monitoring answers with their reporting consent (given or not, when,
     *       by which party id); the service-level dates and every tracked process's events, exceptions and
     *       parameters; advice notes' routes, the citations sendias itself supplies (a rule's, or the route's
     *       own) and the family's choice; consent records' and
     *       disclosures' ids, purposes, categories, legal conditions, dates and who acted; legal holds' ids, reason
     *       codes and dates; corrections' ids, fields, reason codes and dates; recorded outcomes (kind, day, who
     *       recorded them and when);</li>
     *   <li>replaced: every party's name becomes {@link Anonymisation#NAME}; note text, a disclosure's reason,
     *       why the family was not told and a citation an adviser typed become {@link Anonymisation#TEXT} (so an
     *       option still shows that a legal basis was given); a recipient's name becomes
     *       {@link Anonymisation#NAME}; consent and reporting-consent wording versions become
     *       {@link Anonymisation#WORDING_VERSION};</li>
     *   <li>generalised: the child's date of birth becomes 1 January of the year of birth (in the party and in
     *       any {@link ProcessType#AGE} process), so that age at referral can still be reported to within a
     *       year;</li>
     *   <li>removed: other people's dates of birth; organisations' public identifiers (a school's URN with the
     *       dates could point to a family); a recipient's identifier and role; advice options' summaries; a
     *       self-described gender (the gender category stays); statutory exceptions' notes; legal holds'
     *       descriptions; the values corrections superseded.</li>
     * </ul>
     *
     * @param by who anonymises (a member of staff, or the user a disposal run acts as)
     * @param at when
     * @return the change, ending in {@link CaseEvent.CaseAnonymised}
     */
    public CaseChange anonymise(UserId by, Instant at) {
        Validation.required(by, "by");
        Validation.required(at, "at");
        if (anonymisation != null) {
            throw new InvalidInputException("anonymisation", "the case is already anonymised");
        }
        if (!activeLegalHolds().isEmpty()) {
            throw new InvalidInputException("legalHolds", "the case is under an active legal hold: it cannot be "
                + "anonymised until every hold is released");
        }
        Case base = this;
        List<DomainEvent> events = new ArrayList<>();
        if (status != CaseStatus.CLOSED) {
            CaseChange closing = moveTo(CaseStatus.CLOSED, by, at);
            base = closing.after();
            events.addAll(closing.events());
        }
        Builder b = base.next();
        LocalDate birthYear = LocalDate.of(child().dateOfBirth().orElseThrow().getYear(), 1, 1);
        b.parties.replaceAll(p -> new Party(p.id(), p.role(), Anonymisation.NAME,
            p.role() == PartyRole.CHILD_OR_YOUNG_PERSON ? Optional.of(birthYear) : Optional.empty(),
            p.organisationKind(), Optional.empty()));
        b.notes.replaceAll(n -> new Note(n.id(), n.writtenAt(), n.writtenBy(), Anonymisation.TEXT, n.supersedes()));
        b.adviceNotes.replaceAll(a -> new AdviceNote(a.id(), a.recordedAt(), a.recordedBy(), a.options().stream()
            .map(o -> new OptionExplained(o.route(), o.basis().stream().map(l -> anonymised(o.route(), l)).toList(),
                Optional.empty())).toList(), a.choice()));
        b.consents = ConsentLedger.of(tenant, id, consents.records().stream().map(Case::anonymised).toList(),
            consents.disclosures().stream().map(d -> new SafeguardingDisclosure(d.id(), d.tenant(), d.caseId(),
                d.about(), anonymised(d.recipient()), d.categories(), d.article6(), d.article9(), d.schedule1(),
                d.requestedBy(), d.approvedBy(), Anonymisation.TEXT, d.familyTold(),
                d.whyNotTold().map(w -> Anonymisation.TEXT), d.at())).toList());
        b.equality.replaceAll((pid, e) -> new EqualityMonitoring(e.ethnicity(),
            e.gender().map(g -> new GenderAnswer(g.gender(), Optional.empty())), e.disability(), e.firstLanguage(),
            e.reportingConsent().map(r -> new ReportingConsent(r.given(), r.at(), r.by(),
                Anonymisation.WORDING_VERSION))));
        b.serviceLevel = anonymised(serviceLevel, birthYear);
        b.processes.replaceAll((pid, h) -> anonymised(h, birthYear));
        b.legalHolds.replaceAll(LegalHold::withoutDescription);
        b.corrections.replaceAll(Correction::clearedOfPreviousValue);
        b.anonymisation = new Anonymisation(at, by);
        events.add(new CaseEvent.CaseAnonymised(tenant, id, at, by));
        return new CaseChange(this, new Case(b), events);
    }

    /** A citation the library wrote (a rule's, or the route's own) stays; one typed by an adviser is free text. */
    private static LegalBasis anonymised(org.sendias.impartiality.Route route, LegalBasis basis) {
        if (basis.rule().isPresent() || route.legalBasis().stream().anyMatch(own -> own.citation()
                .equals(basis.citation()))) {
            return basis;
        }
        return LegalBasis.cite(Anonymisation.TEXT);
    }

    private static ConsentRecord anonymised(ConsentRecord r) {
        ConsentScope scope = new ConsentScope(r.scope().purposes(), r.scope().recipient().map(Case::anonymised),
            r.scope().categories());
        return new ConsentRecord(r.id(), r.tenant(), r.caseId(), r.givenBy(), r.givenAs(), r.about(), scope,
            Anonymisation.WORDING_VERSION, r.method(), r.givenAt(), r.expiresOn(), r.withdrawal(), r.recordedBy());
    }

    private static Recipient anonymised(Recipient r) {
        return new Recipient(r.kind(), Anonymisation.NAME, Optional.empty(), Optional.empty());
    }

    /** The same history with the date of birth generalised and the exceptions' notes removed. */
    private static ProcessHistory anonymised(ProcessHistory h, LocalDate birthYear) {
        ProcessHistory out = ProcessHistory.of(h.process());
        for (Map.Entry<EventType, LocalDate> e : h.events().entrySet()) {
            out = out.with(e.getKey(), e.getKey() == EventType.DATE_OF_BIRTH ? birthYear : e.getValue());
        }
        for (ExceptionRecord x : h.exceptions()) {
            out = out.withException(new ExceptionRecord(x.rule(), x.reason(), x.from(), x.to(), x.recordedBy(),
                Optional.empty()));
        }
        if (h.transferKind().isPresent()) {
            out = out.withTransfer(h.transferKind().get(), h.transferYear().getAsInt());
        }
        if (h.orderKind().isPresent()) {
            out = out.withOrderKind(h.orderKind().get());
        }
        out = out.withServiceTargets(h.acknowledgementWorkingDays(), h.firstAppointmentWorkingDays());
        if (h.schoolCalendar().isPresent()) {
            out = out.withSchoolCalendar(h.schoolCalendar().get());
        }
        return out;
    }

    // ---------------------------------------------------------------- storage

    /** @return everything the case holds, as plain values, for a store to write */
    public CaseSnapshot snapshot() {
        return new CaseSnapshot(tenant, id, version, openedAt, openedBy, arrival, status, statusHistory, parties,
            domains, helpLevel, Optional.ofNullable(adviser), walledOff, contacts, notes, adviceNotes, consents,
            Optional.ofNullable(capacity), equality, serviceLevel, processes, legalHolds, corrections,
            Optional.ofNullable(anonymisation), outcomes);
    }

    /**
     * Rebuilds a case a store read back, checking that the stored state obeys the case's rules.
     *
     * @param s the snapshot
     * @return the case
     * @throws InvalidInputException naming the first field of the snapshot that breaks a rule
     */
    public static Case restore(CaseSnapshot s) {
        Validation.required(s, "snapshot");
        Builder b = new Builder();
        b.tenant = req("tenant", s.tenant());
        b.id = req("id", s.id());
        if (s.version() < 1) {
            throw corrupt("version", "must be 1 or more");
        }
        b.version = s.version();
        b.openedAt = req("openedAt", s.openedAt());
        b.openedBy = req("openedBy", s.openedBy());
        b.arrival = req("arrival", s.arrival());
        b.status = req("status", s.status());
        b.statusHistory.addAll(req("statusHistory", s.statusHistory()));
        CaseStatus expected = b.arrival.startsHeld() ? CaseStatus.HELD : CaseStatus.OPEN;
        for (StatusChange change : b.statusHistory) {
            if (change.from() != expected || !change.from().canMoveTo(change.to())) {
                throw corrupt("statusHistory", "a change from " + change.from() + " to " + change.to()
                    + " does not follow the allowed transitions");
            }
            expected = change.to();
        }
        if (expected != b.status) {
            throw corrupt("status", "is " + b.status + " but the history ends in " + expected);
        }
        List<Party> parties = req("parties", s.parties());
        if (parties.isEmpty() || parties.get(0).role() != PartyRole.CHILD_OR_YOUNG_PERSON
                || parties.stream().filter(p -> p.role() == PartyRole.CHILD_OR_YOUNG_PERSON).count() != 1) {
            throw corrupt("parties", "must hold exactly one child or young person, first");
        }
        if (parties.stream().map(Party::id).distinct().count() != parties.size()) {
            throw corrupt("parties", "hold a party twice");
        }
        b.parties.addAll(parties);
        if (req("domains", s.domains()).isEmpty()) {
            throw corrupt("domains", "at least one domain is needed");
        }
        b.domains.addAll(s.domains());
        b.helpLevel = req("helpLevel", s.helpLevel());
        b.walledOff.addAll(req("walledOff", s.walledOff()));
        b.adviser = req("adviser", s.adviser()).orElse(null);
        if (b.adviser != null && b.walledOff.contains(b.adviser)) {
            throw corrupt("adviser", "is walled off from the case");
        }
        b.contacts.addAll(req("contacts", s.contacts()));
        java.util.Set<NoteId> seen = new java.util.HashSet<>();
        java.util.Set<NoteId> corrected = new java.util.HashSet<>();
        for (Note n : req("notes", s.notes())) {
            if (!seen.add(n.id())) {
                throw corrupt("notes", "hold note " + n.id() + " twice");
            }
            if (n.supersedes().isPresent() && (!seen.contains(n.supersedes().get())
                    || !corrected.add(n.supersedes().get()))) {
                throw corrupt("notes", "note " + n.id() + " supersedes a note that is not an earlier, current note");
            }
        }
        b.notes.addAll(s.notes());
        b.adviceNotes.addAll(req("adviceNotes", s.adviceNotes()));
        if (b.status == CaseStatus.HELD && (!b.notes.isEmpty() || !b.adviceNotes.isEmpty()
                || b.contacts.stream().anyMatch(c -> !c.attempt()))) {
            throw corrupt("status", "a held referral holds nothing but contact attempts and consent");
        }
        b.consents = req("consents", s.consents());
        if (!b.consents.tenant().equals(b.tenant) || !b.consents.caseId().equals(b.id)) {
            throw corrupt("consents", "belong to another case");
        }
        b.capacity = req("capacity", s.capacity()).orElse(null);
        if (b.capacity != null && !b.capacity.youngPerson().equals(parties.get(0).id())) {
            throw corrupt("capacity", "is about someone other than the case's young person");
        }
        for (PartyId pid : req("equality", s.equality()).keySet()) {
            if (parties.stream().noneMatch(p -> p.id().equals(pid) && p.role().isPerson())) {
                throw corrupt("equality", "holds answers for " + pid + ", who is not a person in the case");
            }
        }
        b.equality.putAll(s.equality());
        b.serviceLevel = req("serviceLevel", s.serviceLevel());
        if (b.serviceLevel.process() != ProcessType.SERVICE_LEVEL || !b.serviceLevel.event(EventType.REFERRAL_RECEIVED)
                .equals(Optional.of(b.arrival.receivedOn()))) {
            throw corrupt("serviceLevel", "must be the SERVICE_LEVEL history starting on the referral's arrival");
        }
        for (Map.Entry<ProcessId, ProcessHistory> e : req("processes", s.processes()).entrySet()) {
            if (e.getValue().process() == ProcessType.SERVICE_LEVEL) {
                throw corrupt("processes", "the service's own targets are not a tracked process");
            }
        }
        b.processes.putAll(s.processes());
        List<LegalHold> holds = s.legalHolds() == null ? List.of() : s.legalHolds();
        java.util.Set<LegalHoldId> holdIds = new java.util.HashSet<>();
        for (LegalHold h : holds) {
            if (h == null || !holdIds.add(h.id())) {
                throw corrupt("legalHolds", "hold an empty entry or a legal hold twice");
            }
        }
        b.legalHolds.addAll(holds);
        List<Correction> corrections = s.corrections() == null ? List.of() : s.corrections();
        for (Correction c : corrections) {
            if (c == null || parties.stream().noneMatch(p -> p.id().equals(c.partyId()))) {
                throw corrupt("corrections", "hold a correction of a party that is not in the case");
            }
        }
        b.corrections.addAll(corrections);
        b.anonymisation = s.anonymisation() == null ? null : s.anonymisation().orElse(null);
        List<RecordedOutcome> outcomes = s.outcomes() == null ? List.of() : s.outcomes();
        java.util.Set<OutcomeId> outcomeIds = new java.util.HashSet<>();
        for (RecordedOutcome o : outcomes) {
            if (o == null || !outcomeIds.add(o.id())) {
                throw corrupt("outcomes", "hold an empty entry or an outcome twice");
            }
            if (o.on().isBefore(b.arrival.receivedOn())) {
                throw corrupt("outcomes", "outcome " + o.id() + " is dated before the referral was received");
            }
        }
        b.outcomes.addAll(outcomes);
        if (b.anonymisation != null && b.status != CaseStatus.CLOSED) {
            throw corrupt("anonymisation", "an anonymised case is closed");
        }
        return new Case(b);
    }

    private static <T> T req(String field, T value) {
        if (value == null) {
            throw corrupt(field, "is missing");
        }
        return value;
    }

    private static InvalidInputException corrupt(String field, String problem) {
        return new InvalidInputException("snapshot." + field, problem);
    }

    // ---------------------------------------------------------------- queries

    /**
     * @param asOf a day
     * @return who may consent for this case on that day
     */
    public ConsentAuthority consentAuthority(LocalDate asOf) {
        return ConsentAuthority.at(child(), parties.subList(1, parties.size()), Optional.ofNullable(capacity), asOf);
    }

    /** @return the case's consents and safeguarding disclosures */
    public ConsentLedger consents() {
        return consents;
    }

    /** @return the capacity record, if the young person has been recorded as lacking capacity */
    public Optional<CapacityRecord> capacity() {
        return Optional.ofNullable(capacity);
    }

    /** @return the advice notes, oldest first */
    public List<AdviceNote> adviceNotes() {
        return adviceNotes;
    }

    /** @return what impartiality evidence the case holds or lacks */
    public EvidenceReport impartialityEvidence() {
        return ImpartialityCheck.check(new CaseEvidence(id, status == CaseStatus.CLOSED,
            helpLevel != HelpLevel.INFORMATION, adviceNotes));
    }

    /** @return the case as a quality-sampling candidate: closed, with an allocated adviser; otherwise empty */
    public Optional<ClosedCaseSummary> closedCaseSummary() {
        if (adviser == null) {
            return Optional.empty();
        }
        return closedOn().map(on -> new ClosedCaseSummary(id, adviser, on));
    }

    /**
     * @param engine the deadline engine
     * @param asOf the date to assess on
     * @return the service's own targets for this case (acknowledgement, first appointment)
     */
    public Timeline serviceLevel(DeadlineEngine engine, LocalDate asOf) {
        return engine.compute(serviceLevel, asOf);
    }

    /**
     * @param engine the deadline engine
     * @param asOf the date to assess on
     * @return each tracked process's timeline, in the order tracking started
     */
    public Map<ProcessId, Timeline> processTimelines(DeadlineEngine engine, LocalDate asOf) {
        Map<ProcessId, Timeline> result = new LinkedHashMap<>();
        processes.forEach((pid, history) -> result.put(pid, engine.compute(history, asOf)));
        return Collections.unmodifiableMap(result);
    }

    /** @return the service this case belongs to */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the case's id */
    public CaseId id() {
        return id;
    }

    /** @return 1 for a new case, one more after each change; a store uses it to refuse lost updates */
    public long version() {
        return version;
    }

    /** @return when the case was opened */
    public Instant openedAt() {
        return openedAt;
    }

    /** @return who opened it */
    public UserId openedBy() {
        return openedBy;
    }

    /** @return how it arrived */
    public Arrival arrival() {
        return arrival;
    }

    /** @return its status */
    public CaseStatus status() {
        return status;
    }

    /** @return every status change, oldest first */
    public List<StatusChange> statusHistory() {
        return statusHistory;
    }

    /** @return the child or young person the case is about */
    public Party child() {
        return parties.get(0);
    }

    /** @return every party, the child or young person first */
    public List<Party> parties() {
        return parties;
    }

    /**
     * @param partyId a party's id
     * @return the party, if it is in this case
     */
    public Optional<Party> party(PartyId partyId) {
        return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
    }

    /** @return the areas the case covers */
    public Set<Domain> domains() {
        return domains;
    }

    /** @return the level of help */
    public HelpLevel helpLevel() {
        return helpLevel;
    }

    /** @return the allocated adviser, if any */
    public Optional<UserId> adviser() {
        return Optional.ofNullable(adviser);
    }

    /** @return the advisers walled off from this case after a conflict of interest */
    public Set<UserId> walledOff() {
        return walledOff;
    }

    /** @return the contacts and attempts, oldest first */
    public List<Contact> contacts() {
        return contacts;
    }

    /** @return every note ever written, superseded ones included, oldest first */
    public List<Note> notes() {
        return notes;
    }

    /** @return the notes no later note supersedes, oldest first */
    public List<Note> currentNotes() {
        Set<NoteId> superseded = new java.util.HashSet<>();
        notes.forEach(n -> n.supersedes().ifPresent(superseded::add));
        return notes.stream().filter(n -> !superseded.contains(n.id())).toList();
    }

    /** @return equality monitoring answers by party */
    public Map<PartyId, EqualityMonitoring> equalityMonitoring() {
        return equality;
    }

    /** @return the service-level history: the referral's arrival and any key dates recorded */
    public ProcessHistory serviceLevelHistory() {
        return serviceLevel;
    }

    /** @return the tracked processes, in the order tracking started */
    public Map<ProcessId, ProcessHistory> processes() {
        return processes;
    }

    /** @return every legal hold, active and released, oldest first */
    public List<LegalHold> legalHolds() {
        return legalHolds;
    }

    /** @return the legal holds still in force, oldest first */
    public List<LegalHold> activeLegalHolds() {
        return legalHolds.stream().filter(LegalHold::isActive).toList();
    }

    /** @return every correction of a party's details, oldest first */
    public List<Correction> corrections() {
        return corrections;
    }

    /** @return the outcomes recorded for the commissioner's return, oldest first */
    public List<RecordedOutcome> outcomes() {
        return outcomes;
    }

    /** @return when and by whom the case was anonymised, if it was */
    public Optional<Anonymisation> anonymisation() {
        return Optional.ofNullable(anonymisation);
    }

    /** @return whether the case has been anonymised */
    public boolean isAnonymised() {
        return anonymisation != null;
    }

    /** @return the day the case was last closed, if it is closed */
    public Optional<LocalDate> closedOn() {
        if (status != CaseStatus.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofInstant(statusHistory.get(statusHistory.size() - 1).at(), ZONE));
    }

    @Override
    public String toString() {
        return "Case[" + tenant + "/" + id + " v" + version + ", " + status + ", " + parties.size() + " parties, "
            + notes.size() + " notes" + (legalHolds.isEmpty() ? "" : ", " + activeLegalHolds().size()
            + " active legal holds") + (anonymisation == null ? "" : ", anonymised") + "]";
    }

    // ---------------------------------------------------------------- internals

    private CaseChange withLedger(ConsentLedger ledger, List<DomainEvent> events) {
        Builder b = next();
        b.consents = ledger;
        return new CaseChange(this, new Case(b), events);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    CaseChange moveTo(CaseStatus to, UserId by, Instant at) {
        Builder b = next();
        b.status = to;
        b.statusHistory.add(new StatusChange(status, to, at, by));
        return change(b, new CaseEvent.StatusChanged(tenant, id, at, by, status, to));
    }

    private void requireActive(String what, Object command, Instant at) {
        Validation.required(command, "command");
        Validation.required(at, "at");
        if (status == CaseStatus.HELD) {
            throw new InvalidInputException("status", "cannot " + what + ": the referral is held until the parent or "
                + "young person consents (only contact attempts and consent may be recorded)");
        }
        if (status == CaseStatus.CLOSED) {
            throw closed(what);
        }
    }

    private static InvalidInputException closed(String what) {
        return new InvalidInputException("status", "cannot " + what + ": the case is closed; reopen it first");
    }

    private static void requireNewParty(List<Party> existing, Party party, String field) {
        if (existing.stream().anyMatch(p -> p.id().equals(party.id()))) {
            throw new InvalidInputException(field, "party " + party.id() + " is already in the case");
        }
    }

    /**
     * The state of the next version, for a command that changes the case's content.
     *
     * @throws InvalidInputException if the case is anonymised
     */
    Builder next() {
        if (anonymisation != null) {
            throw new InvalidInputException("anonymisation", "the case is anonymised: its content cannot change");
        }
        return successor();
    }

    /** The state of the next version, for the changes an anonymised case still allows (legal holds). */
    private Builder successor() {
        Builder b = new Builder();
        b.tenant = tenant;
        b.id = id;
        b.version = version + 1;
        b.openedAt = openedAt;
        b.openedBy = openedBy;
        b.arrival = arrival;
        b.status = status;
        b.statusHistory.addAll(statusHistory);
        b.parties.addAll(parties);
        b.domains.addAll(domains);
        b.helpLevel = helpLevel;
        b.adviser = adviser;
        b.walledOff.addAll(walledOff);
        b.contacts.addAll(contacts);
        b.notes.addAll(notes);
        b.equality.putAll(equality);
        b.adviceNotes.addAll(adviceNotes);
        b.consents = consents;
        b.capacity = capacity;
        b.serviceLevel = serviceLevel;
        b.processes.putAll(processes);
        b.legalHolds.addAll(legalHolds);
        b.corrections.addAll(corrections);
        b.anonymisation = anonymisation;
        b.outcomes.addAll(outcomes);
        return b;
    }

    CaseChange change(Builder b, DomainEvent... events) {
        return new CaseChange(this, new Case(b), List.of(events));
    }

    /** The mutable state a new case is built from. Internal. */
    static final class Builder {
        TenantId tenant;
        CaseId id;
        long version;
        Instant openedAt;
        UserId openedBy;
        Arrival arrival;
        CaseStatus status;
        final List<StatusChange> statusHistory = new ArrayList<>();
        final List<Party> parties = new ArrayList<>();
        final Set<Domain> domains = EnumSet.noneOf(Domain.class);
        HelpLevel helpLevel;
        UserId adviser;
        final Set<UserId> walledOff = new java.util.LinkedHashSet<>();
        final List<Contact> contacts = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        final Map<PartyId, EqualityMonitoring> equality = new LinkedHashMap<>();
        final List<AdviceNote> adviceNotes = new ArrayList<>();
        ConsentLedger consents;
        CapacityRecord capacity;
        ProcessHistory serviceLevel;
        final Map<ProcessId, ProcessHistory> processes = new LinkedHashMap<>();
        final List<LegalHold> legalHolds = new ArrayList<>();
        final List<Correction> corrections = new ArrayList<>();
        Anonymisation anonymisation;
        final List<RecordedOutcome> outcomes = new ArrayList<>();
    }
}
