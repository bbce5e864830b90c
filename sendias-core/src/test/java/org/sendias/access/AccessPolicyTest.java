package org.sendias.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.access.Operation.ALLOCATE;
import static org.sendias.access.Operation.CHANGE_CASE;
import static org.sendias.access.Operation.DECIDE_ERASURE;
import static org.sendias.access.Operation.DECIDE_SHARING;
import static org.sendias.access.Operation.EXPORT_SUBJECT_ACCESS;
import static org.sendias.access.Operation.MANAGE_REGISTERS;
import static org.sendias.access.Operation.OPEN_CASE;
import static org.sendias.access.Operation.PLACE_LEGAL_HOLD;
import static org.sendias.access.Operation.PLAN_DISPOSAL;
import static org.sendias.access.Operation.QUALITY_SAMPLE;
import static org.sendias.access.Operation.READ_AGGREGATE_REPORT;
import static org.sendias.access.Operation.READ_AUDIT_TRAIL;
import static org.sendias.access.Operation.READ_CASE;
import static org.sendias.access.Operation.RECORD_DISCLOSURE;
import static org.sendias.access.Operation.RECTIFY;
import static org.sendias.access.Operation.RELEASE_LEGAL_HOLD;
import static org.sendias.access.Operation.ROTATE_KEYS;
import static org.sendias.access.Operation.RUN_DISPOSAL;
import static org.sendias.access.Operation.VERIFY_AUDIT_TRAIL;
import static org.sendias.access.Operation.WAIVE_CONFLICT;
import static org.sendias.access.Operation.WALL_OFF;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.casework.Case;

/** Each rule of the access policy, the standard grants, the builder and the denial exception. */
class AccessPolicyTest {
    private static final AccessPolicy STANDARD = AccessPolicy.standard();
    private static final UserId ANNA = UserId.of("adviser-anna");
    private static final UserId BEN = UserId.of("adviser-ben");
    private static final UserId MEG = UserId.of("manager-meg");
    private static final UserId DORA = UserId.of("dpo-dora");
    private static final UserId COLIN = UserId.of("la-colin");

