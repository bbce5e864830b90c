package org.sendias.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.casework.Case;

/**
 * Every role set a principal may hold, every operation, generated cases and generated policies, seeded so that a
 * failure can be replayed. Policies come from random grants and revokes, keeping only what the builder accepts;
 * cases are opened, allocated and walled off through the case's own commands, some in another service. For every
 * decision: a principal with no service-team role is never allowed an operation with personal data; a walled-off
 * user is never allowed anything on that case; no decision crosses services; every decision has at least one reason
 * and its reasons agree with it; and the decision is the one the documented checks give.
 */
class AccessPropertyTest {
    private static final List<UserId> USERS = List.of(UserId.of("user-0"), UserId.of("user-1"),
        UserId.of("user-2"));
    private static final int CASES = 10;

    /** Every role set the principal constructor accepts: the non-empty sets within the team or outside it. */
    private static final List<Set<Role>> ROLE_SETS = roleSets();

    /** What the runs reached, so that a generator change that stops exercising a rule is noticed. */
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    private static void reached(String what) {
        REACHED.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    @AfterAll
    static void everyReasonAndBothScopesWereReached() {
        List<String> wanted = new ArrayList<>();
        for (AccessReason r : AccessReason.values()) {
            wanted.add(r.name());
        }
        wanted.addAll(List.of("allowed", "denied", "refused-grant", "ALLOCATED_CASES", "ALL_SERVICE_CASES",
            "outside-allowed", "walled-own-case"));
        for (String what : wanted) {
            assertTrue(REACHED.containsKey(what), "no run reached: " + what + " (reached " + REACHED + ")");
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 120).map(i -> 0x5E4D1A5L * 31 + i * 0x9E3779B97F4A7C15L);
    }

    private static List<Set<Role>> roleSets() {
        List<Set<Role>> sets = new ArrayList<>();
        Role[] roles = Role.values();
        for (int mask = 1; mask < 1 << roles.length; mask++) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(roles[i]);
                }
            }
            boolean team = set.stream().allMatch(Role::serviceTeam);
            boolean outside = set.stream().noneMatch(Role::serviceTeam);
            if (team || outside) {
                sets.add(set);
            } else {
                assertThrows(InvalidInputException.class, () -> new Principal(Cases.HOME, USERS.get(0), set),
                    "a mixed role set is refused: " + set);
            }
        }
        assertEquals(15 + 3, sets.size());
        return sets;
    }

    /** A random policy from random grants and revokes; refused grants must be exactly the forbidden ones. */
    private static AccessPolicy policy(SplittableRandom rnd) {
        AccessPolicy.Builder b = rnd.nextBoolean() ? AccessPolicy.builder() : AccessPolicy.standard().toBuilder();
        AdviserScope scope = AdviserScope.values()[rnd.nextInt(AdviserScope.values().length)];
        b.adviserScope(scope);
        reached(scope.name());
        int steps = rnd.nextInt(4, 30);
        for (int i = 0; i < steps; i++) {
            Role role = Role.values()[rnd.nextInt(Role.values().length)];
            Operation[] ops = randomOperations(rnd);
            if (rnd.nextInt(4) == 0) {
                b.revoke(role, ops);
                continue;
            }
            boolean forbidden = !role.serviceTeam() && List.of(ops).stream().anyMatch(Operation::personalData);
            try {
                b.grant(role, ops);
                assertFalse(forbidden, "granted " + role + " " + List.of(ops));
            } catch (InvalidInputException e) {
                assertTrue(forbidden, "refused " + role + " " + List.of(ops));
                assertEquals("grant." + role, e.field());
                reached("refused-grant");
            }
        }
        AccessPolicy policy = b.build();
        for (Role role : Role.values()) {
            if (!role.serviceTeam()) {
                assertTrue(policy.grants(role).stream().noneMatch(Operation::personalData),
                    "an accepted policy gives " + role + " personal data: " + policy);
            }
        }
        return policy;
    }

    private static Operation[] randomOperations(SplittableRandom rnd) {
        Operation[] all = Operation.values();
        int n = rnd.nextInt(4) == 0 ? rnd.nextInt(1, all.length + 1) : rnd.nextInt(1, 4);
        Operation[] ops = new Operation[n];
        for (int i = 0; i < n; i++) {
            ops[i] = rnd.nextInt(5) == 0 ? Operation.READ_AGGREGATE_REPORT : all[rnd.nextInt(all.length)];
        }
        return ops;
    }

    /** A case in this service or (one in four) another, perhaps allocated, perhaps with users walled off. */
    private static Case aCase(SplittableRandom rnd) {
        Case c = Cases.open(rnd.nextInt(4) == 0 ? Cases.AWAY : Cases.HOME);
        if (rnd.nextInt(3) != 0) {
            c = Cases.allocate(c, USERS.get(rnd.nextInt(USERS.size())));
        }
        for (UserId u : USERS) {
            if (rnd.nextInt(4) == 0) {
                c = Cases.wallOff(c, u);
            }
        }
        return c;
    }

    /** The documented checks, stated independently of the implementation. */
    private static boolean expected(AccessPolicy policy, Principal p, Operation op, Optional<Case> target) {
        if (target.isPresent() && !target.get().tenant().equals(p.tenant())) {
            return false;
        }
        if (op.onCase() && target.isEmpty()) {
            return false;
        }
        boolean team = p.roles().stream().allMatch(Role::serviceTeam);
        if (op.personalData() && !team) {
            return false;
        }
        if (target.isPresent() && target.get().walledOff().contains(p.user())) {
            return false;
        }
        boolean adviserGrants = p.roles().contains(Role.ADVISER) && policy.grants(Role.ADVISER).contains(op);
        boolean otherGrants = p.roles().stream().anyMatch(r -> r != Role.ADVISER && policy.grants(r).contains(op));
        if (otherGrants) {
            return true;
        }
        if (!adviserGrants) {
            return false;
        }
        return policy.adviserScope() == AdviserScope.ALL_SERVICE_CASES || target.isEmpty() || !op.personalData()
            || target.get().adviser().equals(Optional.of(p.user()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyDecisionKeepsArmsLengthWallsAndServicesAndExplainsItself(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        AccessPolicy policy = policy(rnd);
        List<Optional<Case>> targets = new ArrayList<>();
        targets.add(Optional.empty());
        for (int i = 0; i < CASES; i++) {
            targets.add(Optional.of(aCase(rnd)));
        }
        for (Set<Role> roles : ROLE_SETS) {
            for (UserId user : USERS) {
                Principal p = new Principal(Cases.HOME, user, roles);
                for (Operation op : Operation.values()) {
                    for (Optional<Case> target : targets) {
                        check(seed, policy, p, op, target, rnd.nextInt(16) == 0);
                    }
                }
            }
        }
    }

    private static void check(long seed, AccessPolicy policy, Principal p, Operation op, Optional<Case> target,
            boolean alsoRequire) {
        AccessDecision d = policy.decide(p, op, target);
        String where = "seed " + seed + ": " + d + " under " + policy;

        assertFalse(d.reasons().isEmpty(), where);
        assertEquals(d.allowed(), d.reasons().stream().allMatch(AccessReason::allows), where);
        if (!d.allowed()) {
            assertEquals(1, d.reasons().size(), where);
        }
        assertEquals(p.tenant(), d.tenant(), where);
        assertEquals(p.user(), d.user(), where);
        assertEquals(p.roles(), d.roles(), where);
        assertEquals(op, d.operation(), where);
        assertEquals(target.map(Case::id), d.caseId(), where);

        boolean outside = p.roles().stream().noneMatch(Role::serviceTeam);
        if (outside && op.personalData()) {
            assertFalse(d.allowed(), "outside role given personal data, " + where);
        }
        if (outside && d.allowed()) {
            reached("outside-allowed");
        }
        if (target.isPresent()) {
            Case c = target.get();
            if (c.walledOff().contains(p.user())) {
                assertFalse(d.allowed(), "walled-off user allowed, " + where);
                if (c.tenant().equals(p.tenant())) {
                    reached("walled-own-case");
                }
            }
            if (!c.tenant().equals(p.tenant())) {
                assertFalse(d.allowed(), "crossed services, " + where);
                assertEquals(List.of(AccessReason.OTHER_TENANT), d.reasons(), where);
            }
        }
        assertEquals(expected(policy, p, op, target), d.allowed(), "not the documented checks, " + where);

        reached(d.allowed() ? "allowed" : "denied");
        d.reasons().forEach(r -> reached(r.name()));

        if (alsoRequire) {
            if (d.allowed()) {
                assertEquals(d, policy.require(p, op, target), where);
            } else {
                try {
                    policy.require(p, op, target);
                    fail("require let a denial through, " + where);
                } catch (AccessDeniedException e) {
                    assertEquals(d, e.decision(), where);
                    assertFalse(e.getMessage().contains(Cases.CHILD_NAME), where);
                }
            }
        }
    }
}
