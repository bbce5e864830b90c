package org.sendias.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.access.AccessDecision;
import org.sendias.access.AccessDeniedException;
import org.sendias.access.AccessPolicy;
import org.sendias.access.AccessReason;
import org.sendias.access.Operation;
import org.sendias.access.Principal;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditVerification;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseEvent;
import org.sendias.casework.Clearance;
import org.sendias.casework.OpenCase;
import org.sendias.conflicts.AllocationDecision;
import org.sendias.conflicts.Allocator;
import org.sendias.conflicts.ConflictCheck;
import org.sendias.conflicts.ConflictContext;
import org.sendias.conflicts.ConflictOutcome;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.HostOrganisation;
import org.sendias.conflicts.RegisterChange;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.consent.DisclosureRecorded;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.dataprotection.Disposal;
import org.sendias.dataprotection.DisposalPlan;
import org.sendias.dataprotection.DisposalPlanner;
import org.sendias.dataprotection.DisposalReport;
import org.sendias.dataprotection.Erasure;
import org.sendias.dataprotection.ErasureDecision;
import org.sendias.dataprotection.ErasureGround;
import org.sendias.dataprotection.ErasureRequest;
import org.sendias.dataprotection.RetentionSchedule;
import org.sendias.internal.Validation;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.Store;
import org.sendias.spi.UnitOfWork;
import org.sendias.spi.Versioned;
import org.sendias.subjectaccess.Redactor;
import org.sendias.subjectaccess.SubjectAccess;
import org.sendias.subjectaccess.SubjectAccessExport;
import org.sendias.subjectaccess.SubjectQuery;

/**
 * The guarded and audited way into one or more services' records: every operation asks the {@link AccessPolicy}
 * first, and every read and change of case content, every sharing decision, safeguarding disclosure, allocation and
 * waiver, and every refusal, writes an audit record (ids and codes only) through the {@link Store}.
 *
 * <p>Each method takes the {@link Principal} acting and a reason: a code such as {@code casework},
 * {@code safeguarding} or {@code subject-access-request} that goes into the audit trail as the "why". A refused
 * operation throws {@link AccessDeniedException} after its refusal is audited (in a unit of work of its own, so the
 * record survives the refusal); nothing else is written.
 *
 * <p>A change is checked by what it does: {@link #change} works out the operations a change amounts to from the
 * events it raises (walling an adviser off needs {@link Operation#WALL_OFF}, a legal hold
 * {@link Operation#PLACE_LEGAL_HOLD}, a safeguarding disclosure {@link Operation#RECORD_DISCLOSURE}, and so on) and
 * needs every one of them. Allocation goes through {@link #allocate}, which runs the conflict check.
 *
 * <p>Thread-safe; holds no mutable state. Time comes from the injected {@link Clock}.
 */
public final class CaseService {
    /** Audit action of a refused operation; its subject is the operation, its reason the refusal's code. */
    public static final String ACCESS_DENIED = "access.denied";
    /** Audit action of a case read. */
    public static final String CASE_READ = "case.read";
    /** Audit action of a sharing decision; the subject says whether sharing was permitted or refused. */
    public static final String SHARING_DECIDED = "consent.sharing-decided";
    /** Audit action of a manager's waiver of a potential conflict; the subject is the adviser. */
    public static final String CONFLICT_WAIVED = "conflict.waived";
    /** Audit action of reading the audit trail. */
    public static final String AUDIT_READ = "audit.read";
    /** Audit action of verifying the audit trail; the subject says whether it was intact. */
    public static final String AUDIT_VERIFIED = "audit.verified";
    /** Audit action written for each case in a subject access export. */
    public static final String SUBJECT_ACCESS_EXPORTED = "subject-access.exported";
    /** Audit action of planning a disposal run. */
    public static final String DISPOSAL_PLANNED = "disposal.planned";
    /** Audit action of an allocation refused because of a conflict of interest; the subject is the adviser. */
    public static final String ALLOCATION_REFUSED = "conflict.allocation-refused";

    private final Store store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final Allocator allocator;
    private final RegisterSettings registerSettings;
    private final Optional<HostOrganisation> host;

