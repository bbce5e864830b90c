package org.sendias.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.access.AccessDeniedException;
import org.sendias.access.AccessPolicy;
import org.sendias.access.AdviserScope;
import org.sendias.access.Operation;
import org.sendias.access.Principal;
import org.sendias.access.Role;
import org.sendias.audit.AuditEvent;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseSnapshot;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.consent.DataCategory;
import org.sendias.consent.Purpose;
import org.sendias.consent.SharingRequest;
import org.sendias.dataprotection.DisposalPlanner;
import org.sendias.dataprotection.ErasureRequest;
import org.sendias.dataprotection.RetentionSchedule;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.subjectaccess.Redactor;
import org.sendias.subjectaccess.SubjectQuery;

/**
 * No path through {@link CaseService} gives a principal outside the service team (a local authority or commissioner
 * officer, a host administrator) any case content: for every public method, under generated policies and generated
 * stores, the call is refused, the refusal is audited, and nothing else is read or written. A method added to
 * {@link CaseService} without a path here fails {@link #everyPublicMethodHasAPath}.
 */
class CaseServiceArmsLengthTest {
    static final TenantId TENANT = TenantId.of("iass-arms-length");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String CHILD = "Robin Quayle-Example";
    static final Principal MANAGER = Principal.of(TENANT, UserId.of("manager-1"), Role.SERVICE_MANAGER);

