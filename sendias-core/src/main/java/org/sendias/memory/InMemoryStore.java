package org.sendias.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.audit.AuditChain;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditHead;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.AuditTrail;
import org.sendias.spi.Outbox;
import org.sendias.spi.OutboxEntry;
import org.sendias.spi.PendingChanges;
import org.sendias.spi.StaleCaseException;
import org.sendias.spi.StaleRegisterException;
import org.sendias.spi.Store;
import org.sendias.spi.UnitOfWork;
import org.sendias.spi.Versioned;

/**
 * A thread-safe {@link Store} in memory. A unit of work buffers its writes and commits them under one lock, after
 * checking every version, so a unit of work commits whole or not at all; its events join the outbox in the same step.
 * Stored values are immutable, so reads share them. Audit records are chained per tenant at commit, under the same
 * lock.
 */
public final class InMemoryStore implements Store {
    private final Object lock = new Object();
    private final Map<TenantId, Map<CaseId, Case>> cases = new HashMap<>();
    private final Map<TenantId, Versioned<DeclarationRegister>> declarations = new HashMap<>();
    private final Map<TenantId, Versioned<GiftsRegister>> gifts = new HashMap<>();
    private final TreeMap<Long, Pending> outbox = new TreeMap<>();
    private final Map<TenantId, List<AuditEvent>> audit = new HashMap<>();
    private long nextSequence = 1;

    /** An outbox entry and its claim. */
    private record Pending(TenantId tenant, Optional<CaseId> caseId, String type, Record event, int deliveries,
            Instant leasedUntil) {
    }

    /** Creates an empty store. */
    public InMemoryStore() {
        // nothing stored yet
    }

    @Override
    public <T> T inTransaction(TenantId tenant, Function<UnitOfWork, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        Work unit = new Work(tenant);
        T result = work.apply(unit);
        unit.commit();
        return result;
    }

    @Override
    public Outbox outbox() {
        return new MemoryOutbox();
    }

    @Override
    public AuditTrail auditTrail() {
        return new MemoryAuditTrail();
    }

    /** A unit of work: reads committed state overlaid with its own buffered writes. */
    private final class Work implements UnitOfWork {
        private static final String DECLARATIONS = "declarations";
        private static final String GIFTS = "gifts";

        private final TenantId tenant;
        private final PendingChanges pending;
        private final List<Pending> events = new ArrayList<>();
        private final List<AuditRecord> audits = new ArrayList<>();
        private boolean done;

        Work(TenantId tenant) {
            this.tenant = tenant;
            this.pending = new PendingChanges(tenant);
        }

        @Override
        public TenantId tenant() {
            return tenant;
        }

        @Override
        public Optional<Case> findCase(CaseId id) {
            open();
            if (pending.isDeleted(id)) {
                return Optional.empty();
            }
            Optional<Case> mine = pending.findCase(id);
            if (mine.isPresent()) {
                return mine;
            }
            synchronized (lock) {
                return Optional.ofNullable(cases.getOrDefault(tenant, Map.of()).get(id));
            }
        }

        @Override
        public List<CaseId> caseIds() {
            open();
            Set<CaseId> ids;
            synchronized (lock) {
                ids = new HashSet<>(cases.getOrDefault(tenant, Map.of()).keySet());
            }
            ids.addAll(pending.caseIds());
            ids.removeIf(pending::isDeleted);
            return List.copyOf(ids);
        }

        @Override
        public void save(CaseChange change) {
            open();
            pending.save(change);
            for (DomainEvent e : change.events()) {
                events.add(new Pending(tenant, Optional.of(e.caseId()), e.type(), (Record) e, 0, Instant.EPOCH));
            }
        }

        @Override
        public void deleteCase(CaseId id, long expectedVersion) {
            open();
            pending.delete(id, expectedVersion);
        }

        @Override
        public Versioned<DeclarationRegister> declarations(RegisterSettings ifNone) {
            open();
            return pending.register(DECLARATIONS, DeclarationRegister.class).orElseGet(() -> {
                synchronized (lock) {
                    Versioned<DeclarationRegister> stored = InMemoryStore.this.declarations.get(tenant);
                    return stored != null ? stored : new Versioned<>(DeclarationRegister.empty(tenant, ifNone), 0);
                }
            });
        }

        @Override
        public void saveDeclarations(long expectedVersion, DeclarationRegister register, List<RegisterEvent> evs) {
            open();
            pending.saveRegister(DECLARATIONS, expectedVersion, register, register.tenant());
            registerEvents(evs);
        }

        @Override
        public Versioned<GiftsRegister> gifts(RegisterSettings ifNone) {
            open();
            return pending.register(GIFTS, GiftsRegister.class).orElseGet(() -> {
                synchronized (lock) {
                    Versioned<GiftsRegister> stored = InMemoryStore.this.gifts.get(tenant);
                    return stored != null ? stored : new Versioned<>(GiftsRegister.empty(tenant, ifNone), 0);
                }
            });
        }

        @Override
        public void saveGifts(long expectedVersion, GiftsRegister register, List<RegisterEvent> evs) {
            open();
            pending.saveRegister(GIFTS, expectedVersion, register, register.tenant());
            registerEvents(evs);
        }

        @Override
        public void audit(AuditRecord record) {
            open();
            pending.requireTenant(Objects.requireNonNull(record, "record").tenant());
            audits.add(record);
        }

        private void registerEvents(List<RegisterEvent> evs) {
            for (RegisterEvent e : evs) {
                pending.requireTenant(e.tenant());
                events.add(new Pending(tenant, Optional.empty(), e.type(), e, 0, Instant.EPOCH));
            }
        }

