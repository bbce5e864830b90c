package org.sendias.dataprotection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendias.TenantId;
import org.sendias.internal.Validation;

/**
 * The dry run: for each case of a tenant, on a day, whether disposal is due and which, or why not. Making a plan
 * changes nothing; {@link Disposal#run} carries it out. {@link #toString()} shows counts only.
 *
 * @param tenant the service
 * @param asOf the day the plan is for
 * @param schedule the schedule it applies
 * @param entries one per case, in the order the cases were given
 */
public record DisposalPlan(TenantId tenant, LocalDate asOf, RetentionSchedule schedule,
        List<PlannedDisposal> entries) {

    /** Validates and copies. */
    public DisposalPlan {
        Validation.required(tenant, "tenant");
        Validation.required(asOf, "asOf");
        Validation.required(schedule, "schedule");
        entries = List.copyOf(Validation.required(entries, "entries"));
    }

    /** @return the entries due for disposal */
    public List<PlannedDisposal> due() {
        return entries.stream().filter(PlannedDisposal::isDue).toList();
    }

    /** @return how many cases stand in each status (every status present, zero included) */
    public Map<DisposalStatus, Integer> counts() {
        Map<DisposalStatus, Integer> counts = new EnumMap<>(DisposalStatus.class);
        for (DisposalStatus s : DisposalStatus.values()) {
            counts.put(s, 0);
        }
        entries.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
        return java.util.Collections.unmodifiableMap(counts);
    }

    @Override
    public String toString() {
        return "DisposalPlan[" + tenant + " as of " + asOf + ", " + entries.size() + " cases, " + counts() + "]";
    }
}
