package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendias.deadline.Examples.check;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for process ANNUAL_REVIEW. */
class AnnualReviewExamplesTest {

    @Tag("REVIEW_DUE")
    @Tag("cite:Children-and-Families-Act-2014-s.44-1")
    @DisplayName("REVIEW_DUE: Children and Families Act 2014 s.44(1)")
    @ParameterizedTest(name = "plan {0}, last review {1} -> {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2026-03-15 | -          | 2027-03-14 | 12 months beginning with the plan: the day before the anniversary
        2026-01-01 | -          | 2026-12-31 | beginning with 1 January ends on 31 December
        2024-02-29 | -          | 2025-02-27 | from a leap day: the corresponding date is 28 February, the day before it the 27th
        2025-01-10 | 2026-01-20 | 2027-01-19 | once there has been a review, counted from the last review
        """)
    void reviewDue(String plan, String lastReview, String due, String why) {
        ProcessHistory h = ProcessHistory.of(ProcessType.ANNUAL_REVIEW).with(EventType.PLAN_ISSUED, LocalDate.parse(plan));
        if (lastReview != null) {
            h = h.with(EventType.LAST_REVIEW, LocalDate.parse(lastReview));
        }
        check(Rule.REVIEW_DUE, "Children and Families Act 2014 s.44(1)", h, due);
    }

    @Tag("REVIEW_MEETING_NOTICE")
    @Tag("cite:SEND-Regulations-2014-regs-20-3-21-3")
    @DisplayName("REVIEW_MEETING_NOTICE: SEND Regulations 2014 regs 20(3), 21(3)")
    @ParameterizedTest(name = "meeting {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-03-10 | 2026-02-24 | two weeks before the meeting
        2024-03-07 | 2024-02-22 | counting back across a leap day
        2027-01-08 | 2026-12-25 | lands on Christmas Day: notice must go by then, the date does not move
        """)
    void meetingNotice(String meeting, String due, String why) {
        check(Rule.REVIEW_MEETING_NOTICE, "SEND Regulations 2014 regs 20(3), 21(3)", meeting, due);
    }

    @Tag("REVIEW_ADVICE_CIRCULATED")
    @Tag("cite:SEND-Regulations-2014-regs-20-4-21-4")
    @DisplayName("REVIEW_ADVICE_CIRCULATED: SEND Regulations 2014 regs 20(4), 21(4)")
    @ParameterizedTest(name = "meeting {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2027-01-05 | 2026-12-22 | two weeks before, across the new year
        2023-05-22 | 2023-05-08 | lands on the coronation bank holiday
        """)
    void adviceCirculated(String meeting, String due, String why) {
        check(Rule.REVIEW_ADVICE_CIRCULATED, "SEND Regulations 2014 regs 20(4), 21(4)", meeting, due);
    }

    @Tag("REVIEW_REPORT")
    @Tag("cite:SEND-Regulations-2014-regs-20-7-21-7")
    @DisplayName("REVIEW_REPORT: SEND Regulations 2014 regs 20(7), 21(7)")
    @ParameterizedTest(name = "meeting {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-14 | 2026-12-28 | lands on the Boxing Day substitute day and stays
        2026-03-10 | 2026-03-24 | two weeks after
        """)
    void reviewReport(String meeting, String due, String why) {
        check(Rule.REVIEW_REPORT, "SEND Regulations 2014 regs 20(7), 21(7)", meeting, due);
    }

    @Tag("REVIEW_DECISION")
    @Tag("cite:SEND-Regulations-2014-regs-20-10-21-8-R-L-v-Devon-CC-2022-EWHC-493-Admin")
    @DisplayName("REVIEW_DECISION: SEND Regulations 2014 regs 20(10), 21(8); R (L) v Devon CC [2022] EWHC 493 (Admin)")
    @ParameterizedTest(name = "meeting {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-03-10 | 2026-04-07 | four weeks after
        2024-02-05 | 2024-03-04 | four weeks across a leap day
        """)
    void reviewDecision(String meeting, String due, String why) {
        check(Rule.REVIEW_DECISION,
            "SEND Regulations 2014 regs 20(10), 21(8); R (L) v Devon CC [2022] EWHC 493 (Admin)", meeting, due);
    }

    @Tag("AMENDMENT_REPRESENTATIONS")
    @Tag("cite:SEND-Regulations-2014-reg-22-2-c")
    @DisplayName("AMENDMENT_REPRESENTATIONS: SEND Regulations 2014 reg 22(2)(c)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-20 | 2027-01-03 | beginning with the day served, across the new year
        2028-02-15 | 2028-02-29 | ends on a leap day
        """)
    void amendmentRepresentations(String served, String due, String why) {
        check(Rule.AMENDMENT_REPRESENTATIONS, "SEND Regulations 2014 reg 22(2)(c)", served, due);
    }

