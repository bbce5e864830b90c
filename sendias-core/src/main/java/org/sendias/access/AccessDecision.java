package org.sendias.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;

/**
 * The answer of {@link AccessPolicy#decide}: allowed or denied, for whom, for what, on which case, and why.
 *
 * <p>Decisions are values (equal when every part is equal) and are made only by an {@link AccessPolicy}, so an
 * allowed decision is evidence that a policy allowed it. A denied decision has exactly one reason, the first check
 * that failed; an allowed one has {@link AccessReason#ROLE_GRANTS} and, for an adviser limited to allocated cases,
 * {@link AccessReason#ALLOCATED_ADVISER}. {@link #toString()} shows ids and codes only, never names or case content,
 * so a decision can be logged and audited as it is.
 */
public final class AccessDecision {
    private final boolean allowed;
    private final TenantId tenant;
    private final UserId user;
    private final Set<Role> roles;
    private final Operation operation;
    private final Optional<CaseId> caseId;
    private final List<AccessReason> reasons;

    private AccessDecision(boolean allowed, Principal principal, Operation operation, Optional<CaseId> caseId,
            List<AccessReason> reasons) {
        this.allowed = allowed;
        this.tenant = principal.tenant();
        this.user = principal.user();
        this.roles = principal.roles();
        this.operation = Objects.requireNonNull(operation, "operation");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.reasons = List.copyOf(reasons);
        if (this.reasons.isEmpty() || this.reasons.stream().allMatch(AccessReason::allows) != allowed) {
            throw new IllegalStateException("a decision's reasons must agree with it: " + reasons);
        }
    }

    static AccessDecision allow(Principal principal, Operation operation, Optional<CaseId> caseId,
            List<AccessReason> reasons) {
        return new AccessDecision(true, principal, operation, caseId, reasons);
    }

    static AccessDecision deny(Principal principal, Operation operation, Optional<CaseId> caseId,
            AccessReason reason) {
        return new AccessDecision(false, principal, operation, caseId, List.of(reason));
    }

    /** @return whether the operation is allowed */
    public boolean allowed() {
        return allowed;
    }

    /** @return the service the principal acts for */
    public TenantId tenant() {
        return tenant;
    }

    /** @return who asked */
    public UserId user() {
        return user;
    }

    /** @return the roles they asked in, in declaration order */
    public Set<Role> roles() {
        return roles;
    }

    /** @return what they asked to do */
    public Operation operation() {
        return operation;
    }

    /** @return the case they asked about, if any */
    public Optional<CaseId> caseId() {
        return caseId;
    }

    /** @return why, at least one reason; a denial has exactly one, the first check that failed */
    public List<AccessReason> reasons() {
        return reasons;
    }

    /** @return the reasons' plain-English explanations joined with {@code "; "}, for a caseworker */
    public String explanation() {
        return reasons.stream().map(AccessReason::explanation).collect(Collectors.joining("; "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessDecision d && allowed == d.allowed && tenant.equals(d.tenant)
            && user.equals(d.user) && roles.equals(d.roles) && operation == d.operation && caseId.equals(d.caseId)
            && reasons.equals(d.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowed, tenant, user, roles, operation, caseId, reasons);
    }

    /** @return for example {@code DENIED READ_CASE by adviser-1 [ADVISER] in iass-x on case 3f2c...: [ETHICAL_WALL]} */
    @Override
    public String toString() {
        return (allowed ? "ALLOWED " : "DENIED ") + operation + " by " + user + " " + roles + " in " + tenant
            + caseId.map(c -> " on case " + c.value()).orElse("") + ": " + reasons;
    }
}
