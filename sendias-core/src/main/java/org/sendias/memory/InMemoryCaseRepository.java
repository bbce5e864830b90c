package org.sendias.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.spi.CaseRepository;
import org.sendias.spi.StaleCaseException;

/**
 * A thread-safe {@link CaseRepository} in memory, for tests, demos and embedders that keep state elsewhere. Cases are
 * immutable, so a stored case can be shared; each save is atomic per case, and its events are appended to an
 * in-memory outbox in the same step.
 */
public final class InMemoryCaseRepository implements CaseRepository {
    private final Map<Key, Case> cases = new ConcurrentHashMap<>();
    private final List<DomainEvent> outbox = new ArrayList<>();

    private record Key(TenantId tenant, CaseId id) {
    }

    /** Creates an empty repository. */
    public InMemoryCaseRepository() {
        // nothing stored yet
    }

    @Override
    public Optional<Case> find(TenantId tenant, CaseId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(cases.get(new Key(tenant, id)));
    }

    @Override
    public void save(CaseChange change) {
        Objects.requireNonNull(change, "change");
        Case after = change.after();
        Key key = new Key(after.tenant(), after.id());
        // the outbox lock is taken inside compute, so a change and its events appear together
        cases.compute(key, (k, stored) -> {
            if (change.before() == null) {
                if (stored != null) {
                    throw new StaleCaseException(after.id(), "case " + after.id() + " already exists");
                }
            } else {
                if (!change.before().tenant().equals(after.tenant()) || !change.before().id().equals(after.id())) {
                    throw new IllegalArgumentException("change: before and after are different cases");
                }
                if (stored == null || stored.version() != change.before().version()) {
                    throw new StaleCaseException(after.id(), "case " + after.id() + " is at version "
                        + (stored == null ? "none" : stored.version()) + ", the change was made to version "
                        + change.before().version());
                }
            }
            synchronized (outbox) {
                outbox.addAll(change.events());
            }
            return after;
        });
    }

    @Override
    public List<Case> findAll(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        List<Case> result = new ArrayList<>();
        cases.forEach((k, c) -> {
            if (k.tenant().equals(tenant)) {
                result.add(c);
            }
        });
        return List.copyOf(result);
    }

    /**
     * @param tenant the service
     * @return the events saved for the tenant, in the order they were saved
     */
    public List<DomainEvent> events(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        synchronized (outbox) {
            return outbox.stream().filter(e -> e.tenant().equals(tenant)).toList();
        }
    }
}