        private void open() {
            if (done) {
                throw new IllegalStateException("the unit of work has ended");
            }
        }

        void commit() {
            done = true;
            synchronized (lock) {
                Map<CaseId, Case> stored = cases.computeIfAbsent(tenant, t -> new HashMap<>());
                for (CaseChange c : pending.cases()) {
                    Case current = stored.get(c.after().id());
                    if (c.before() == null ? current != null
                            : current == null || current.version() != c.before().version()) {
                        throw new StaleCaseException(c.after().id(), "case " + c.after().id() + " is at version "
                            + (current == null ? "none" : current.version()) + "; the change was made to version "
                            + (c.before() == null ? "none (a new case)" : c.before().version()));
                    }
                }
                for (Map.Entry<CaseId, Long> d : pending.deletions().entrySet()) {
                    Case current = stored.get(d.getKey());
                    if (current == null || current.version() != d.getValue()) {
                        throw new StaleCaseException(d.getKey(), "case " + d.getKey() + " is at version "
                            + (current == null ? "none" : current.version()) + "; the deletion was made to version "
                            + d.getValue());
                    }
                }
                Map<String, PendingChanges.Register<?>> written = pending.registers();
                checkRegister(DECLARATIONS, InMemoryStore.this.declarations.get(tenant), written.get(DECLARATIONS));
                checkRegister(GIFTS, InMemoryStore.this.gifts.get(tenant), written.get(GIFTS));
                pending.deletions().keySet().forEach(stored::remove);
                for (CaseChange c : pending.cases()) {
                    stored.put(c.after().id(), c.after());
                }
                pending.register(DECLARATIONS, DeclarationRegister.class)
                    .ifPresent(r -> InMemoryStore.this.declarations.put(tenant, r));
                pending.register(GIFTS, GiftsRegister.class).ifPresent(r -> InMemoryStore.this.gifts.put(tenant, r));
                for (Pending p : events) {
                    outbox.put(nextSequence++, p);
                }
                if (!audits.isEmpty()) {
                    List<AuditEvent> chain = audit.computeIfAbsent(tenant, t -> new ArrayList<>());
                    AuditHead head = chain.isEmpty() ? AuditHead.genesis(tenant) : chain.get(chain.size() - 1).head();
                    chain.addAll(AuditChain.append(head, audits));
                }
            }
        }

        private void checkRegister(String name, Versioned<?> stored, PendingChanges.Register<?> mine) {
            if (mine == null) {
                return;
            }
            long current = stored == null ? 0 : stored.version();
            if (current != mine.expected()) {
                throw new StaleRegisterException(name + ": stored version " + current + ", the change was made to "
                    + "version " + mine.expected());
            }
        }
    }

    /** The audit trail over the store's chains; a chain's event of sequence n is at index n - 1. */
    private final class MemoryAuditTrail implements AuditTrail {
        @Override
        public List<AuditEvent> read(TenantId tenant, Instant from, Instant to) {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            synchronized (lock) {
                return audit.getOrDefault(tenant, List.of()).stream()
                    .filter(e -> !e.record().at().isBefore(from) && e.record().at().isBefore(to)).toList();
            }
        }

        @Override
        public List<AuditEvent> read(TenantId tenant, long afterSequence, int limit) {
            Objects.requireNonNull(tenant, "tenant");
            AuditTrail.requirePage(afterSequence, limit);
            synchronized (lock) {
                List<AuditEvent> chain = audit.getOrDefault(tenant, List.of());
                int from = (int) Math.min(afterSequence, chain.size());
                return List.copyOf(chain.subList(from, Math.min(chain.size(), from + limit)));
            }
        }

        @Override
        public Optional<AuditHead> head(TenantId tenant) {
            Objects.requireNonNull(tenant, "tenant");
            synchronized (lock) {
                List<AuditEvent> chain = audit.getOrDefault(tenant, List.of());
                return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1).head());
            }
        }
    }

    /** The outbox over the store's pending events. */
    private final class MemoryOutbox implements Outbox {
        @Override
        public List<OutboxEntry> claim(int max, Duration lease, Instant now) {
            Outbox.requireClaim(max, lease, now);
            List<OutboxEntry> claimed = new ArrayList<>();
            synchronized (lock) {
                Set<Object> blocked = new HashSet<>();
                for (Map.Entry<Long, Pending> e : outbox.entrySet()) {
                    if (claimed.size() >= max) {
                        break;
                    }
                    Pending p = e.getValue();
                    Object key = p.caseId().isPresent() ? p.caseId().get() : p.tenant();
                    boolean leased = p.leasedUntil().isAfter(now);
                    if (blocked.contains(key) || leased) {
                        blocked.add(key); // later events of the same case wait for this one
                        continue;
                    }
                    blocked.add(key);
                    Pending renewed = new Pending(p.tenant(), p.caseId(), p.type(), p.event(), p.deliveries() + 1,
                        now.plus(lease));
                    e.setValue(renewed);
                    claimed.add(new OutboxEntry(e.getKey(), p.tenant(), p.caseId(), p.type(), p.event(),
                        renewed.deliveries(), renewed.leasedUntil()));
                }
            }
            return List.copyOf(claimed);
        }

        @Override
        public void acknowledge(Collection<Long> sequences) {
            Objects.requireNonNull(sequences, "sequences");
            synchronized (lock) {
                sequences.forEach(outbox::remove);
            }
        }

        @Override
        public long pending() {
            synchronized (lock) {
                return outbox.size();
            }
        }
    }
}
