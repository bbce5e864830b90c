package org.sendias.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.DueItem;
import org.sendias.casework.DueSoon;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.deadline.DeadlineEngine;

/**
 * One tenant's data within a {@link Store#inTransaction} call. Reads see the unit of work's own writes. Every method
 * is scoped to {@link #tenant()}: another tenant's cases are never found, listed or overwritten.
 */
public interface UnitOfWork {

    /** @return the tenant this unit of work is for */
    TenantId tenant();

    /**
     * @param id a case id
     * @return the case, if the tenant has it
     */
    Optional<Case> findCase(CaseId id);

    /** @return the ids of the tenant's cases, in no particular order */
    List<CaseId> caseIds();

    /**
     * Writes a change: a new case ({@code change.before() == null}) or a new version of a stored one, with the
     * change's events for the outbox.
     *
     * @param change the change, for a case of this tenant
     * @throws StaleCaseException if the stored version is not the one the change was made to (or the id is taken)
     * @throws IllegalArgumentException if the case belongs to another tenant
     */
    void save(CaseChange change);

    /**
     * Deletes a case and everything of it (its parties, notes and any index rows) when the unit of work commits. From
     * this call on the case reads as absent, in this unit of work and in later ones. Events already in the outbox
     * stay: they hold ids only. A case changed earlier in this unit of work is deleted at the version that change
     * made.
     *
     * <p>The default refuses, for adapters written before deletion was part of the contract; both of sendias's stores
     * implement it, and the data protection conformance kit checks it.
     *
     * @param id the case, of this tenant
     * @param expectedVersion the version the deletion was decided on
     * @throws StaleCaseException (here or at commit) if the stored case is not at that version, or there is none
     * @throws UnsupportedOperationException if the adapter cannot delete cases
     */
    default void deleteCase(CaseId id, long expectedVersion) {
        throw new UnsupportedOperationException("this store does not delete cases");
    }

    /**
     * @param ifNone the settings of the empty register returned when the tenant has none yet
     * @return the tenant's declarations register and its version (0 when none is stored)
     */
    Versioned<DeclarationRegister> declarations(RegisterSettings ifNone);

    /**
     * @param expectedVersion the version read
     * @param register the new register
     * @param events its events, for the outbox
     * @throws StaleRegisterException if the stored version is not {@code expectedVersion}
     */
    void saveDeclarations(long expectedVersion, DeclarationRegister register, List<RegisterEvent> events);

    /**
     * @param ifNone the settings of the empty register returned when the tenant has none yet
     * @return the tenant's gifts and hospitality register and its version (0 when none is stored)
     */
    Versioned<GiftsRegister> gifts(RegisterSettings ifNone);

    /**
     * @param expectedVersion the version read
     * @param register the new register
     * @param events its events, for the outbox
     * @throws StaleRegisterException if the stored version is not {@code expectedVersion}
     */
    void saveGifts(long expectedVersion, GiftsRegister register, List<RegisterEvent> events);

    /**
     * Appends to the audit trail, in the same transaction as the unit of work's writes. The record is held until the
     * unit of work commits; then the adapter chains the unit's records, in the order given, after the tenant's head
     * ({@link org.sendias.audit.AuditChain#append}), under a lock on that head, so that concurrent units of work of one
     * tenant make one chain without gaps. A unit of work that rolls back writes no record and uses no sequence number.
     *
     * @param record the record, for this tenant
     * @throws IllegalArgumentException if the record belongs to another tenant
     */
    void audit(AuditRecord record);

    /**
     * What falls due in the next working days across this tenant's cases, as {@link DueSoon#find} computes it. The
     * default loads every case; an adapter with an index of due dates overrides it to load only the cases that can
     * match, and must return exactly what the default would.
     *
     * @param engine the deadline engine (its England calendar counts the working days)
     * @param asOf the date to assess on
     * @param workingDays how many working days ahead, 0 for today only (at most 400)
     * @param includeOverdue whether to list overdue deadlines too
     * @return the deadlines, earliest first, then by case id and rule
     */
    default List<DueItem> dueSoon(DeadlineEngine engine, LocalDate asOf, int workingDays, boolean includeOverdue) {
        return DueSoon.find(cases(), tenant(), engine, asOf, workingDays, includeOverdue);
    }

    /**
     * Every case of this unit's tenant, in the order of {@link #caseIds()}, as {@link #findCase} reads each (so with
     * this unit's own changes). An adapter may override it to read them in bulk, with the same result.
     *
     * @return the cases
     */
    default List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (CaseId id : caseIds()) {
            findCase(id).ifPresent(cases::add);
        }
        return cases;
    }
}
