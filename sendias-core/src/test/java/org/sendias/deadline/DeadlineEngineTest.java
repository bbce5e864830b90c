package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.calendar.BankHolidayFile;
import org.sendias.calendar.SchoolCalendar;

/** Statuses, exceptions, completions, notes, projection and input errors. */
class DeadlineEngineTest {
    private static final DeadlineEngine ENGINE = DeadlineEngine.create();
    private static final LocalDate REQUEST = LocalDate.parse("2026-01-05");
    private static final ProcessHistory EHC = ProcessHistory.of(ProcessType.EHC_NEEDS_ASSESSMENT)
        .with(EventType.REQUEST_RECEIVED, REQUEST);

    private static Deadline deadline(ProcessHistory h, String asOf, Rule rule) {
        return ENGINE.compute(h, LocalDate.parse(asOf)).deadline(rule).orElseThrow();
    }

    @Test
    void theCataloguesExampleIsExplainedInPlainEnglish() {
        Deadline d = deadline(EHC, "2026-01-20", Rule.EHC_DECISION_TO_ASSESS);
        assertTrue(d.explanation().contains("6 weeks after Monday 5 January 2026 is Monday 16 February 2026."),
            d.explanation().toString());
        assertEquals(Optional.of("england-and-wales@2026.11"), d.calendarVersion());
        assertEquals(java.util.Map.of(EventType.REQUEST_RECEIVED, REQUEST), d.triggers());
    }

    @Test
    void statusFollowsTheAsOfDate() {
        assertEquals(DeadlineStatus.UPCOMING, deadline(EHC, "2026-02-15", Rule.EHC_DECISION_TO_ASSESS).status());
        assertEquals(DeadlineStatus.DUE_TODAY, deadline(EHC, "2026-02-16", Rule.EHC_DECISION_TO_ASSESS).status());
        Deadline overdue = deadline(EHC, "2026-02-19", Rule.EHC_DECISION_TO_ASSESS);
        assertEquals(DeadlineStatus.OVERDUE, overdue.status());
        assertTrue(overdue.explanation().contains("As of Thursday 19 February 2026, this is 3 days overdue."));
    }

    @Test
    void aCompletionMeetsTheDeadlineOnlyOnceItHasHappened() {
        ProcessHistory h = EHC.with(EventType.ASSESSMENT_DECISION_NOTIFIED, LocalDate.parse("2026-02-18"));
        assertEquals(DeadlineStatus.UPCOMING, deadline(h, "2026-02-10", Rule.EHC_DECISION_TO_ASSESS).status());
        Deadline met = deadline(h, "2026-02-18", Rule.EHC_DECISION_TO_ASSESS);
        assertEquals(DeadlineStatus.MET, met.status());
        assertTrue(met.late());
        assertEquals(Optional.of(EventType.ASSESSMENT_DECISION_NOTIFIED), met.completedBy());
        assertTrue(met.explanation().stream().anyMatch(s -> s.contains("2 days after the deadline")));

        Deadline inTime = deadline(EHC.with(EventType.ASSESSMENT_DECISION_NOTIFIED, LocalDate.parse("2026-02-16")),
            "2026-03-01", Rule.EHC_DECISION_TO_ASSESS);
        assertEquals(DeadlineStatus.MET, inTime.status());
        assertFalse(inTime.late());
    }

    @Test
    void anEventBeforeTheTriggerDoesNotMeetTheDeadline() {
        ProcessHistory h = EHC.with(EventType.FINAL_PLAN_ISSUED, LocalDate.parse("2025-12-01"));
        assertEquals(DeadlineStatus.OVERDUE, deadline(h, "2026-06-01", Rule.EHC_FINAL_PLAN).status());
    }