    private CaseService(Builder b) {
        this.store = b.store;
        this.policy = b.policy;
        this.clock = b.clock;
        this.allocator = new Allocator(b.conflictCheck);
        this.registerSettings = b.registerSettings;
        this.host = b.host;
    }

    /**
     * @param store where the records are
     * @return a builder with the standard access policy, the system clock in UTC, the standard conflict check, the
     *     default register settings and no host organisation
     */
    public static Builder builder(Store store) {
        return new Builder(store);
    }

    /** @return the access policy this service applies */
    public AccessPolicy policy() {
        return policy;
    }

    /**
     * Reads a case.
     *
     * @param who who reads
     * @param id the case
     * @param reason why, a code
     * @return the case, if the principal's service has it
     * @throws AccessDeniedException if the policy refuses
     */
    public Optional<Case> read(Principal who, CaseId id, String reason) {
        Objects.requireNonNull(id, "id");
        return work(who, reason, uow -> {
            Optional<Case> found = find(uow, who, Operation.READ_CASE, id);
            if (found.isEmpty()) {
                return found;
            }
            uow.audit(record(who, CASE_READ, Optional.of(id), Optional.empty(), reason));
            return found;
        });
    }

    /**
     * Opens a case.
     *
     * @param who who opens it
     * @param command what the case is
     * @param reason why, a code
     * @return the change, saved
     * @throws AccessDeniedException if the policy refuses
     */
    public CaseChange open(Principal who, OpenCase command, String reason) {
        Objects.requireNonNull(command, "command");
        return work(who, reason, uow -> {
            if (!command.tenant().equals(who.tenant())) {
                throw new InvalidInputException("command.tenant", "is not the principal's service");
            }
            policy.require(who, Operation.OPEN_CASE, Optional.empty());
            CaseChange change = Case.open(command, clock.instant());
            save(uow, who, change, reason);
            return change;
        });
    }

