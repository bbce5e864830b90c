package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Domain;
import org.sendias.casework.DueItem;
import org.sendias.casework.DueSoon;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.Note;
import org.sendias.casework.OpenCase;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.OutboxEntry;
import org.sendias.spi.StaleCaseException;
import org.sendias.testkit.generators.Cases;
import org.sendias.testkit.generators.Texts;

/**
 * What the JDBC store must do beyond the conformance kit, run on each database: generated aggregates round-trip,
 * the due-date index answers exactly as a scan, hostile input, exact instants, tenants apart, many writers, many
 * readers of the outbox, and faults that leave nothing half-written.
 */
abstract class JdbcStoreContract {
    static final TenantId TENANT = TenantId.of("contract");
    static final UserId ADVISER = UserId.of("adviser-1");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final DeadlineEngine ENGINE = DeadlineEngine.create();

    JdbcStore store;

    /** @return an empty store */
    abstract JdbcStore emptyStore();

    /** @return a data source on a database with the schema, whose connections a test may break */
    abstract DataSource breakableDataSource();

    /**
     * Breaks a connection the way the database would: the server ends it.
     *
     * @param connection the connection
     */
    abstract void breakConnection(java.sql.Connection connection) throws Exception;

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    static CaseChange open(TenantId tenant, String childName) {
        return Case.open(new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT, Party.child(childName, LocalDate.of(2012, 2, 29)),
            List.of(Party.person(PartyRole.PARENT, "Renée d'Arcy")), ADVISER), T0);
    }

    void save(CaseChange... changes) {
        store.inTransaction(changes[0].after().tenant(), w -> {
            for (CaseChange c : changes) {
                w.save(c);
            }
            return null;
        });
    }

    Optional<Case> load(TenantId tenant, CaseId id) {
        return store.inTransaction(tenant, w -> w.findCase(id));
    }

    @Test
    void generatedCaseHistoriesRoundTripChangeByChange() {
        SplittableRandom random = new SplittableRandom(20261123L);
        Map<CaseId, List<Object>> events = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            List<CaseChange> history = Cases.histories(TENANT).next(random);
            for (CaseChange change : history) {
                save(change);
                events.computeIfAbsent(change.after().id(), k -> new ArrayList<>()).addAll(change.events());
                Case stored = load(TENANT, change.after().id()).orElseThrow();
                assertEquals(change.after().snapshot(), stored.snapshot(), "case " + i + " v" + change.after().version());
            }
        }
        // every kind of event the histories raised reads back from the outbox as it was written
        Map<CaseId, List<Object>> delivered = new HashMap<>();
        for (List<OutboxEntry> batch = store.outbox().claim(500, Duration.ofMinutes(1), T0); !batch.isEmpty();
                batch = store.outbox().claim(500, Duration.ofMinutes(1), T0)) {
            for (OutboxEntry e : batch) {
                delivered.computeIfAbsent(e.caseId().orElseThrow(), k -> new ArrayList<>()).add(e.event());
            }
            store.outbox().acknowledge(batch.stream().map(OutboxEntry::sequence).toList());
        }
        assertEquals(events, delivered);
    }

    @Test
    void dueSoonFromTheIndexEqualsTheScanOfEveryCase() {
        SplittableRandom random = new SplittableRandom(99L);
        List<Case> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            for (CaseChange change : Cases.histories(TENANT).next(random)) {
                save(change);
                all.removeIf(c -> c.id().equals(change.after().id()));
                all.add(change.after());
            }
        }
        int compared = 0;
        for (LocalDate asOf = LocalDate.of(2019, 1, 7); asOf.isBefore(LocalDate.of(2031, 1, 1));
                asOf = asOf.plusDays(47)) {
            for (boolean overdue : new boolean[] {false, true}) {
                LocalDate day = asOf;
                List<DueItem> expected = DueSoon.find(all, TENANT, ENGINE, day, 10, overdue);
                List<DueItem> indexed = store.inTransaction(TENANT, w -> w.dueSoon(ENGINE, day, 10, overdue));
                assertEquals(keys(expected), keys(indexed), "as of " + day + ", overdue " + overdue);
                compared += expected.size();
            }
        }
        assertTrue(compared > 50, "the data set should have deadlines due in the windows, had " + compared);
    }

    private static List<String> keys(List<DueItem> items) {
        return items.stream().map(i -> i.caseId() + "/" + i.processId().map(Object::toString).orElse("-") + "/"
            + i.rule() + "/" + i.due() + "/" + i.status()).toList();
    }

    @Test
    void dueSoonSeesTheUnitOfWorksOwnChanges() {
        CaseChange opened = open(TENANT, "Amara Okafor");
        List<DueItem> due = store.inTransaction(TENANT, w -> {
            w.save(opened);
            return w.dueSoon(ENGINE, LocalDate.of(2026, 3, 2), 10, false);
        });
        assertEquals(DueSoon.find(List.of(opened.after()), TENANT, ENGINE, LocalDate.of(2026, 3, 2), 10, false)
            .size(), due.size());
        assertThrows(InvalidInputException.class,
            () -> store.inTransaction(TENANT, w -> w.dueSoon(ENGINE, LocalDate.of(2026, 3, 2), 401, false)));
    }

    @Test
    void hostileTextRoundTripsInNamesAndNotes() {
        SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < 60; i++) {
            String name = Texts.hostile(200).next(random).strip();
            if (name.isEmpty()) {
                continue;
            }
            CaseChange opened = open(TENANT, name);
            Case c = opened.after();
            List<CaseChange> changes = new ArrayList<>(List.of(opened));
            for (int n = 0; n < 3; n++) {
                String text = Texts.hostile(Note.MAX_LENGTH).next(random);
                if (text.isBlank()) {
                    continue;
                }
                CaseChange noted = c.addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER), T0);
                changes.add(noted);
                c = noted.after();
            }
            save(changes.toArray(CaseChange[]::new));
            assertEquals(c.snapshot(), load(TENANT, c.id()).orElseThrow().snapshot());
        }
    }

    @Test
    void aNoteOfTenThousandCharactersRoundTrip() {
        CaseChange opened = open(TENANT, "Zoë");
        String text = Texts.ofLength(10_000).next(new SplittableRandom(3L));
        CaseChange noted = opened.after().addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER), T0);
        save(opened, noted);
        assertEquals(text, load(TENANT, opened.after().id()).orElseThrow().notes().get(0).text());
    }

    @Test
    void textThatCannotBeStoredIsRefusedByValidationNotByTheDatabase() {
        CaseChange opened = open(TENANT, "Zoë");
        save(opened);
        for (String text : List.of("a\u0000b", "x\uD800y")) {
            assertThrows(InvalidInputException.class,
                () -> opened.after().addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER), T0));
        }
        assertEquals(0, load(TENANT, opened.after().id()).orElseThrow().notes().size());
    }

    @Test
    void anAuditInstantBeyondTheStoredRangeIsRefusedAndNothingIsWritten() {
        CaseChange opened = open(TENANT, "Zoë");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.inTransaction(TENANT, w -> {
            w.save(opened);
            w.audit(new AuditRecord(TENANT, Instant.parse("2300-01-01T00:00:00Z"), ADVISER, "case.read",
                Optional.empty(), "casework"));
            return null;
        }));
        assertEquals("at", e.field());
        assertTrue(load(TENANT, opened.after().id()).isEmpty());
        assertEquals(0, store.outbox().pending());
    }

    @Test
    void aBatchOfNewCasesWithOneTakenIdWritesNothing() {
        CaseChange taken = open(TENANT, "Zoë");
        save(taken);
        CaseChange first = open(TENANT, "Amara");
        CaseChange last = open(TENANT, "Kwame");
        CaseChange clash = Case.open(new OpenCase(TENANT, taken.after().id(),
            Arrival.selfReferral(LocalDate.of(2026, 3, 2)), Set.of(Domain.HEALTH), HelpLevel.INFORMATION,
            Party.child("Other", LocalDate.of(2015, 1, 1)), List.of(), ADVISER), T0);
        long pending = store.outbox().pending();
        StaleCaseException e = assertThrows(StaleCaseException.class, () -> save(first, clash, last));
        assertEquals(taken.after().id(), e.caseId());
        assertTrue(load(TENANT, first.after().id()).isEmpty());
        assertTrue(load(TENANT, last.after().id()).isEmpty());
        assertEquals(taken.after().snapshot(), load(TENANT, taken.after().id()).orElseThrow().snapshot());
        assertEquals(pending, store.outbox().pending());
    }

    @Test
    void eightWritersOnOneCaseLoseNoUpdate() throws Exception {
        CaseChange opened = open(TENANT, "Zoë");
        save(opened);
        CaseId id = opened.after().id();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger stale = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 15; i++) {
                    String text = "writer " + thread + " update " + i;
                    try {
                        store.inTransaction(TENANT, w -> {
                            Case c = w.findCase(id).orElseThrow();
                            w.save(c.addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER), T0));
                            return null;
                        });
                        committed.add(text);
                    } catch (StaleCaseException expected) {
                        stale.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Case last = load(TENANT, id).orElseThrow();
        List<String> texts = last.notes().stream().map(Note::text).toList();
        assertEquals(committed, new HashSet<>(texts), "every committed update is stored, and nothing else");
        assertEquals(texts.size(), new HashSet<>(texts).size(), "no update is stored twice");
        assertEquals(1 + committed.size(), last.version());
        assertEquals(8 * 15, committed.size() + stale.get());
        assertEquals(1 + committed.size(), store.outbox().pending(), "one event per committed change");
    }

    @Test
    void concurrentOutboxReadersDeliverEachCasesEventsInOrderAndOneAtATime() throws Exception {
        Map<CaseId, List<Long>> written = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            CaseChange opened = open(TENANT, "Child " + i);
            List<CaseChange> changes = new ArrayList<>(List.of(opened));
            Case c = opened.after();
            for (int n = 0; n < 4; n++) {
                CaseChange noted = c.addNote(new CaseCommand.AddNote("note " + n, Optional.empty(), ADVISER), T0);
                changes.add(noted);
                c = noted.after();
            }
            for (CaseChange change : changes) {
                save(change);
            }
            written.put(c.id(), new ArrayList<>());
        }
        assertEquals(60, store.outbox().pending());
        Map<CaseId, List<Long>> delivered = new ConcurrentHashMap<>();
        Set<CaseId> inFlight = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        Instant now = T0;
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                int idle = 0;
                while (idle < 20) {
                    List<OutboxEntry> batch = store.outbox().claim(5, Duration.ofMinutes(5), now);
                    if (batch.isEmpty()) {
                        idle++;
                        Thread.sleep(5);
                        continue;
                    }
                    idle = 0;
                    for (OutboxEntry e : batch) {
                        CaseId id = e.caseId().orElseThrow();
                        if (!inFlight.add(id)) {
                            overlaps.incrementAndGet();
                        }
                        delivered.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(e.sequence());
                    }
                    for (OutboxEntry e : batch) {
                        inFlight.remove(e.caseId().orElseThrow());
                    }
                    store.outbox().acknowledge(batch.stream().map(OutboxEntry::sequence).toList());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(0, overlaps.get(), "two readers held events of the same case at once");
        assertEquals(written.keySet(), delivered.keySet());
        for (List<Long> sequences : delivered.values()) {
            assertEquals(5, sequences.size());
            List<Long> sorted = new ArrayList<>(sequences);
            Collections.sort(sorted);
            assertEquals(sorted, sequences, "a case's events were delivered out of order");
        }
        assertEquals(0, store.outbox().pending());
    }

    @Test
    void aConnectionBrokenWhileWritingLeavesNothingHalfWrittenAndTheStoreRecovers() throws Exception {
        Breaking breaking = new Breaking(breakableDataSource(), this::breakConnection);
        JdbcStore fragile = JdbcStore.create(breaking);
        CaseChange opened = open(TENANT, "Zoë");
        fragile.inTransaction(TENANT, w -> {
            w.save(opened);
            return null;
        });
        long pending = fragile.outbox().pending();
        for (int breakAt = 1; breakAt <= 6; breakAt++) {
            CaseChange other = open(TENANT, "Amara");
            CaseChange noted = opened.after().addNote(new CaseCommand.AddNote("lost", Optional.empty(), ADVISER), T0);
            breaking.breakAtStatement(breakAt);
            assertThrows(JdbcStoreException.class, () -> fragile.inTransaction(TENANT, w -> {
                w.save(noted);
                w.save(other);
                w.audit(new AuditRecord(TENANT, T0, ADVISER, "case.note-added", Optional.of(noted.after().id()),
                    "casework"));
                return null;
            }), "breaking at statement " + breakAt);
            assertTrue(breaking.broke(), "the connection was broken at statement " + breakAt);
            assertEquals(opened.after().snapshot(), fragile.inTransaction(TENANT,
                w -> w.findCase(opened.after().id())).orElseThrow().snapshot());
            assertTrue(fragile.inTransaction(TENANT, w -> w.findCase(other.after().id())).isEmpty());
            assertEquals(pending, fragile.outbox().pending());
            assertEquals(List.of(), fragile.auditTrail().read(TENANT, T0, T0.plusSeconds(1)));
        }
        CaseChange noted = opened.after().addNote(new CaseCommand.AddNote("kept", Optional.empty(), ADVISER), T0);
        fragile.inTransaction(TENANT, w -> {
            w.save(noted);
            return null;
        });
        assertEquals(List.of("kept"), fragile.inTransaction(TENANT, w -> w.findCase(opened.after().id()))
            .orElseThrow().notes().stream().map(Note::text).toList());
    }

    @Test
    void aReadOnlyUnitOfWorkOnAnAutoCommitConnectionSendsNoCommitAndAWritingOneCommitsOnce() {
        DataSource database = breakableDataSource();
        CaseChange opened = open(TENANT, "Zoë");
        JdbcStore.create(database).inTransaction(TENANT, w -> {
            w.save(opened);
            return null;
        });
        Case stored = countCommits(database, true, opened.after());
        countCommits(database, false, stored);
    }

    /** Reads a case, then adds a note to it, through connections with the given auto-commit, counting commits. */
    private static Case countCommits(DataSource database, boolean autoCommit, Case stored) {
        AtomicInteger commits = new AtomicInteger();
        JdbcStore counted = JdbcStore.builder(counting(database, autoCommit, commits))
            .migrate(false).build();
        assertEquals(stored.snapshot(), counted.inTransaction(TENANT, w -> w.findCase(stored.id()))
            .orElseThrow().snapshot());
        // a pool's connection that comes without auto-commit is in a transaction, which must be ended
        assertEquals(autoCommit ? 0 : 1, commits.get(), "commits after a read, auto-commit " + autoCommit);
        CaseChange noted = stored.addNote(new CaseCommand.AddNote("seen", Optional.empty(), ADVISER), T0);
        counted.inTransaction(TENANT, w -> {
            assertEquals(stored.version(), w.findCase(stored.id()).orElseThrow().version());
            w.save(noted);
            return null;
        });
        assertEquals(autoCommit ? 1 : 2, commits.get(), "commits after a write, auto-commit " + autoCommit);
        assertEquals(noted.after().snapshot(), counted.inTransaction(TENANT, w -> w.findCase(stored.id()))
            .orElseThrow().snapshot());
        return noted.after();
    }

    /** A data source whose connections start with the given auto-commit and count their commits. */
    private static DataSource counting(DataSource target, boolean autoCommit, AtomicInteger commits) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(JdbcStoreContract.class.getClassLoader(),
            new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                if (!method.getName().equals("getConnection")) {
                    return method.invoke(target, args);
                }
                java.sql.Connection c = (java.sql.Connection) method.invoke(target, args);
                c.setAutoCommit(autoCommit);
                return java.lang.reflect.Proxy.newProxyInstance(JdbcStoreContract.class.getClassLoader(),
                    new Class<?>[] {java.sql.Connection.class}, (p, m, a) -> {
                        if (m.getName().equals("commit")) {
                            commits.incrementAndGet();
                        }
                        try {
                            return m.invoke(c, a);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            });
    }

    @Test
    void migratingAgainAppliesNothing() {
        assertEquals(0, store.migrate());
    }
}
