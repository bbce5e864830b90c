package org.sendias.conflicts;

import java.util.List;
import org.sendias.InvalidInputException;
import org.sendias.conflicts.matching.OrganisationName;
import org.sendias.internal.Validation;

/**
 * The organisation that hosts the service (a local authority, a charity, sometimes a school) and its other
 * services. Advice touching one of them is flagged, because the service must stay at arm's length from its host.
 *
 * @param name the host's name
 * @param services the host's other services (for example its schools, its SEN team, its short-breaks service)
 */
public record HostOrganisation(String name, List<OrganisationName> services) {

    /** Validates the host. */
    public HostOrganisation {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("host.name", "is required");
        }
        Validation.storable(name, "host.name");
        if (services == null) {
            throw new InvalidInputException("host.services", "is required (possibly empty)");
        }
        services = List.copyOf(services);
    }
}