    @Test
    void anExceptionDisappliesTheLimitAndStillShowsTheDate() {
        ProcessHistory h = EHC.withException(ExceptionRecord.of(Rule.EHC_FINAL_PLAN,
            ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, LocalDate.parse("2026-03-01"))
            .recordedBy("adviser-17", "private circumstances the family described"));
        Deadline d = deadline(h, "2026-06-30", Rule.EHC_FINAL_PLAN);
        assertEquals(DeadlineStatus.DISAPPLIED, d.status());
        assertEquals(Optional.empty(), d.due());
        assertEquals(Optional.of(LocalDate.parse("2026-05-25")), d.wouldHaveBeenDue());
        assertEquals(ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, d.exception().orElseThrow().reason());
        String text = String.join(" ", d.explanation());
        assertTrue(text.contains("as soon as practicable"), text);
        assertTrue(text.contains("would have been Monday 25 May 2026"), text);
        assertFalse(text.contains("private circumstances"), "the note is never copied into explanations");
        assertFalse(d.exception().orElseThrow().toString().contains("private"), "nor into toString");
        // other rules of the process are untouched
        assertEquals(DeadlineStatus.OVERDUE, deadline(h, "2026-06-30", Rule.EHC_DECISION_TO_ASSESS).status());
    }

    @Test
    void theOutcomeIsAValueForEachCase() {
        ProcessHistory h = EHC.with(EventType.ASSESSMENT_DECISION_NOTIFIED, LocalDate.parse("2026-02-18"))
            .withException(ExceptionRecord.of(Rule.EHC_FINAL_PLAN, ExceptionReason.ABSENT_FROM_AREA,
                LocalDate.parse("2026-03-01")));
        Timeline t = ENGINE.compute(h, LocalDate.parse("2026-04-01"));

        Outcome met = t.deadline(Rule.EHC_DECISION_TO_ASSESS).orElseThrow().outcome();
        assertTrue(met instanceof Outcome.Met m && m.late() && m.completedOn().orElseThrow().equals(
            LocalDate.parse("2026-02-18")), met.toString());

        Outcome disapplied = t.deadline(Rule.EHC_FINAL_PLAN).orElseThrow().outcome();
        assertTrue(disapplied instanceof Outcome.Disapplied d
            && d.wouldHaveBeenDue().equals(LocalDate.parse("2026-05-25"))
            && d.exception().reason() == ExceptionReason.ABSENT_FROM_AREA, disapplied.toString());

        Outcome running = t.deadline(Rule.EHC_DECISION_NOT_TO_ISSUE).orElseThrow().outcome();
        assertEquals(new Outcome.Running(LocalDate.parse("2026-04-27"), DeadlineStatus.UPCOMING), running);

        assertEquals(new Outcome.NotStarted(), t.deadline(Rule.EHC_ADVICE_DUE).orElseThrow().outcome());
        assertThrows(IllegalArgumentException.class, () -> new Outcome.Running(REQUEST, DeadlineStatus.MET));
    }

    @Test
    void anExceptionThatBeginsAfterTheLimitPassedDoesNotApply() {
        ProcessHistory h = EHC.withException(ExceptionRecord.of(Rule.EHC_DECISION_TO_ASSESS,
            ExceptionReason.ABSENT_FROM_AREA, LocalDate.parse("2026-02-20")));
        Deadline d = deadline(h, "2026-03-30", Rule.EHC_DECISION_TO_ASSESS);
        assertEquals(DeadlineStatus.OVERDUE, d.status());
        assertTrue(d.explanation().stream().anyMatch(s -> s.contains("after the limit had passed")));
    }

