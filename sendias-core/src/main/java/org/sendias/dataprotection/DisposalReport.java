package org.sendias.dataprotection;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.internal.Validation;

/**
 * What a disposal run did: one result per case the plan said was due. {@link #toString()} shows counts only.
 *
 * @param tenant the service
 * @param at when the run disposed of the cases
 * @param results one per due case, in the plan's order
 */
public record DisposalReport(TenantId tenant, Instant at, List<Result> results) {

    /**
     * What happened to one case.
     *
     * @param caseId the case
     * @param outcome disposed of, or why it was skipped
     */
    public record Result(CaseId caseId, DisposalOutcome outcome) {
        /** Validates that both parts are present. */
        public Result {
            Validation.required(caseId, "caseId");
            Validation.required(outcome, "outcome");
        }
    }

    /** Validates and copies. */
    public DisposalReport {
        Validation.required(tenant, "tenant");
        Validation.required(at, "at");
        results = List.copyOf(Validation.required(results, "results"));
    }

    /** @return how many cases had each outcome (outcomes with none left out) */
    public Map<DisposalOutcome, Integer> counts() {
        Map<DisposalOutcome, Integer> counts = new EnumMap<>(DisposalOutcome.class);
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return java.util.Collections.unmodifiableMap(counts);
    }

    @Override
    public String toString() {
        return "DisposalReport[" + tenant + " at " + at + ", " + counts() + "]";
    }
}
