package org.sendias.party;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * A person or organisation in a case.
 *
 * <p>The child or young person must have a date of birth (it decides who gives consent); an organisation must have a
 * kind, and may have a public identifier such as a school's URN. A professional may give the kind of organisation
 * they work for. {@link #toString()} shows the id and role only: names and dates of birth are personal data.
 *
 * @param id the party's id
 * @param role how the party stands in the case
 * @param name the person's or organisation's name, 1 to 200 characters
 * @param dateOfBirth the date of birth; required for the child or young person, not allowed for an organisation
 * @param organisationKind the kind of organisation (of the party, or of a professional's employer)
 * @param identifier an organisation's public identifier
 */
public record Party(PartyId id, PartyRole role, String name, Optional<LocalDate> dateOfBirth,
        Optional<OrganisationKind> organisationKind, Optional<OrganisationIdentifier> identifier) {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Validates the party. */
    public Party {
        if (id == null) {
            throw new InvalidInputException("party.id", "is required");
        }
        if (role == null) {
            throw new InvalidInputException("party.role", "is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("party.name", "is required");
        }
        name = Validation.storable(name, "party.name").strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("party.name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        dateOfBirth = Objects.requireNonNullElse(dateOfBirth, Optional.empty());
        organisationKind = Objects.requireNonNullElse(organisationKind, Optional.empty());
        identifier = Objects.requireNonNullElse(identifier, Optional.empty());
        if (role == PartyRole.CHILD_OR_YOUNG_PERSON && dateOfBirth.isEmpty()) {
            throw new InvalidInputException("party.dateOfBirth", "is required for the child or young person: it "
                + "decides who gives consent");
        }
        if (role == PartyRole.ORGANISATION) {
            if (dateOfBirth.isPresent()) {
                throw new InvalidInputException("party.dateOfBirth", "an organisation has no date of birth");
            }
            if (organisationKind.isEmpty()) {
                throw new InvalidInputException("party.organisationKind", "is required for an organisation");
            }
        } else if (identifier.isPresent()) {
            throw new InvalidInputException("party.identifier", "only an organisation has a public identifier");
        }
    }

    /**
     * @param name the child's or young person's name
     * @param dateOfBirth their date of birth
     * @return a new party with a random id
     */
    public static Party child(String name, LocalDate dateOfBirth) {
        return new Party(PartyId.random(), PartyRole.CHILD_OR_YOUNG_PERSON, name, Optional.ofNullable(dateOfBirth),
            Optional.empty(), Optional.empty());
    }

    /**
     * @param role {@link PartyRole#PARENT}, {@link PartyRole#CARER} or {@link PartyRole#PROFESSIONAL}
     * @param name the person's name
     * @return a new party with a random id
     */
    public static Party person(PartyRole role, String name) {
        if (role == PartyRole.CHILD_OR_YOUNG_PERSON || role == PartyRole.ORGANISATION) {
            throw new InvalidInputException("party.role", "use child(...) or organisation(...) for " + role);
        }
        return new Party(PartyId.random(), role, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param kind the kind of organisation
     * @param name its name
     * @param identifier its public identifier, or null
     * @return a new party with a random id
     */
    public static Party organisation(OrganisationKind kind, String name, OrganisationIdentifier identifier) {
        return new Party(PartyId.random(), PartyRole.ORGANISATION, name, Optional.empty(), Optional.ofNullable(kind),
            Optional.ofNullable(identifier));
    }

    /** Shows the id and role only. */
    @Override
    public String toString() {
        return "Party[" + id + ", " + role + "]";
    }
}
