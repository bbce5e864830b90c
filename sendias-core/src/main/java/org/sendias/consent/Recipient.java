package org.sendias.consent;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;

/**
 * The organisation, and optionally the role within it, that information may go to: "the SENCO at Hill Primary",
 * "the local authority's SEN team".
 *
 * <p>Information kept within the service has no recipient: see {@link Purpose#staysWithinService()} and
 * {@link ConsentScope}. {@link #toString()} shows the kind and identifier only, never the name or role text.
 *
 * @param kind the kind of organisation
 * @param name the organisation's name, 1 to 200 characters (stripped of surrounding spaces)
 * @param identifier its public identifier, such as a school's URN, when known
 * @param role the role within the organisation, 1 to 100 characters, for example {@code SENCO}; absent for the
 *     organisation as a whole
 */
public record Recipient(OrganisationKind kind, String name, Optional<OrganisationIdentifier> identifier,
        Optional<String> role) {

    /** The longest organisation name accepted. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest role accepted. */
    public static final int MAX_ROLE_LENGTH = 100;

    /** Validates the recipient. */
    public Recipient {
        Validation.required(kind, "recipient.kind");
        name = Validation.text(name, "recipient.name", MAX_NAME_LENGTH);
        identifier = Validation.optional(identifier);
        role = Validation.optionalText(role, "recipient.role", MAX_ROLE_LENGTH);
    }

    /**
     * @param kind the kind of organisation
     * @param name its name
     * @return the organisation as a whole, without a public identifier
     */
    public static Recipient of(OrganisationKind kind, String name) {
        return new Recipient(kind, name, Optional.empty(), Optional.empty());
    }

    /**
     * @param kind the kind of organisation
     * @param name its name
     * @param identifier its public identifier
     * @return the organisation as a whole
     */
    public static Recipient of(OrganisationKind kind, String name, OrganisationIdentifier identifier) {
        if (identifier == null) {
            throw new InvalidInputException("recipient.identifier", "is required");
        }
        return new Recipient(kind, name, Optional.of(identifier), Optional.empty());
    }

    /**
     * @param role the role within the organisation, for example {@code SENCO}
     * @return the same organisation, narrowed to that role
     */
    public Recipient withRole(String role) {
        if (role == null) {
            throw new InvalidInputException("recipient.role", "is required");
        }
        return new Recipient(kind, name, identifier, Optional.of(role));
    }

    /**
     * Whether a requested recipient is the one this recipient (named in a consent) allows.
     *
     * <p>The organisation matches when both have a public identifier and the identifiers are equal; when either has
     * none, when the kinds are equal and the names are equal ignoring case, surrounding spaces and repeated inner
     * spaces. If this recipient names a role, the requested one must name the same role (ignoring case and spaces):
     * consent to share with a school's SENCO does not cover its head teacher. A consent for the whole organisation
     * covers any role within it.
     *
     * @param requested the recipient of a sharing request
     * @return whether this recipient covers it
     */
    public boolean matches(Recipient requested) {
        Objects.requireNonNull(requested, "requested");
        boolean organisation;
        if (identifier.isPresent() && requested.identifier.isPresent()) {
            organisation = identifier.get().equals(requested.identifier.get());
        } else {
            organisation = kind == requested.kind && normal(name).equals(normal(requested.name));
        }
        if (!organisation) {
            return false;
        }
        return role.isEmpty() || requested.role.map(r -> normal(r).equals(normal(role.get()))).orElse(false);
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Shows the kind and identifier only. */
    @Override
    public String toString() {
        return "Recipient[" + kind + identifier.map(i -> " " + i).orElse("") + (role.isPresent() ? ", a role" : "")
            + "]";
    }
}