    @Tag("AMENDED_PLAN_FINAL")
    @Tag("cite:SEND-Regulations-2014-reg-22-3")
    @DisplayName("AMENDED_PLAN_FINAL: SEND Regulations 2014 reg 22(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-02 | 2026-12-28 | eight weeks, lands on a substitute bank holiday and stays
        2012-04-09 | 2012-06-04 | lands on the moved spring bank holiday of 2012
        """)
    void amendedPlanFinal(String served, String due, String why) {
        check(Rule.AMENDED_PLAN_FINAL, "SEND Regulations 2014 reg 22(3)", served, due);
    }

    @Tag("PHASE_TRANSFER_AMENDMENT")
    @Tag("cite:SEND-Regulations-2014-reg-18-1")
    @DisplayName("PHASE_TRANSFER_AMENDMENT: SEND Regulations 2014 reg 18(1)")
    @ParameterizedTest(name = "{0} transfer in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        SCHOOL | 2027 | 2027-02-14
        POST16 | 2027 | 2027-03-30
        POST16 | 2028 | 2028-03-30
        SCHOOL | 2028 | 2028-02-14
        """)
    void phaseTransfer(TransferKind kind, int year, String due) {
        ProcessHistory h = ProcessHistory.of(ProcessType.ANNUAL_REVIEW).withTransfer(kind, year);
        Deadline d = check(Rule.PHASE_TRANSFER_AMENDMENT, "SEND Regulations 2014 reg 18(1)", h, due);
        assertEquals(0, d.triggers().size(), "started by the parameters, not an event");
    }

    @Tag("POST16_TRANSFER_AMENDMENT")
    @Tag("cite:SEND-Regulations-2014-reg-18-2")
    @DisplayName("POST16_TRANSFER_AMENDMENT: SEND Regulations 2014 reg 18(2)")
    @ParameterizedTest(name = "transfer {0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2027-01-31 | 2026-08-31 | five months before, corresponding date
        2028-07-31 | 2028-02-29 | no 31 February: the last day of February in a leap year
        2027-07-31 | 2027-02-28 | no 31 February: 28 February
        2027-09-15 | 2027-04-15 | mid-month
        """)
    void post16Transfer(String transfer, String due, String why) {
        check(Rule.POST16_TRANSFER_AMENDMENT, "SEND Regulations 2014 reg 18(2)", transfer, due);
    }

    @Test
    @Tag("REVIEW_DUE")
    @Tag("cite:Children-and-Families-Act-2014-s.44-1")
    void aReviewMeetingOnTheDayOfTheLastReviewDoesNotMeetTheNextOne() {
        ProcessHistory h = ProcessHistory.of(ProcessType.ANNUAL_REVIEW)
            .with(EventType.LAST_REVIEW, LocalDate.parse("2026-01-20"))
            .with(EventType.REVIEW_MEETING, LocalDate.parse("2026-01-20"));
        Deadline d = Examples.ENGINE.compute(h, LocalDate.parse("2026-06-01")).deadline(Rule.REVIEW_DUE).orElseThrow();
        assertEquals(DeadlineStatus.UPCOMING, d.status());

        ProcessHistory next = h.with(EventType.REVIEW_MEETING, LocalDate.parse("2026-12-01"));
        Deadline met = Examples.ENGINE.compute(next, LocalDate.parse("2026-12-02")).deadline(Rule.REVIEW_DUE)
            .orElseThrow();
        assertEquals(DeadlineStatus.MET, met.status());
        assertEquals(LocalDate.parse("2026-12-01"), met.completedOn().orElseThrow());
    }
}