    /**
     * Changes a case. The change is computed from the stored case and the current instant, checked against the
     * policy by the operations its events amount to, then saved with an audit record per event.
     *
     * @param who who changes it
     * @param id the case
     * @param reason why, a code
     * @param change the change, for example {@code (c, at) -> c.addNote(command, at)}
     * @return the change, saved
     * @throws AccessDeniedException if the policy refuses any operation the change amounts to
     * @throws InvalidInputException if the case does not exist, or the change allocates an adviser (use
     *     {@link #allocate}), is of another case, or records an action by another user than {@code who}
     */
    public CaseChange change(Principal who, CaseId id, String reason, BiFunction<Case, Instant, CaseChange> change) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        return work(who, reason, uow -> {
            // the read alone is a read of case content
            Case current = existing(uow, who, Operation.READ_CASE, id);
            CaseChange made = Objects.requireNonNull(change.apply(current, clock.instant()), "change result");
            if (!made.after().id().equals(id) || made.before() != current) {
                throw new InvalidInputException("change", "must be a change of the case it was given");
            }
            if (made.events().stream().anyMatch(e -> !e.by().equals(who.user()))) {
                throw new InvalidInputException("change", "records an action by another user than the one acting");
            }
            for (Operation op : operations(made)) {
                policy.require(who, op, Optional.of(current));
            }
            save(uow, who, made, reason);
            return made;
        });
    }

    /**
     * Allocates an adviser after the conflict check, with a waiver from the principal if one is given. A conflict
     * walls the adviser off instead; a potential conflict without a waiver changes nothing. The decision, waiver
     * and refusal are audited.
     *
     * @param who who allocates; needs {@link Operation#ALLOCATE}, and {@link Operation#WAIVE_CONFLICT} with a waiver
     * @param id the case
     * @param adviser the adviser
     * @param waiverReason the principal's reason for waiving a potential conflict, if they waive one (kept in the
     *     case, never in the audit trail)
     * @param reason why, a code
     * @return the decision; its change, if any, is saved
     * @throws AccessDeniedException if the policy refuses
     */
    public AllocationDecision allocate(Principal who, CaseId id, UserId adviser, Optional<String> waiverReason,
            String reason) {
        Objects.requireNonNull(id, "id");
        Optional<String> waiving = Objects.requireNonNullElse(waiverReason, Optional.empty());
        return work(who, reason, uow -> {
            Case current = existing(uow, who, Operation.ALLOCATE, id);
            if (waiving.isPresent()) {
                policy.require(who, Operation.WAIVE_CONFLICT, Optional.of(current));
            }
            Instant at = clock.instant();
            Optional<Clearance.Waiver> waiver = waiving.map(w -> new Clearance.Waiver(who.user(), w, at));
            ConflictContext context = new ConflictContext(uow.declarations(registerSettings).value(),
                uow.gifts(registerSettings).value(), uow.cases(), host);
            AllocationDecision decision = allocator.allocate(current, adviser, waiver, context, who.user(), at);
            Optional<String> subject = Optional.of("adviser:" + adviser.value());
            if (decision instanceof AllocationDecision.Allocated allocated) {
                save(uow, who, allocated.change(), reason);
                if (waiver.isPresent() && allocated.change().after().adviser().equals(Optional.of(adviser))
                        && allocated.report().outcome() == ConflictOutcome.POTENTIAL) {
                    uow.audit(record(who, CONFLICT_WAIVED, Optional.of(id), subject, reason));
                }
            } else if (decision instanceof AllocationDecision.Refused refused) {
                save(uow, who, refused.wallOff(), reason);
                uow.audit(record(who, ALLOCATION_REFUSED, Optional.of(id), subject, reason));
            }
            return decision;
        });
    }

    /**
     * Changes the service's register of declarations of interest (a declaration made or ended, an annual
     * declaration) and audits each of the change's events, with the adviser it is about as the subject. The register
     * is read and saved in one unit of work, under its version.
     *
     * @param who who records the change; needs {@link Operation#MANAGE_REGISTERS}
     * @param reason why, a code
     * @param change the change, given the current register and the time from the service's clock, for example
     *     {@code (register, at) -> register.declare(command, at)}
     * @param <T> the type of the entry created or changed
     * @return the change, saved
     * @throws AccessDeniedException if the policy refuses (the refusal is audited; nothing is changed)
     * @throws InvalidInputException if the change is of another service's register, or records an action by another
     *     user than {@code who}
     */
    public <T> RegisterChange<DeclarationRegister, T> changeDeclarations(Principal who, String reason,
            BiFunction<DeclarationRegister, Instant, RegisterChange<DeclarationRegister, T>> change) {
        return changeRegister(who, reason, uow -> uow.declarations(registerSettings), UnitOfWork::saveDeclarations,
            DeclarationRegister::tenant, change);
    }

    /**
     * Changes the service's register of gifts and hospitality and audits each of the change's events, with the
     * adviser it is about as the subject. The register is read and saved in one unit of work, under its version.
     *
     * @param who who records the change; needs {@link Operation#MANAGE_REGISTERS}
     * @param reason why, a code
     * @param change the change, given the current register and the time from the service's clock, for example
     *     {@code (register, at) -> register.record(command, at)}
     * @param <T> the type of the entry created or changed
     * @return the change, saved
     * @throws AccessDeniedException if the policy refuses (the refusal is audited; nothing is changed)
     * @throws InvalidInputException if the change is of another service's register, or records an action by another
     *     user than {@code who}
     */
    public <T> RegisterChange<GiftsRegister, T> changeGifts(Principal who, String reason,
            BiFunction<GiftsRegister, Instant, RegisterChange<GiftsRegister, T>> change) {
        return changeRegister(who, reason, uow -> uow.gifts(registerSettings), UnitOfWork::saveGifts,
            GiftsRegister::tenant, change);
    }

    /** Saves a register, under its version, with its events. */
    private interface RegisterSave<R> {
        void save(UnitOfWork uow, long expectedVersion, R register, List<RegisterEvent> events);
    }

    private <R, T> RegisterChange<R, T> changeRegister(Principal who, String reason,
            Function<UnitOfWork, Versioned<R>> read, RegisterSave<R> save, Function<R, TenantId> tenantOf,
            BiFunction<R, Instant, RegisterChange<R, T>> change) {
        Objects.requireNonNull(change, "change");
        return work(who, reason, uow -> {
            policy.require(who, Operation.MANAGE_REGISTERS, Optional.empty());
            Versioned<R> current = read.apply(uow);
            RegisterChange<R, T> made = Objects.requireNonNull(change.apply(current.value(), clock.instant()),
                "change result");
            requireOwn(who, tenantOf.apply(made.register()), made.events());
            save.save(uow, current.version(), made.register(), made.events());
            auditRegister(uow, who, made.events(), reason);
            return made;
        });
    }

    private static void requireOwn(Principal who, TenantId tenant, List<RegisterEvent> events) {
        if (!tenant.equals(who.tenant())) {
            throw new InvalidInputException("change", "must be a change of this service's register");
        }
        if (events.stream().anyMatch(e -> !e.by().equals(who.user()))) {
            throw new InvalidInputException("change", "records an action by another user than the one acting");
        }
    }

    private static void auditRegister(UnitOfWork uow, Principal who, List<RegisterEvent> events, String reason) {
        for (RegisterEvent e : events) {
            uow.audit(new AuditRecord(who.tenant(), e.at(), who.user(), e.type(), Optional.empty(),
                Optional.of("adviser:" + e.adviser().value()), reason));
        }
    }

    /**
     * Decides whether information from a case may be shared.
     *
     * @param who who decides
     * @param id the case
     * @param request the recipient, purpose and categories
     * @param reason why, a code
     * @return the decision
     * @throws AccessDeniedException if the policy refuses
     */
    public SharingDecision decideSharing(Principal who, CaseId id, SharingRequest request, String reason) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        return work(who, reason, uow -> {
            Case current = existing(uow, who, Operation.DECIDE_SHARING, id);
            SharingDecision decision = current.decideSharing(request);
            String outcome = decision instanceof SharingDecision.Permitted ? "permitted" : "refused";
            uow.audit(record(who, SHARING_DECIDED, Optional.of(id), Optional.of(outcome), reason));
            return decision;
        });
    }

    /**
     * Reads the audit trail of the principal's service for a period. The read is itself audited.
     *
     * @param who who reads
     * @param from the first instant, inclusive
     * @param to the last instant, exclusive
     * @param reason why, a code
     * @return the events, in order
     * @throws AccessDeniedException if the policy refuses
     */
    public List<AuditEvent> auditTrail(Principal who, Instant from, Instant to, String reason) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        work(who, reason, uow -> {
            policy.require(who, Operation.READ_AUDIT_TRAIL, Optional.empty());
            uow.audit(record(who, AUDIT_READ, Optional.empty(), Optional.empty(), reason));
            return null;
        });
        return store.auditTrail().read(who.tenant(), from, to);
    }

    /**
     * Verifies the audit trail of the principal's service against its stored head (see
     * {@link org.sendias.spi.AuditTrail#verify(TenantId)}). The verification is itself audited, after it ran.
     *
     * @param who who verifies
     * @param reason why, a code
     * @return the verification: intact, or the problems found and where
     * @throws AccessDeniedException if the policy refuses
     */
    public AuditVerification verifyAuditTrail(Principal who, String reason) {
        work(who, reason, uow -> policy.require(who, Operation.VERIFY_AUDIT_TRAIL, Optional.empty()));
        AuditVerification result = store.auditTrail().verify(who.tenant());
        audit(who, AUDIT_VERIFIED, Optional.of(result.intact() ? "intact" : "problems:" + result.problemCount()),
            reason);
        return result;
    }

    /**
     * Exports everything held about a person in answer to a subject access request (see {@link SubjectAccess}). Each
     * case exported is audited.
     *
     * @param who who exports; needs {@link Operation#EXPORT_SUBJECT_ACCESS}
     * @param query who the person is
     * @param redactor what to do with third parties and free text
     * @param reason why, a code such as {@code subject-access-request}
     * @return the export
     * @throws AccessDeniedException if the policy refuses
     */
    public SubjectAccessExport exportSubjectAccess(Principal who, SubjectQuery query, Redactor redactor,
            String reason) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(redactor, "redactor");
        return work(who, reason, uow -> {
            policy.require(who, Operation.EXPORT_SUBJECT_ACCESS, Optional.empty());
            Instant at = clock.instant();
            SubjectAccessExport export = SubjectAccess.export(uow, query, redactor, at);
            for (CaseId id : export.caseIds()) {
                uow.audit(record(who, SUBJECT_ACCESS_EXPORTED, Optional.of(id), Optional.empty(), reason));
            }
            return export;
        });
    }

    /**
     * Plans the disposal of the service's cases whose retention has ended: the dry run, which changes nothing. The
     * plan is audited.
     *
     * @param who who plans; needs {@link Operation#PLAN_DISPOSAL}
     * @param schedule the retention schedule
     * @param asOf the day retention is assessed on
     * @param reason why, a code
     * @return the plan, case by case
     * @throws AccessDeniedException if the policy refuses
     */
    public DisposalPlan planDisposal(Principal who, RetentionSchedule schedule, LocalDate asOf, String reason) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(asOf, "asOf");
        work(who, reason, uow -> {
            policy.require(who, Operation.PLAN_DISPOSAL, Optional.empty());
            uow.audit(record(who, DISPOSAL_PLANNED, Optional.empty(), Optional.empty(), reason));
            return null;
        });
        return DisposalPlanner.plan(store, who.tenant(), schedule, asOf);
    }

    /**
     * Runs a disposal plan: each case due is re-read and re-checked, then anonymised or deleted, and each is audited
     * (see {@link Disposal}).
     *
     * @param who who runs it; needs {@link Operation#RUN_DISPOSAL}
     * @param plan the plan, from {@link #planDisposal}
     * @param reason why, a code
     * @return what was done, case by case
     * @throws AccessDeniedException if the policy refuses
     */
    public DisposalReport runDisposal(Principal who, DisposalPlan plan, String reason) {
        Objects.requireNonNull(plan, "plan");
        work(who, reason, uow -> policy.require(who, Operation.RUN_DISPOSAL, Optional.empty()));
        return Disposal.run(store, who.tenant(), plan, who.user(), clock.instant());
    }

    /**
     * Decides a request to erase a case's or a party's personal data, and carries it out unless a ground for refusal
     * applies; the decision and its legal reason are audited (see {@link Erasure}).
     *
     * @param who who decides; needs {@link Operation#DECIDE_ERASURE} on the case
     * @param request the request
     * @param established the grounds for refusal the service has established
     * @param reason why, a code
     * @return the decision
     * @throws AccessDeniedException if the policy refuses
     */
    public ErasureDecision decideErasure(Principal who, ErasureRequest request, Set<ErasureGround> established,
            String reason) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(established, "established");
        work(who, reason, uow -> existing(uow, who, Operation.DECIDE_ERASURE, request.caseId()));
        return Erasure.carryOut(store, who.tenant(), request, established, who.user(), clock.instant());
    }

    // ---- the rules every operation keeps

    /** Runs work in a unit of work of the principal's service, auditing a refusal in a unit of its own. */
    private <T> T work(Principal who, String reason, Function<UnitOfWork, T> work) {
        Objects.requireNonNull(who, "who");
        Validation.code(reason, "reason", AuditRecord.MAX_CODE_LENGTH);
        try {
            return store.inTransaction(who.tenant(), work);
        } catch (AccessDeniedException e) {
            AccessDecision d = e.decision();
            store.inTransaction(who.tenant(), uow -> {
                uow.audit(record(who, ACCESS_DENIED, d.caseId(),
                    Optional.of("operation:" + d.operation().name()), code(d.reasons().get(0))));
                return null;
            });
            throw e;
        }
    }

    /**
     * @return the case, for a principal who may perform the operation on it
     * @throws AccessDeniedException if the principal may not perform the operation on any case of the service,
     *     whether or not this one exists (so a refusal does not say which ids exist), or on this case
     * @throws InvalidInputException if the service has no such case
     */
    private Case existing(UnitOfWork uow, Principal who, Operation op, CaseId id) {
        Optional<Case> found = find(uow, who, op, id);
        return found.orElseThrow(() -> new InvalidInputException("id", "no case " + id + " in this service"));
    }

    private Optional<Case> find(UnitOfWork uow, Principal who, Operation op, CaseId id) {
        Optional<Case> found = uow.findCase(id);
        if (found.isEmpty()) {
            AccessDecision d = policy.decide(who, op, Optional.empty());
            if (!d.reasons().equals(List.of(AccessReason.CASE_REQUIRED))) {
                throw new AccessDeniedException(d);
            }
            return found;
        }
        policy.require(who, op, found);
        return found;
    }

    private void save(UnitOfWork uow, Principal who, CaseChange change, String reason) {
        uow.save(change);
        for (DomainEvent e : change.events()) {
            uow.audit(new AuditRecord(who.tenant(), e.at(), who.user(), e.type(), Optional.of(e.caseId()),
                Optional.empty(), reason));
        }
    }

    /** Writes one audit record in a unit of work of its own. */
    private void audit(Principal who, String action, Optional<String> subject, String reason) {
        store.inTransaction(who.tenant(), uow -> {
            uow.audit(record(who, action, Optional.empty(), subject, reason));
            return null;
        });
    }

    /** @return the operations a change amounts to, beyond reading the case */
    static Set<Operation> operations(CaseChange change) {
        Set<Operation> ops = new LinkedHashSet<>();
        for (DomainEvent e : change.events()) {
            if (e instanceof CaseEvent.AdviserAllocated) {
                throw new InvalidInputException("change", "allocates an adviser; allocate through "
                    + "CaseService.allocate, which runs the conflict check");
            }
            ops.add(operation(e));
        }
        return ops.isEmpty() ? EnumSet.of(Operation.CHANGE_CASE) : ops;
    }

    private static Operation operation(DomainEvent e) {
        if (e instanceof CaseEvent.AdviserWalledOff) {
            return Operation.WALL_OFF;
        }
        if (e instanceof DisclosureRecorded) {
            return Operation.RECORD_DISCLOSURE;
        }
        if (e instanceof CaseEvent.LegalHoldPlaced) {
            return Operation.PLACE_LEGAL_HOLD;
        }
        if (e instanceof CaseEvent.LegalHoldReleased) {
            return Operation.RELEASE_LEGAL_HOLD;
        }
        if (e instanceof CaseEvent.PartyCorrected) {
            return Operation.RECTIFY;
        }
        if (e instanceof CaseEvent.PartyErased) {
            return Operation.DECIDE_ERASURE;
        }
        if (e instanceof CaseEvent.CaseAnonymised) {
            return Operation.RUN_DISPOSAL;
        }
        return Operation.CHANGE_CASE;
    }

    private AuditRecord record(Principal who, String action, Optional<CaseId> caseId, Optional<String> subject,
            String reason) {
        return new AuditRecord(who.tenant(), clock.instant(), who.user(), action, caseId, subject, reason);
    }

    private static String code(AccessReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Builds a {@link CaseService}. */
    public static final class Builder {
        private final Store store;
        private AccessPolicy policy = AccessPolicy.standard();
        private Clock clock = Clock.systemUTC();
        private ConflictCheck conflictCheck = ConflictCheck.standard();
        private RegisterSettings registerSettings = RegisterSettings.defaults();
        private Optional<HostOrganisation> host = Optional.empty();

        private Builder(Store store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * @param policy the access policy
         * @return this builder
         */
        public Builder policy(AccessPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param clock where the time of every change and audit record comes from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param check the conflict check allocation runs
         * @return this builder
         */
        public Builder conflictCheck(ConflictCheck check) {
            this.conflictCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /**
         * @param settings the settings of registers not yet stored
         * @return this builder
         */
        public Builder registerSettings(RegisterSettings settings) {
            this.registerSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * @param host the host organisation and its other services, for the conflict check
         * @return this builder
         */
        public Builder host(HostOrganisation host) {
            this.host = Optional.of(host);
            return this;
        }

        /** @return the service */
        public CaseService build() {
            return new CaseService(this);
        }
    }
}
