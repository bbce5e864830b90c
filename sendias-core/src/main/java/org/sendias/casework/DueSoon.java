package org.sendias.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.DeadlineStatus;
import org.sendias.deadline.Timeline;

/**
 * What falls due in the next n working days across a service's cases: every tracked process's deadlines and the
 * service's own targets that are not met or disapplied and are due from the as-of date to n working days after it.
 * Overdue deadlines are included when asked for.
 */
public final class DueSoon {
    private DueSoon() {
    }

    /**
     * The last day of a due-soon window, checking its arguments as {@link #find} does; for adapters that answer
     * {@code UnitOfWork.dueSoon} from an index.
     *
     * @param engine the deadline engine, whose England calendar counts the working days
     * @param asOf the first day of the window
     * @param workingDays the window's length in working days, 0 to 400
     * @return the day {@code workingDays} working days after {@code asOf}
     * @throws InvalidInputException if asOf is missing or workingDays is out of range
     */
    public static LocalDate windowEnd(DeadlineEngine engine, LocalDate asOf, int workingDays) {
        if (asOf == null) {
            throw new InvalidInputException("asOf", "is required");
        }
        if (workingDays < 0 || workingDays > 400) {
            throw new InvalidInputException("workingDays", "must be from 0 to 400, got " + workingDays);
        }
        return engine.england().plusWorkingDays(asOf, workingDays);
    }

    /**
     * @param cases the cases to look through; cases of other tenants are skipped
     * @param tenant the service
     * @param engine the deadline engine (its England calendar counts the working days)
     * @param asOf the date to assess on
     * @param workingDays how many working days ahead, 0 for today only
     * @param includeOverdue whether to list overdue deadlines too
     * @return the deadlines, earliest first, then by case id and rule
     */
    public static List<DueItem> find(Iterable<Case> cases, TenantId tenant, DeadlineEngine engine, LocalDate asOf,
            int workingDays, boolean includeOverdue) {
        if (tenant == null) {
            throw new InvalidInputException("tenant", "is required");
        }
        LocalDate until = windowEnd(engine, asOf, workingDays);
        List<DueItem> items = new ArrayList<>();
        for (Case c : cases) {
            if (!c.tenant().equals(tenant)) {
                continue;
            }
            collect(c, Optional.empty(), c.serviceLevel(engine, asOf), until, includeOverdue, items);
            for (Map.Entry<ProcessId, Timeline> e : c.processTimelines(engine, asOf).entrySet()) {
                collect(c, Optional.of(e.getKey()), e.getValue(), until, includeOverdue, items);
            }
        }
        items.sort(Comparator.comparing(DueItem::due).thenComparing(i -> i.caseId().value())
            .thenComparing(DueItem::rule));
        return List.copyOf(items);
    }

    private static void collect(Case c, Optional<ProcessId> processId, Timeline timeline, LocalDate until,
            boolean includeOverdue, List<DueItem> items) {
        for (Deadline d : timeline.started()) {
            DeadlineStatus s = d.status();
            boolean due = (s == DeadlineStatus.UPCOMING || s == DeadlineStatus.DUE_TODAY)
                && !d.due().orElseThrow().isAfter(until);
            if (due || (includeOverdue && s == DeadlineStatus.OVERDUE)) {
                items.add(new DueItem(c.id(), processId, d.rule(), d.due().orElseThrow(), s, d));
            }
        }
    }
}