    static OpenCase command() {
        return new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 11, 20)),
            Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT, Party.child(CHILD, LocalDate.of(2015, 1, 9)),
            List.of(Party.person(PartyRole.PARENT, "Jo Quayle-Example")), MANAGER.user());
    }

    /** Every way into a service's records, each called as the given principal on the given case id. */
    static Map<String, BiConsumer<Call, Principal>> paths() {
        Map<String, BiConsumer<Call, Principal>> paths = new TreeMap<>();
        paths.put("read", (c, p) -> c.service.read(p, c.id, "monitoring"));
        paths.put("open", (c, p) -> c.service.open(p, command(), "monitoring"));
        paths.put("change", (c, p) -> c.service.change(p, c.id, "monitoring",
            (k, at) -> k.addNote(new CaseCommand.AddNote("a note", Optional.empty(), p.user()), at)));
        paths.put("allocate", (c, p) -> c.service.allocate(p, c.id, p.user(), Optional.of("waived"), "monitoring"));
        paths.put("decideSharing", (c, p) -> c.service.decideSharing(p, c.id, new SharingRequest(c.id,
            Optional.empty(), Purpose.values()[0], Set.of(DataCategory.values()[0]), NOW), "monitoring"));
        paths.put("auditTrail", (c, p) -> c.service.auditTrail(p, Instant.EPOCH, NOW, "monitoring"));
        paths.put("verifyAuditTrail", (c, p) -> c.service.verifyAuditTrail(p, "monitoring"));
        paths.put("exportSubjectAccess", (c, p) -> c.service.exportSubjectAccess(p,
            SubjectQuery.byName(CHILD), Redactor.none(), "monitoring"));
        paths.put("planDisposal", (c, p) -> c.service.planDisposal(p, RetentionSchedule.defaults(),
            LocalDate.of(2060, 1, 1), "monitoring"));
        paths.put("runDisposal", (c, p) -> c.service.runDisposal(p, DisposalPlanner.plan(TENANT, List.of(),
            RetentionSchedule.defaults(), LocalDate.of(2060, 1, 1)), "monitoring"));
        paths.put("decideErasure", (c, p) -> c.service.decideErasure(p, ErasureRequest.ofCase(c.id,
            LocalDate.of(2026, 11, 23), p.user()), Set.of(), "monitoring"));
        paths.put("changeDeclarations", (c, p) -> c.service.changeDeclarations(p, "monitoring",
            (r, at) -> r.declare(org.sendias.conflicts.Declare.of(p.user(), LocalDate.of(2026, 11, 2),
                org.sendias.conflicts.DeclaredPerson.of(CHILD, org.sendias.conflicts.Relationship.FRIEND)), at)));
        paths.put("changeGifts", (c, p) -> c.service.changeGifts(p, "monitoring",
            (r, at) -> r.record(new org.sendias.conflicts.RecordGift(p.user(), "A giver", Optional.empty(), "Lunch",
                java.math.BigDecimal.TEN, LocalDate.of(2026, 11, 2), org.sendias.conflicts.GiftDecision.ACCEPTED,
                p.user(), Optional.empty()), at)));
        return paths;
    }

    /** A service over a store, and the case id a path is called on. */
    record Call(CaseService service, CaseId id) {
    }

    @org.junit.jupiter.api.Test
    void everyPublicMethodHasAPath() {
        Set<String> methods = new TreeSet<>();
        for (Method m : CaseService.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && !m.getName().equals("policy")) {
                methods.add(m.getName());
            }
        }
        assertEquals(methods, paths().keySet());
    }

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 0; s < 40; s++) {
            seeds.add(20_261_123L + s);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noPathGivesAnOutsideRoleCaseContent(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InMemoryStore store = new InMemoryStore();
        CaseService service = CaseService.builder(store).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .policy(policy(random)).build();
        List<Case> cases = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            Case c = service.open(MANAGER, command(), "casework").after();
            if (random.nextBoolean()) {
                c = service.change(MANAGER, c.id(), "casework", (k, at) -> k.addNote(new CaseCommand.AddNote(
                    "Met " + CHILD + " at school", Optional.empty(), MANAGER.user()), at)).after();
            }
            cases.add(c);
        }
        List<CaseSnapshot> before = snapshots(store, cases);
        Principal outsider = outsider(random);
        for (Map.Entry<String, BiConsumer<Call, Principal>> path : paths().entrySet()) {
            CaseId id = random.nextInt(4) == 0 ? CaseId.random() : cases.get(random.nextInt(cases.size())).id();
            int audited = store.auditTrail().read(TENANT, Instant.EPOCH, NOW.plusSeconds(1)).size();
            String where = path.getKey() + " as " + outsider.roles() + ", seed " + seed;
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> path.getValue().accept(new Call(service, id), outsider), where);
            assertFalse(e.getMessage().contains(CHILD), where);
            assertTrue(e.decision().operation().personalData(), where);
            List<AuditEvent> after = store.auditTrail().read(TENANT, Instant.EPOCH, NOW.plusSeconds(1));
            assertEquals(audited + 1, after.size(), "one record, the refusal, " + where);
            assertEquals(CaseService.ACCESS_DENIED, after.get(after.size() - 1).record().action(), where);
            assertEquals(outsider.user(), after.get(after.size() - 1).record().actor(), where);
        }
        assertEquals(before, snapshots(store, cases), "nothing changed, seed " + seed);
        assertTrue(store.auditTrail().verify(TENANT).intact());
    }

    /** A policy the builder accepts: random grants to the team, and the only grant it allows outside it. */
    static AccessPolicy policy(SplittableRandom random) {
        AccessPolicy.Builder b = AccessPolicy.builder().adviserScope(random.nextBoolean()
            ? AdviserScope.ALLOCATED_CASES : AdviserScope.ALL_SERVICE_CASES);
        b.grant(Role.SERVICE_MANAGER, Operation.OPEN_CASE, Operation.CHANGE_CASE, Operation.READ_CASE);
        for (Role role : Role.values()) {
            for (Operation op : Operation.values()) {
                if (random.nextInt(3) == 0 && (role.serviceTeam() || !op.personalData())) {
                    b.grant(role, op);
                }
            }
        }
        return b.build();
    }

    static Principal outsider(SplittableRandom random) {
        List<Set<Role>> sets = List.of(EnumSet.of(Role.COMMISSIONER), EnumSet.of(Role.HOST_ADMINISTRATOR),
            EnumSet.of(Role.COMMISSIONER, Role.HOST_ADMINISTRATOR));
        return new Principal(TENANT, UserId.of("outside-" + random.nextInt(3)), sets.get(random.nextInt(3)));
    }

    static List<CaseSnapshot> snapshots(InMemoryStore store, List<Case> cases) {
        return store.inTransaction(TENANT, uow -> Arrays.stream(cases.toArray(Case[]::new))
            .map(c -> uow.findCase(c.id()).orElseThrow().snapshot()).toList());
    }
}
