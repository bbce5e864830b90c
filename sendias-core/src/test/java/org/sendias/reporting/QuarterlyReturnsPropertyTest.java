package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.reporting.Fixtures.STAFF;
import static org.sendias.reporting.Fixtures.TENANT;
import static org.sendias.reporting.Fixtures.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.OutcomeKind;
import org.sendias.casework.ProcessId;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.equality.ReportingConsent;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;

/** Invariants of the quarterly return over seeded, generated cases. */
class QuarterlyReturnsPropertyTest {
    private static final DeadlineEngine ENGINE = DeadlineEngine.create();
    private static final String NOTE = "Note text about the family";

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 19, 2026, 31337, 99991})
    void figuresAddUp_percentagesStayInRange_andCasesOutsideThePeriodNeverCount(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ReportingPeriod period = ReportingPeriod.quarter(2026, 1 + random.nextInt(4));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cases.add(generate(random, period.start().minusMonths(9), period.end().plusMonths(1)));
        }
        QuarterlyReturn r = QuarterlyReturns.compute(TENANT, cases, period, ContractTerms.DEFAULT, ENGINE);

        for (CategoryCounts<?> counts : List.of(r.byEthnicity(), r.byGender(), r.byDisability(),
                r.byFirstLanguage())) {
            assertEquals(r.peopleUsingService(), counts.total());
        }
        assertEquals(r.referrals(), r.referralsBySource().total());
        assertEquals(r.contactsWithInterpreter(), r.interpreterLanguages().total());
        for (Domain d : Domain.values()) {
            assertTrue(r.casesByDomain().get(d) <= r.casesOpen());
            assertTrue(r.referralsByDomain().get(d) <= r.referrals());
        }
        assertTrue(r.casesWithInterpreter() <= r.contactsWithInterpreter());
        assertTrue(r.transitionsSuccessful() <= r.transitionReports());
        for (ServiceLevelFigure f : List.of(r.acknowledgement(), r.firstAppointment())) {
            f.percentOnTime().ifPresent(p -> assertTrue(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
                "percentage " + p));
        }
        r.complaintsPercentOfUsers().ifPresent(p -> assertTrue(p.signum() >= 0));
        assertTrue(r.casesOpen() > 0 && r.peopleUsingService() > 0, "the generated cases reach the period");
        assertFalse(r.toString().contains(NOTE));
        assertFalse(r.toString().contains("Parent Name"));

        List<Case> withOutside = new ArrayList<>(cases);
        for (int i = 0; i < 20; i++) {
            withOutside.add(random.nextBoolean() ? before(random, period) : after(random, period));
        }
        assertEquals(r, QuarterlyReturns.compute(TENANT, withOutside, period, ContractTerms.DEFAULT, ENGINE));
    }

    /** A case whose every date, closing included, is before the period (and more than six months before). */
    private static Case before(SplittableRandom random, ReportingPeriod period) {
        LocalDate from = period.start().minusMonths(24);
        Case c = generate(random, from, period.start().minusMonths(8));
        if (c.status() != CaseStatus.CLOSED) {
            c = c.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, STAFF),
                at(period.start().minusMonths(7))).after();
        }
        return c;
    }

    /** A case that arrives after the period. */
    private static Case after(SplittableRandom random, ReportingPeriod period) {
        return generate(random, period.end().plusDays(8), period.end().plusMonths(6));
    }

    /**
     * A case arriving between {@code from} and {@code to}, every later date of it no later than {@code to} plus a
     * few days (key dates up to 20 days after arrival, outcomes and events up to {@code to}).
     */
    private static Case generate(SplittableRandom random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        LocalDate received = from.plusDays(random.nextLong(Math.max(1, span / 2)));
        boolean third = random.nextInt(4) == 0;
        Arrival arrival = third ? Arrival.referredBy(OrganisationKind.values()[random.nextInt(
            OrganisationKind.values().length)], received) : Arrival.selfReferral(received);
        Domain[] domains = random.nextBoolean() ? new Domain[] {Domain.EDUCATION}
            : new Domain[] {Domain.values()[random.nextInt(2)], Domain.SOCIAL_CARE};
        Case c = Fixtures.open(arrival, received, domains);
        LocalDate day = received;
        if (random.nextInt(3) > 0) {
            c = c.recordKeyDate(new CaseCommand.RecordKeyDate(EventType.REFERRAL_ACKNOWLEDGED,
                received.plusDays(random.nextInt(6)), STAFF), at(day)).after();
        }
        if (third) {
            if (random.nextBoolean()) {
                return c;
            }
            c = c.giveConsent(new org.sendias.consent.GiveConsent(c.parties().get(1).id(),
                org.sendias.consent.ConsentScope.withinService(Set.of(org.sendias.consent.Purpose.ACCEPT_REFERRAL),
                Set.of(org.sendias.consent.DataCategory.CONTACT_DETAILS)), "form-v1",
                org.sendias.consent.ConsentMethod.WRITTEN, Optional.empty(), STAFF), at(day)).after();
            c = c.releaseReferral(new CaseCommand.ReleaseReferral(STAFF), at(day)).after();
        }
        if (random.nextBoolean()) {
            c = c.recordKeyDate(new CaseCommand.RecordKeyDate(EventType.FIRST_APPOINTMENT_HELD,
                received.plusDays(random.nextInt(12)), STAFF), at(day)).after();
        }
        for (Party p : c.parties()) {
            if (random.nextInt(3) > 0) {
                EqualityMonitoring m = EqualityMonitoring.NONE
                    .withEthnicity(Ethnicity.values()[random.nextInt(Ethnicity.values().length)])
                    .withGender(GenderAnswer.of(Gender.values()[random.nextInt(Gender.values().length)]))
                    .withDisability(DisabilityStatus.values()[random.nextInt(DisabilityStatus.values().length)])
                    .withFirstLanguage(Language.of(List.of("en", "pl", "so", "pa", "prefer-not-to-say")
                        .get(random.nextInt(5))))
                    .withReportingConsent(new ReportingConsent(random.nextBoolean(), at(day), p.id(), "v1"));
                c = c.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(p.id(), m, STAFF), at(day))
                    .after();
            }
        }
        c = c.addNote(new CaseCommand.AddNote(NOTE, Optional.empty(), STAFF), at(day)).after();
        if (random.nextBoolean()) {
            ProcessId pid = ProcessId.random();
            c = c.trackProcess(new CaseCommand.TrackProcess(ProcessType.APPEAL, pid, STAFF), at(day)).after();
            c = c.recordProcessEvent(new CaseCommand.RecordProcessEvent(pid, EventType.APPEAL_REGISTERED,
                between(random, received, to), STAFF), at(day)).after();
        }
        int steps = random.nextInt(6);
        for (int i = 0; i < steps; i++) {
            day = between(random, day, to);
            switch (random.nextInt(3)) {
                case 0 -> c = c.status() == CaseStatus.CLOSED ? c : c.recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE,
                    Duration.ofMinutes(20), false, random.nextBoolean() ? Optional.of(Language.of("ar"))
                    : Optional.empty(), Set.of(), STAFF), at(day)).after();
                case 1 -> c = c.recordOutcome(new CaseCommand.RecordOutcome(OutcomeKind.values()[random.nextInt(
                    OutcomeKind.values().length)], day, STAFF), at(day)).after();
                default -> {
                    CaseStatus next = c.status() == CaseStatus.CLOSED ? CaseStatus.REOPENED : CaseStatus.CLOSED;
                    c = c.changeStatus(new CaseCommand.ChangeStatus(next, STAFF), at(day)).after();
                }
            }
        }
        return c;
    }

    private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }
}
