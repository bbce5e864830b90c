package org.sendias.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.access.AccessDeniedException;
import org.sendias.access.AccessReason;
import org.sendias.access.Principal;
import org.sendias.access.Role;
import org.sendias.audit.AuditEvent;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Clearance;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.conflicts.AllocationDecision;
import org.sendias.conflicts.Declare;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.GiftDecision;
import org.sendias.conflicts.RecordGift;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.conflicts.Relationship;
import org.sendias.consent.DataCategory;
import org.sendias.consent.Purpose;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.dataprotection.DisposalPlan;
import org.sendias.dataprotection.ErasureDecision;
import org.sendias.dataprotection.ErasureGround;
import org.sendias.dataprotection.ErasureRequest;
import org.sendias.dataprotection.RetentionSchedule;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.service.CaseService;
import org.sendias.spi.AuditRecord;
import org.sendias.subjectaccess.Redactor;
import org.sendias.subjectaccess.SubjectAccessExport;
import org.sendias.subjectaccess.SubjectQuery;

/**
 * {@link CaseService} on a store, as tests a vendor runs unchanged against their adapter: the access policy is asked
 * and the audit trail written and verified for reads, changes, allocations, walls, sharing decisions, subject access
 * exports, rectification, legal holds, erasure and disposal. Extend this class and implement {@link #newStore()}.
 * Each test is tagged with its assertion id ({@code SERVICE-01} ...).
 */
public abstract class CaseServiceKit extends StoreKit {
    private static final TenantId TENANT = TenantId.of("iass-service");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String CHILD = "Robin Quayle-Example";
    private static final Principal MANAGER = Principal.of(TENANT, UserId.of("manager-1"), Role.SERVICE_MANAGER);
    private static final Principal ANNA = Principal.of(TENANT, UserId.of("adviser-anna"), Role.ADVISER);
    private static final Principal BEN = Principal.of(TENANT, UserId.of("adviser-ben"), Role.ADVISER);
    private static final Principal COMMISSIONER = Principal.of(TENANT, UserId.of("la-officer"), Role.COMMISSIONER);

    private CaseService service;

