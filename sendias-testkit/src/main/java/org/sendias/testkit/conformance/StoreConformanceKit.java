package org.sendias.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.Declare;
import org.sendias.conflicts.RegisterChange;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.conflicts.Relationship;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.audit.AuditChain;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditHead;
import org.sendias.audit.AuditVerification;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.AuditTrail;
import org.sendias.spi.OutboxEntry;
import org.sendias.spi.StaleCaseException;
import org.sendias.spi.StaleRegisterException;
import org.sendias.spi.Versioned;
import org.sendias.testkit.generators.Cases;
import org.sendias.testkit.generators.Registers;

/**
 * The storage contract, as tests a vendor runs unchanged against their adapter. Extend this class and implement
 * {@link #newStore()} (an empty store for each test); or add {@code sendias-testkit} to Surefire's
 * {@code dependenciesToScan} with a subclass in your own tests. Each test is tagged with its assertion id
 * ({@code STORE-01} ...), so a failure names the clause of the contract it breaks.
 */
public abstract class StoreConformanceKit extends StoreKit {
    /** The tenant most tests use. */
    protected static final TenantId TENANT = TenantId.of("kit-tenant");
    /** A second tenant, for isolation. */
    protected static final TenantId OTHER = TenantId.of("kit-other");
    private static final UserId ADVISER = UserId.of("kit-adviser");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static CaseChange open(TenantId tenant) {
        return Case.open(new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION, Domain.HEALTH), HelpLevel.CASEWORK_AND_SUPPORT,
            Party.child("Zoë O'Brien-Ní Mhaoláin", LocalDate.of(2012, 2, 29)),
            List.of(Party.person(PartyRole.PARENT, "Renée d'Arcy")), ADVISER), T0);
    }

    private void save(CaseChange change) {
        store().inTransaction(change.after().tenant(), w -> {
            w.save(change);
            return null;
        });
    }

    private Case load(TenantId tenant, CaseId id) {
        return store().inTransaction(tenant, w -> w.findCase(id)).orElseThrow();
    }

    /** STORE-01: a saved case reads back with everything it holds. */
    @Test
    @Tag("STORE-01")
    void store01_aSavedCaseReadsBackWhole() {
        CaseChange opened = open(TENANT);
        save(opened);
        CaseChange noted = opened.after().addNote(new CaseCommand.AddNote("Met the family.", Optional.empty(),
            ADVISER), T0.plusSeconds(60));
        save(noted);
        assertEquals(noted.after().snapshot(), load(TENANT, opened.after().id()).snapshot());
    }

    /** STORE-02: a unit of work that throws writes nothing: no case, no event, no audit record. */
    @Test
    @Tag("STORE-02")
    void store02_aFailedUnitOfWorkWritesNothing() {
        CaseChange opened = open(TENANT);
        assertThrows(IllegalStateException.class, () -> store().inTransaction(TENANT, w -> {
            w.save(opened);
            w.audit(new AuditRecord(TENANT, T0, ADVISER, "case.opened", Optional.of(opened.after().id()),
                "casework"));
            throw new IllegalStateException("failure half way");
        }));
        assertEquals(List.of(), store().inTransaction(TENANT, w -> w.caseIds()));
        assertEquals(0, store().outbox().pending());
        assertEquals(List.of(), store().auditTrail().read(TENANT, Instant.EPOCH, T0.plusSeconds(3600)));
    }

    /** STORE-03: a write to a stale version fails with StaleCaseException, and nothing of its unit of work is written. */
    @Test
    @Tag("STORE-03")
    void store03_aStaleWriteFailsAndWritesNothing() {
        CaseChange opened = open(TENANT);
        save(opened);
        Case v1 = opened.after();
        save(v1.addNote(new CaseCommand.AddNote("first", Optional.empty(), ADVISER), T0));
        CaseChange other = open(TENANT);
        assertThrows(StaleCaseException.class, () -> store().inTransaction(TENANT, w -> {
            w.save(other);
            w.save(v1.addNote(new CaseCommand.AddNote("lost?", Optional.empty(), ADVISER), T0));
            return null;
        }));
        assertEquals(1, load(TENANT, v1.id()).notes().size());
        assertEquals(Optional.empty(), store().inTransaction(TENANT, w -> w.findCase(other.after().id())),
            "the other case of the failed unit of work was not written");
        assertThrows(StaleCaseException.class, () -> save(opened), "a case id cannot be inserted twice");
    }

    /** STORE-04: one tenant never reads, lists or writes another's cases. */
    @Test
    @Tag("STORE-04")
    void store04_tenantsAreIsolated() {
        CaseChange ours = open(TENANT);
        save(ours);
        save(open(OTHER));
        assertEquals(Optional.empty(), store().inTransaction(OTHER, w -> w.findCase(ours.after().id())));
        assertEquals(List.of(ours.after().id()), store().inTransaction(TENANT, w -> w.caseIds()));
        assertThrows(IllegalArgumentException.class, () -> store().inTransaction(OTHER, w -> {
            w.save(ours.after().addNote(new CaseCommand.AddNote("x", Optional.empty(), ADVISER), T0));
            return null;
        }));
    }

    /** STORE-05: registers are versioned: a stale register write fails and writes nothing. */
    @Test
    @Tag("STORE-05")
    void store05_registersAreVersioned() {
        Versioned<DeclarationRegister> empty = store().inTransaction(TENANT,
            w -> w.declarations(RegisterSettings.defaults()));
        assertEquals(0, empty.version());
        RegisterChange<DeclarationRegister, ?> declared = empty.value().declare(new Declare(ADVISER,
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), Optional.empty(),
            DeclaredPerson.of("Jane Doe", Relationship.SIBLING), Optional.empty(), ADVISER), T0);
        store().inTransaction(TENANT, w -> {
            w.saveDeclarations(0, declared.register(), declared.events());
            return null;
        });
        Versioned<DeclarationRegister> stored = store().inTransaction(TENANT,
            w -> w.declarations(RegisterSettings.defaults()));
        assertEquals(1, stored.version());
        assertEquals(1, stored.value().all().size());
        assertThrows(StaleRegisterException.class, () -> store().inTransaction(TENANT, w -> {
            w.saveDeclarations(0, declared.register(), declared.events());
            return null;
        }));
        assertEquals(0, store().inTransaction(OTHER, w -> w.declarations(RegisterSettings.defaults())).version());
    }

    /** STORE-06: events join the outbox with their change, and are delivered at least once, in order per case. */
    @Test
    @Tag("STORE-06")
    void store06_theOutboxIsTransactionalAtLeastOnceAndOrderedPerCase() {
        CaseChange opened = open(TENANT);
        save(opened);
        save(opened.after().addNote(new CaseCommand.AddNote("a", Optional.empty(), ADVISER), T0));
        assertEquals(2, store().outbox().pending());
        List<OutboxEntry> first = store().outbox().claim(10, Duration.ofMinutes(1), T0);
        assertEquals(List.of("case.opened"), first.stream().map(OutboxEntry::type).toList());
        List<OutboxEntry> redelivered = store().outbox().claim(10, Duration.ofMinutes(1), T0.plusSeconds(61));
        assertEquals(first.get(0).sequence(), redelivered.get(0).sequence());
        store().outbox().acknowledge(List.of(first.get(0).sequence()));
        List<OutboxEntry> next = store().outbox().claim(10, Duration.ofMinutes(1), T0.plusSeconds(62));
        assertEquals(List.of("case.note-added"), next.stream().map(OutboxEntry::type).toList());
        assertTrue(next.get(0).sequence() > first.get(0).sequence());
        store().outbox().acknowledge(next.stream().map(OutboxEntry::sequence).toList());
        assertEquals(0, store().outbox().pending());
    }

    /** STORE-07: eight writers on one case: each commit is kept, each loser gets StaleCaseException. */
    @Test
    @Tag("STORE-07")
    void store07_concurrentWritersLoseNoUpdate() throws Exception {
        CaseChange opened = open(TENANT);
        save(opened);
        CaseId id = opened.after().id();
        AtomicInteger committed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    try {
                        store().inTransaction(TENANT, w -> {
                            Case c = w.findCase(id).orElseThrow();
                            w.save(c.addNote(new CaseCommand.AddNote("n", Optional.empty(), ADVISER), T0));
                            return null;
                        });
                        committed.incrementAndGet();
                    } catch (StaleCaseException expected) {
                        // the other writer won: allowed
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Case last = load(TENANT, id);
        assertEquals(committed.get(), last.notes().size());
        assertEquals(1 + committed.get(), last.version());
    }

    /** STORE-08: hostile text round-trips exactly. */
    @Test
    @Tag("STORE-08")
    void store08_hostileTextRoundTrips() {
        CaseChange opened = open(TENANT);
        save(opened);
        List<String> texts = List.of("'; DROP TABLE cases; --", "\"quoted\" and \\backslash\\", "emoji 🧒🏽👩‍👧",
            "right to left: مرحبا שלום", "tab\there", "x".repeat(10_000));
        Case c = opened.after();
        for (String text : texts) {
            CaseChange change = c.addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER), T0);
            save(change);
            c = change.after();
        }
        List<String> stored = load(TENANT, c.id()).notes().stream().map(n -> n.text()).toList();
        assertEquals(texts, stored);
        assertFalse(stored.isEmpty());
    }

    /** STORE-09: audit records are kept with the unit of work and read back by tenant and period. */
    @Test
    @Tag("STORE-09")
    void store09_auditRecordsAreReadBackByTenantAndPeriod() {
        CaseChange opened = open(TENANT);
        AuditRecord record = new AuditRecord(TENANT, T0, ADVISER, "case.opened", Optional.of(opened.after().id()),
            "casework");
        store().inTransaction(TENANT, w -> {
            w.save(opened);
            w.audit(record);
            return null;
        });
        assertEquals(List.of(record), records(store().auditTrail().read(TENANT, T0, T0.plusSeconds(1))));
        assertEquals(List.of(), store().auditTrail().read(TENANT, T0.plusSeconds(1), T0.plusSeconds(2)));
        assertEquals(List.of(), store().auditTrail().read(OTHER, Instant.EPOCH, T0.plusSeconds(2)));
    }

    /**
     * STORE-10: whole generated cases round-trip after every change: parties, contacts, notes and corrections,
     * consents and withdrawals, disclosures, advice notes, equality monitoring, capacity, tracked processes and
     * their parameters; and so do generated declarations and gifts registers.
     */
    @Test
    @Tag("STORE-10")
    void store10_everyAggregateRoundTrips() {
        SplittableRandom random = new SplittableRandom(1010L);
        for (int i = 0; i < 25; i++) {
            for (CaseChange change : Cases.histories(TENANT).next(random)) {
                save(change);
                assertEquals(change.after().snapshot(), load(TENANT, change.after().id()).snapshot(),
                    "generated case " + i + " at version " + change.after().version());
            }
        }
        for (int i = 0; i < 10; i++) {
            TenantId tenant = TenantId.of("kit-registers-" + i);
            DeclarationRegister declarations = Registers.declarationRegisters(tenant).next(random);
            GiftsRegister gifts = Registers.giftsRegisters(tenant).next(random);
            store().inTransaction(tenant, w -> {
                w.saveDeclarations(0, declarations, List.of());
                w.saveGifts(0, gifts, List.of());
                return null;
            });
            assertEquals(new Versioned<>(declarations, 1),
                store().inTransaction(tenant, w -> w.declarations(RegisterSettings.defaults())));
            assertEquals(new Versioned<>(gifts, 1),
                store().inTransaction(tenant, w -> w.gifts(RegisterSettings.defaults())));
        }
    }

    /** STORE-11: instants are kept to the nanosecond, in cases and in the audit trail. */
    @Test
    @Tag("STORE-11")
    void store11_instantsKeepTheirNanoseconds() {
        Instant exact = Instant.parse("2026-03-02T09:00:00.123456789Z");
        CaseChange opened = open(TENANT);
        CaseChange noted = opened.after().addNote(new CaseCommand.AddNote("a note", Optional.empty(), ADVISER),
            exact);
        AuditRecord record = new AuditRecord(TENANT, exact, ADVISER, "case.note-added",
            Optional.of(opened.after().id()), "casework");
        store().inTransaction(TENANT, w -> {
            w.save(opened);
            w.save(noted);
            w.audit(record);
            return null;
        });
        assertEquals(exact, load(TENANT, opened.after().id()).notes().get(0).writtenAt());
        assertEquals(List.of(record), records(store().auditTrail().read(TENANT, exact, exact.plusNanos(1))));
        assertEquals(List.of(), store().auditTrail().read(TENANT, exact.plusNanos(1), exact.plusSeconds(1)));
    }

    /** STORE-12: tenant ids are compared exactly: two that differ only by letter case are two tenants. */
    @Test
    @Tag("STORE-12")
    void store12_tenantIdsAreCaseSensitive() {
        TenantId upper = TenantId.of("KIT-TENANT");
        CaseChange ours = open(TENANT);
        CaseChange theirs = open(upper);
        save(ours);
        save(theirs);
        assertEquals(List.of(ours.after().id()), store().inTransaction(TENANT, w -> w.caseIds()));
        assertEquals(List.of(theirs.after().id()), store().inTransaction(upper, w -> w.caseIds()));
        assertEquals(Optional.empty(), store().inTransaction(upper, w -> w.findCase(ours.after().id())));
    }

    private static List<AuditRecord> records(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::record).toList();
    }

    private static AuditRecord auditRecord(TenantId tenant, int n) {
        return new AuditRecord(tenant, T0.plusNanos(n), ADVISER, n % 2 == 0 ? "case.read" : "case.note-added",
            n % 3 == 0 ? Optional.empty() : Optional.of(new CaseId(new java.util.UUID(0, n))),
            n % 4 == 0 ? Optional.of("note:" + n) : Optional.empty(), "casework");
    }

    private void audit(TenantId tenant, List<AuditRecord> records) {
        store().inTransaction(tenant, w -> {
            records.forEach(w::audit);
            return null;
        });
    }

    private static void assertChain(AuditTrail trail, TenantId tenant, List<AuditRecord> expected) {
        List<AuditEvent> events = trail.read(tenant, 0, AuditTrail.MAX_PAGE);
        assertEquals(expected.size(), events.size(), tenant + ": every record is in the chain");
        AuditHead head = AuditHead.genesis(tenant);
        for (int i = 0; i < events.size(); i++) {
            AuditEvent e = events.get(i);
            assertEquals(i + 1, e.sequence(), tenant + ": sequences run 1, 2, 3... without gaps");
            assertEquals(head.hash(), e.previousHash(), tenant + ": each event links to the one before");
            assertEquals(AuditChain.hash(e), e.hash(), tenant + ": each event's hash is right for its content");
            head = e.head();
        }
        AuditVerification v = trail.verify(tenant);
        assertTrue(v.intact(), () -> tenant + ": " + v.problems());
        assertEquals(expected.size(), v.checked());
        assertEquals(head, v.head());
        assertEquals(events.isEmpty() ? Optional.empty() : Optional.of(head), trail.head(tenant));
        assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(records(events)));
    }

    /**
     * STORE-13: audit records are chained per tenant at commit: eight threads each committing several units of work
     * with audit records in one tenant make one chain, sequences 1..n without gaps, that verifies intact; another
     * tenant's chain is independent of it.
     */
    @Test
    @Tag("STORE-13")
    void store13_concurrentUnitsOfWorkMakeOneChainPerTenant() throws Exception {
        int threads = 8;
        int units = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<AuditRecord>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<AuditRecord> written = new ArrayList<>();
                for (int u = 0; u < units; u++) {
                    TenantId tenant = u % 3 == 2 ? OTHER : TENANT;
                    List<AuditRecord> records = new ArrayList<>();
                    for (int r = 0; r <= (thread + u) % 3; r++) {
                        records.add(auditRecord(tenant, 1000 * thread + 10 * u + r));
                    }
                    audit(tenant, records);
                    written.addAll(records);
                }
                return written;
            }));
        }
        List<AuditRecord> all = new ArrayList<>();
        for (Future<List<AuditRecord>> f : futures) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        AuditTrail trail = store().auditTrail();
        assertChain(trail, TENANT, all.stream().filter(r -> r.tenant().equals(TENANT)).toList());
        assertChain(trail, OTHER, all.stream().filter(r -> r.tenant().equals(OTHER)).toList());
        assertEquals(Optional.empty(), trail.head(TenantId.of("kit-nobody")));
        assertTrue(trail.verify(TenantId.of("kit-nobody")).intact());
    }

    /** STORE-14: a unit of work that rolls back leaves the chain as it was: no event, no sequence used. */
    @Test
    @Tag("STORE-14")
    void store14_aRolledBackUnitOfWorkLeavesTheChainAsItWas() {
        audit(TENANT, List.of(auditRecord(TENANT, 1), auditRecord(TENANT, 2)));
        Optional<AuditHead> before = store().auditTrail().head(TENANT);
        assertThrows(IllegalStateException.class, () -> store().inTransaction(TENANT, w -> {
            w.audit(auditRecord(TENANT, 3));
            throw new IllegalStateException("failure after auditing");
        }));
        CaseChange opened = open(TENANT);
        save(opened);
        assertThrows(StaleCaseException.class, () -> store().inTransaction(TENANT, w -> {
            w.audit(auditRecord(TENANT, 4));
            w.save(opened);
            return null;
        }), "a unit of work that fails at commit writes no audit event either");
        assertEquals(before, store().auditTrail().head(TENANT));
        audit(TENANT, List.of(auditRecord(TENANT, 5)));
        assertChain(store().auditTrail(), TENANT, List.of(auditRecord(TENANT, 1), auditRecord(TENANT, 2),
            auditRecord(TENANT, 5)));
        assertEquals(3, store().auditTrail().head(TENANT).orElseThrow().sequence());
    }

    /** STORE-15: the chain reads in pages by sequence, and the head is the last event. */
    @Test
    @Tag("STORE-15")
    void store15_theChainReadsInPagesAndTheHeadIsTheLastEvent() {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            records.add(auditRecord(TENANT, i));
        }
        audit(TENANT, records.subList(0, 10));
        audit(TENANT, records.subList(10, 23));
        audit(OTHER, List.of(auditRecord(OTHER, 99)));
        AuditTrail trail = store().auditTrail();
        List<AuditEvent> paged = new ArrayList<>();
        long after = 0;
        for (List<AuditEvent> page = trail.read(TENANT, after, 5); !page.isEmpty();
                page = trail.read(TENANT, after, 5)) {
            assertTrue(page.size() <= 5);
            assertEquals(after + 1, page.get(0).sequence());
            paged.addAll(page);
            after = page.get(page.size() - 1).sequence();
        }
        assertEquals(records, records(paged), "the pages hold every record once, in the order committed");
        assertEquals(paged, trail.read(TENANT, 0, AuditTrail.MAX_PAGE));
        assertEquals(List.of(23L), trail.read(TENANT, 22, 5).stream().map(AuditEvent::sequence).toList());
        assertEquals(List.of(), trail.read(TENANT, 23, 5));
        assertEquals(List.of(), trail.read(TENANT, 1000, 5));
        assertEquals(Optional.of(paged.get(22).head()), trail.head(TENANT));
        assertEquals(paged.subList(3, 5), trail.read(TENANT, T0.plusNanos(3), T0.plusNanos(5)));
        assertEquals(1, trail.head(OTHER).orElseThrow().sequence());
        assertTrue(trail.verify(TENANT, paged.get(9).head()).intact(), "an earlier head is still reached");
        assertThrows(IllegalArgumentException.class, () -> trail.read(TENANT, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> trail.read(TENANT, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> trail.read(TENANT, 0, AuditTrail.MAX_PAGE + 1));
    }
}