    @Test
    void anAbsenceMustLastFourWeeksOrTwoForATribunalOrder() {
        ExceptionRecord threeWeeks = ExceptionRecord.of(Rule.EHC_FINAL_PLAN, ExceptionReason.ABSENT_FROM_AREA,
            LocalDate.parse("2026-03-01")).until(LocalDate.parse("2026-03-21"));
        Deadline tooShort = deadline(EHC.withException(threeWeeks), "2026-04-01", Rule.EHC_FINAL_PLAN);
        assertEquals(DeadlineStatus.UPCOMING, tooShort.status());
        assertTrue(tooShort.explanation().stream().anyMatch(s -> s.contains("lasted 21 days, less than the 4 weeks")));

        ExceptionRecord fourWeeks = ExceptionRecord.of(Rule.EHC_FINAL_PLAN, ExceptionReason.ABSENT_FROM_AREA,
            LocalDate.parse("2026-03-01")).until(LocalDate.parse("2026-03-28"));
        assertEquals(DeadlineStatus.DISAPPLIED, deadline(EHC.withException(fourWeeks), "2026-04-01",
            Rule.EHC_FINAL_PLAN).status());

        ProcessHistory order = ProcessHistory.of(ProcessType.APPEAL)
            .with(EventType.TRIBUNAL_ORDER, LocalDate.parse("2026-03-02")).withOrderKind(OrderKind.AMEND_PLAN)
            .withException(ExceptionRecord.of(Rule.ORDER_AMEND_PLAN, ExceptionReason.ABSENT_FROM_AREA,
                LocalDate.parse("2026-03-05")).until(LocalDate.parse("2026-03-18")));
        assertEquals(DeadlineStatus.DISAPPLIED, deadline(order, "2026-03-20", Rule.ORDER_AMEND_PLAN).status());
    }

    @Test
    void aMetDeadlineStaysMetWhateverExceptionIsRecorded() {
        ProcessHistory h = EHC.with(EventType.FINAL_PLAN_ISSUED, LocalDate.parse("2026-05-01"))
            .withException(ExceptionRecord.of(Rule.EHC_FINAL_PLAN, ExceptionReason.INSTITUTION_CLOSURE,
                LocalDate.parse("2026-04-01")));
        assertEquals(DeadlineStatus.MET, deadline(h, "2026-05-02", Rule.EHC_FINAL_PLAN).status());
    }

