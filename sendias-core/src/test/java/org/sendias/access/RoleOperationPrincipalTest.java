package org.sendias.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/** Roles, operations and principals: the team, personal data, targets and the arm's-length refusal. */
class RoleOperationPrincipalTest {
    private static final UserId USER = UserId.of("user-1");

    @Test
    void theServiceTeamIsTheFirstFourRoles() {
        assertEquals(EnumSet.of(Role.ADVISER, Role.SERVICE_MANAGER, Role.SERVICE_ADMINISTRATOR,
            Role.DATA_PROTECTION_OFFICER), Arrays.stream(Role.values()).filter(Role::serviceTeam)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
        assertFalse(Role.COMMISSIONER.serviceTeam());
        assertFalse(Role.HOST_ADMINISTRATOR.serviceTeam());
    }

    @Test
    void onlyTheAggregateReportIsFreeOfPersonalData() {
        for (Operation op : Operation.values()) {
            assertEquals(op != Operation.READ_AGGREGATE_REPORT, op.personalData(), op.name());
        }
    }

    @Test
    void theOperationsOnOneCaseAreThoseThatActOnAnExistingCase() {
        Set<Operation> onCase = Arrays.stream(Operation.values()).filter(Operation::onCase)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operation.class)));
        assertEquals(EnumSet.of(Operation.READ_CASE, Operation.CHANGE_CASE, Operation.ALLOCATE,
            Operation.WAIVE_CONFLICT, Operation.WALL_OFF, Operation.DECIDE_SHARING, Operation.RECORD_DISCLOSURE,
            Operation.RECTIFY, Operation.DECIDE_ERASURE, Operation.PLACE_LEGAL_HOLD, Operation.RELEASE_LEGAL_HOLD),
            onCase);
        assertEquals(21, Operation.values().length);
    }

    @Test
    void everyReasonHasAnExplanationAndOnlyTwoSupportAllowing() {
        for (AccessReason r : AccessReason.values()) {
            assertFalse(r.explanation().isBlank(), r.name());
        }
        assertEquals(EnumSet.of(AccessReason.ROLE_GRANTS, AccessReason.ALLOCATED_ADVISER),
            Arrays.stream(AccessReason.values()).filter(AccessReason::allows)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AccessReason.class))));
    }

    @Test
    void aPrincipalHoldsRolesInDeclarationOrderAndSaysWhetherItIsInTheTeam() {
        Principal p = Principal.of(Cases.HOME, USER, Role.DATA_PROTECTION_OFFICER, Role.ADVISER);
        assertEquals(List.of(Role.ADVISER, Role.DATA_PROTECTION_OFFICER), List.copyOf(p.roles()));
        assertTrue(p.serviceTeam());
        assertFalse(Principal.of(Cases.HOME, USER, Role.COMMISSIONER, Role.HOST_ADMINISTRATOR).serviceTeam());
        assertThrows(UnsupportedOperationException.class, () -> p.roles().add(Role.SERVICE_MANAGER));
        assertEquals("Principal[tenant=iass-home, user=user-1, roles=[ADVISER, DATA_PROTECTION_OFFICER]]",
            p.toString());
    }

    @Test
    void oneCannotBeBothInTheTeamAndOutsideIt() {
        for (Role team : Role.values()) {
            for (Role outside : Role.values()) {
                if (team.serviceTeam() && !outside.serviceTeam()) {
                    InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> Principal.of(Cases.HOME, USER, team, outside), team + "+" + outside);
                    assertEquals("roles", e.field());
                }
            }
        }
    }

    @Test
    void aPrincipalNeedsATenantAUserAndAtLeastOneRole() {
        assertEquals("tenant", assertThrows(InvalidInputException.class,
            () -> new Principal(null, USER, Set.of(Role.ADVISER))).field());
        assertEquals("user", assertThrows(InvalidInputException.class,
            () -> new Principal(Cases.HOME, null, Set.of(Role.ADVISER))).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
            () -> new Principal(Cases.HOME, USER, Set.of())).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
            () -> new Principal(Cases.HOME, USER, null)).field());
        Set<Role> withNull = new HashSet<>();
        withNull.add(Role.ADVISER);
        withNull.add(null);
        assertEquals("roles", assertThrows(InvalidInputException.class,
            () -> new Principal(Cases.HOME, USER, withNull)).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
            () -> Principal.of(Cases.HOME, USER, null)).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
            () -> Principal.of(Cases.HOME, USER, Role.ADVISER, (Role) null)).field());
    }
}
