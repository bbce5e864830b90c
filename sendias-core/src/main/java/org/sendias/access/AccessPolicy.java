package org.sendias.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.casework.Case;
import org.sendias.internal.Validation;

/**
 * A service's access policy: which roles are granted which {@link Operation}s, and which cases advisers may act on.
 * Immutable; build one with {@link #standard()} or {@link #builder()}, and change one with {@link #toBuilder()}.
 *
 * <p>{@link #decide} answers with an {@link AccessDecision}, never an exception. The checks, in order, and the first
 * that fails decides:
 * <ol>
 *   <li>{@link AccessReason#OTHER_TENANT}: a case is given and belongs to another service than the principal's;</li>
 *   <li>{@link AccessReason#ARMS_LENGTH}: the principal is outside the service team and the operation exposes
 *       {@link Operation#personalData() personal data}, whatever the grants say;</li>
 *   <li>{@link AccessReason#ROLE_NOT_GRANTED}: none of the principal's roles is granted the operation;</li>
 *   <li>{@link AccessReason#CASE_REQUIRED}: the operation is {@link Operation#onCase() on one case} and none is
 *       given;</li>
 *   <li>{@link AccessReason#ETHICAL_WALL}: a case is given and the user is in its
 *       {@link Case#walledOff() walled-off set}, whatever their role;</li>
 *   <li>{@link AccessReason#NOT_ALLOCATED}: the adviser scope is {@link AdviserScope#ALLOCATED_CASES}, a case is
 *       given, the operation exposes personal data, {@link Role#ADVISER} is the only one of the principal's roles
 *       granted it, and the case's {@link Case#adviser() allocated adviser} is not the user.</li>
 * </ol>
 * The checks that do not need the case come first, so asking with no case ({@link AccessReason#CASE_REQUIRED})
 * says whether the principal could perform the operation on a case of their service at all.
 * When every check passes the decision allows, with {@link AccessReason#ROLE_GRANTS} (and
 * {@link AccessReason#ALLOCATED_ADVISER} when the allocation is what let an adviser in). When a case is given, the
 * case checks apply whatever the operation.
 *
 * <p>Roles outside the service team ({@link Role#COMMISSIONER}, {@link Role#HOST_ADMINISTRATOR}) can never be
 * granted an operation with personal data: the builder refuses it, and the arm's-length check denies it anyway.
 *
 * <p>The standard policy ({@link #standard()}) limits advisers to their allocated cases and grants:
 * <table>
 *   <caption>Standard grants</caption>
 *   <tr><th>Role</th><th>Operations</th></tr>
 *   <tr><td>{@link Role#ADVISER}</td><td>READ_CASE, OPEN_CASE, CHANGE_CASE, DECIDE_SHARING, RECORD_DISCLOSURE,
 *       READ_AGGREGATE_REPORT</td></tr>
 *   <tr><td>{@link Role#SERVICE_MANAGER}</td><td>READ_CASE, OPEN_CASE, CHANGE_CASE, ALLOCATE, WAIVE_CONFLICT,
 *       WALL_OFF, DECIDE_SHARING, RECORD_DISCLOSURE, QUALITY_SAMPLE, MANAGE_REGISTERS, READ_AUDIT_TRAIL,
 *       VERIFY_AUDIT_TRAIL, PLACE_LEGAL_HOLD, RELEASE_LEGAL_HOLD, READ_AGGREGATE_REPORT</td></tr>
 *   <tr><td>{@link Role#SERVICE_ADMINISTRATOR}</td><td>MANAGE_REGISTERS, ROTATE_KEYS, VERIFY_AUDIT_TRAIL,
 *       READ_AGGREGATE_REPORT</td></tr>
 *   <tr><td>{@link Role#DATA_PROTECTION_OFFICER}</td><td>READ_CASE, EXPORT_SUBJECT_ACCESS, RECTIFY, DECIDE_ERASURE,
 *       PLAN_DISPOSAL, RUN_DISPOSAL, PLACE_LEGAL_HOLD, RELEASE_LEGAL_HOLD, READ_AUDIT_TRAIL, VERIFY_AUDIT_TRAIL,
 *       READ_AGGREGATE_REPORT</td></tr>
 *   <tr><td>{@link Role#COMMISSIONER}</td><td>READ_AGGREGATE_REPORT</td></tr>
 *   <tr><td>{@link Role#HOST_ADMINISTRATOR}</td><td>READ_AGGREGATE_REPORT</td></tr>
 * </table>
 */