    @Test
    void exceptionsTheLawDoesNotAllowAreRefusedNamingTheField() {
        InvalidInputException wrongReason = assertThrows(InvalidInputException.class, () -> ExceptionRecord.of(
            Rule.EHC_ADVICE_DUE, ExceptionReason.INSTITUTION_CLOSURE, REQUEST));
        assertEquals("reason", wrongReason.field());
        assertTrue(wrongReason.problem().contains("reg 8(2)"), wrongReason.getMessage());

        InvalidInputException noExceptions = assertThrows(InvalidInputException.class, () -> ExceptionRecord.of(
            Rule.APPEAL_REGISTRATION, ExceptionReason.ABSENT_FROM_AREA, REQUEST));
        assertEquals("rule", noExceptions.field());

        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> ExceptionRecord.of(
            Rule.EHC_FINAL_PLAN, ExceptionReason.ABSENT_FROM_AREA, REQUEST).until(REQUEST.minusDays(1)));
        assertEquals("to", backwards.field());
    }

    @Test
    void anExceptionForAnotherProcessIsNotedAndIgnored() {
        ProcessHistory h = ProcessHistory.of(ProcessType.APPEAL)
            .with(EventType.DECISION_NOTICE_SENT, LocalDate.parse("2026-06-15"))
            .withException(ExceptionRecord.of(Rule.EHC_FINAL_PLAN, ExceptionReason.ABSENT_FROM_AREA,
                LocalDate.parse("2026-03-01")));
        Timeline t = ENGINE.compute(h, LocalDate.parse("2026-07-01"));
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).startsWith("exceptions[0]: EHC_FINAL_PLAN is a rule of process "
            + "EHC_NEEDS_ASSESSMENT"), t.notes().get(0));
        assertEquals(LocalDate.parse("2026-09-01"), t.deadline(Rule.APPEAL_REGISTRATION).orElseThrow().due()
            .orElseThrow());
    }

    @Test
    void theTimelineListsEveryRuleAndStartedOnlyThoseTriggered() {
        Timeline t = ENGINE.compute(EHC, LocalDate.parse("2026-01-06"));
        assertEquals(Rule.of(ProcessType.EHC_NEEDS_ASSESSMENT), t.deadlines().stream().map(Deadline::rule).toList());
        assertEquals(List.of(Rule.EHC_DECISION_TO_ASSESS, Rule.EHC_DECISION_NOT_TO_ISSUE, Rule.EHC_FINAL_PLAN),
            t.started().stream().map(Deadline::rule).toList());
        Deadline notStarted = t.deadline(Rule.EHC_ADVICE_DUE).orElseThrow();
        assertEquals(DeadlineStatus.NOT_STARTED, notStarted.status());
        assertEquals(Optional.empty(), notStarted.due());
        assertTrue(notStarted.explanation().get(1).contains("ADVICE_REQUESTED is not recorded"));
        assertEquals(Optional.empty(), t.deadline(Rule.APPEAL_REGISTRATION));
    }

    @Test
    void theClockGivesTheAsOfDate() {
        Clock clock = Clock.fixed(ZonedDateTime.of(2026, 2, 16, 23, 30, 0, 0, ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
        Timeline t = ENGINE.compute(EHC, clock);
        assertEquals(LocalDate.parse("2026-02-16"), t.asOf());
        assertEquals(DeadlineStatus.DUE_TODAY, t.deadline(Rule.EHC_DECISION_TO_ASSESS).orElseThrow().status());
    }

    @Test
    void aTribunalOrderStartsOnlyTheRulesForItsKind() {
        ProcessHistory h = ProcessHistory.of(ProcessType.APPEAL)
            .with(EventType.TRIBUNAL_ORDER, LocalDate.parse("2026-01-05"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ENGINE.compute(h, LocalDate.parse("2026-01-06")));
        assertEquals("parameters.orderKind", e.field());
        List<Rule> started = ENGINE.compute(h.withOrderKind(OrderKind.MAKE_AND_MAINTAIN_PLAN),
            LocalDate.parse("2026-01-06")).started().stream().map(Deadline::rule).toList();
        assertEquals(List.of(Rule.ORDER_ISSUE_DRAFT, Rule.ORDER_ISSUE_FINAL), started);
    }

    @Test
    void badInputNamesTheField() {
        InvalidInputException wrongProcess = assertThrows(InvalidInputException.class,
            () -> ProcessHistory.of(ProcessType.APPEAL).with(EventType.REQUEST_RECEIVED, REQUEST));
        assertEquals("events.REQUEST_RECEIVED", wrongProcess.field());

        InvalidInputException tooEarly = assertThrows(InvalidInputException.class, () -> ENGINE.compute(
            ProcessHistory.of(ProcessType.APPEAL).with(EventType.DECISION_NOTICE_SENT, LocalDate.parse("1990-03-04")),
            LocalDate.parse("2026-01-01")));
        assertEquals("events.DECISION_NOTICE_SENT", tooEarly.field());
        assertTrue(tooEarly.problem().contains("1995-01-01"), tooEarly.getMessage());

        InvalidInputException noSchool = assertThrows(InvalidInputException.class, () -> ENGINE.compute(
            ProcessHistory.of(ProcessType.EXCLUSION).with(EventType.EXCLUSION_NOTICE_RECEIVED, REQUEST), REQUEST));
        assertEquals("schoolCalendar", noSchool.field());

        SchoolCalendar shortTerm = SchoolCalendar.of(List.of(new SchoolCalendar.Term(LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-01-16"))), List.of());
        InvalidInputException tooShort = assertThrows(InvalidInputException.class, () -> ENGINE.compute(
            ProcessHistory.of(ProcessType.EXCLUSION).with(EventType.EXCLUSION_NOTICE_RECEIVED, REQUEST)
                .withSchoolCalendar(shortTerm), REQUEST));
        assertEquals("schoolCalendar", tooShort.field());

        assertEquals("parameters.transferYear", assertThrows(InvalidInputException.class,
            () -> ProcessHistory.of(ProcessType.ANNUAL_REVIEW).withTransfer(TransferKind.SCHOOL, 3000)).field());
        assertEquals("parameters.firstAppointmentWorkingDays", assertThrows(InvalidInputException.class,
            () -> ProcessHistory.of(ProcessType.SERVICE_LEVEL).withServiceTargets(2, 0)).field());
        assertEquals("asOf", assertThrows(InvalidInputException.class, () -> ENGINE.compute(EHC, (LocalDate) null))
            .field());
    }

    @Test
    void aDateOfBirthIsNeverRepeatedInMessages() {
        ProcessHistory h = ProcessHistory.of(ProcessType.AGE).with(EventType.DATE_OF_BIRTH, LocalDate.parse("2011-03-14"));
        assertFalse(h.toString().contains("2011"), h.toString());
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> ProcessHistory.of(ProcessType.AGE).with(EventType.DATE_OF_BIRTH, null));
        assertEquals("events.DATE_OF_BIRTH", e.field());
    }

    @Test
    void aDateThatDependsOnProjectedHolidaysSaysSo() {
        ProcessHistory foi = ProcessHistory.of(ProcessType.INFORMATION_AND_COMPLAINTS)
            .with(EventType.FOI_RECEIVED, LocalDate.parse("2031-03-03"));
        Deadline projected = deadline(foi, "2031-03-03", Rule.FOI_RESPONSE);
        assertTrue(projected.projected());
        assertTrue(projected.explanation().stream().anyMatch(s -> s.contains("projected from the standing rules")));

        ProcessHistory now = ProcessHistory.of(ProcessType.INFORMATION_AND_COMPLAINTS)
            .with(EventType.FOI_RECEIVED, LocalDate.parse("2026-03-02"));
        assertFalse(deadline(now, "2026-03-02", Rule.FOI_RESPONSE).projected());

        ProcessHistory calendarDays = EHC.with(EventType.REQUEST_RECEIVED, LocalDate.parse("2031-03-03"));
        assertFalse(deadline(calendarDays, "2031-03-03", Rule.EHC_FINAL_PLAN).projected(),
            "20 weeks do not depend on holidays");
    }

    @Test
    void aLoadedGovUkFileChangesTheDatesAndTheRecordedVersion() throws IOException {
        // a made-up extra bank holiday on Wednesday 7 June 2028 in an otherwise standard 2028
        String json = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "New Year\u2019s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true},
              {"title": "Good Friday", "date": "2028-04-14", "notes": "", "bunting": false},
              {"title": "Easter Monday", "date": "2028-04-17", "notes": "", "bunting": true},
              {"title": "Early May bank holiday", "date": "2028-05-01", "notes": "", "bunting": true},
              {"title": "Spring bank holiday", "date": "2028-05-29", "notes": "", "bunting": true},
              {"title": "Extra bank holiday", "date": "2028-06-07", "notes": "Extra bank holiday", "bunting": true},
              {"title": "Summer bank holiday", "date": "2028-08-28", "notes": "", "bunting": true},
              {"title": "Christmas Day", "date": "2028-12-25", "notes": "", "bunting": true},
              {"title": "Boxing Day", "date": "2028-12-26", "notes": "", "bunting": true}]},
             "scotland": {"division": "scotland", "events": []},
             "northern-ireland": {"division": "northern-ireland", "events": []}}
            """;
        BankHolidayFile file = BankHolidayFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        DeadlineEngine updated = DeadlineEngine.withBankHolidays(file);
        ProcessHistory h = ProcessHistory.of(ProcessType.SERVICE_LEVEL)
            .with(EventType.REFERRAL_RECEIVED, LocalDate.parse("2028-06-05"));
        Deadline before = ENGINE.compute(h, LocalDate.parse("2028-06-05")).deadline(Rule.SERVICE_FIRST_APPOINTMENT)
            .orElseThrow();
        Deadline after = updated.compute(h, LocalDate.parse("2028-06-05")).deadline(Rule.SERVICE_FIRST_APPOINTMENT)
            .orElseThrow();
        assertEquals(LocalDate.parse("2028-06-12"), before.due().orElseThrow());
        assertEquals(LocalDate.parse("2028-06-13"), after.due().orElseThrow());
        assertTrue(after.calendarVersion().orElseThrow().contains("+gov.uk:"), after.calendarVersion().toString());
        assertTrue(after.explanation().stream().anyMatch(s -> s.contains("Extra bank holiday")), after.explanation()
            .toString());
    }
}
