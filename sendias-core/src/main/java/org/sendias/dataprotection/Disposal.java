package org.sendias.dataprotection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Case;
import org.sendias.internal.Validation;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.StaleCaseException;
import org.sendias.spi.Store;
import org.sendias.spi.UnitOfWork;

/**
 * Carries out a {@link DisposalPlan}. Each case the plan says is due is read again and assessed again against the
 * plan's schedule and day, so that a case given a legal hold, reopened or anonymised since the plan was made is
 * skipped; the others are anonymised or deleted, with one audit record each ({@value #ANONYMISED_ACTION} or
 * {@value #DELETED_ACTION}, reason {@value #REASON}). Cases are disposed of in units of work of at most
 * {@code batchSize} cases; if another writer changes a case while its unit commits, that unit's cases are tried
 * again one by one, and a case that changes again is reported as {@link DisposalOutcome#SKIPPED_CHANGED_MEANWHILE}.
 */
public final class Disposal {
    /** The audit action for a case anonymised at the end of its retention. */
    public static final String ANONYMISED_ACTION = "case.anonymised";
    /** The audit action for a case deleted at the end of its retention. */
    public static final String DELETED_ACTION = "case.disposed";
    /** The audit reason for a disposal run. */
    public static final String REASON = "retention-period-ended";
    /** The default number of cases disposed of in one unit of work. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** The largest batch accepted. */
    public static final int MAX_BATCH_SIZE = 10_000;

    private Disposal() {
    }

    /**
     * Runs a plan in units of work of {@value #DEFAULT_BATCH_SIZE} cases.
     *
     * @param store the store
     * @param tenant the service; the plan's tenant
     * @param plan the plan
     * @param actor the user the run acts as, recorded in the cases and the audit trail
     * @param at when
     * @return one result per due case
     */
    public static DisposalReport run(Store store, TenantId tenant, DisposalPlan plan, UserId actor, Instant at) {
        return run(store, tenant, plan, actor, at, DEFAULT_BATCH_SIZE);
    }

    /**
     * Runs a plan.
     *
     * @param store the store
     * @param tenant the service; the plan's tenant
     * @param plan the plan
     * @param actor the user the run acts as, recorded in the cases and the audit trail
     * @param at when
     * @param batchSize the most cases disposed of in one unit of work, 1 to {@value #MAX_BATCH_SIZE}
     * @return one result per due case
     * @throws InvalidInputException if the plan is for another tenant or the batch size is out of range
     */
    public static DisposalReport run(Store store, TenantId tenant, DisposalPlan plan, UserId actor, Instant at,
            int batchSize) {
        Validation.required(store, "store");
        Validation.required(tenant, "tenant");
        Validation.required(plan, "plan");
        Validation.required(actor, "actor");
        Validation.required(at, "at");
        if (!plan.tenant().equals(tenant)) {
            throw new InvalidInputException("plan", "is for another tenant");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new InvalidInputException("batchSize", "must be from 1 to " + MAX_BATCH_SIZE);
        }
        List<PlannedDisposal> due = plan.due();
        List<DisposalReport.Result> results = new ArrayList<>(due.size());
        for (int from = 0; from < due.size(); from += batchSize) {
            List<PlannedDisposal> batch = due.subList(from, Math.min(due.size(), from + batchSize));
            try {
                results.addAll(store.inTransaction(tenant, w -> dispose(w, batch, plan, actor, at)));
            } catch (StaleCaseException e) {
                for (PlannedDisposal one : batch) {
                    try {
                        results.addAll(store.inTransaction(tenant, w -> dispose(w, List.of(one), plan, actor, at)));
                    } catch (StaleCaseException again) {
                        results.add(new DisposalReport.Result(one.caseId(),
                            DisposalOutcome.SKIPPED_CHANGED_MEANWHILE));
                    }
                }
            }
        }
        return new DisposalReport(tenant, at, results);
    }

    private static List<DisposalReport.Result> dispose(UnitOfWork w, List<PlannedDisposal> batch, DisposalPlan plan,
            UserId actor, Instant at) {
        List<DisposalReport.Result> results = new ArrayList<>(batch.size());
        for (PlannedDisposal planned : batch) {
            Optional<Case> found = w.findCase(planned.caseId());
            if (found.isEmpty()) {
                results.add(new DisposalReport.Result(planned.caseId(), DisposalOutcome.SKIPPED_NOT_FOUND));
                continue;
            }
            Case c = found.get();
            PlannedDisposal now = DisposalPlanner.assess(c, plan.schedule(), plan.asOf());
            if (!now.isDue()) {
                results.add(new DisposalReport.Result(c.id(), DisposalOutcome.skipped(now.status())));
                continue;
            }
            DisposalMethod method = now.action().orElseThrow();
            if (method == DisposalMethod.ANONYMISE) {
                w.save(c.anonymise(actor, at));
            } else {
                w.deleteCase(c.id(), c.version());
            }
            w.audit(new AuditRecord(w.tenant(), at, actor, method == DisposalMethod.ANONYMISE ? ANONYMISED_ACTION
                : DELETED_ACTION, Optional.of(c.id()), REASON));
            results.add(new DisposalReport.Result(c.id(), method == DisposalMethod.ANONYMISE
                ? DisposalOutcome.ANONYMISED : DisposalOutcome.DELETED));
        }
        return results;
    }
}
