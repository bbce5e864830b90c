package org.sendias.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Clearance;

/**
 * Allocates advisers to cases only as the conflict check allows:
 * <ul>
 *   <li>{@link ConflictOutcome#CLEAR}: allocated;</li>
 *   <li>{@link ConflictOutcome#POTENTIAL}: allocated only with a manager's recorded waiver (a reason, by someone other
 *       than the adviser); without one, {@link AllocationDecision.WaiverNeeded};</li>
 *   <li>{@link ConflictOutcome#CONFLICT}: refused, and the adviser is walled off from the case.</li>
 * </ul>
 * After a party is added to a case, or a declaration to the register, call {@link #recheck} for the cases concerned
 * ({@link #casesToRecheck} lists them for a declaration): a new conflict removes and walls off the adviser and
 * suggests advisers whose check is clear, lightest caseload first.
 */
public final class Allocator {
    private final ConflictCheck check;

    /** @param check the conflict check to run */
    public Allocator(ConflictCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * Puts an adviser forward for a case.
     *
     * @param aCase the case
     * @param adviser the adviser
     * @param waiver a manager's decision on a potential conflict, if one has been made
     * @param context the registers, the service's cases and the host
     * @param by who allocates
     * @param at when
     * @return the decision; save its case change if it has one
     */
    public AllocationDecision allocate(Case aCase, UserId adviser, Optional<Clearance.Waiver> waiver,
            ConflictContext context, UserId by, Instant at) {
        Objects.requireNonNull(aCase, "case");
        if (adviser == null) {
            throw new InvalidInputException("adviser", "is required");
        }
        waiver = Objects.requireNonNullElse(waiver, Optional.empty());
        ConflictReport report = check.check(aCase, adviser, context, LocalDate.ofInstant(at, Case.ZONE));
        switch (report.outcome()) {
            case CONFLICT:
                return new AllocationDecision.Refused(report, aCase.wallOff(new CaseCommand.WallOff(adviser, by), at));
            case POTENTIAL:
                if (waiver.isEmpty()) {
                    return new AllocationDecision.WaiverNeeded(report);
                }
                return new AllocationDecision.Allocated(aCase.allocate(new CaseCommand.AllocateAdviser(adviser,
                    new Clearance(adviser, aCase.version(), Clearance.Basis.WAIVED, waiver), by), at), report);
            default:
                return new AllocationDecision.Allocated(aCase.allocate(new CaseCommand.AllocateAdviser(adviser,
                    new Clearance(adviser, aCase.version(), Clearance.Basis.CLEAR, Optional.empty()), by), at),
                    report);
        }
    }

    /**
     * Re-runs the check for the case's allocated adviser.
     *
     * @param aCase the case, after the party or declaration was added
     * @param advisers the service's advisers, for suggestions
     * @param context the registers, the service's cases and the host
     * @param by who acts on the result
     * @param at when
     * @return what to do
     */
    public Recheck recheck(Case aCase, Collection<UserId> advisers, ConflictContext context, UserId by, Instant at) {
        Objects.requireNonNull(aCase, "case");
        Optional<UserId> allocated = aCase.adviser();
        if (allocated.isEmpty()) {
            return new Recheck.NoAdviser();
        }
        LocalDate on = LocalDate.ofInstant(at, Case.ZONE);
        ConflictReport report = check.check(aCase, allocated.get(), context, on);
        return switch (report.outcome()) {
            case CONFLICT -> new Recheck.ReassignmentNeeded(report,
                aCase.wallOff(new CaseCommand.WallOff(allocated.get(), by), at),
                suggest(aCase, advisers, context, on).stream().filter(s -> !s.adviser().equals(allocated.get()))
                    .toList());
            case POTENTIAL -> new Recheck.DecisionNeeded(report);
            default -> new Recheck.StillAllowed(report);
        };
    }

    /**
     * @param aCase a case
     * @param advisers the service's advisers
     * @param context the registers, the service's cases and the host
     * @param on the day
     * @return the advisers whose check is clear and who are not walled off, lightest caseload first
     */
    public List<AdviserSuggestion> suggest(Case aCase, Collection<UserId> advisers, ConflictContext context,
            LocalDate on) {
        List<AdviserSuggestion> clear = new ArrayList<>();
        for (UserId a : advisers) {
            if (aCase.walledOff().contains(a)) {
                continue;
            }
            if (check.check(aCase, a, context, on).outcome() == ConflictOutcome.CLEAR) {
                int load = (int) context.cases().stream().filter(c -> c.status().isActive()
                    && c.adviser().map(a::equals).orElse(false)).count();
                clear.add(new AdviserSuggestion(a, load));
            }
        }
        clear.sort(Comparator.comparingInt(AdviserSuggestion::caseload)
            .thenComparing(s -> s.adviser().value()));
        return List.copyOf(clear);
    }

    /**
     * @param declaration a declaration just added
     * @param cases the service's cases
     * @return the active cases allocated to the declaring adviser: re-check each
     */
    public static List<Case> casesToRecheck(Declaration declaration, Collection<Case> cases) {
        Objects.requireNonNull(declaration, "declaration");
        return cases.stream().filter(c -> c.status().isActive()
            && c.adviser().map(declaration.adviser()::equals).orElse(false)).toList();
    }
}
