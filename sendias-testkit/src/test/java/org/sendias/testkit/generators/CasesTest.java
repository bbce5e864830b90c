package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Note;
import org.sendias.casework.OpenCase;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.party.PartyRole;

class CasesTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static List<List<CaseChange>> histories;
    private static List<Case> cases;

    @BeforeAll
    static void generate() {
        // 4 seeds x 300: every command in every history is applied by the case itself, so generating is the test
        histories = Samples.draw(Cases.histories(TENANT), 300);
        cases = histories.stream().map(h -> h.get(h.size() - 1).after()).toList();
    }

    @Test
    void openCases_areSelfAndThirdPartyReferralsOfAChildAged0To25() {
        List<OpenCase> openings = Samples.draw(Cases.openCases(), 300);
        for (OpenCase o : openings) {
            Case.open(o, Dates.instantsOn(o.arrival().receivedOn()).next(new SplittableRandom(1)));
            int age = Period.between(o.child().dateOfBirth().orElseThrow(), o.arrival().receivedOn()).getYears();
            assertTrue(age >= 0 && age <= 25);
        }
        assertEquals(Set.of(Arrival.Route.values()), openings.stream().map(o -> o.arrival().route())
            .collect(Collectors.toSet()));
        long referredWithParent = Samples.count(openings, o -> o.arrival().startsHeld()
            && o.otherParties().stream().anyMatch(p -> p.role() == PartyRole.PARENT));
        assertTrue(referredWithParent > Samples.count(openings, o -> o.arrival().startsHeld()) * 8 / 10);
    }

    @Test
    void histories_chainTheirChanges_oneVersionAtATime() {
        for (List<CaseChange> h : histories) {
            assertEquals(1, h.get(0).after().version());
            for (int i = 1; i < h.size(); i++) {
                assertSame(h.get(i - 1).after(), h.get(i).before());
                assertEquals(i + 1, h.get(i).after().version());
                assertTrue(!h.get(i).events().isEmpty());
            }
        }
        assertTrue(histories.stream().anyMatch(h -> h.size() == 1), "a case left as opened");
        assertTrue(histories.stream().anyMatch(h -> h.size() == Cases.MAX_COMMANDS + 1), "the longest history");
    }

    @Test
    void cases_reachEveryStatus_andReleaseHeldReferrals() {
        assertEquals(EnumSet.allOf(CaseStatus.class), cases.stream().map(Case::status).collect(Collectors.toSet()));
        assertTrue(cases.stream().anyMatch(c -> c.statusHistory().stream()
            .anyMatch(s -> s.from() == CaseStatus.HELD && s.to() == CaseStatus.OPEN)), "a released referral");
        assertTrue(cases.stream().anyMatch(c -> c.statusHistory().stream()
            .anyMatch(s -> s.from() == CaseStatus.HELD && s.to() == CaseStatus.CLOSED)), "a referral closed unheard");
        assertTrue(cases.stream().filter(c -> c.status() == CaseStatus.HELD)
            .allMatch(c -> c.notes().isEmpty() && c.contacts().stream().allMatch(k -> k.attempt())));
    }

    @Test
    void cases_varyInWhatTheyHold() {
        assertVaries("notes", c -> c.notes().size());
        assertVaries("contacts", c -> c.contacts().size());
        assertVaries("consents", c -> c.consents().records().size());
        assertTrue(cases.stream().map(c -> c.parties().size()).distinct().count() >= 4, "parties vary");
        assertVaries("advice notes", c -> c.adviceNotes().size());
        assertVaries("tracked processes", c -> c.processes().size());
        assertTrue(cases.stream().anyMatch(c -> c.notes().size() > c.currentNotes().size()), "a corrected note");
        assertTrue(cases.stream().anyMatch(c -> c.notes().stream().anyMatch(n -> n.text().length() == Note.MAX_LENGTH)),
            "a note of the maximum length");
        assertTrue(cases.stream().anyMatch(c -> c.consents().records().stream().anyMatch(r -> r.isWithdrawn())),
            "a withdrawn consent");
        assertTrue(cases.stream().anyMatch(c -> !c.consents().disclosures().isEmpty()), "a disclosure");
        assertTrue(cases.stream().anyMatch(c -> !c.equalityMonitoring().isEmpty()), "equality monitoring");
        assertTrue(cases.stream().anyMatch(c -> c.capacity().isPresent()), "a capacity record");
        assertTrue(cases.stream().anyMatch(c -> c.adviser().isPresent()), "an allocated adviser");
        assertTrue(cases.stream().anyMatch(c -> !c.walledOff().isEmpty()), "a wall");
        assertTrue(cases.stream().anyMatch(c -> c.processes().values().stream().anyMatch(p -> p.events().size() > 1)),
            "a tracked process with events");
        assertTrue(cases.stream().anyMatch(c -> c.serviceLevelHistory().event(EventType.FIRST_APPOINTMENT_HELD)
            .isPresent()), "a key date");
        assertTrue(cases.stream().anyMatch(c -> c.consents().records().stream()
            .anyMatch(r -> r.givenBy().equals(c.child().id()))), "a young person's own consent");
    }

    private static void assertVaries(String what, ToIntFunction<Case> count) {
        Set<Integer> counts = cases.stream().map(c -> count.applyAsInt(c)).collect(Collectors.toSet());
        assertTrue(counts.size() >= 4 && counts.contains(0), what + " counts " + counts);
    }

    @Test
    void everyCase_hasTimelinesTheDeadlineEngineComputes() {
        DeadlineEngine engine = DeadlineEngine.create();
        for (Case c : cases) {
            LocalDate asOf = c.arrival().receivedOn().plusMonths(6);
            c.serviceLevel(engine, asOf);
            c.processTimelines(engine, asOf);
            c.impartialityEvidence();
        }
    }

    @Test
    void sameSeed_givesTheSameCases_exceptForTheIdsCoreAssigns() {
        assertTrue(Samples.reproducible(Cases.cases(TENANT).map(CasesTest::describe), s -> s));
        assertTrue(Samples.reproducible(Cases.openCases(), o -> o.toString() + o.child().name()
            + o.child().dateOfBirth() + o.otherParties().stream().map(p -> p.name()).toList()));
    }

    /** Everything about a case that does not depend on the ids the case assigns itself. */
    private static String describe(Case c) {
        return c + " " + c.status() + " " + c.statusHistory() + " " + c.parties().stream()
            .map(p -> p + p.name() + p.dateOfBirth()).toList() + " " + c.notes().stream()
            .map(n -> n.writtenAt() + n.text()).toList() + " " + c.contacts().stream()
            .map(k -> k.occurredAt() + " " + k.channel() + k.duration() + k.interpreter() + k.formats()).toList()
            + " " + c.consents().records().stream().map(r -> r.givenAt() + " " + r.givenBy() + r.scope()
                + r.withdrawal()).toList() + " " + c.processes() + " " + c.adviser() + " " + c.helpLevel()
            + c.domains() + c.equalityMonitoring().keySet() + c.capacity();
    }
}