public final class AccessPolicy {
    private static final AccessPolicy STANDARD = builder()
        .adviserScope(AdviserScope.ALLOCATED_CASES)
        .grant(Role.ADVISER, Operation.READ_CASE, Operation.OPEN_CASE, Operation.CHANGE_CASE,
            Operation.DECIDE_SHARING, Operation.RECORD_DISCLOSURE, Operation.READ_AGGREGATE_REPORT)
        .grant(Role.SERVICE_MANAGER, Operation.READ_CASE, Operation.OPEN_CASE, Operation.CHANGE_CASE,
            Operation.ALLOCATE, Operation.WAIVE_CONFLICT, Operation.WALL_OFF, Operation.DECIDE_SHARING,
            Operation.RECORD_DISCLOSURE, Operation.QUALITY_SAMPLE, Operation.MANAGE_REGISTERS,
            Operation.READ_AUDIT_TRAIL, Operation.VERIFY_AUDIT_TRAIL, Operation.PLACE_LEGAL_HOLD,
            Operation.RELEASE_LEGAL_HOLD, Operation.READ_AGGREGATE_REPORT)
        .grant(Role.SERVICE_ADMINISTRATOR, Operation.MANAGE_REGISTERS, Operation.ROTATE_KEYS,
            Operation.VERIFY_AUDIT_TRAIL, Operation.READ_AGGREGATE_REPORT)
        .grant(Role.DATA_PROTECTION_OFFICER, Operation.READ_CASE, Operation.EXPORT_SUBJECT_ACCESS, Operation.RECTIFY,
            Operation.DECIDE_ERASURE, Operation.PLAN_DISPOSAL, Operation.RUN_DISPOSAL, Operation.PLACE_LEGAL_HOLD,
            Operation.RELEASE_LEGAL_HOLD, Operation.READ_AUDIT_TRAIL, Operation.VERIFY_AUDIT_TRAIL,
            Operation.READ_AGGREGATE_REPORT)
        .grant(Role.COMMISSIONER, Operation.READ_AGGREGATE_REPORT)
        .grant(Role.HOST_ADMINISTRATOR, Operation.READ_AGGREGATE_REPORT)
        .build();

    private final AdviserScope adviserScope;
    private final Map<Role, Set<Operation>> grants;

