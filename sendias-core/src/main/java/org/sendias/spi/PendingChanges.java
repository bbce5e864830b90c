package org.sendias.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;

/**
 * The writes a unit of work holds until it commits, for adapters that write at the end (as both of sendias's stores
 * do): case changes, combined when a case changes more than once, case deletions with the version they were made
 * to, and registers with the version they were read at.
 * It checks what can be checked before commit: the tenant, and that a second change to a case or register follows
 * the first. The versions against the stored data are for the adapter to check when it commits.
 */
public final class PendingChanges {
    private final TenantId tenant;
    private final Map<CaseId, CaseChange> cases = new LinkedHashMap<>();
    private final Map<String, Register<?>> registers = new LinkedHashMap<>();
    private final Set<CaseId> deleted = new java.util.HashSet<>();
    private final Map<CaseId, Long> deletions = new LinkedHashMap<>();

    /**
     * A register written in the unit of work.
     *
     * @param <T> the register's type
     * @param expected the version it was read at, which the stored one must still be
     * @param written the new register and its version
     */
    public record Register<T>(long expected, Versioned<T> written) {
    }

    /** @param tenant the unit of work's tenant */
    public PendingChanges(TenantId tenant) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * Holds a case change, combined with an earlier change to the same case in this unit of work.
     *
     * @param change the change
     * @throws IllegalArgumentException if the case belongs to another tenant
     * @throws StaleCaseException if the case was already changed here and this change was not made to that version
     */
    public void save(CaseChange change) {
        Objects.requireNonNull(change, "change");
        if (!change.after().tenant().equals(tenant)) {
            throw new IllegalArgumentException("change: the case belongs to another tenant");
        }
        CaseId id = change.after().id();
        if (deleted.contains(id)) {
            throw new StaleCaseException(id, "case " + id + " was deleted in this unit of work");
        }
        CaseChange earlier = cases.get(id);
        if (earlier == null) {
            cases.put(id, change);
            return;
        }
        if (change.before() == null || change.before().version() != earlier.after().version()) {
            throw new StaleCaseException(id, "case " + id + " was already changed in this unit of work");
        }
        List<DomainEvent> all = new ArrayList<>(earlier.events());
        all.addAll(change.events());
        cases.put(id, new CaseChange(earlier.before(), change.after(), all));
    }

    /**
     * Holds the deletion of a case. A case changed earlier in this unit of work must be deleted at the version that
     * change made, and its change is dropped (a case both created and deleted here leaves nothing to delete).
     *
     * @param id the case
     * @param expectedVersion the version the deletion was decided on
     * @throws StaleCaseException if the case was already deleted here, or changed here to another version
     * @throws IllegalArgumentException if the version is less than 1
     */
    public void delete(CaseId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expectedVersion: must be 1 or more");
        }
        if (deleted.contains(id)) {
            throw new StaleCaseException(id, "case " + id + " was already deleted in this unit of work");
        }
        CaseChange earlier = cases.get(id);
        if (earlier != null) {
            if (earlier.after().version() != expectedVersion) {
                throw new StaleCaseException(id, "case " + id + " was changed in this unit of work to version "
                    + earlier.after().version() + "; the deletion was made to version " + expectedVersion);
            }
            cases.remove(id);
            if (earlier.before() != null) {
                deletions.put(id, earlier.before().version());
            }
        } else {
            deletions.put(id, expectedVersion);
        }
        deleted.add(id);
    }

    /**
     * @param id a case id
     * @return whether this unit of work deleted it (it then reads as absent)
     */
    public boolean isDeleted(CaseId id) {
        return deleted.contains(id);
    }

    /**
     * @return the stored cases to delete at commit, each with the version the store must still hold, in the order
     *     deleted
     */
    public Map<CaseId, Long> deletions() {
        return Collections.unmodifiableMap(deletions);
    }

    /**
     * @param id a case id
     * @return the case as this unit of work changed it, if it did
     */
    public Optional<Case> findCase(CaseId id) {
        return Optional.ofNullable(cases.get(id)).map(CaseChange::after);
    }

    /** @return the ids of the cases changed, in the order first changed */
    public Set<CaseId> caseIds() {
        return Collections.unmodifiableSet(cases.keySet());
    }

    /** @return each changed case's combined change, in the order first changed */
    public Collection<CaseChange> cases() {
        return Collections.unmodifiableCollection(cases.values());
    }

    /**
     * Holds a register.
     *
     * @param <T> its type
     * @param kind which register, for example {@code declarations}
     * @param expectedVersion the version the change was made to
     * @param register the new register
     * @param owner the register's tenant
     * @throws IllegalArgumentException if the register belongs to another tenant or the version is negative
     * @throws StaleRegisterException if the register was already written here at another version
     */
    public <T> void saveRegister(String kind, long expectedVersion, T register, TenantId owner) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(register, "register");
        requireTenant(owner);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion: must not be negative");
        }
        Register<?> mine = registers.get(kind);
        if (mine != null && mine.written().version() != expectedVersion) {
            throw new StaleRegisterException(kind + ": already changed in this unit of work");
        }
        long expected = mine == null ? expectedVersion : mine.expected();
        registers.put(kind, new Register<>(expected, new Versioned<>(register, expectedVersion + 1)));
    }

    /**
     * @param <T> its type
     * @param kind which register
     * @param type its class
     * @return the register as this unit of work wrote it, if it did
     */
    public <T> Optional<Versioned<T>> register(String kind, Class<T> type) {
        Register<?> mine = registers.get(kind);
        if (mine == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned<>(type.cast(mine.written().value()), mine.written().version()));
    }

    /** @return the registers written, by kind, in the order first written */
    public Map<String, Register<?>> registers() {
        return Collections.unmodifiableMap(registers);
    }

    /**
     * @param owner the tenant of a record the unit of work is given
     * @throws IllegalArgumentException if it is not this unit of work's tenant
     */
    public void requireTenant(TenantId owner) {
        if (!tenant.equals(owner)) {
            throw new IllegalArgumentException("tenant: the record belongs to another tenant");
        }
    }
}