    /** Creates the service under test, on the store. */
    @BeforeEach
    void createService() {
        service = CaseService.builder(store()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static OpenCase command(TenantId tenant) {
        return new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 11, 20)),
            Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT, Party.child(CHILD, LocalDate.of(2015, 1, 9)),
            List.of(Party.person(PartyRole.PARENT, "Jo Quayle-Example")), MANAGER.user());
    }

    Case opened() {
        return service.open(MANAGER, command(TENANT), "casework").after();
    }

    List<AuditRecord> audit() {
        return store().auditTrail().read(TENANT, Instant.EPOCH, NOW.plusSeconds(1)).stream()
            .map(AuditEvent::record).toList();
    }

    List<String> actions() {
        return audit().stream().map(AuditRecord::action).toList();
    }

    @Test
    @Tag("SERVICE-01")
    void openingAndReadingAreAuditedWithWhoWhatWhenAndWhy() {
        Case c = opened();
        assertEquals(c.snapshot(), service.read(MANAGER, c.id(), "quality-review").orElseThrow().snapshot());
        List<AuditRecord> records = audit();
        assertEquals(List.of("case.opened", CaseService.CASE_READ), actions());
        AuditRecord read = records.get(1);
        assertEquals(MANAGER.user(), read.actor());
        assertEquals(NOW, read.at());
        assertEquals(Optional.of(c.id()), read.caseId());
        assertEquals("quality-review", read.reason());
        assertTrue(store().auditTrail().verify(TENANT).intact());
    }

    @Test
    @Tag("SERVICE-02")
    void anOutsideRoleIsRefusedAndTheRefusalIsAuditedWithoutSayingWhetherTheCaseExists() {
        Case c = opened();
        AccessDeniedException existing = assertThrows(AccessDeniedException.class,
            () -> service.read(COMMISSIONER, c.id(), "monitoring"));
        AccessDeniedException missing = assertThrows(AccessDeniedException.class,
            () -> service.read(COMMISSIONER, CaseId.random(), "monitoring"));
        assertEquals(List.of(AccessReason.ARMS_LENGTH), existing.decision().reasons());
        assertEquals(existing.decision().reasons(), missing.decision().reasons());
        assertFalse(existing.getMessage().contains(CHILD));
        List<AuditRecord> denied = audit().stream().filter(r -> r.action().equals(CaseService.ACCESS_DENIED))
            .toList();
        assertEquals(2, denied.size());
        assertEquals(Optional.of("operation:READ_CASE"), denied.get(0).subject());
        assertEquals("arms-length", denied.get(0).reason());
        assertEquals(COMMISSIONER.user(), denied.get(0).actor());
        assertFalse(actions().contains(CaseService.CASE_READ));
    }

    @Test
    @Tag("SERVICE-03")
    void aServiceUserAskingForACaseTheServiceDoesNotHaveIsToldSo() {
        assertEquals(Optional.empty(), service.read(MANAGER, CaseId.random(), "casework"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.change(MANAGER,
            CaseId.random(), "casework", (c, at) -> c.addNote(note("x"), at)));
        assertEquals("id", e.field());
    }

    @Test
    @Tag("SERVICE-04")
    void advisersWorkOnTheirAllocatedCasesOnlyAndAWalledOffAdviserIsRefused() {
        Case c = opened();
        AllocationDecision d = service.allocate(MANAGER, c.id(), ANNA.user(), Optional.empty(), "allocation");
        assertInstanceOf(AllocationDecision.Allocated.class, d);
        CaseChange noted = service.change(ANNA, c.id(), "casework", (k, at) -> k.addNote(note("seen at school"), at));
        assertEquals(1, noted.after().notes().size());
        AccessDeniedException ben = assertThrows(AccessDeniedException.class,
            () -> service.read(BEN, c.id(), "casework"));
        assertEquals(List.of(AccessReason.NOT_ALLOCATED), ben.decision().reasons());

        // walling off is the manager's; the adviser cannot do it through a change
        assertThrows(AccessDeniedException.class, () -> service.change(ANNA, c.id(), "casework",
            (k, at) -> k.wallOff(new CaseCommand.WallOff(BEN.user(), ANNA.user()), at)));
        service.change(MANAGER, c.id(), "conflict-of-interest",
            (k, at) -> k.wallOff(new CaseCommand.WallOff(BEN.user(), MANAGER.user()), at));
        Principal benAsManager = Principal.of(TENANT, BEN.user(), Role.SERVICE_MANAGER);
        AccessDeniedException walled = assertThrows(AccessDeniedException.class,
            () -> service.read(benAsManager, c.id(), "casework"));
        assertEquals(List.of(AccessReason.ETHICAL_WALL), walled.decision().reasons());

        assertTrue(actions().containsAll(List.of("case.adviser-allocated", "case.note-added",
            "case.adviser-walled-off", CaseService.ACCESS_DENIED)));
        assertTrue(store().auditTrail().verify(TENANT).intact());
    }

    @Test
    @Tag("SERVICE-05")
    void allocationGoesThroughTheConflictCheckNotThroughAChange() {
        Case c = opened();
        Clearance forged = new Clearance(ANNA.user(), c.version(), Clearance.Basis.CLEAR, Optional.empty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.change(MANAGER, c.id(),
            "allocation", (k, at) -> k.allocate(new CaseCommand.AllocateAdviser(ANNA.user(), forged,
                MANAGER.user()), at)));
        assertEquals("change", e.field());
        assertTrue(service.read(MANAGER, c.id(), "casework").orElseThrow().adviser().isEmpty());
        AccessDeniedException adviser = assertThrows(AccessDeniedException.class,
            () -> service.allocate(ANNA, c.id(), ANNA.user(), Optional.empty(), "allocation"));
        assertEquals(List.of(AccessReason.ROLE_NOT_GRANTED), adviser.decision().reasons());
    }

    @Test
    @Tag("SERVICE-06")
    void sharingDecisionsAreAuditedWithTheirOutcome() {
        Case c = opened();
        SharingDecision d = service.decideSharing(MANAGER, c.id(), new SharingRequest(c.id(), Optional.empty(),
            Purpose.values()[0], Set.of(DataCategory.values()[0]), NOW), "sharing-request");
        AuditRecord last = audit().get(audit().size() - 1);
        assertEquals(CaseService.SHARING_DECIDED, last.action());
        assertEquals(Optional.of(d instanceof SharingDecision.Permitted ? "permitted" : "refused"), last.subject());
    }

    @Test
    @Tag("SERVICE-07")
    void aReasonThatIsNotACodeIsRefusedBeforeAnythingIsRead() {
        Case c = opened();
        int before = audit().size();
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> service.read(MANAGER, c.id(), "because " + CHILD + " asked"));
        assertEquals("reason", e.field());
        assertFalse(e.getMessage().contains(CHILD));
        assertEquals(before, audit().size());
    }

    @Test
    @Tag("SERVICE-08")
    void aCaseOfAnotherServiceCannotBeOpenedInThePrincipalsName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> service.open(MANAGER, command(TenantId.of("iass-other")), "casework"));
        assertEquals("command.tenant", e.field());
    }

    @Test
    @Tag("SERVICE-09")
    void theAuditTrailIsForTheTeamAndReadingAndVerifyingItAreAudited() {
        Case c = opened();
        Principal dpo = Principal.of(TENANT, UserId.of("dpo-1"), Role.DATA_PROTECTION_OFFICER);
        List<AuditEvent> events = service.auditTrail(dpo, Instant.EPOCH, NOW.plusSeconds(1), "audit-review");
        assertEquals(List.of("case.opened", CaseService.AUDIT_READ), events.stream().map(e -> e.record().action())
            .toList());
        assertTrue(service.verifyAuditTrail(dpo, "audit-review").intact());
        assertEquals(CaseService.AUDIT_VERIFIED, actions().get(actions().size() - 1));
        assertEquals(Optional.of("intact"), audit().get(audit().size() - 1).subject());
        assertThrows(AccessDeniedException.class, () -> service.auditTrail(ANNA, Instant.EPOCH, NOW, "curiosity"));
        assertThrows(AccessDeniedException.class, () -> service.verifyAuditTrail(COMMISSIONER, "monitoring"));
        assertEquals(c.id(), events.get(0).record().caseId().orElseThrow());
    }

    @Test
    @Tag("SERVICE-10")
    void aSubjectAccessExportIsTheDataProtectionOfficersAndEachCaseExportedIsAudited() {
        Case c = opened();
        Principal dpo = Principal.of(TENANT, UserId.of("dpo-1"), Role.DATA_PROTECTION_OFFICER);
        SubjectQuery query = SubjectQuery.byPartyIds(Set.of(c.child().id()));
        SubjectAccessExport export = service.exportSubjectAccess(dpo, query, Redactor.standard(),
            "subject-access-request");
        assertEquals(List.of(c.id()), export.caseIds());
        assertTrue(export.toJson().contains(CHILD));
        AuditRecord last = audit().get(audit().size() - 1);
        assertEquals(CaseService.SUBJECT_ACCESS_EXPORTED, last.action());
        assertEquals(Optional.of(c.id()), last.caseId());
        assertThrows(AccessDeniedException.class, () -> service.exportSubjectAccess(MANAGER, query,
            Redactor.standard(), "subject-access-request"));
    }

    @Test
    @Tag("SERVICE-11")
    void dataProtectionGoesThroughThePolicyAndIsAudited() {
        Case c = opened();
        Principal dpo = Principal.of(TENANT, UserId.of("dpo-1"), Role.DATA_PROTECTION_OFFICER);
        // rectification is the data protection officer's, not the manager's
        assertThrows(AccessDeniedException.class, () -> service.change(MANAGER, c.id(), "rectification",
            (k, at) -> k.correctParty(correct(k, MANAGER), at)));
        service.change(dpo, c.id(), "rectification", (k, at) -> k.correctParty(correct(k, dpo), at));
        // a legal hold stops erasure, and the refusal is recorded with its legal reason
        service.change(MANAGER, c.id(), "legal-claim", (k, at) -> k.placeLegalHold(new CaseCommand.PlaceLegalHold(
            "tribunal-appeal", Optional.empty(), MANAGER.user()), at));
        ErasureDecision refused = service.decideErasure(dpo, ErasureRequest.ofCase(c.id(), LocalDate.of(2026, 11, 23),
            dpo.user()), Set.of(), "erasure-request");
        assertEquals(new ErasureDecision.Refused(ErasureGround.LEGAL_HOLD), refused);
        assertThrows(AccessDeniedException.class, () -> service.decideErasure(MANAGER, ErasureRequest.ofCase(c.id(),
            LocalDate.of(2026, 11, 23), MANAGER.user()), Set.of(), "erasure-request"));
        assertTrue(service.read(MANAGER, c.id(), "casework").isPresent());
        // the dry run is the data protection officer's and is audited; an open case is not due
        DisposalPlan plan = service.planDisposal(dpo, RetentionSchedule.defaults(), LocalDate.of(2026, 11, 23),
            "retention-review");
        assertEquals(0, service.runDisposal(dpo, plan, "retention-review").results().size());
        assertTrue(actions().containsAll(List.of("case.party-corrected", "case.legal-hold-placed",
            "erasure.refused", CaseService.DISPOSAL_PLANNED)));
        AuditRecord erasure = audit().stream().filter(r -> r.action().equals("erasure.refused")).findFirst()
            .orElseThrow();
        assertEquals(ErasureGround.LEGAL_HOLD.code(), erasure.reason());
        assertTrue(store().auditTrail().verify(TENANT).intact());
    }

    @Test
    @Tag("SERVICE-12")
    void theRegistersChangeThroughThePolicyAndEachChangeIsAuditedByAdviserNotByName() {
        Case c = opened();
        Declare sibling = new Declare(BEN.user(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2),
            Optional.empty(), DeclaredPerson.of(CHILD, Relationship.SIBLING), Optional.empty(), MANAGER.user());
        // an adviser may not keep the registers
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
            () -> service.changeDeclarations(ANNA, "declaration", (r, at) -> r.declare(new Declare(BEN.user(),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), Optional.empty(),
                DeclaredPerson.of(CHILD, Relationship.SIBLING), Optional.empty(), ANNA.user()), at)));
        assertEquals(AccessReason.ROLE_NOT_GRANTED, denied.decision().reasons().get(0));
        assertTrue(store().inTransaction(TENANT, w -> w.declarations(RegisterSettings.defaults()).value().all())
            .isEmpty(), "nothing was declared");
        // nor may a manager record an entry in someone else's name
        assertThrows(InvalidInputException.class, () -> service.changeDeclarations(MANAGER, "declaration",
            (r, at) -> r.declare(new Declare(BEN.user(), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2),
                Optional.empty(), DeclaredPerson.of(CHILD, Relationship.SIBLING), Optional.empty(), ANNA.user()),
                at)));
        assertTrue(store().inTransaction(TENANT, w -> w.declarations(RegisterSettings.defaults()).value().all())
            .isEmpty(), "nothing was declared");

        var declared = service.changeDeclarations(MANAGER, "declaration", (r, at) -> r.declare(sibling, at));
        var gift = service.changeGifts(MANAGER, "gift", (r, at) -> r.record(new RecordGift(ANNA.user(),
            "A local charity", Optional.empty(), "Lunch", new java.math.BigDecimal("12.50"), LocalDate.of(2026, 11, 3),
            GiftDecision.DECLINED, MANAGER.user(), Optional.empty()), at));
        assertEquals(List.of(declared.value()), store().inTransaction(TENANT,
            w -> w.declarations(RegisterSettings.defaults()).value().all()));
        assertEquals(List.of(gift.value()), store().inTransaction(TENANT,
            w -> w.gifts(RegisterSettings.defaults()).value().all()));
        // the declaration now blocks the adviser
        assertInstanceOf(AllocationDecision.Refused.class, service.allocate(MANAGER, c.id(), BEN.user(),
            Optional.empty(), "allocation"));

        List<AuditRecord> records = audit();
        AuditRecord made = records.stream().filter(r -> r.action().equals(RegisterEvent.DECLARATION_MADE))
            .findFirst().orElseThrow();
        assertEquals(Optional.of("adviser:" + BEN.user().value()), made.subject());
        assertEquals("declaration", made.reason());
        assertEquals(MANAGER.user(), made.actor());
        AuditRecord recorded = records.stream().filter(r -> r.action().equals(RegisterEvent.GIFT_RECORDED))
            .findFirst().orElseThrow();
        assertEquals(Optional.of("adviser:" + ANNA.user().value()), recorded.subject());
        assertTrue(records.stream().anyMatch(r -> r.action().equals(CaseService.ACCESS_DENIED)
            && r.subject().equals(Optional.of("operation:MANAGE_REGISTERS"))), "the refusal is audited");
        assertFalse(records.toString().contains("Quayle"), "no name in the audit trail");
        assertTrue(store().auditTrail().verify(TENANT).intact());
    }

    private static CaseCommand.CorrectParty correct(Case k, Principal who) {
        return new CaseCommand.CorrectParty(k.child().id(), Optional.of("Robyn Quayle-Example"), Optional.empty(),
            Optional.empty(), Optional.empty(), "spelling", who.user());
    }

    private static CaseCommand.AddNote note(String text) {
        return new CaseCommand.AddNote(text, Optional.empty(), ANNA.user());
    }
}