    private AccessPolicy(Builder b) {
        this.adviserScope = b.adviserScope;
        EnumMap<Role, Set<Operation>> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, Collections.unmodifiableSet(EnumSet.copyOf(b.grants.get(role))));
        }
        this.grants = Collections.unmodifiableMap(copy);
    }

    /** @return the standard policy: see the table in the class description */
    public static AccessPolicy standard() {
        return STANDARD;
    }

    /** @return a builder with no grants and advisers limited to {@link AdviserScope#ALLOCATED_CASES} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's scope and grants, to change them */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.adviserScope = adviserScope;
        grants.forEach((role, ops) -> b.grants.get(role).addAll(ops));
        return b;
    }

    /** @return which cases advisers may act on */
    public AdviserScope adviserScope() {
        return adviserScope;
    }

    /**
     * @param role a role
     * @return the operations the role is granted, in declaration order; empty if none
     */
    public Set<Operation> grants(Role role) {
        return grants.get(Validation.required(role, "role"));
    }

    /**
     * Decides whether a principal may perform an operation, on a case if one is given. See the class description
     * for the checks and their order.
     *
     * @param principal who asks
     * @param operation what they ask to do
     * @param target the case it is on; required when {@link Operation#onCase()}, otherwise optional (null reads as
     *     empty)
     * @return the decision with its reasons; never null
     * @throws InvalidInputException if the principal or the operation is missing
     */
    public AccessDecision decide(Principal principal, Operation operation, Optional<Case> target) {
        Validation.required(principal, "principal");
        Validation.required(operation, "operation");
        Optional<Case> t = Validation.optional(target);
        Optional<CaseId> caseId = t.map(Case::id);
        if (t.isPresent() && !t.get().tenant().equals(principal.tenant())) {
            return AccessDecision.deny(principal, operation, caseId, AccessReason.OTHER_TENANT);
        }
        if (operation.personalData() && !principal.serviceTeam()) {
            return AccessDecision.deny(principal, operation, caseId, AccessReason.ARMS_LENGTH);
        }
        Set<Role> granting = EnumSet.noneOf(Role.class);
        for (Role role : principal.roles()) {
            if (grants.get(role).contains(operation)) {
                granting.add(role);
            }
        }
        if (granting.isEmpty()) {
            return AccessDecision.deny(principal, operation, caseId, AccessReason.ROLE_NOT_GRANTED);
        }
        if (operation.onCase() && t.isEmpty()) {
            return AccessDecision.deny(principal, operation, caseId, AccessReason.CASE_REQUIRED);
        }
        if (t.isPresent() && t.get().walledOff().contains(principal.user())) {
            return AccessDecision.deny(principal, operation, caseId, AccessReason.ETHICAL_WALL);
        }
        List<AccessReason> reasons = new ArrayList<>(List.of(AccessReason.ROLE_GRANTS));
        if (adviserScope == AdviserScope.ALLOCATED_CASES && t.isPresent() && operation.personalData()
                && granting.equals(EnumSet.of(Role.ADVISER))) {
            if (!t.get().adviser().equals(Optional.of(principal.user()))) {
                return AccessDecision.deny(principal, operation, caseId, AccessReason.NOT_ALLOCATED);
            }
            reasons.add(AccessReason.ALLOCATED_ADVISER);
        }
        return AccessDecision.allow(principal, operation, caseId, reasons);
    }

    /**
     * Decides as {@link #decide} does and insists on an allowed decision.
     *
     * @param principal who asks
     * @param operation what they ask to do
     * @param target the case it is on, if any (null reads as empty)
     * @return the allowed decision, to audit
     * @throws AccessDeniedException carrying the decision, if it denies
     * @throws InvalidInputException if the principal or the operation is missing
     */
    public AccessDecision require(Principal principal, Operation operation, Optional<Case> target) {
        AccessDecision d = decide(principal, operation, target);
        if (!d.allowed()) {
            throw new AccessDeniedException(d);
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessPolicy p && adviserScope == p.adviserScope && grants.equals(p.grants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(adviserScope, grants);
    }

    /** @return the adviser scope and the grants, as codes */
    @Override
    public String toString() {
        return "AccessPolicy[adviserScope=" + adviserScope + ", grants=" + grants + "]";
    }

    /**
     * Builds an {@link AccessPolicy}. Refuses to grant a role outside the service team any operation with personal
     * data. A builder is not thread-safe; the policies it builds are immutable.
     */
    public static final class Builder {
        private AdviserScope adviserScope = AdviserScope.ALLOCATED_CASES;
        private final Map<Role, Set<Operation>> grants = new EnumMap<>(Role.class);

        private Builder() {
            for (Role role : Role.values()) {
                grants.put(role, EnumSet.noneOf(Operation.class));
            }
        }

        /**
         * @param scope which cases advisers may act on
         * @return this builder
         * @throws InvalidInputException if the scope is missing
         */
        public Builder adviserScope(AdviserScope scope) {
            this.adviserScope = Validation.required(scope, "adviserScope");
            return this;
        }

        /**
         * Grants operations to a role; granting one it already has changes nothing. Either every operation is
         * granted or, on a refusal, none.
         *
         * @param role the role
         * @param operations the operations
         * @return this builder
         * @throws InvalidInputException on {@code grant.<ROLE>} if the role is outside the service team and an
         *     operation exposes personal data; on {@code grant.role} or {@code grant.operations} if either is missing
         */
        public Builder grant(Role role, Operation... operations) {
            Set<Operation> ops = operations(role, operations, "grant");
            if (!role.serviceTeam()) {
                for (Operation op : ops) {
                    if (op.personalData()) {
                        throw new InvalidInputException("grant." + role, op + " exposes personal data or case "
                            + "content, and a role outside the service team may be granted aggregated reports only");
                    }
                }
            }
            grants.get(role).addAll(ops);
            return this;
        }

        /**
         * Takes operations away from a role; revoking one it does not have changes nothing.
         *
         * @param role the role
         * @param operations the operations
         * @return this builder
         * @throws InvalidInputException on {@code revoke.role} or {@code revoke.operations} if either is missing
         */
        public Builder revoke(Role role, Operation... operations) {
            grants.get(role).removeAll(operations(role, operations, "revoke"));
            return this;
        }

        private static Set<Operation> operations(Role role, Operation[] operations, String method) {
            Validation.required(role, method + ".role");
            if (operations == null) {
                throw new InvalidInputException(method + ".operations", "is required");
            }
            Set<Operation> ops = EnumSet.noneOf(Operation.class);
            for (Operation op : operations) {
                if (op == null) {
                    throw new InvalidInputException(method + ".operations", "must not contain an empty entry");
                }
                ops.add(op);
            }
            return ops;
        }

        /** @return the policy */
        public AccessPolicy build() {
            return new AccessPolicy(this);
        }
    }
}
