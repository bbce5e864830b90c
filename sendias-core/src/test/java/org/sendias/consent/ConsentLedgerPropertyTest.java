package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.deadline.CompulsorySchoolAge;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/**
 * Random sequences of give, withdraw and decide commands, at random times across the day a child passes compulsory
 * school age, with random parents, a carer, capacity records, recipients, purposes and categories. Each seed is
 * reproducible: a failure names its seed and step.
 *
 * <p>Checked after every step: no request is permitted in reliance on a consent withdrawn at or before its time, or
 * without a consent valid then from a person entitled then; a permitted decision's consent covers the purpose, the
 * recipient and every category; the ledger permits exactly when an independent check finds such a consent; records
 * are never lost and a withdrawal is never undone; a refused command leaves nothing changed.
 */
class ConsentLedgerPropertyTest {
    private static final int STEPS = 60;
    private static final String NAME = "Zebedee";
    private static final List<Recipient> RECIPIENTS = List.of(
        Recipient.of(OrganisationKind.SCHOOL, "Hill Primary", OrganisationIdentifier.urn("123456")),
        Recipient.of(OrganisationKind.SCHOOL, "HILL PRIMARY SCHOOL", OrganisationIdentifier.urn("123456")),
        Recipient.of(OrganisationKind.SCHOOL, "Hill Primary", OrganisationIdentifier.urn("123456")).withRole("SENCO"),
        Recipient.of(OrganisationKind.SCHOOL, "Hill Primary"),
        Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Borough SEN Team"),
        Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "  borough  sen team "),
        Recipient.of(OrganisationKind.HEALTH_BODY, "Borough SEN Team"),
        Recipient.of(OrganisationKind.HEALTH_BODY, "Community Paediatrics",
            new OrganisationIdentifier(OrganisationIdentifier.Scheme.ODS, "RX1")));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 250);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCommandSequencesKeepTheRules(long seed) {
        new Run(seed).go();
    }

    @Test
    void theSequencesReachEveryOutcome() {
        int[] totals = new int[Outcome.values().length];
        seeds().limit(120).forEach(seed -> {
            Run run = new Run(seed);
            run.go();
            for (int i = 0; i < totals.length; i++) {
                totals[i] += run.counts[i];
            }
        });
        for (Outcome o : Outcome.values()) {
            assertTrue(totals[o.ordinal()] >= 30, o + " happened only " + totals[o.ordinal()] + " times");
        }
    }

    enum Outcome { GIVEN, GIVE_REFUSED, WITHDRAWN, WITHDRAW_REFUSED, PERMITTED, REFUSED, PERMITTED_AFTER_SWITCH }

    private static final class Run {
        final long seed;
        final Random rnd;
        final int[] counts = new int[Outcome.values().length];
        final TenantId tenant = TenantId.of("iass-prop");
        final CaseId caseId = CaseId.random();
        final Party child;
        final List<Party> others = new ArrayList<>();
        final List<PartyId> people = new ArrayList<>();
        final Optional<CapacityRecord> capacity;
        final LocalDate lastSchoolAgeDay;
        final Instant start;
        ConsentLedger ledger;
        Instant now;

        Run(long seed) {
            this.seed = seed;
            this.rnd = new Random(seed);
            LocalDate dob = LocalDate.of(2008, 1, 1).plusDays(rnd.nextInt(5 * 365));
            child = Party.child(NAME + " Child", dob);
            lastSchoolAgeDay = CompulsorySchoolAge.endsOn(dob);
            int parents = 1 + rnd.nextInt(2);
            for (int i = 0; i < parents; i++) {
                others.add(Party.person(PartyRole.PARENT, NAME + " Parent " + i));
            }
            others.add(Party.person(PartyRole.CARER, NAME + " Carer"));
            Party deputy = Party.person(PartyRole.PROFESSIONAL, NAME + " Deputy");
            others.add(deputy);
            people.add(child.id());
            others.forEach(p -> people.add(p.id()));
            if (rnd.nextInt(10) < 4) {
                PartyId actingFor = rnd.nextBoolean() ? others.get(0).id() : deputy.id();
                LocalDate from = lastSchoolAgeDay.plusDays(rnd.nextInt(300) - 100);
                Optional<LocalDate> ended = rnd.nextBoolean() ? Optional.of(from.plusDays(1 + rnd.nextInt(200)))
                    : Optional.empty();
                CapacityRecord.Basis[] bases = CapacityRecord.Basis.values();
                capacity = Optional.of(new CapacityRecord(child.id(), actingFor, bases[rnd.nextInt(bases.length)],
                    from, UserId.of("adviser-" + rnd.nextInt(3)), ended));
            } else {
                capacity = Optional.empty();
            }
            start = at(lastSchoolAgeDay.minusDays(30 + rnd.nextInt(300)), rnd.nextInt(86_400));
            now = start;
            ledger = ConsentLedger.empty(tenant, caseId);
        }

        private static Instant at(LocalDate day, int secondOfDay) {
            return LocalDateTime.of(day, LocalTime.ofSecondOfDay(secondOfDay)).atZone(ConsentRecord.ZONE).toInstant();
        }

        ConsentAuthority authority(Instant t) {
            return ConsentAuthority.at(child, others, capacity, LocalDate.ofInstant(t, ConsentRecord.ZONE));
        }

        void go() {
            for (int step = 0; step < STEPS; step++) {
                now = now.plusSeconds(rnd.nextInt(3) == 0 ? rnd.nextInt(3600) : rnd.nextInt(20 * 86_400));
                String where = "seed " + seed + ", step " + step;
                ConsentLedger before = ledger;
                try {
                    int kind = rnd.nextInt(10);
                    if (kind < 4) {
                        give();
                    } else if (kind < 6) {
                        withdraw();
                    } else if (kind < 9) {
                        decide(randomRequest());
                    } else {
                        referral();
                    }
                    recordsOnlyGrow(before, ledger);
                } catch (AssertionError e) {
                    throw new AssertionError(where + ": " + e.getMessage(), e);
                }
            }
        }

        void give() {
            PartyId giver = pick(people);
            ConsentScope scope = randomScope();
            LocalDate today = LocalDate.ofInstant(now, ConsentRecord.ZONE);
            Optional<LocalDate> expires = rnd.nextBoolean() ? Optional.empty()
                : Optional.of(today.plusDays(rnd.nextInt(200)));
            GiveConsent cmd = new GiveConsent(giver, scope, "form-v" + rnd.nextInt(4), pick(List.of(
                ConsentMethod.values())), expires, UserId.of("adviser-" + rnd.nextInt(3)));
            ConsentAuthority authority = authority(now);
            boolean entitled = authority.mayConsent(giver);
            try {
                LedgerUpdate<ConsentRecord> u = ledger.give(cmd, authority, now);
                assertTrue(entitled, "a person not entitled was allowed to consent");
                assertEquals(ledger.records().size() + 1, u.ledger().records().size());
                ConsentRecord r = u.value();
                assertEquals(r, u.ledger().records().get(u.ledger().records().size() - 1));
                assertEquals(child.id(), r.about());
                assertEquals(authority.giverRole(), r.givenAs());
                singleEvent(u.events(), ConsentGiven.TYPE);
                ledger = u.ledger();
                counts[Outcome.GIVEN.ordinal()]++;
            } catch (InvalidInputException e) {
                assertFalse(entitled, "an entitled person was refused: " + e.getMessage());
                assertEquals("givenBy", e.field());
                assertNoNames(e.getMessage());
                counts[Outcome.GIVE_REFUSED.ordinal()]++;
            }
        }

        void withdraw() {
            if (ledger.records().isEmpty()) {
                return;
            }
            ConsentRecord target = pick(ledger.records());
            PartyId by = pick(people);
            Instant t = rnd.nextInt(10) == 0 ? target.givenAt().minusSeconds(1 + rnd.nextInt(86_400)) : now;
            ConsentAuthority authority = authority(t);
            boolean allowed = !target.isWithdrawn() && !t.isBefore(target.givenAt())
                && (by.equals(target.givenBy()) || authority.mayConsent(by));
            try {
                LedgerUpdate<ConsentRecord> u = ledger.withdraw(new WithdrawConsent(target.id(), by,
                    UserId.of("adviser-1")), authority, t);
                assertTrue(allowed, "a withdrawal that should be refused was accepted");
                assertEquals(Optional.of(new Withdrawal(t, by, UserId.of("adviser-1"))), u.value().withdrawal());
                singleEvent(u.events(), ConsentWithdrawn.TYPE);
                ledger = u.ledger();
                counts[Outcome.WITHDRAWN.ordinal()]++;
            } catch (InvalidInputException e) {
                assertFalse(allowed, "a valid withdrawal was refused: " + e.getMessage());
                assertNoNames(e.getMessage());
                counts[Outcome.WITHDRAW_REFUSED.ordinal()]++;
            }
        }

        SharingRequest randomRequest() {
            if (rnd.nextInt(3) == 0 && !ledger.records().isEmpty()) {
                return askingWhatItCovers(pick(ledger.records()));
            }
            Instant t = rnd.nextBoolean() ? now
                : start.plusSeconds((long) (rnd.nextDouble() * (now.getEpochSecond() - start.getEpochSecond()
                    + 200L * 86_400)) - 5L * 86_400);
            Purpose purpose = pick(List.of(Purpose.values()));
            Set<DataCategory> categories = randomSubset(DataCategory.class, 3);
            return purpose.staysWithinService()
                ? SharingRequest.withinService(caseId, purpose, categories, t)
                : SharingRequest.to(caseId, pick(RECIPIENTS), purpose, categories, t);
        }

        /**
         * A request for what a consent covers (one of its purposes, its recipient, some of its categories), within an
         * hour of when it was given or withdrawn, of the end of its last valid day, or of the young person starting
         * to decide: where an off-by-a-little mistake would show.
         */
        SharingRequest askingWhatItCovers(ConsentRecord r) {
            List<Instant> edges = new ArrayList<>();
            edges.add(r.givenAt());
            r.withdrawal().ifPresent(w -> edges.add(w.at()));
            r.expiresOn().ifPresent(last -> edges.add(at(last.plusDays(1), 0)));
            edges.add(at(lastSchoolAgeDay.plusDays(1), 0));
            Instant t = pick(edges).plusSeconds(rnd.nextInt(7200) - 3600);
            Purpose purpose = pick(List.copyOf(r.scope().purposes()));
            List<DataCategory> mine = List.copyOf(r.scope().categories());
            Set<DataCategory> categories = EnumSet.of(pick(mine));
            if (rnd.nextInt(4) == 0) {
                categories.add(pick(List.of(DataCategory.values())));
            }
            return purpose.staysWithinService()
                ? SharingRequest.withinService(caseId, purpose, categories, t)
                : SharingRequest.to(caseId, r.scope().recipient().orElseThrow(), purpose, categories, t);
        }

        void decide(SharingRequest request) {
            ConsentAuthority authority = authority(request.at());
            SharingDecision d = ledger.decide(request, authority);
            check(d, request.purpose(), request.recipient(), Optional.of(request.categories()), request.at(),
                authority);
        }

        void referral() {
            Instant t = now.minusSeconds(rnd.nextInt(100 * 86_400));
            ConsentAuthority authority = authority(t);
            check(ledger.referralConsent(authority, t), Purpose.ACCEPT_REFERRAL, Optional.empty(), Optional.empty(),
                t, authority);
        }

        void check(SharingDecision d, Purpose purpose, Optional<Recipient> recipient,
                Optional<Set<DataCategory>> categories, Instant t, ConsentAuthority authority) {
            boolean expected = ledger.records().stream()
                .anyMatch(r -> reliable(r, purpose, recipient, categories, t, authority));
            if (d instanceof SharingDecision.Permitted p) {
                ConsentRecord r = p.reliedOn();
                assertTrue(ledger.records().contains(r), "relied on a consent not in the ledger");
                assertFalse(r.withdrawal().isPresent() && !r.withdrawal().get().at().isAfter(t),
                    "permitted after the consent relied on was withdrawn");
                assertTrue(r.isValidAt(t), "relied on a consent not valid at the time");
                assertTrue(authority.mayConsent(r.givenBy()), "relied on a consent from a person not entitled then");
                assertTrue(r.scope().purposes().contains(purpose), "the consent does not cover the purpose");
                if (!purpose.staysWithinService()) {
                    assertTrue(r.scope().recipient().orElseThrow().matches(recipient.orElseThrow()),
                        "the consent does not cover the recipient");
                }
                categories.ifPresent(c -> assertTrue(r.scope().categories().containsAll(c),
                    "the consent does not cover every category"));
                assertTrue(expected, "permitted, but no consent should be relied on");
                counts[Outcome.PERMITTED.ordinal()]++;
                if (!(authority instanceof ConsentAuthority.Parents)) {
                    counts[Outcome.PERMITTED_AFTER_SWITCH.ordinal()]++;
                }
            } else if (d instanceof SharingDecision.Refused refused) {
                assertFalse(expected, "refused, but a consent covers it: " + refused.reasons());
                assertFalse(refused.reasons().isEmpty());
                refused.reasons().forEach(this::assertNoNames);
                counts[Outcome.REFUSED.ordinal()]++;
            } else {
                fail("unknown decision " + d);
            }
        }

        /** The rule, stated independently of the ledger's code. */
        private static boolean reliable(ConsentRecord r, Purpose purpose, Optional<Recipient> recipient,
                Optional<Set<DataCategory>> categories, Instant t, ConsentAuthority authority) {
            LocalDate day = LocalDate.ofInstant(t, ConsentRecord.ZONE);
            boolean given = !r.givenAt().isAfter(t);
            boolean notWithdrawn = r.withdrawal().map(w -> w.at().isAfter(t)).orElse(true);
            boolean notExpired = r.expiresOn().map(last -> !day.isAfter(last)).orElse(true);
            boolean recipientOk = purpose.staysWithinService()
                || r.scope().recipient().map(mine -> mine.matches(recipient.orElseThrow())).orElse(false);
            return r.about().equals(authority.child()) && given && notWithdrawn && notExpired
                && authority.mayConsent(r.givenBy()) && r.scope().purposes().contains(purpose) && recipientOk
                && categories.map(c -> r.scope().categories().containsAll(c)).orElse(true);
        }

        ConsentScope randomScope() {
            Set<Purpose> purposes = randomSubset(Purpose.class, 3);
            Set<DataCategory> categories = randomSubset(DataCategory.class, 5);
            boolean leaves = purposes.stream().anyMatch(p -> !p.staysWithinService());
            return new ConsentScope(purposes, leaves ? Optional.of(pick(RECIPIENTS)) : Optional.empty(), categories);
        }

        <E extends Enum<E>> Set<E> randomSubset(Class<E> type, int max) {
            E[] all = type.getEnumConstants();
            EnumSet<E> set = EnumSet.noneOf(type);
            int n = 1 + rnd.nextInt(max);
            while (set.size() < n) {
                set.add(all[rnd.nextInt(all.length)]);
            }
            return set;
        }

        <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        void singleEvent(List<DomainEvent> events, String type) {
            assertEquals(1, events.size());
            DomainEvent e = events.get(0);
            assertEquals(type, e.type());
            assertEquals(tenant, e.tenant());
            assertEquals(caseId, e.caseId());
            assertNoNames(e.toString());
        }

        void assertNoNames(String text) {
            assertFalse(text.contains(NAME), "personal data in: " + text);
            assertFalse(text.contains(child.dateOfBirth().orElseThrow().toString()), "date of birth in: " + text);
        }

        static void recordsOnlyGrow(ConsentLedger before, ConsentLedger after) {
            assertTrue(after.records().size() >= before.records().size(), "a record was lost");
            for (int i = 0; i < before.records().size(); i++) {
                ConsentRecord was = before.records().get(i);
                ConsentRecord is = after.records().get(i);
                assertEquals(was.id(), is.id(), "records were reordered or replaced");
                if (was.isWithdrawn()) {
                    assertEquals(was, is, "a withdrawn consent changed");
                } else if (!was.equals(is)) {
                    assertEquals(was.withdraw(is.withdrawal().orElseThrow().at(), is.withdrawal().get().by(),
                        is.withdrawal().get().recordedBy()), is, "a record changed other than by withdrawal");
                }
            }
            assertTrue(after.disclosures().containsAll(before.disclosures()));
        }
    }
}
