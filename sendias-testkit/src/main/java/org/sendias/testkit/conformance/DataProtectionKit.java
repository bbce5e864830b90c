package org.sendias.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Anonymisation;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.dataprotection.Disposal;
import org.sendias.dataprotection.DisposalMethod;
import org.sendias.dataprotection.DisposalOutcome;
import org.sendias.dataprotection.DisposalPlan;
import org.sendias.dataprotection.DisposalPlanner;
import org.sendias.dataprotection.DisposalReport;
import org.sendias.dataprotection.DisposalStatus;
import org.sendias.dataprotection.Erasure;
import org.sendias.dataprotection.ErasureDecision;
import org.sendias.dataprotection.ErasureGround;
import org.sendias.dataprotection.ErasureRequest;
import org.sendias.dataprotection.RecordKind;
import org.sendias.dataprotection.RetentionRule;
import org.sendias.dataprotection.RetentionSchedule;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.StaleCaseException;
import org.sendias.testkit.generators.Cases;

/**
 * The data protection contract a storage adapter keeps, as tests a vendor runs unchanged against their adapter:
 * deleting a case, and the disposal and erasure of {@code org.sendias.dataprotection} running on the store. Extend
 * this class and implement {@link #newStore()}. Each test is tagged with its assertion id ({@code DP-01} ...).
 */
