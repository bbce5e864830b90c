package org.sendias.conflicts;

import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * A case party as the conflict check sees it: a reference (the party id, or a position in the input), the role, the
 * organisation kind for an organisation, the name and any identifier. {@link #toString()} shows the reference and
 * role only.
 *
 * @param ref how the caller refers to the party
 * @param role its role
 * @param kind the kind of organisation, for an organisation
 * @param name the person's or organisation's name
 * @param identifier the organisation's identifier (URN, UKPRN, ODS code), if known
 */
public record CheckedParty(String ref, PartyRole role, Optional<OrganisationKind> kind, String name,
        Optional<OrganisationIdentifier> identifier) {

    /** Validates the party. */
    public CheckedParty {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("party.ref", "is required");
        }
        Validation.storable(ref, "party.ref");
        if (role == null) {
            throw new InvalidInputException("party.role", "is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("party.name", "is required");
        }
        Validation.storable(name, "party.name");
        kind = Objects.requireNonNullElse(kind, Optional.empty());
        identifier = Objects.requireNonNullElse(identifier, Optional.empty());
    }

    /**
     * @param party a case party
     * @return the party for the check, referred to by its id
     */
    public static CheckedParty of(Party party) {
        return new CheckedParty(party.id().toString(), party.role(), party.organisationKind(), party.name(),
            party.identifier());
    }

    /** @return whether the party is an organisation */
    public boolean isOrganisation() {
        return role == PartyRole.ORGANISATION;
    }

    @Override
    public String toString() {
        return "CheckedParty[" + ref + ", " + role + kind.map(k -> " " + k).orElse("") + "]";
    }
}
