package org.sendias.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.casework.Fixtures.ADVISER;
import static org.sendias.casework.Fixtures.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.memory.InMemoryCaseRepository;
import org.sendias.spi.StaleCaseException;

class InMemoryCaseRepositoryTest {

    @Test
    void savesFindsAndKeepsTenantsApart() {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        CaseChange opened = Case.open(Fixtures.selfReferral(Fixtures.child()), T0);
        repo.save(opened);
        Case stored = repo.find(Fixtures.TENANT, opened.after().id()).orElseThrow();
        assertEquals(opened.after(), stored);
        assertEquals(Optional.empty(), repo.find(TenantId.of("another"), opened.after().id()));
        assertEquals(List.of(stored), repo.findAll(Fixtures.TENANT));
        assertEquals(List.of(), repo.findAll(TenantId.of("another")));
        assertEquals(opened.events(), repo.events(Fixtures.TENANT));
    }

    @Test
    void aChangeToAnOldVersionIsRefusedAndNothingIsWritten() {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        CaseChange opened = Case.open(Fixtures.selfReferral(Fixtures.child()), T0);
        repo.save(opened);
        assertThrows(StaleCaseException.class, () -> repo.save(opened), "the id is taken");

        Case v1 = opened.after();
        CaseChange first = v1.addNote(new CaseCommand.AddNote("one", Optional.empty(), ADVISER), T0.plusSeconds(1));
        CaseChange second = v1.addNote(new CaseCommand.AddNote("two", Optional.empty(), ADVISER), T0.plusSeconds(2));
        repo.save(first);
        StaleCaseException stale = assertThrows(StaleCaseException.class, () -> repo.save(second));
        assertEquals(v1.id(), stale.caseId());
        Case stored = repo.find(Fixtures.TENANT, v1.id()).orElseThrow();
        assertEquals(1, stored.notes().size());
        assertEquals(2, repo.events(Fixtures.TENANT).size(), "the refused change's events are not in the outbox");
    }

    @Test
    void concurrentChangesToTheSameVersionLetExactlyOneThrough() throws Exception {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        CaseChange opened = Case.open(Fixtures.selfReferral(Fixtures.child()), T0);
        repo.save(opened);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger stale = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                CaseChange change = opened.after().addNote(new CaseCommand.AddNote("note " + n, Optional.empty(),
                    ADVISER), T0.plusSeconds(n));
                start.await();
                try {
                    repo.save(change);
                } catch (StaleCaseException e) {
                    stale.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(writers - 1, stale.get());
        Case stored = repo.find(Fixtures.TENANT, opened.after().id()).orElseThrow();
        assertEquals(2, stored.version());
        assertEquals(1, stored.notes().size());
        assertTrue(repo.events(Fixtures.TENANT).size() == 2);
    }
}
