package org.sendias.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.sendias.party.Party;
import org.sendias.spi.OutboxEntry;
import org.sendias.spi.StaleCaseException;

/** The in-memory store's units of work, concurrency and outbox. The full contract is in the testkit's kit. */
class InMemoryStoreTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static final UserId ADVISER = UserId.of("adviser-1");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static CaseChange open() {
        return Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION), HelpLevel.ADVICE, Party.child("Sam Example", LocalDate.of(2015, 1, 1)),
            List.of(), ADVISER), T0);
    }

    private static void save(InMemoryStore store, CaseChange change) {
        store.inTransaction(change.after().tenant(), w -> {
            w.save(change);
            return null;
        });
    }

    @Test
    void aUnitOfWorkThatThrowsWritesNothing() {
        InMemoryStore store = new InMemoryStore();
        CaseChange opened = open();
        assertThrows(IllegalStateException.class, () -> store.inTransaction(TENANT, w -> {
            w.save(opened);
            throw new IllegalStateException("the caller failed half way");
        }));
        assertEquals(List.of(), store.inTransaction(TENANT, w -> w.caseIds()));
        assertEquals(0, store.outbox().pending());
    }

    @Test
    void tenantsNeverSeeEachOthersCases() {
        InMemoryStore store = new InMemoryStore();
        CaseChange opened = open();
        save(store, opened);
        assertEquals(Optional.empty(), store.inTransaction(TenantId.of("other"), w -> w.findCase(opened.after().id())));
        assertThrows(IllegalArgumentException.class, () -> store.inTransaction(TenantId.of("other"), w -> {
            w.save(opened);
            return null;
        }));
    }

    @Test
    void eightWritersOnOneCaseLoseNoUpdate() throws Exception {
        InMemoryStore store = new InMemoryStore();
        CaseChange opened = open();
        save(store, opened);
        CaseId id = opened.after().id();
        int writers = 8;
        int perWriter = 25;
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < writers; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    try {
                        store.inTransaction(TENANT, w -> {
                            Case c = w.findCase(id).orElseThrow();
                            w.save(c.addNote(new CaseCommand.AddNote("note", Optional.empty(), ADVISER), T0));
                            return null;
                        });
                        committed.incrementAndGet();
                    } catch (StaleCaseException e) {
                        stale.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Case last = store.inTransaction(TENANT, w -> w.findCase(id).orElseThrow());
        assertEquals(writers * perWriter, committed.get() + stale.get());
        assertEquals(committed.get(), last.notes().size(), "every committed note is there: none lost");
        assertEquals(1 + committed.get(), last.version());
    }

    @Test
    void theOutboxDeliversAtLeastOnceAndInOrderPerCase() {
        InMemoryStore store = new InMemoryStore();
        CaseChange opened = open();
        save(store, opened);
        save(store, opened.after().addNote(new CaseCommand.AddNote("a", Optional.empty(), ADVISER), T0));
        List<OutboxEntry> first = store.outbox().claim(10, Duration.ofMinutes(1), T0);
        assertEquals(List.of("case.opened"), first.stream().map(OutboxEntry::type).toList(),
            "the note waits until the opening is acknowledged");
        List<OutboxEntry> again = store.outbox().claim(10, Duration.ofMinutes(1), T0.plusSeconds(120));
        assertEquals(first.get(0).sequence(), again.get(0).sequence(), "an unacknowledged event is delivered again");
        assertEquals(2, again.get(0).deliveries());
        store.outbox().acknowledge(List.of(again.get(0).sequence()));
        List<OutboxEntry> next = store.outbox().claim(10, Duration.ofMinutes(1), T0.plusSeconds(121));
        assertEquals(List.of("case.note-added"), next.stream().map(OutboxEntry::type).toList());
        store.outbox().acknowledge(next.stream().map(OutboxEntry::sequence).toList());
        assertEquals(0, store.outbox().pending());
        assertTrue(store.outbox().claim(10, Duration.ofMinutes(1), T0.plusSeconds(200)).isEmpty());
    }
}