public abstract class DataProtectionKit extends StoreKit {
    /** The tenant the tests use. */
    protected static final TenantId TENANT = TenantId.of("kit-dp");
    private static final UserId ADVISER = UserId.of("kit-adviser");
    private static final UserId DPO = UserId.of("kit-dpo");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2040, 1, 1);
    private static final Instant RUN_AT = Instant.parse("2040-01-01T02:00:00Z");
    private static final RetentionSchedule ANONYMISE = RetentionSchedule.defaults().with(RecordKind.CASE,
        RetentionRule.yearsAfterClosure(6), DisposalMethod.ANONYMISE);
    private static final RetentionSchedule DELETE = ANONYMISE.with(RecordKind.CASE,
        RetentionRule.yearsAfterClosure(6), DisposalMethod.DELETE);

    /** A case with two parties and a note, closed on 2026-03-03 unless {@code close} is false. */
    private Case stored(boolean close) {
        CaseChange change = Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(
            LocalDate.of(2026, 3, 2)), Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT,
            Party.child("Zoë Kit-Example", LocalDate.of(2016, 2, 29)), List.of(Party.person(PartyRole.PARENT,
            "Renée Kit-Example")), ADVISER), T0)
            .then(c -> c.addNote(new CaseCommand.AddNote("Family told about the appeal route.", Optional.empty(),
                ADVISER), T0.plusSeconds(60)));
        if (close) {
            change = change.then(c -> c.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, ADVISER),
                Instant.parse("2026-03-03T12:00:00Z")));
        }
        save(change);
        return change.after();
    }

    private void save(CaseChange change) {
        store().inTransaction(TENANT, w -> {
            w.save(change);
            return null;
        });
    }

    private Optional<Case> find(CaseId id) {
        return store().inTransaction(TENANT, w -> w.findCase(id));
    }

    private List<AuditRecord> audit() {
        return store().auditTrail().read(TENANT, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
            .map(org.sendias.audit.AuditEvent::record).toList();
    }

    /** DP-01: a deleted case and everything of it is gone: absent at once, in later units, in lists and due dates. */
    @Test
    @Tag("DP-01")
    void dp01_deleteRemovesTheCaseAndEverythingOfIt() {
        Case kept = stored(false);
        Case gone = stored(false);
        DeadlineEngine engine = DeadlineEngine.create();
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertTrue(store().inTransaction(TENANT, w -> w.dueSoon(engine, day, 10, true)).stream()
            .anyMatch(d -> d.caseId().equals(gone.id())), "the case has service-level deadlines to begin with");
        store().inTransaction(TENANT, w -> {
            w.deleteCase(gone.id(), gone.version());
            assertEquals(Optional.empty(), w.findCase(gone.id()), "absent in the same unit of work");
            assertFalse(w.caseIds().contains(gone.id()));
            return null;
        });
        assertEquals(Optional.empty(), find(gone.id()));
        assertEquals(List.of(kept.id()), store().inTransaction(TENANT, w -> w.caseIds()));
        assertTrue(store().inTransaction(TENANT, w -> w.dueSoon(engine, day, 10, true)).stream()
            .noneMatch(d -> d.caseId().equals(gone.id())), "no deadline of the deleted case is left");
        assertEquals(kept.snapshot(), find(kept.id()).orElseThrow().snapshot());
        // nothing of the case is left behind: the same id can be stored again, with its own parties and notes
        save(new CaseChange(null, gone, List.of(new org.sendias.casework.CaseEvent.ScopeChanged(TENANT, gone.id(),
            T0, ADVISER))));
        assertEquals(gone.snapshot(), find(gone.id()).orElseThrow().snapshot());
    }

    /** DP-02: deletion is version-checked; a stale or missing case fails with StaleCaseException and writes nothing. */
    @Test
    @Tag("DP-02")
    void dp02_deleteIsVersionChecked() {
        Case c = stored(false);
        CaseChange noted = c.addNote(new CaseCommand.AddNote("later", Optional.empty(), ADVISER), T0.plusSeconds(90));
        save(noted);
        Case other = stored(false);
        assertThrows(StaleCaseException.class, () -> store().inTransaction(TENANT, w -> {
            w.deleteCase(other.id(), other.version());
            w.deleteCase(c.id(), c.version());
            return null;
        }));
        assertTrue(find(other.id()).isPresent(), "nothing of the failed unit of work was written");
        assertEquals(noted.after().snapshot(), find(c.id()).orElseThrow().snapshot());
        assertThrows(StaleCaseException.class, () -> store().inTransaction(TENANT, w -> {
            w.deleteCase(CaseId.random(), 1);
            return null;
        }), "there is no such case");
        store().inTransaction(TENANT, w -> {
            CaseChange again = noted.after().addNote(new CaseCommand.AddNote("and again", Optional.empty(), ADVISER),
                T0.plusSeconds(120));
            w.save(again);
            assertThrows(StaleCaseException.class, () -> w.deleteCase(c.id(), noted.after().version()),
                "a case changed in this unit of work is deleted at the version of that change");
            w.deleteCase(c.id(), again.after().version());
            return null;
        });
        assertEquals(Optional.empty(), find(c.id()));
    }

    /** DP-03: a case with legal holds, corrections and an anonymisation reads back whole. */
    @Test
    @Tag("DP-03")
    void dp03_holdsCorrectionsAndAnonymisationReadBack() {
        SplittableRandom random = new SplittableRandom(20_260_302L);
        for (int i = 0; i < 20; i++) {
            List<CaseChange> history = Cases.histories(TENANT).next(random);
            Case c = history.get(history.size() - 1).after();
            store().inTransaction(TENANT, w -> {
                history.forEach(w::save);
                return null;
            });
            assertEquals(c.snapshot(), find(c.id()).orElseThrow().snapshot(), "case " + i);
            if (c.activeLegalHolds().isEmpty()) {
                CaseChange anonymised = c.anonymise(DPO, RUN_AT);
                save(anonymised);
                assertEquals(anonymised.after().snapshot(), find(c.id()).orElseThrow().snapshot(),
                    "anonymised case " + i);
            }
        }
    }

    /** DP-04: planning (the dry run) changes nothing: no case, event or audit record. */
    @Test
    @Tag("DP-04")
    void dp04_aDryRunChangesNothing() {
        Case due = stored(true);
        Case open = stored(false);
        long pending = store().outbox().pending();
        DisposalPlan plan = DisposalPlanner.plan(store(), TENANT, DELETE, AS_OF);
        assertEquals(List.of(due.id()), plan.due().stream().map(p -> p.caseId()).toList());
        assertEquals(DisposalStatus.CASE_OPEN, plan.entries().stream().filter(p -> p.caseId().equals(open.id()))
            .findFirst().orElseThrow().status());
        assertEquals(due.snapshot(), find(due.id()).orElseThrow().snapshot());
        assertEquals(pending, store().outbox().pending());
        assertEquals(List.of(), audit());
    }

    /** DP-05: a run anonymises or deletes exactly the cases the plan said were due, and nothing else. */
    @Test
    @Tag("DP-05")
    void dp05_aRunDisposesOfExactlyWhatThePlanSays() {
        List<Case> due = List.of(stored(true), stored(true), stored(true));
        Case open = stored(false);
        DisposalPlan plan = DisposalPlanner.plan(store(), TENANT, ANONYMISE, AS_OF);
        DisposalReport report = Disposal.run(store(), TENANT, plan, DPO, RUN_AT, 2);
        assertEquals(Map.of(DisposalOutcome.ANONYMISED, 3), report.counts());
        for (Case c : due) {
            Case now = find(c.id()).orElseThrow();
            assertTrue(now.isAnonymised());
            assertEquals(Anonymisation.NAME, now.child().name());
        }
        assertEquals(open.snapshot(), find(open.id()).orElseThrow().snapshot());
        DisposalPlan next = DisposalPlanner.plan(store(), TENANT, DELETE, AS_OF);
        assertEquals(3, next.due().size(), "anonymised cases are due again under a schedule that deletes");
        DisposalReport deleted = Disposal.run(store(), TENANT, next, DPO, RUN_AT.plusSeconds(1));
        assertEquals(Map.of(DisposalOutcome.DELETED, 3), deleted.counts());
        assertEquals(List.of(open.id()), store().inTransaction(TENANT, w -> w.caseIds()));
        assertEquals(0, DisposalPlanner.plan(store(), TENANT, DELETE, AS_OF).due().size());
    }

    /** DP-06: a case given a legal hold or reopened after the plan was made is skipped by the run. */
    @Test
    @Tag("DP-06")
    void dp06_casesHeldOrReopenedSinceThePlanAreSkipped() {
        Case held = stored(true);
        Case reopened = stored(true);
        Case disposed = stored(true);
        DisposalPlan plan = DisposalPlanner.plan(store(), TENANT, DELETE, AS_OF);
        assertEquals(3, plan.due().size());
        save(held.placeLegalHold(new CaseCommand.PlaceLegalHold("tribunal-appeal", Optional.empty(), DPO),
            RUN_AT.minusSeconds(60)));
        save(reopened.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.REOPENED, ADVISER),
            RUN_AT.minusSeconds(60)));
        DisposalReport report = Disposal.run(store(), TENANT, plan, DPO, RUN_AT);
        Map<CaseId, DisposalOutcome> outcomes = new java.util.HashMap<>();
        report.results().forEach(r -> outcomes.put(r.caseId(), r.outcome()));
        assertEquals(Map.of(held.id(), DisposalOutcome.SKIPPED_LEGAL_HOLD, reopened.id(),
            DisposalOutcome.SKIPPED_CASE_OPEN, disposed.id(), DisposalOutcome.DELETED), outcomes);
        assertTrue(find(held.id()).isPresent());
        assertTrue(find(reopened.id()).isPresent());
        assertEquals(Optional.empty(), find(disposed.id()));
    }

    /** DP-07: the run writes one audit record per case disposed of, with the action, the case and the reason. */
    @Test
    @Tag("DP-07")
    void dp07_eachDisposalIsAudited() {
        Case anonymised = stored(true);
        DisposalPlan plan = DisposalPlanner.plan(store(), TENANT, ANONYMISE, AS_OF);
        Disposal.run(store(), TENANT, plan, DPO, RUN_AT);
        Case deleted = stored(true);
        Disposal.run(store(), TENANT, DisposalPlanner.plan(store(), TENANT, DELETE, AS_OF), DPO, RUN_AT.plusSeconds(1));
        List<AuditRecord> records = audit();
        assertEquals(3, records.size(), "one record per case disposed of");
        assertEquals(Set.of(
            new AuditRecord(TENANT, RUN_AT, DPO, Disposal.ANONYMISED_ACTION, Optional.of(anonymised.id()),
                Disposal.REASON),
            new AuditRecord(TENANT, RUN_AT.plusSeconds(1), DPO, Disposal.DELETED_ACTION, Optional.of(anonymised.id()),
                Disposal.REASON),
            new AuditRecord(TENANT, RUN_AT.plusSeconds(1), DPO, Disposal.DELETED_ACTION, Optional.of(deleted.id()),
                Disposal.REASON)), Set.copyOf(records));
    }

    /** DP-08: erasure is refused under a legal hold, changing nothing and auditing the ground; carried out after. */
    @Test
    @Tag("DP-08")
    void dp08_erasureIsRefusedUnderALegalHold() {
        Case c = stored(true);
        CaseChange held = c.placeLegalHold(new CaseCommand.PlaceLegalHold("litigation", Optional.empty(), DPO),
            T0.plusSeconds(3600));
        save(held);
        ErasureRequest request = ErasureRequest.ofCase(c.id(), LocalDate.of(2027, 1, 4), ADVISER);
        ErasureDecision refused = Erasure.carryOut(store(), TENANT, request, Set.of(), DPO, RUN_AT);
        assertEquals(new ErasureDecision.Refused(ErasureGround.LEGAL_HOLD), refused);
        assertEquals(held.after().snapshot(), find(c.id()).orElseThrow().snapshot());
        Case current = held.after();
        save(current.releaseLegalHold(new CaseCommand.ReleaseLegalHold(current.legalHolds().get(0).id(), DPO),
            RUN_AT.plusSeconds(1)));
        assertEquals(new ErasureDecision.CarriedOut(DisposalMethod.DELETE), Erasure.carryOut(store(), TENANT, request,
            Set.of(), DPO, RUN_AT.plusSeconds(2)));
        assertEquals(Optional.empty(), find(c.id()));
        assertEquals(List.of(
            new AuditRecord(TENANT, RUN_AT, DPO, Erasure.REFUSED_ACTION, Optional.of(c.id()), "legal-hold"),
            new AuditRecord(TENANT, RUN_AT.plusSeconds(2), DPO, Erasure.CASE_ERASED_ACTION, Optional.of(c.id()),
                ErasureDecision.CARRIED_OUT_REASON)), audit());
    }
}
