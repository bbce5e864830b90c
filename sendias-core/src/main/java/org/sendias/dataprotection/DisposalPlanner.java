package org.sendias.dataprotection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseStatus;
import org.sendias.internal.Validation;
import org.sendias.spi.Store;
import org.sendias.spi.UnitOfWork;

/**
 * Works out which cases are due for disposal on a day, changing nothing (the dry run). A case is, in this order:
 * <ol>
 *   <li>{@link DisposalStatus#LEGAL_HOLD} while any legal hold on it is active;</li>
 *   <li>{@link DisposalStatus#ALREADY_ANONYMISED} if the schedule anonymises and it already is;</li>
 *   <li>{@link DisposalStatus#CASE_OPEN} if it is not closed;</li>
 *   <li>{@link DisposalStatus#RETENTION_RUNNING} before the day its retention ends;</li>
 *   <li>{@link DisposalStatus#DUE} on that day and after.</li>
 * </ol>
 */
public final class DisposalPlanner {

    private DisposalPlanner() {
    }

    /**
     * @param tenant the service
     * @param cases its cases
     * @param schedule the retention schedule
     * @param asOf the day to plan for
     * @return the plan, one entry per case in the order given
     * @throws InvalidInputException if a case belongs to another tenant, or a case is given twice
     */
    public static DisposalPlan plan(TenantId tenant, Collection<Case> cases, RetentionSchedule schedule,
            LocalDate asOf) {
        Validation.required(tenant, "tenant");
        Validation.required(cases, "cases");
        Validation.required(schedule, "schedule");
        Validation.required(asOf, "asOf");
        List<PlannedDisposal> entries = new ArrayList<>(cases.size());
        java.util.Set<org.sendias.CaseId> seen = new java.util.HashSet<>();
        int i = 0;
        for (Case c : cases) {
            Validation.required(c, "cases[" + i + "]");
            if (!c.tenant().equals(tenant)) {
                throw new InvalidInputException("cases[" + i + "]", "case " + c.id() + " belongs to another tenant");
            }
            if (!seen.add(c.id())) {
                throw new InvalidInputException("cases[" + i + "]", "case " + c.id() + " is given twice");
            }
            entries.add(assess(c, schedule, asOf));
            i++;
        }
        return new DisposalPlan(tenant, asOf, schedule, entries);
    }

    /**
     * Plans for every case a tenant has in a store, reading them in one unit of work.
     *
     * @param store the store
     * @param tenant the service
     * @param schedule the retention schedule
     * @param asOf the day to plan for
     * @return the plan
     */
    public static DisposalPlan plan(Store store, TenantId tenant, RetentionSchedule schedule, LocalDate asOf) {
        Validation.required(store, "store");
        Validation.required(tenant, "tenant");
        List<Case> cases = store.inTransaction(tenant, UnitOfWork::cases);
        return plan(tenant, cases, schedule, asOf);
    }

    /**
     * @param c a case
     * @param schedule the retention schedule
     * @param asOf the day
     * @return where the case stands on that day
     */
    public static PlannedDisposal assess(Case c, RetentionSchedule schedule, LocalDate asOf) {
        Validation.required(c, "case");
        Validation.required(schedule, "schedule");
        Validation.required(asOf, "asOf");
        RetentionSchedule.Entry entry = schedule.entry(RecordKind.CASE);
        Optional<LocalDate> endsOn = entry.rule().endsOn(c);
        DisposalStatus status;
        if (!c.activeLegalHolds().isEmpty()) {
            status = DisposalStatus.LEGAL_HOLD;
        } else if (c.isAnonymised() && entry.method() == DisposalMethod.ANONYMISE) {
            status = DisposalStatus.ALREADY_ANONYMISED;
        } else if (c.status() != CaseStatus.CLOSED || endsOn.isEmpty()) {
            status = DisposalStatus.CASE_OPEN;
        } else if (asOf.isBefore(endsOn.get())) {
            status = DisposalStatus.RETENTION_RUNNING;
        } else {
            status = DisposalStatus.DUE;
        }
        return new PlannedDisposal(c.id(), c.version(), status,
            status == DisposalStatus.DUE ? Optional.of(entry.method()) : Optional.empty(), endsOn);
    }
}
