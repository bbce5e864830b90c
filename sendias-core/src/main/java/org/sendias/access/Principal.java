package org.sendias.access;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * Who is asking: a user of one service (tenant) and the roles the embedding system has authenticated them in.
 *
 * <p>A principal holds either service-team roles only or roles outside the team only: one person cannot be both a
 * member of the service's team and a local authority officer, commissioner or host administrator, because the
 * service works at arm's length from those bodies. {@link #toString()} shows ids and role codes only.
 *
 * @param tenant the service the user acts for
 * @param user the user
 * @param roles at least one role, kept in declaration order
 */
public record Principal(TenantId tenant, UserId user, Set<Role> roles) {

    /** Validates the principal and copies the roles. */
    public Principal {
        Validation.required(tenant, "tenant");
        Validation.required(user, "user");
        roles = Validation.nonEmpty(roles, Role.class, "roles", "role");
        boolean team = roles.stream().anyMatch(Role::serviceTeam);
        boolean outside = roles.stream().anyMatch(r -> !r.serviceTeam());
        if (team && outside) {
            throw new InvalidInputException("roles", "a service-team role cannot be held together with a "
                + "commissioner or host role: the service works at arm's length from them");
        }
    }

    /**
     * @param tenant the service
     * @param user the user
     * @param first a role
     * @param more further roles
     * @return the principal
     */
    public static Principal of(TenantId tenant, UserId user, Role first, Role... more) {
        if (first == null || more == null) {
            throw new InvalidInputException("roles", "must not contain an empty entry");
        }
        Set<Role> all = new HashSet<>(Arrays.asList(more));
        all.add(first);
        return new Principal(tenant, user, all);
    }

    /** @return whether the principal belongs to the service's own team (all its roles are service-team roles) */
    public boolean serviceTeam() {
        return roles.iterator().next().serviceTeam();
    }
}
