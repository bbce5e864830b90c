package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.deadline.Examples.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for process EHC_NEEDS_ASSESSMENT. Columns: trigger date, due date, what the row shows. */
class EhcNeedsAssessmentExamplesTest {

    @Tag("EHC_DECISION_TO_ASSESS")
    @Tag("cite:SEND-Regulations-2014-reg-5-1-exceptions-reg-5-4")
    @DisplayName("EHC_DECISION_TO_ASSESS: SEND Regulations 2014 reg 5(1); exceptions reg 5(4)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-05 | 2026-02-16 | the catalogue's example, Monday to Monday
        2024-01-18 | 2024-02-29 | weeks run through a leap day
        2023-01-18 | 2023-03-01 | the same weeks in a common year end a day later in the month
        2023-03-27 | 2023-05-08 | lands on the coronation bank holiday and does not move (NONE)
        2025-12-22 | 2026-02-02 | across the new year
        """)
    void decisionToAssess(String trigger, String due, String why) {
        check(Rule.EHC_DECISION_TO_ASSESS, "SEND Regulations 2014 reg 5(1); exceptions reg 5(4)", trigger, due);
    }

    @Tag("EHC_ADVICE_DUE")
    @Tag("cite:SEND-Regulations-2014-reg-8-1-exceptions-reg-8-2")
    @DisplayName("EHC_ADVICE_DUE: SEND Regulations 2014 reg 8(1); exceptions reg 8(2)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2022-08-08 | 2022-09-19 | lands on the state funeral bank holiday and stays
        2026-07-20 | 2026-08-31 | lands on the summer bank holiday and stays
        2027-11-13 | 2027-12-25 | requested on a Saturday; lands on Christmas Day and stays
        """)
    void adviceDue(String trigger, String due, String why) {
        check(Rule.EHC_ADVICE_DUE, "SEND Regulations 2014 reg 8(1); exceptions reg 8(2)", trigger, due);
    }

    @Tag("EHC_DECISION_NOT_TO_ISSUE")
    @Tag("cite:SEND-Regulations-2014-reg-10-1-exceptions-reg-10-4")
    @DisplayName("EHC_DECISION_NOT_TO_ISSUE: SEND Regulations 2014 reg 10(1); exceptions reg 10(4)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-05 | 2026-04-27 | 16 weeks
        2019-11-11 | 2020-03-02 | across 29 February 2020
        2018-11-11 | 2019-03-03 | the same dates a year earlier, no leap day
        """)
    void decisionNotToIssue(String trigger, String due, String why) {
        check(Rule.EHC_DECISION_NOT_TO_ISSUE, "SEND Regulations 2014 reg 10(1); exceptions reg 10(4)", trigger, due);
    }

    @Tag("EHC_DRAFT_REPRESENTATIONS")
    @Tag("cite:SEND-Regulations-2014-reg-13-1-a")
    @DisplayName("EHC_DRAFT_REPRESENTATIONS: SEND Regulations 2014 reg 13(1)(a)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2027-03-01 | 2027-03-15 | served 1 March: "15 days beginning with" ends 15 March
        2024-02-20 | 2024-03-05 | beginning with, across a leap day
        2023-02-20 | 2023-03-06 | beginning with, no leap day
        2026-12-11 | 2026-12-25 | ends on Christmas Day and stays
        """)
    void draftRepresentations(String trigger, String due, String why) {
        Deadline d = check(Rule.EHC_DRAFT_REPRESENTATIONS, "SEND Regulations 2014 reg 13(1)(a)", trigger, due);
        assertTrue(d.explanation().stream().anyMatch(s -> s.contains("counts as day 1")), "explains beginning with");
    }

    @Tag("EHC_SCHOOL_CONSULTATION")
    @Tag("cite:SEND-Code-of-Practice-0-25-2015-para-9.83-statutory-guidance")
    @DisplayName("EHC_SCHOOL_CONSULTATION: SEND Code of Practice 0-25 (2015) para 9.83 (statutory guidance)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-17 | 2027-01-01 | ends on New Year's Day and stays
        2026-02-14 | 2026-03-01 | 15 calendar days after, through February
        """)
    void schoolConsultation(String trigger, String due, String why) {
        Deadline d = check(Rule.EHC_SCHOOL_CONSULTATION,
            "SEND Code of Practice 0-25 (2015) para 9.83 (statutory guidance)", trigger, due);
        assertTrue(d.explanation().stream().anyMatch(s -> s.contains("guidance")), "says it is guidance");
    }

    @Tag("EHC_FINAL_PLAN")
    @Tag("cite:SEND-Regulations-2014-reg-13-2-exceptions-reg-13-3")
    @DisplayName("EHC_FINAL_PLAN: SEND Regulations 2014 reg 13(2); exceptions reg 13(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-05 | 2026-05-25 | 20 weeks, lands on the spring bank holiday and stays
        2022-01-13 | 2022-06-02 | lands on the moved spring bank holiday (Platinum Jubilee) and stays
        2011-12-16 | 2012-05-04 | across 29 February 2012
        """)
    void finalPlan(String trigger, String due, String why) {
        check(Rule.EHC_FINAL_PLAN, "SEND Regulations 2014 reg 13(2); exceptions reg 13(3)", trigger, due);
    }
}
