package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sendias.reporting.Fixtures.STAFF;
import static org.sendias.reporting.Fixtures.TENANT;
import static org.sendias.reporting.Fixtures.at;
import static org.sendias.reporting.Fixtures.selfReferral;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
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
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.equality.ReportingConsent;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;

class QuarterlyReturnsTest {
    private static final DeadlineEngine ENGINE = DeadlineEngine.create();
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);
    private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2026, 3);

    private static QuarterlyReturn compute(ReportingPeriod period, Case... cases) {
        return QuarterlyReturns.compute(TENANT, List.of(cases), period, ContractTerms.DEFAULT, ENGINE);
    }

    private static Case keyDate(Case c, EventType event, LocalDate day) {
        return c.recordKeyDate(new CaseCommand.RecordKeyDate(event, day, STAFF), at(day)).after();
    }

    private static Case outcome(Case c, OutcomeKind kind, LocalDate day) {
        return c.recordOutcome(new CaseCommand.RecordOutcome(kind, day, STAFF), at(day)).after();
    }

    private static Case close(Case c, LocalDate day) {
        return c.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, STAFF), at(day)).after();
    }

    @Test
    void acknowledgement_fridayReferralAcknowledgedOnTuesday_isOnTime_firstAppointmentOnMondayAfter_isLate() {
        LocalDate friday = LocalDate.of(2026, 10, 2);
        Case c = selfReferral(friday);
        c = keyDate(c, EventType.REFERRAL_ACKNOWLEDGED, LocalDate.of(2026, 10, 6));
        c = keyDate(c, EventType.FIRST_APPOINTMENT_HELD, LocalDate.of(2026, 10, 12));
        QuarterlyReturn r = compute(Q3, c);
        assertEquals(new ServiceLevelFigure(org.sendias.deadline.Rule.SERVICE_ACKNOWLEDGEMENT, 2, 1, 0, 0, 0),
            r.acknowledgement());
        assertEquals(new ServiceLevelFigure(org.sendias.deadline.Rule.SERVICE_FIRST_APPOINTMENT, 5, 0, 1, 0, 0),
            r.firstAppointment());
        assertEquals(Optional.of(new BigDecimal("100.0")), r.acknowledgement().percentOnTime());
        assertEquals(Optional.of(new BigDecimal("0.0")), r.firstAppointment().percentOnTime());
    }

    @Test
    void acknowledgement_bankHolidayInsideTheWindow_movesTheTargetDate() {
        // Friday 28 August 2026; Monday 31 August is the summer bank holiday, so two working days end on Wednesday.
        Case c = keyDate(selfReferral(LocalDate.of(2026, 8, 28)), EventType.REFERRAL_ACKNOWLEDGED,
            LocalDate.of(2026, 9, 2));
        assertEquals(1, compute(Q2, c).acknowledgement().metOnTime());
        Case lateAck = keyDate(selfReferral(LocalDate.of(2026, 8, 28)), EventType.REFERRAL_ACKNOWLEDGED,
            LocalDate.of(2026, 9, 3));
        assertEquals(1, compute(Q2, lateAck).acknowledgement().metLate());
    }

    @Test
    void contractTerms_changeTheTarget() {
        Case c = keyDate(selfReferral(LocalDate.of(2026, 10, 2)), EventType.REFERRAL_ACKNOWLEDGED,
            LocalDate.of(2026, 10, 6));
        QuarterlyReturn r = QuarterlyReturns.compute(TENANT, List.of(c), Q3,
            ContractTerms.DEFAULT.withServiceLevels(1, 5), ENGINE);
        assertEquals(1, r.acknowledgement().metLate());
        assertEquals(1, r.acknowledgement().workingDays());
    }

    @Test
    void aCaseStraddlingQuarters_isAReferralInTheFirst_andItsTargetsCountWhereTheyFallDue() {
        Case c = selfReferral(LocalDate.of(2026, 9, 30), Domain.EDUCATION, Domain.HEALTH);
        QuarterlyReturn q2 = compute(Q2, c);
        QuarterlyReturn q3 = compute(Q3, c);
        assertEquals(1, q2.referrals());
        assertEquals(0, q3.referrals());
        assertEquals(1L, q2.referralsByDomain().get(Domain.HEALTH));
        assertEquals(0, q2.acknowledgement().due(), "due Friday 2 October, in Q3");
        assertEquals(1, q3.acknowledgement().notMet());
        assertEquals(1, q2.casesOpen());
        assertEquals(1, q3.casesOpen());
        assertEquals(2, q3.peopleUsingService());
        assertEquals(1L, q3.casesByDomain().get(Domain.EDUCATION));
        assertEquals(0, compute(ReportingPeriod.quarter(2026, 1), c).casesOpen());
    }

    @Test
    void aClosedCase_countsAsOpenUpToItsClosingDay_andNotAfter() {
        Case c = close(selfReferral(LocalDate.of(2026, 9, 1)), LocalDate.of(2026, 10, 1));
        assertEquals(1, compute(Q3, c).casesOpen(), "open on 1 October");
        assertEquals(0, compute(ReportingPeriod.quarter(2026, 4), c).casesOpen());
    }

    @Test
    void aHeldReferral_isAReferralBySource_butNobodyIsUsingTheService() {
        Case held = Fixtures.open(Arrival.referredBy(OrganisationKind.SCHOOL, LocalDate.of(2026, 10, 5)),
            LocalDate.of(2026, 10, 5));
        QuarterlyReturn r = compute(Q3, held);
        assertEquals(1, r.referrals());
        assertEquals(1, r.referralsBySource().count(ReferralSource.SCHOOL));
        assertEquals(0, r.referralsBySource().count(ReferralSource.SELF_REFERRAL));
        assertEquals(0, r.peopleUsingService());
    }

    private static Case answered(Case c, Party who, EqualityMonitoring answers, LocalDate day) {
        return c.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(who.id(), answers
            .withReportingConsent(ReportingConsent.given(at(day), who.id(), "v1")), STAFF), at(day)).after();
    }

    @Test
    void aPersonInSeveralCases_countsOnce_underTheAnswerTheirCasesAgreeOn_elseAsNotStated() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        Case a = selfReferral(day);
        Party child = a.child();
        Party parent = a.parties().get(1);
        Case b = Case.open(new org.sendias.casework.OpenCase(TENANT, org.sendias.CaseId.random(),
            Arrival.selfReferral(day.plusDays(7)), Set.of(Domain.HEALTH), org.sendias.casework.HelpLevel.ADVICE, child,
            List.of(parent), STAFF), at(day.plusDays(7))).after();
        Case c = Case.open(new org.sendias.casework.OpenCase(TENANT, org.sendias.CaseId.random(),
            Arrival.selfReferral(day.plusDays(14)), Set.of(Domain.HEALTH), org.sendias.casework.HelpLevel.ADVICE, child,
            List.of(parent), STAFF), at(day.plusDays(14))).after();
        EqualityMonitoring caribbean = EqualityMonitoring.NONE.withEthnicity(Ethnicity.CARIBBEAN);
        a = answered(a, child, caribbean.withGender(GenderAnswer.of(Gender.FEMALE)), day);
        b = answered(b, child, caribbean.withGender(GenderAnswer.of(Gender.MALE)), day.plusDays(7));
        b = answered(b, parent, EqualityMonitoring.NONE.withGender(GenderAnswer.of(Gender.FEMALE)), day.plusDays(7));

        QuarterlyReturn r = compute(Q3, a, b, c);
        assertEquals(2, r.peopleUsingService());
        assertEquals(1, r.byEthnicity().count(EthnicGroup.BLACK), "the child's cases agree on the ethnicity");
        assertEquals(1, r.byEthnicity().notStated(), "the parent gave none");
        assertEquals(1, r.byGender().count(Gender.FEMALE), "the parent, from the one case that says");
        assertEquals(0, r.byGender().count(Gender.MALE));
        assertEquals(1, r.byGender().notStated(), "the child's cases disagree on the gender");
        assertEquals(r, compute(Q3, c, b, a), "the order of the cases does not matter");
        assertEquals(r, compute(Q3, b, c, a));
    }

    @Test
    void someoneDecliningMonitoringUse_countsOnlyInTotals() {
        Case c = selfReferral(LocalDate.of(2026, 10, 1));
        Party child = c.child();
        Party parent = c.parties().get(1);
        EqualityMonitoring answers = EqualityMonitoring.NONE.withEthnicity(Ethnicity.CARIBBEAN)
            .withGender(GenderAnswer.of(Gender.FEMALE)).withDisability(DisabilityStatus.DISABLED)
            .withFirstLanguage(Language.of("so"));
        c = c.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(child.id(), answers
            .withReportingConsent(ReportingConsent.given(at(LocalDate.of(2026, 10, 1)), parent.id(), "v1")),
            STAFF), at(LocalDate.of(2026, 10, 1))).after();
        c = c.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(parent.id(), answers
            .withReportingConsent(ReportingConsent.refused(at(LocalDate.of(2026, 10, 1)), parent.id(), "v1")),
            STAFF), at(LocalDate.of(2026, 10, 1))).after();
        QuarterlyReturn r = compute(Q3, c);
        assertEquals(2, r.peopleUsingService());
        assertEquals(1, r.byEthnicity().count(EthnicGroup.BLACK));
        assertEquals(1, r.byEthnicity().notStated());
        assertEquals(1, r.byGender().count(Gender.FEMALE));
        assertEquals(1, r.byGender().notStated());
        assertEquals(1, r.byDisability().count(DisabilityStatus.DISABLED));
        assertEquals(1, r.byFirstLanguage().count(Language.of("so")));
        assertEquals(1, r.firstLanguageNotEnglish());
        assertEquals(2, r.byGender().total());
    }

    @Test
    void anInterpreterUsedContact_countsTheContactTheCaseAndTheLanguage() {
        Case c = selfReferral(LocalDate.of(2026, 10, 1));
        c = c.recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(30), false,
            Optional.of(Language.of("pl")), Set.of(AccessibleFormat.EASY_READ), STAFF), at(LocalDate.of(2026, 10, 2)))
            .after();
        c = c.recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(30), false,
            Optional.of(Language.of("pl")), Set.of(), STAFF), at(LocalDate.of(2026, 10, 9))).after();
        c = c.recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(30), false,
            Optional.of(Language.of("pl")), Set.of(), STAFF), at(LocalDate.of(2027, 1, 9))).after();
        QuarterlyReturn r = compute(Q3, c);
        assertEquals(2, r.contactsWithInterpreter());
        assertEquals(1, r.casesWithInterpreter());
        assertEquals(2, r.interpreterLanguages().count(Language.of("pl")));
        assertEquals(1L, r.contactsByAccessibleFormat().get(AccessibleFormat.EASY_READ));
    }

    @Test
    void exclusionReported_countsOnlyWithinSixMonthsOfInvolvement() {
        Case c = close(selfReferral(LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 4, 15));
        Case within = outcome(c, OutcomeKind.EXCLUSION_REPORTED, LocalDate.of(2026, 10, 15));
        Case beyond = outcome(c, OutcomeKind.EXCLUSION_REPORTED, LocalDate.of(2026, 10, 16));
        assertEquals(1, compute(Q3, within).exclusionsReported());
        assertEquals(0, compute(Q3, beyond).exclusionsReported());
        assertEquals(0, compute(Q2, within).exclusionsReported(), "reported in Q3, not Q2");
    }

    @Test
    void transitionReports_countOnlySixMonthsOrMoreAfterTheReferral() {
        Case c = selfReferral(LocalDate.of(2026, 4, 10));
        c = outcome(c, OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL, LocalDate.of(2026, 10, 10));
        c = outcome(c, OutcomeKind.TRANSITION_REPORTED_UNSUCCESSFUL, LocalDate.of(2026, 11, 1));
        c = outcome(c, OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL, LocalDate.of(2026, 9, 30));
        QuarterlyReturn r = compute(Q3, c);
        assertEquals(2, r.transitionReports());
        assertEquals(1, r.transitionsSuccessful());
        Case early = outcome(selfReferral(LocalDate.of(2026, 7, 1)), OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL,
            LocalDate.of(2026, 12, 31));
        assertEquals(0, compute(Q3, early).transitionReports());
    }

    @Test
    void tribunalAlternatives_countFamilies_complaintsAndCommendationsCountOutcomes() {
        Case c = selfReferral(LocalDate.of(2026, 7, 1));
        c = outcome(c, OutcomeKind.TRIBUNAL_WANTED_ALTERNATIVE_FOUND, LocalDate.of(2026, 10, 1));
        c = outcome(c, OutcomeKind.TRIBUNAL_WANTED_ALTERNATIVE_FOUND, LocalDate.of(2026, 11, 1));
        c = outcome(c, OutcomeKind.COMPLAINT, LocalDate.of(2026, 11, 2));
        c = outcome(c, OutcomeKind.COMMENDATION, LocalDate.of(2026, 12, 2));
        c = outcome(c, OutcomeKind.COMMENDATION, LocalDate.of(2027, 1, 2));
        Case other = selfReferral(LocalDate.of(2026, 10, 1));
        QuarterlyReturn r = compute(Q3, c, other);
        assertEquals(1, r.tribunalAlternativesFound());
        assertEquals(1, r.complaints());
        assertEquals(1, r.commendations());
        assertEquals(4, r.peopleUsingService());
        assertEquals(Optional.of(new BigDecimal("25.0")), r.complaintsPercentOfUsers());
    }

    @Test
    void appealsLodged_countOnlyWithTheServiceInvolvedInTheSixMonthsBefore() {
        LocalDate lodged = LocalDate.of(2026, 11, 2);
        Case involved = appeal(selfReferral(LocalDate.of(2026, 1, 5)), lodged);
        involved = close(involved, LocalDate.of(2026, 5, 2));
        Case notInvolved = appeal(selfReferral(LocalDate.of(2026, 1, 5)), lodged);
        notInvolved = close(notInvolved, LocalDate.of(2026, 5, 1));
        assertEquals(1, compute(Q3, involved).appealsLodged());
        assertEquals(0, compute(Q3, notInvolved).appealsLodged());
        assertEquals(0, compute(Q2, involved).appealsLodged());
    }

    private static Case appeal(Case c, LocalDate lodged) {
        ProcessId pid = ProcessId.random();
        c = c.trackProcess(new CaseCommand.TrackProcess(ProcessType.APPEAL, pid, STAFF), at(LocalDate.of(2026, 1, 6)))
            .after();
        return c.recordProcessEvent(new CaseCommand.RecordProcessEvent(pid, EventType.APPEAL_REGISTERED, lodged,
            STAFF), at(LocalDate.of(2026, 1, 7))).after();
    }

    @Test
    void anonymisedCases_stillCount() {
        Case c = outcome(selfReferral(LocalDate.of(2026, 10, 1)), OutcomeKind.COMPLAINT, LocalDate.of(2026, 10, 5));
        Case anonymised = c.anonymise(STAFF, at(LocalDate.of(2026, 10, 20))).after();
        assertEquals(c.outcomes(), anonymised.outcomes());
        QuarterlyReturn r = compute(Q3, anonymised);
        assertEquals(1, r.complaints());
        assertEquals(1, r.casesOpen());
    }

    @Test
    void aCaseOfAnotherService_isRefused() {
        Case c = selfReferral(LocalDate.of(2026, 10, 1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QuarterlyReturns.compute(
            TenantId.of("another"), List.of(c), Q3, ContractTerms.DEFAULT, ENGINE));
        assertEquals("cases", e.field());
    }
}
