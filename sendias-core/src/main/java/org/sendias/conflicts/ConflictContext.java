package org.sendias.conflicts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendias.casework.Case;

/**
 * What a conflict check of a case reads besides the case: the service's declarations and gifts registers, its other
 * cases (for family disputes and caseloads) and its host organisation, if any.
 *
 * @param declarations the declarations register
 * @param gifts the gifts and hospitality register
 * @param cases the service's cases
 * @param host the host organisation and its other services
 */
public record ConflictContext(DeclarationRegister declarations, GiftsRegister gifts, Collection<Case> cases,
        Optional<HostOrganisation> host) {

    /** Validates and copies. */
    public ConflictContext {
        Objects.requireNonNull(declarations, "declarations");
        Objects.requireNonNull(gifts, "gifts");
        cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
        host = Objects.requireNonNullElse(host, Optional.empty());
    }
}
