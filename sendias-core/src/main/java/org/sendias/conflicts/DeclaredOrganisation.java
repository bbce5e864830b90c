package org.sendias.conflicts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;

/**
 * An organisation an adviser declares an interest in: a school where they are a governor, a trust they used to work
 * for, the local authority team where their partner works.
 *
 * <p>A {@link OrganisationRole#FORMER_EMPLOYEE former employee} gives the day employment ended ({@code endedOn}); the
 * interest then lasts {@link RegisterSettings#formerEmploymentPeriod()} after it. No other role has an end date here:
 * any other interest ends with the declaration itself ({@link Declaration#until()}).
 *
 * <p>{@link #toString()} shows the identifier, kind and role, not the name: a small organisation's name can identify
 * a person.
 *
 * @param name the organisation's name, 1 to 200 characters (stripped)
 * @param identifier its public identifier (URN, UKPRN, ODS code ...), which the conflict check matches first
 * @param kind the kind of organisation, if known
 * @param role how the adviser is connected to it
 * @param endedOn the last day of employment: required for a former employee, not allowed for any other role
 */
public record DeclaredOrganisation(String name, Optional<OrganisationIdentifier> identifier,
        Optional<OrganisationKind> kind, OrganisationRole role, Optional<LocalDate> endedOn)
        implements Declaration.Subject {

    /** Validates the organisation and the end of employment. */
    public DeclaredOrganisation {
        name = Validation.text(name, "organisation.name", RegisterChecks.MAX_NAME_LENGTH);
        identifier = Validation.optional(identifier);
        kind = Validation.optional(kind);
        Validation.required(role, "organisation.role");
        endedOn = Validation.optional(endedOn);
        if (role == OrganisationRole.FORMER_EMPLOYEE && endedOn.isEmpty()) {
            throw new InvalidInputException("organisation.endedOn", "is required for a former employee: the "
                + "interest lasts for a period after employment ended");
        }
        if (role != OrganisationRole.FORMER_EMPLOYEE && endedOn.isPresent()) {
            throw new InvalidInputException("organisation.endedOn", "is only for a former employee; end the "
                + "declaration itself when another interest ends");
        }
    }

    /**
     * @param name the organisation's name
     * @param identifier its public identifier, or {@code null} if not known
     * @param kind the kind of organisation, or {@code null} if not known
     * @param role how the adviser is connected to it; not {@link OrganisationRole#FORMER_EMPLOYEE}
     * @return the declared organisation
     */
    public static DeclaredOrganisation of(String name, OrganisationIdentifier identifier, OrganisationKind kind,
            OrganisationRole role) {
        return new DeclaredOrganisation(name, Optional.ofNullable(identifier), Optional.ofNullable(kind), role,
            Optional.empty());
    }

    /**
     * @param name the organisation's name
     * @param identifier its public identifier, or {@code null} if not known
     * @param kind the kind of organisation, or {@code null} if not known
     * @param endedOn the last day of employment
     * @return the declared organisation, as a former employer
     */
    public static DeclaredOrganisation formerEmployer(String name, OrganisationIdentifier identifier,
            OrganisationKind kind, LocalDate endedOn) {
        return new DeclaredOrganisation(name, Optional.ofNullable(identifier), Optional.ofNullable(kind),
            OrganisationRole.FORMER_EMPLOYEE, Optional.ofNullable(endedOn));
    }

    /**
     * Whether the connection itself still counts on a day, leaving aside the declaration's effective dates. Every
     * role counts, except a former employee's after the settings' period: employment that ended on {@code endedOn}
     * counts up to and including {@code endedOn} plus {@link RegisterSettings#formerEmploymentPeriod()}.
     *
     * @param on the day
     * @param settings the service's register settings
     * @return {@code true} if the connection counts as an interest on that day
     */
    public boolean countsOn(LocalDate on, RegisterSettings settings) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(settings, "settings");
        return endedOn.map(ended -> !on.isAfter(ended.plus(settings.formerEmploymentPeriod()))).orElse(true);
    }

    /** Shows the identifier, kind, role and end of employment, never the name. */
    @Override
    public String toString() {
        return "DeclaredOrganisation[" + identifier.map(i -> "identifier=" + i + ", ").orElse("")
            + kind.map(k -> "kind=" + k + ", ").orElse("") + "role=" + role
            + endedOn.map(d -> ", endedOn=" + d).orElse("") + "]";
    }
}
