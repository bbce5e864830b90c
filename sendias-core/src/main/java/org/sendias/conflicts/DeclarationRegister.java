package org.sendias.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * A service's register of declared interests and annual declarations (seed 001 section 5: "A conflicts register will
 * be maintained"). Immutable: every command returns a {@link RegisterChange} with a new register, the entry and a
 * {@link RegisterEvent}, and leaves this one as it was, so a store can save the change and its events together.
 *
 * <p>Declarations are never deleted: an interest that ends is {@link #end ended}, so that a past check can be
 * explained with the register as it stood. Every command takes the instant it happens; days are read in England's
 * time zone (Europe/London).
 *
 * <p>Each adviser makes an annual declaration per declaration year (see {@link RegisterSettings}), a nil return when
 * there is nothing to declare. {@link #annualStatus} lists who is up to date, due or overdue on a given day.
 */
public final class DeclarationRegister {

    private final TenantId tenant;
    private final RegisterSettings settings;
    private final List<Declaration> declarations;
    private final List<AnnualDeclaration> annualDeclarations;
    private final Map<DeclarationId, Integer> index;

    private DeclarationRegister(TenantId tenant, RegisterSettings settings, List<Declaration> declarations,
            List<AnnualDeclaration> annualDeclarations) {
        this.tenant = tenant;
        this.settings = settings;
        this.declarations = List.copyOf(declarations);
        this.annualDeclarations = List.copyOf(annualDeclarations);
        Map<DeclarationId, Integer> positions = new HashMap<>();
        for (int i = 0; i < this.declarations.size(); i++) {
            positions.put(this.declarations.get(i).id(), i);
        }
        this.index = Map.copyOf(positions);
    }

    /**
     * @param tenant the service
     * @param settings the service's register settings
     * @return a register with no declarations
     */
    public static DeclarationRegister empty(TenantId tenant, RegisterSettings settings) {
        return of(tenant, settings, List.of(), List.of());
    }

    /**
     * Rebuilds a register from stored entries, in the order they were recorded.
     *
     * @param tenant the service
     * @param settings the service's register settings
     * @param declarations the declarations
     * @param annualDeclarations the annual declarations
     * @return the register
     * @throws InvalidInputException if a declaration belongs to another tenant, an id repeats, or an annual
     *     declaration confirms a declaration that is not the same adviser's declaration in this register
     */
    public static DeclarationRegister of(TenantId tenant, RegisterSettings settings, List<Declaration> declarations,
            List<AnnualDeclaration> annualDeclarations) {
        Validation.required(tenant, "tenant");
        Validation.required(settings, "settings");
        Validation.required(declarations, "declarations");
        Validation.required(annualDeclarations, "annualDeclarations");
        Map<DeclarationId, Declaration> byId = new HashMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            String at = "declarations[" + i + "]";
            Declaration d = Validation.required(declarations.get(i), at);
            if (!d.tenant().equals(tenant)) {
                throw new InvalidInputException(at + ".tenant", "belongs to another tenant");
            }
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw new InvalidInputException(at + ".declarationId", "repeats an earlier declaration's id");
            }
        }
        for (int i = 0; i < annualDeclarations.size(); i++) {
            String at = "annualDeclarations[" + i + "]";
            AnnualDeclaration a = Validation.required(annualDeclarations.get(i), at);
            for (int j = 0; j < a.confirmed().size(); j++) {
                Declaration d = byId.get(a.confirmed().get(j));
                if (d == null || !d.adviser().equals(a.adviser())) {
                    throw new InvalidInputException(at + ".confirmed[" + j + "]",
                        "is not one of the adviser's declarations in this register");
                }
            }
        }
        return new DeclarationRegister(tenant, settings, declarations, annualDeclarations);
    }

    /** @return the service */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the settings this register applies */
    public RegisterSettings settings() {
        return settings;
    }

    /** @return every declaration, in the order declared, ended ones included */
    public List<Declaration> all() {
        return declarations;
    }

    /** @return every annual declaration, in the order made */
    public List<AnnualDeclaration> annualDeclarations() {
        return annualDeclarations;
    }

    /**
     * @param id a declaration id
     * @return the declaration with that id, if it is in this register
     */
    public Optional<Declaration> find(DeclarationId id) {
        Objects.requireNonNull(id, "id");
        Integer position = index.get(id);
        return position == null ? Optional.empty() : Optional.of(declarations.get(position));
    }

    /**
     * @param adviser an adviser
     * @return every declaration the adviser has made, in the order declared, ended ones included
     */
    public List<Declaration> forAdviser(UserId adviser) {
        Objects.requireNonNull(adviser, "adviser");
        return declarations.stream().filter(d -> d.adviser().equals(adviser)).toList();
    }

    /**
     * The adviser's interests that apply on a day, as the conflict check needs them.
     *
     * @param adviser an adviser
     * @param on the day
     * @return the declarations {@link Declaration#isActiveOn active} on that day under this register's settings, in
     *     the order declared
     */
    public List<Declaration> activeFor(UserId adviser, LocalDate on) {
        Objects.requireNonNull(adviser, "adviser");
        Objects.requireNonNull(on, "on");
        return declarations.stream().filter(d -> d.adviser().equals(adviser) && d.isActiveOn(on, settings)).toList();
    }

    /**
     * Every adviser's interests that apply on a day, for building a check's index.
     *
     * @param on the day
     * @return the declarations active on that day, in the order declared
     */
    public List<Declaration> activeOn(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return declarations.stream().filter(d -> d.isActiveOn(on, settings)).toList();
    }

    /**
     * Records a declared interest.
     *
     * @param command what is declared, by and for whom
     * @param at when it is recorded
     * @return the new register, the new declaration (with a random id) and a
     *     {@link RegisterEvent#DECLARATION_MADE} event
     * @throws InvalidInputException if {@code declaredOn} is after the day of {@code at}
     */
    public RegisterChange<DeclarationRegister, Declaration> declare(Declare command, Instant at) {
        Objects.requireNonNull(command, "command");
        RegisterChecks.notAfterDayOf(command.declaredOn(), at, "declaredOn");
        Declaration declaration = new Declaration(DeclarationId.random(), tenant, command.adviser(),
            command.declaredOn(), command.from(), command.until(), command.subject(), command.note(),
            command.recordedBy());
        List<Declaration> next = new ArrayList<>(declarations);
        next.add(declaration);
        RegisterEvent event = new RegisterEvent(tenant, at, command.recordedBy(), RegisterEvent.DECLARATION_MADE,
            declaration.adviser(), declaration.id().toString());
        return new RegisterChange<>(new DeclarationRegister(tenant, settings, next, annualDeclarations),
            declaration, List.of(event));
    }

    /**
     * Ends a declaration: it applies up to and including {@code until}, and not after. An end date may be brought
     * forward, never put back: to extend an interest that has ended, declare it again.
     *
     * @param id the declaration
     * @param until its new last day; not before it took effect, and not after an end it already has
     * @param by who records the end
     * @param at when it is recorded
     * @return the new register, the ended declaration and a {@link RegisterEvent#DECLARATION_ENDED} event
     * @throws InvalidInputException if the declaration is not in this register (field {@code declarationId}), or
     *     {@code until} is before it took effect or after its present end (field {@code until})
     */
    public RegisterChange<DeclarationRegister, Declaration> end(DeclarationId id, LocalDate until, UserId by,
            Instant at) {
        Validation.required(id, "declarationId");
        Validation.required(until, "until");
        Validation.required(by, "by");
        Validation.required(at, "at");
        Integer position = index.get(id);
        if (position == null) {
            throw new InvalidInputException("declarationId", "is not in this register");
        }
        Declaration current = declarations.get(position);
        if (until.isBefore(current.from())) {
            throw new InvalidInputException("until", "must not be before the declaration took effect ("
                + current.from() + ")");
        }
        if (current.until().isPresent() && until.isAfter(current.until().get())) {
            throw new InvalidInputException("until", "the declaration already ends on " + current.until().get()
                + "; declare the interest again to extend it");
        }
        Declaration ended = current.endingOn(until);
        List<Declaration> next = new ArrayList<>(declarations);
        next.set(position, ended);
        RegisterEvent event = new RegisterEvent(tenant, at, by, RegisterEvent.DECLARATION_ENDED, ended.adviser(),
            ended.id().toString());
        return new RegisterChange<>(new DeclarationRegister(tenant, settings, next, annualDeclarations), ended,
            List.of(event));
    }

    /**
     * Records an annual declaration. It may be made during its declaration year or, in advance, during the year
     * before; a return for a past year is refused. A declaration confirmed must be the adviser's and active on the
     * day it is made; a nil return is refused while the adviser has an active declaration, which they confirm
     * instead. An adviser may make more than one declaration for a year (after a change); any of them counts.
     *
     * @param declaration the annual declaration
     * @param by who records it
     * @param at when it is recorded
     * @return the new register, the annual declaration and a {@link RegisterEvent#ANNUAL_DECLARATION_MADE} event
     *     whose reference is the declaration year
     * @throws InvalidInputException if {@code madeOn} is after the day of {@code at} or in the wrong year, a
     *     confirmed declaration is not the adviser's active declaration (field {@code confirmed[i]}), or a nil return
     *     leaves out an active declaration (field {@code nil})
     */
    public RegisterChange<DeclarationRegister, AnnualDeclaration> recordAnnual(AnnualDeclaration declaration,
            UserId by, Instant at) {
        Objects.requireNonNull(declaration, "declaration");
        Validation.required(by, "by");
        RegisterChecks.notAfterDayOf(declaration.madeOn(), at, "madeOn");
        int yearMadeIn = settings.declarationYearOf(declaration.madeOn());
        if (declaration.year() < yearMadeIn) {
            throw new InvalidInputException("year", "a return for a past declaration year (" + declaration.year()
                + ") cannot be made now; the current year is " + yearMadeIn);
        }
        if (declaration.year() > yearMadeIn + 1) {
            throw new InvalidInputException("year", "a return can be made in advance only for the next declaration "
                + "year (" + (yearMadeIn + 1) + ")");
        }
        List<Declaration> active = activeFor(declaration.adviser(), declaration.madeOn());
        if (declaration.nil() && !active.isEmpty()) {
            throw new InvalidInputException("nil", "the adviser has " + active.size() + " active declaration(s) on "
                + declaration.madeOn() + "; confirm them instead of making a nil return");
        }
        for (int i = 0; i < declaration.confirmed().size(); i++) {
            Optional<Declaration> d = find(declaration.confirmed().get(i));
            if (d.isEmpty() || !d.get().adviser().equals(declaration.adviser())) {
                throw new InvalidInputException("confirmed[" + i + "]",
                    "is not one of the adviser's declarations in this register");
            }
            if (!d.get().isActiveOn(declaration.madeOn(), settings)) {
                throw new InvalidInputException("confirmed[" + i + "]", "is not active on " + declaration.madeOn());
            }
        }
        List<AnnualDeclaration> next = new ArrayList<>(annualDeclarations);
        next.add(declaration);
        RegisterEvent event = new RegisterEvent(tenant, at, by, RegisterEvent.ANNUAL_DECLARATION_MADE,
            declaration.adviser(), Integer.toString(declaration.year()));
        return new RegisterChange<>(new DeclarationRegister(tenant, settings, declarations, next), declaration,
            List.of(event));
    }

    /**
     * Where each adviser stands on the annual declaration for the declaration year in force on a day. A declaration
     * for that year made on or before the day (a nil return included) makes the adviser up to date; otherwise they
     * are due up to and including {@link RegisterSettings#annualDeclarationDueOn(int)}, and overdue after it.
     *
     * @param advisers the advisers to report on (repeats are reported once)
     * @param asOf the day
     * @return one line per adviser, in the order given
     */
    public List<AnnualDeclarationStanding> annualStatus(Collection<UserId> advisers, LocalDate asOf) {
        Validation.required(advisers, "advisers");
        Validation.required(asOf, "asOf");
        int year = settings.declarationYearOf(asOf);
        LocalDate dueOn = settings.annualDeclarationDueOn(year);
        Set<UserId> distinct = new LinkedHashSet<>();
        int i = 0;
        for (UserId adviser : advisers) {
            distinct.add(Validation.required(adviser, "advisers[" + i++ + "]"));
        }
        Map<UserId, LocalDate> made = new HashMap<>();
        for (AnnualDeclaration a : annualDeclarations) {
            if (a.year() == year && !a.madeOn().isAfter(asOf)) {
                made.merge(a.adviser(), a.madeOn(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        List<AnnualDeclarationStanding> lines = new ArrayList<>();
        for (UserId adviser : distinct) {
            Optional<LocalDate> madeOn = Optional.ofNullable(made.get(adviser));
            AnnualDeclarationStatus status = madeOn.isPresent() ? AnnualDeclarationStatus.UP_TO_DATE
                : asOf.isAfter(dueOn) ? AnnualDeclarationStatus.OVERDUE : AnnualDeclarationStatus.DUE;
            lines.add(new AnnualDeclarationStanding(adviser, year, dueOn, status, madeOn));
        }
        return List.copyOf(lines);
    }

    /**
     * @param advisers the advisers to report on
     * @param asOf the day
     * @return the advisers whose declaration for the year is due but not yet overdue, in the order given
     */
    public List<AnnualDeclarationStanding> due(Collection<UserId> advisers, LocalDate asOf) {
        return withStatus(advisers, asOf, AnnualDeclarationStatus.DUE);
    }

    /**
     * @param advisers the advisers to report on
     * @param asOf the day
     * @return the advisers whose declaration for the year is overdue, in the order given
     */
    public List<AnnualDeclarationStanding> overdue(Collection<UserId> advisers, LocalDate asOf) {
        return withStatus(advisers, asOf, AnnualDeclarationStatus.OVERDUE);
    }

    private List<AnnualDeclarationStanding> withStatus(Collection<UserId> advisers, LocalDate asOf,
            AnnualDeclarationStatus status) {
        return annualStatus(advisers, asOf).stream().filter(s -> s.status() == status).toList();
    }

    /**
     * @return every adviser who has made a declaration or an annual declaration, in order of their ids; a starting
     *     point for {@link #annualStatus} when the embedding system has no staff list at hand
     */
    public List<UserId> advisers() {
        Set<UserId> ids = new HashSet<>();
        declarations.forEach(d -> ids.add(d.adviser()));
        annualDeclarations.forEach(a -> ids.add(a.adviser()));
        return ids.stream().sorted(Comparator.comparing(UserId::value)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeclarationRegister other && tenant.equals(other.tenant)
            && settings.equals(other.settings) && declarations.equals(other.declarations)
            && annualDeclarations.equals(other.annualDeclarations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, settings, declarations, annualDeclarations);
    }

    /** Shows the tenant and counts only. */
    @Override
    public String toString() {
        return "DeclarationRegister[tenant " + tenant + ", " + declarations.size() + " declarations, "
            + annualDeclarations.size() + " annual declarations]";
    }
}
