package org.sendias.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.consent.WithdrawConsent;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * Random command sequences against one case, valid and invalid mixed, seeded so a failure can be replayed. After
 * every step: a refused command changed nothing; a change moves the version by one; no note, contact or consent is
 * ever lost and a withdrawal is never undone; the status only moves along allowed transitions; a held referral holds
 * nothing but contact attempts and consent; and no sharing request is permitted without a consent valid at that
 * moment, from the person entitled that day, covering the recipient, purpose and every category.
 */
class CasePropertyTest {
    private static final int STEPS = 80;
    private static final UserId ADVISER = UserId.of("adviser-1");
    private static final List<Recipient> RECIPIENTS = List.of(Recipient.of(OrganisationKind.SCHOOL, "Hill School"),
        Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "SEN team"));

    /** What the runs reached, so that a generator change that stops exercising a rule is noticed. */
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> REACHED =
        new java.util.concurrent.ConcurrentHashMap<>();

    private static void reached(String what) {
        REACHED.computeIfAbsent(what, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
    }

    @org.junit.jupiter.api.AfterAll
    static void everyOutcomeWasReached() {
        for (String what : List.of("permitted", "refused", "released", "withdrawn", "refused-command", "closed",
                "reopened")) {
            assertTrue(REACHED.containsKey(what), "no run reached: " + what + " (reached " + REACHED + ")");
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHoldOverRandomCommandSequences(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // born between 2008 and 2012, so compulsory school age ends during the run for some seeds
        Party child = Party.child("Child", LocalDate.of(2008, 1, 1).plusDays(random.nextInt(5 * 365)));
        Party parent = Party.person(PartyRole.PARENT, "Parent");
        Party carer = Party.person(PartyRole.CARER, "Carer");
        List<Party> people = List.of(child, parent, carer);
        Instant now = Instant.parse("2024-01-08T09:00:00Z");
        OpenCase open = random.nextBoolean() ? Fixtures.selfReferral(child, parent, carer)
            : Fixtures.schoolReferral(child, parent, carer);
        Case c = Case.open(open, now).after();

        for (int step = 0; step < STEPS; step++) {
            now = now.plus(Duration.ofHours(1 + random.nextInt(24 * 30)));
            String where = "seed " + seed + ", step " + step;
            Case before = c;
            try {
                c = apply(random, c, people, now).after();
            } catch (InvalidInputException refused) {
                reached("refused-command");
                continue; // immutable: the case is untouched, which the next step's invariants rely on
            }
            assertEquals(before.version() + 1, c.version(), where);
            assertEquals(c.snapshot(), Case.restore(c.snapshot()).snapshot(), where + ": a snapshot restores as is");
            assertPrefix(before.notes(), c.notes(), where + " notes");
            assertPrefix(before.contacts(), c.contacts(), where + " contacts");
            assertEquals(before.consents().records().size() <= c.consents().records().size(), true, where);
            for (ConsentRecord old : before.consents().records()) {
                ConsentRecord now2 = c.consents().find(old.id()).orElseThrow(() -> new AssertionError(where + " lost"));
                assertTrue(old.withdrawal().isEmpty() || now2.withdrawal().equals(old.withdrawal()), where);
            }
            if (before.status() == CaseStatus.HELD && c.status() == CaseStatus.OPEN) {
                reached("released");
            }
            if (c.status() == CaseStatus.CLOSED && before.status() != CaseStatus.CLOSED) {
                reached("closed");
            }
            if (c.status() == CaseStatus.REOPENED && before.status() != CaseStatus.REOPENED) {
                reached("reopened");
            }
            if (c.consents().records().stream().filter(r -> r.withdrawal().isPresent()).count()
                    > before.consents().records().stream().filter(r -> r.withdrawal().isPresent()).count()) {
                reached("withdrawn");
            }
            assertTrue(c.walledOff().containsAll(before.walledOff()), where + ": a wall was removed");
            Case current = c;
            assertTrue(current.adviser().map(a -> !current.walledOff().contains(a)).orElse(true),
                where + ": walled-off adviser");
            if (c.status() != before.status()) {
                assertTrue(before.status().canMoveTo(c.status()), where + ": " + before.status() + " -> " + c.status());
            }
            if (c.status() == CaseStatus.HELD) {
                assertTrue(c.notes().isEmpty() && c.adviceNotes().isEmpty(), where);
                assertTrue(c.contacts().stream().allMatch(Contact::attempt), where);
            }
            checkSharing(random, c, now.plus(Duration.ofHours(random.nextInt(24 * 60))), where);
        }
    }

    private static CaseChange apply(SplittableRandom random, Case c, List<Party> people, Instant now) {
        Party who = people.get(random.nextInt(people.size()));
        return switch (random.nextInt(9)) {
            case 0 -> c.addNote(new CaseCommand.AddNote("note", random.nextInt(4) == 0 && !c.notes().isEmpty()
                ? Optional.of(c.notes().get(random.nextInt(c.notes().size())).id()) : Optional.empty(), ADVISER), now);
            case 1 -> c.recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(10),
                random.nextBoolean(), Optional.empty(), Set.of(), ADVISER), now);
            case 2 -> c.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.values()[random.nextInt(
                CaseStatus.values().length)], ADVISER), now);
            case 3 -> c.releaseReferral(new CaseCommand.ReleaseReferral(ADVISER), now);
            case 4, 5 -> c.giveConsent(new GiveConsent(who.id(), scope(random), "form-v1", ConsentMethod.VERBAL,
                random.nextInt(3) == 0 ? Optional.of(LocalDate.ofInstant(now, Case.ZONE).plusDays(random.nextInt(90)))
                    : Optional.empty(), ADVISER), now);
            case 6 -> {
                List<ConsentRecord> records = c.consents().records();
                if (records.isEmpty()) {
                    throw new InvalidInputException("consentId", "nothing to withdraw");
                }
                yield c.withdrawConsent(new WithdrawConsent(records.get(random.nextInt(records.size())).id(),
                    who.id(), ADVISER), now);
            }
            case 7 -> c.addParty(new CaseCommand.AddParty(Party.person(PartyRole.PROFESSIONAL, "Professional"),
                ADVISER), now);
            default -> {
                UserId adviser = UserId.of("adviser-" + random.nextInt(3));
                yield random.nextInt(4) == 0 ? c.wallOff(new CaseCommand.WallOff(adviser, ADVISER), now)
                    : c.allocate(new CaseCommand.AllocateAdviser(adviser, new Clearance(adviser,
                        random.nextInt(5) == 0 ? Math.max(1, c.version() - 1) : c.version(), Clearance.Basis.CLEAR,
                        Optional.empty()), ADVISER), now);
            }
        };
    }

    private static ConsentScope scope(SplittableRandom random) {
        Set<DataCategory> categories = java.util.EnumSet.of(DataCategory.EDUCATION,
            DataCategory.values()[random.nextInt(DataCategory.values().length)]);
        return switch (random.nextInt(3)) {
            case 0 -> ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL), categories);
            default -> ConsentScope.sharingWith(RECIPIENTS.get(random.nextInt(RECIPIENTS.size())),
                Set.of(Purpose.CONTACT_ABOUT_CASE), categories);
        };
    }

    private static void checkSharing(SplittableRandom random, Case c, Instant at, String where) {
        Recipient to = RECIPIENTS.get(random.nextInt(RECIPIENTS.size()));
        Set<DataCategory> categories = Set.of(DataCategory.values()[random.nextInt(DataCategory.values().length)]);
        SharingDecision d = c.decideSharing(SharingRequest.to(c.id(), to, Purpose.CONTACT_ABOUT_CASE, categories, at));
        reached(d instanceof SharingDecision.Permitted ? "permitted" : "refused");
        if (d instanceof SharingDecision.Permitted p) {
            ConsentRecord relied = p.reliedOn();
            assertFalse(c.status() == CaseStatus.HELD, where + ": a held referral shares nothing");
            assertTrue(relied.isValidAt(at), where + ": relied on a consent not valid then");
            assertTrue(relied.withdrawal().map(w -> w.at().isAfter(at)).orElse(true), where + ": after withdrawal");
            assertTrue(c.consentAuthority(LocalDate.ofInstant(at, Case.ZONE)).mayConsent(relied.givenBy()),
                where + ": the giver is not entitled on that day");
            assertTrue(relied.scope().purposes().contains(Purpose.CONTACT_ABOUT_CASE), where);
            assertTrue(relied.scope().recipient().map(r -> r.matches(to)).orElse(false), where);
            assertTrue(relied.scope().categories().containsAll(categories), where);
        } else if (!(d instanceof SharingDecision.Refused)) {
            fail(where + ": unknown decision " + d);
        }
    }

    private static <T> void assertPrefix(List<T> before, List<T> after, String where) {
        assertTrue(after.size() >= before.size(), where + ": shrank");
        assertEquals(before, new ArrayList<>(after.subList(0, before.size())), where + ": changed");
    }
}