    private static Principal p(UserId user, Role... roles) {
        return new Principal(Cases.HOME, user, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    private static AccessDecision decide(AccessPolicy policy, Principal who, Operation op, Case c) {
        return policy.decide(who, op, Optional.ofNullable(c));
    }

    private static void denied(AccessReason reason, AccessDecision d) {
        assertFalse(d.allowed(), d.toString());
        assertEquals(List.of(reason), d.reasons(), d.toString());
    }

    @Test
    void theStandardGrantsAreTheDocumentedTable() {
        Map<Role, Set<Operation>> expected = Map.of(
            Role.ADVISER, EnumSet.of(READ_CASE, OPEN_CASE, CHANGE_CASE, DECIDE_SHARING, RECORD_DISCLOSURE,
                READ_AGGREGATE_REPORT),
            Role.SERVICE_MANAGER, EnumSet.of(READ_CASE, OPEN_CASE, CHANGE_CASE, ALLOCATE, WAIVE_CONFLICT, WALL_OFF,
                DECIDE_SHARING, RECORD_DISCLOSURE, QUALITY_SAMPLE, MANAGE_REGISTERS, READ_AUDIT_TRAIL,
                VERIFY_AUDIT_TRAIL, PLACE_LEGAL_HOLD, RELEASE_LEGAL_HOLD, READ_AGGREGATE_REPORT),
            Role.SERVICE_ADMINISTRATOR, EnumSet.of(MANAGE_REGISTERS, ROTATE_KEYS, VERIFY_AUDIT_TRAIL,
                READ_AGGREGATE_REPORT),
            Role.DATA_PROTECTION_OFFICER, EnumSet.of(READ_CASE, EXPORT_SUBJECT_ACCESS, RECTIFY, DECIDE_ERASURE,
                PLAN_DISPOSAL, RUN_DISPOSAL, PLACE_LEGAL_HOLD, RELEASE_LEGAL_HOLD, READ_AUDIT_TRAIL,
                VERIFY_AUDIT_TRAIL, READ_AGGREGATE_REPORT),
            Role.COMMISSIONER, EnumSet.of(READ_AGGREGATE_REPORT),
            Role.HOST_ADMINISTRATOR, EnumSet.of(READ_AGGREGATE_REPORT));
        for (Role role : Role.values()) {
            assertEquals(expected.get(role), STANDARD.grants(role), role.name());
        }
        assertEquals(AdviserScope.ALLOCATED_CASES, STANDARD.adviserScope());
        assertSame(STANDARD, AccessPolicy.standard());
    }

    @Test
    void theStandardPolicyKeepsAdvisersToCaseWorkAndAdministratorsAwayFromCaseContent() {
        Case mine = Cases.allocate(Cases.open(Cases.HOME), ANNA);
        Principal anna = p(ANNA, Role.ADVISER);
        for (Operation op : List.of(READ_CASE, CHANGE_CASE, DECIDE_SHARING, RECORD_DISCLOSURE)) {
            assertTrue(decide(STANDARD, anna, op, mine).allowed(), op.name());
        }
        for (Operation op : List.of(ALLOCATE, WAIVE_CONFLICT, WALL_OFF, RECTIFY, PLACE_LEGAL_HOLD)) {
            denied(AccessReason.ROLE_NOT_GRANTED, decide(STANDARD, anna, op, mine));
        }
        Principal admin = p(UserId.of("admin-1"), Role.SERVICE_ADMINISTRATOR);
        denied(AccessReason.ROLE_NOT_GRANTED, decide(STANDARD, admin, READ_CASE, mine));
        assertTrue(decide(STANDARD, admin, ROTATE_KEYS, null).allowed());
        Principal dpo = p(DORA, Role.DATA_PROTECTION_OFFICER);
        assertTrue(decide(STANDARD, dpo, READ_CASE, mine).allowed());
        assertTrue(decide(STANDARD, dpo, EXPORT_SUBJECT_ACCESS, null).allowed());
        denied(AccessReason.ROLE_NOT_GRANTED, decide(STANDARD, dpo, CHANGE_CASE, mine));
    }

    @Test
    void outsideRolesGetAggregatedReportsOnlyWhateverTheirGrants() {
        Case c = Cases.open(Cases.HOME);
        for (Role outside : List.of(Role.COMMISSIONER, Role.HOST_ADMINISTRATOR)) {
            Principal who = p(COLIN, outside);
            AccessDecision report = decide(STANDARD, who, READ_AGGREGATE_REPORT, null);
            assertTrue(report.allowed());
            assertEquals(List.of(AccessReason.ROLE_GRANTS), report.reasons());
            denied(AccessReason.ARMS_LENGTH, decide(STANDARD, who, READ_CASE, c));
            denied(AccessReason.ARMS_LENGTH, decide(STANDARD, who, READ_AUDIT_TRAIL, null));
            denied(AccessReason.ARMS_LENGTH, decide(STANDARD, who, VERIFY_AUDIT_TRAIL, null));
            denied(AccessReason.ARMS_LENGTH, decide(STANDARD, who, OPEN_CASE, null));
        }
    }

    @Test
    void theBuilderRefusesToGiveOutsideRolesPersonalDataAndChangesNothingWhenItRefuses() {
        AccessPolicy.Builder b = AccessPolicy.builder();
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> b.grant(Role.COMMISSIONER, READ_AGGREGATE_REPORT, READ_CASE));
        assertEquals("grant.COMMISSIONER", e.field());
        assertTrue(e.getMessage().contains("READ_CASE"), e.getMessage());
        assertEquals("grant.HOST_ADMINISTRATOR", assertThrows(InvalidInputException.class,
            () -> b.grant(Role.HOST_ADMINISTRATOR, READ_AUDIT_TRAIL)).field());
        assertEquals(Set.of(), b.build().grants(Role.COMMISSIONER), "the refused call granted nothing");
        for (Operation op : Operation.values()) {
            if (op.personalData()) {
                assertThrows(InvalidInputException.class, () -> AccessPolicy.builder().grant(Role.COMMISSIONER, op));
                assertThrows(InvalidInputException.class,
                    () -> STANDARD.toBuilder().grant(Role.HOST_ADMINISTRATOR, op));
            }
        }
    }

    @Test
    void theBuilderNamesMissingInput() {
        AccessPolicy.Builder b = AccessPolicy.builder();
        assertEquals("grant.role", assertThrows(InvalidInputException.class, () -> b.grant(null, READ_CASE)).field());
        assertEquals("grant.operations", assertThrows(InvalidInputException.class,
            () -> b.grant(Role.ADVISER, (Operation[]) null)).field());
        assertEquals("grant.operations", assertThrows(InvalidInputException.class,
            () -> b.grant(Role.ADVISER, READ_CASE, null)).field());
        assertEquals("revoke.role", assertThrows(InvalidInputException.class, () -> b.revoke(null)).field());
        assertEquals("adviserScope", assertThrows(InvalidInputException.class, () -> b.adviserScope(null)).field());
        assertEquals("principal", assertThrows(InvalidInputException.class,
            () -> STANDARD.decide(null, READ_CASE, Optional.empty())).field());
        assertEquals("operation", assertThrows(InvalidInputException.class,
            () -> STANDARD.decide(p(ANNA, Role.ADVISER), null, Optional.empty())).field());
    }

    @Test
    void aPolicyIsAnImmutableValueThatABuilderCanChange() {
        AccessPolicy changed = STANDARD.toBuilder().revoke(Role.ADVISER, DECIDE_SHARING)
            .grant(Role.ADVISER, ALLOCATE).adviserScope(AdviserScope.ALL_SERVICE_CASES).build();
        assertFalse(changed.grants(Role.ADVISER).contains(DECIDE_SHARING));
        assertTrue(changed.grants(Role.ADVISER).contains(ALLOCATE));
        assertEquals(AdviserScope.ALL_SERVICE_CASES, changed.adviserScope());
        assertTrue(STANDARD.grants(Role.ADVISER).contains(DECIDE_SHARING), "the standard policy is unchanged");
        assertEquals(STANDARD, STANDARD.toBuilder().build());
        assertEquals(STANDARD.hashCode(), STANDARD.toBuilder().build().hashCode());
        assertNotEquals(STANDARD, changed);
        assertThrows(UnsupportedOperationException.class, () -> STANDARD.grants(Role.ADVISER).add(ALLOCATE));
        AccessPolicy.Builder b = AccessPolicy.builder().grant(Role.ADVISER, READ_CASE);
        AccessPolicy first = b.build();
        b.grant(Role.ADVISER, CHANGE_CASE);
        assertEquals(Set.of(READ_CASE), first.grants(Role.ADVISER), "a built policy does not follow its builder");
        assertEquals(Set.of(), AccessPolicy.builder().build().grants(Role.SERVICE_MANAGER));
        assertEquals(AdviserScope.ALLOCATED_CASES, AccessPolicy.builder().build().adviserScope());
    }

    @Test
    void noDecisionCrossesServicesWhateverTheRole() {
        Case theirs = Cases.allocate(Cases.open(Cases.AWAY), ANNA);
        AccessPolicy everything = AccessPolicy.builder().grant(Role.SERVICE_MANAGER, Operation.values()).build();
        denied(AccessReason.OTHER_TENANT, decide(everything, p(MEG, Role.SERVICE_MANAGER), READ_CASE, theirs));
        denied(AccessReason.OTHER_TENANT, decide(STANDARD, p(ANNA, Role.ADVISER), READ_CASE, theirs));
        denied(AccessReason.OTHER_TENANT, decide(STANDARD, p(COLIN, Role.COMMISSIONER), READ_AGGREGATE_REPORT,
            theirs));
        AccessDecision d = decide(STANDARD, p(ANNA, Role.ADVISER), PLACE_LEGAL_HOLD, theirs);
        denied(AccessReason.OTHER_TENANT, d);
        assertEquals(Optional.of(theirs.id()), d.caseId());
        assertEquals(Cases.HOME, d.tenant());
    }

    @Test
    void anOperationOnOneCaseNeedsTheCase() {
        AccessDecision d = STANDARD.decide(p(MEG, Role.SERVICE_MANAGER), READ_CASE, Optional.empty());
        denied(AccessReason.CASE_REQUIRED, d);
        assertEquals(Optional.empty(), d.caseId());
        denied(AccessReason.CASE_REQUIRED, STANDARD.decide(p(MEG, Role.SERVICE_MANAGER), ALLOCATE, null));
        assertTrue(STANDARD.decide(p(MEG, Role.SERVICE_MANAGER), OPEN_CASE, Optional.empty()).allowed());
        assertTrue(STANDARD.decide(p(MEG, Role.SERVICE_MANAGER), QUALITY_SAMPLE, Optional.empty()).allowed());
    }

    @Test
    void aWalledOffUserIsDeniedTheCaseWhateverTheirRoleOrTheScope() {
        Case c = Cases.wallOff(Cases.wallOff(Cases.wallOff(Cases.allocate(Cases.open(Cases.HOME), ANNA), ANNA),
            MEG), DORA);
        assertEquals(Optional.empty(), c.adviser(), "walling off the allocated adviser removes them");
        AccessPolicy open = STANDARD.toBuilder().adviserScope(AdviserScope.ALL_SERVICE_CASES).build();
        for (AccessPolicy policy : List.of(STANDARD, open)) {
            denied(AccessReason.ETHICAL_WALL, decide(policy, p(ANNA, Role.ADVISER), READ_CASE, c));
            denied(AccessReason.ETHICAL_WALL, decide(policy, p(MEG, Role.SERVICE_MANAGER), READ_CASE, c));
            denied(AccessReason.ETHICAL_WALL, decide(policy, p(MEG, Role.SERVICE_MANAGER), READ_AUDIT_TRAIL, c));
            denied(AccessReason.ETHICAL_WALL, decide(policy, p(DORA, Role.DATA_PROTECTION_OFFICER, Role.ADVISER),
                RECTIFY, c));
        }
        assertTrue(decide(open, p(BEN, Role.ADVISER), READ_CASE, c).allowed(), "others are not walled off");
        assertTrue(decide(STANDARD, p(UserId.of("manager-2"), Role.SERVICE_MANAGER), READ_CASE, c).allowed());
    }

    @Test
    void theChecksComeInTheDocumentedOrder() {
        Case theirsWalled = Cases.wallOff(Cases.open(Cases.AWAY), COLIN);
        Case oursWalled = Cases.wallOff(Cases.open(Cases.HOME), COLIN);
        Principal colin = p(COLIN, Role.COMMISSIONER);
        denied(AccessReason.OTHER_TENANT, decide(STANDARD, colin, READ_CASE, theirsWalled));
        denied(AccessReason.ARMS_LENGTH, decide(STANDARD, colin, READ_CASE, oursWalled));
        denied(AccessReason.ARMS_LENGTH, decide(STANDARD, colin, READ_CASE, null));
        Case benWalled = Cases.wallOff(Cases.open(Cases.HOME), BEN);
        denied(AccessReason.ROLE_NOT_GRANTED, decide(STANDARD, p(BEN, Role.ADVISER), ALLOCATE, benWalled));
        denied(AccessReason.ROLE_NOT_GRANTED, decide(STANDARD, p(BEN, Role.ADVISER), ALLOCATE, null));
        denied(AccessReason.CASE_REQUIRED, decide(STANDARD, p(BEN, Role.ADVISER), READ_CASE, null));
        denied(AccessReason.ETHICAL_WALL, decide(STANDARD, colin, READ_AGGREGATE_REPORT, oursWalled));
        denied(AccessReason.ETHICAL_WALL, decide(STANDARD, p(BEN, Role.ADVISER), READ_CASE, benWalled));
        denied(AccessReason.ROLE_NOT_GRANTED, decide(STANDARD, p(BEN, Role.ADVISER), ALLOCATE, Cases.open(Cases.HOME)));
    }

    @Test
    void advisersLimitedToAllocatedCasesActOnlyOnTheirOwn() {
        Case annas = Cases.allocate(Cases.open(Cases.HOME), ANNA);
        Case unallocated = Cases.open(Cases.HOME);
        Principal anna = p(ANNA, Role.ADVISER);
        Principal ben = p(BEN, Role.ADVISER);
        AccessDecision own = decide(STANDARD, anna, READ_CASE, annas);
        assertTrue(own.allowed());
        assertEquals(List.of(AccessReason.ROLE_GRANTS, AccessReason.ALLOCATED_ADVISER), own.reasons());
        denied(AccessReason.NOT_ALLOCATED, decide(STANDARD, ben, READ_CASE, annas));
        denied(AccessReason.NOT_ALLOCATED, decide(STANDARD, anna, CHANGE_CASE, unallocated));
        assertTrue(STANDARD.decide(anna, OPEN_CASE, Optional.empty()).allowed(), "opening needs no allocation");
        assertTrue(decide(STANDARD, ben, READ_AGGREGATE_REPORT, annas).allowed(), "no personal data, no limit");

        AccessPolicy open = STANDARD.toBuilder().adviserScope(AdviserScope.ALL_SERVICE_CASES).build();
        AccessDecision any = decide(open, ben, READ_CASE, annas);
        assertTrue(any.allowed());
        assertEquals(List.of(AccessReason.ROLE_GRANTS), any.reasons());
        assertTrue(decide(open, anna, CHANGE_CASE, unallocated).allowed());
    }

    @Test
    void onlyTheAdviserRoleIsLimitedToAllocatedCases() {
        Case annas = Cases.allocate(Cases.open(Cases.HOME), ANNA);
        AccessDecision manager = decide(STANDARD, p(MEG, Role.SERVICE_MANAGER, Role.ADVISER), CHANGE_CASE, annas);
        assertTrue(manager.allowed(), "a service manager is not limited");
        assertEquals(List.of(AccessReason.ROLE_GRANTS), manager.reasons());
        assertTrue(decide(STANDARD, p(DORA, Role.DATA_PROTECTION_OFFICER, Role.ADVISER), READ_CASE, annas).allowed());
        denied(AccessReason.NOT_ALLOCATED, decide(STANDARD, p(DORA, Role.DATA_PROTECTION_OFFICER, Role.ADVISER),
            CHANGE_CASE, annas));
        AccessPolicy adviserMayRectify = STANDARD.toBuilder().grant(Role.ADVISER, RECTIFY).build();
        AccessDecision own = decide(adviserMayRectify, p(ANNA, Role.ADVISER, Role.DATA_PROTECTION_OFFICER), RECTIFY,
            annas);
        assertEquals(List.of(AccessReason.ROLE_GRANTS), own.reasons(), "the DPO role grants it without allocation");
    }

    @Test
    void decisionsAreValuesThatShowIdsAndCodesOnly() {
        Case annas = Cases.allocate(Cases.open(Cases.HOME), ANNA);
        AccessDecision d = decide(STANDARD, p(BEN, Role.ADVISER), READ_CASE, annas);
        assertEquals(d, decide(STANDARD, p(BEN, Role.ADVISER), READ_CASE, annas));
        assertEquals(d.hashCode(), decide(STANDARD, p(BEN, Role.ADVISER), READ_CASE, annas).hashCode());
        assertNotEquals(d, decide(STANDARD, p(ANNA, Role.ADVISER), READ_CASE, annas));
        assertEquals(BEN, d.user());
        assertEquals(Set.of(Role.ADVISER), d.roles());
        assertEquals(READ_CASE, d.operation());
        assertEquals("DENIED READ_CASE by adviser-ben [ADVISER] in iass-home on case " + annas.id().value()
            + ": [NOT_ALLOCATED]", d.toString());
        assertEquals(AccessReason.NOT_ALLOCATED.explanation(), d.explanation());
        assertFalse(d.toString().contains("Quayle"));
        assertThrows(UnsupportedOperationException.class, () -> d.reasons().add(AccessReason.ROLE_GRANTS));
    }

    @Test
    void requireReturnsAnAllowedDecisionAndThrowsADenialWithCodesOnly() {
        Case annas = Cases.allocate(Cases.open(Cases.HOME), ANNA);
        AccessDecision ok = STANDARD.require(p(ANNA, Role.ADVISER), READ_CASE, Optional.of(annas));
        assertTrue(ok.allowed());
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
            () -> STANDARD.require(p(BEN, Role.ADVISER), CHANGE_CASE, Optional.of(annas)));
        assertFalse(e.decision().allowed());
        assertEquals(List.of(AccessReason.NOT_ALLOCATED), e.decision().reasons());
        assertEquals("CHANGE_CASE denied to roles [ADVISER] on case " + annas.id().value() + ": [NOT_ALLOCATED]",
            e.getMessage());
        assertFalse(e.getMessage().contains("Quayle"));
        AccessDeniedException noCase = assertThrows(AccessDeniedException.class,
            () -> STANDARD.require(p(COLIN, Role.COMMISSIONER), QUALITY_SAMPLE, Optional.empty()));
        assertEquals("QUALITY_SAMPLE denied to roles [COMMISSIONER]: [ARMS_LENGTH]", noCase.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AccessDeniedException(ok));
        assertTrue(e instanceof RuntimeException);
    }
}
