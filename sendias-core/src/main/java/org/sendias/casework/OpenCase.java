package org.sendias.casework;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * Opens a case: held if a third party referred the family, open if they came themselves.
 *
 * @param tenant the service
 * @param id the new case's id (see {@link CaseId#random()})
 * @param arrival how and when the case arrived
 * @param domains the areas the case covers; at least one
 * @param helpLevel the level of help
 * @param child the child or young person the case is about
 * @param otherParties parents, carers, professionals and organisations known so far (possibly none)
 * @param openedBy who opened it
 */
public record OpenCase(@NotNull TenantId tenant, @NotNull CaseId id, @NotNull Arrival arrival,
        @NotEmpty Set<Domain> domains, @NotNull HelpLevel helpLevel, @NotNull Party child,
        @NotNull List<Party> otherParties, @NotNull UserId openedBy) {

    /** Validates the command. */
    public OpenCase {
        Validation.required(tenant, "tenant");
        Validation.required(id, "id");
        Validation.required(arrival, "arrival");
        if (domains == null || domains.isEmpty()) {
            throw new InvalidInputException("domains", "at least one domain (EDUCATION, HEALTH, SOCIAL_CARE) is needed");
        }
        domains = Set.copyOf(domains);
        Validation.required(helpLevel, "helpLevel");
        Validation.required(child, "child");
        if (child.role() != PartyRole.CHILD_OR_YOUNG_PERSON) {
            throw new InvalidInputException("child", "must have the role CHILD_OR_YOUNG_PERSON");
        }
        Validation.required(otherParties, "otherParties");
        for (int i = 0; i < otherParties.size(); i++) {
            Party p = Objects.requireNonNull(otherParties.get(i), "otherParties[" + i + "]");
            if (p.role() == PartyRole.CHILD_OR_YOUNG_PERSON) {
                throw new InvalidInputException("otherParties[" + i + "]", "a case is about one child or young person");
            }
        }
        otherParties = List.copyOf(otherParties);
        Validation.required(openedBy, "openedBy");
    }
}
