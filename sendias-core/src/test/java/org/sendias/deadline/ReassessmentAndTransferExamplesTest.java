package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.deadline.Examples.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for processes REASSESSMENT and LA_TRANSFER. */
class ReassessmentAndTransferExamplesTest {

    @Tag("REASSESSMENT_DECISION")
    @Tag("cite:SEND-Regulations-2014-reg-25-1")
    @DisplayName("REASSESSMENT_DECISION: SEND Regulations 2014 reg 25(1)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-02-20 | 2026-03-07 | 15 days after, through February
        2024-02-20 | 2024-03-06 | the same in a leap year ends a day earlier in March
        """)
    void reassessmentDecision(String trigger, String due, String why) {
        Deadline d = check(Rule.REASSESSMENT_DECISION, "SEND Regulations 2014 reg 25(1)", trigger, due);
        assertTrue(d.explanation().stream().anyMatch(s -> s.contains("unconfirmed")), "says the figure is unconfirmed");
    }

    @Tag("REASSESSMENT_FINAL_PLAN")
    @Tag("cite:SEND-Regulations-2014-reg-27-2-exceptions-reg-27-3")
    @DisplayName("REASSESSMENT_FINAL_PLAN: SEND Regulations 2014 reg 27(2); exceptions reg 27(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-05 | 2026-04-13 | 14 weeks
        2023-01-30 | 2023-05-08 | lands on the coronation bank holiday and stays
        """)
    void reassessmentFinalPlan(String trigger, String due, String why) {
        check(Rule.REASSESSMENT_FINAL_PLAN, "SEND Regulations 2014 reg 27(2); exceptions reg 27(3)", trigger, due);
    }

    @Tag("PLAN_TRANSFER")
    @Tag("cite:SEND-Regulations-2014-reg-15-2")
    @DisplayName("PLAN_TRANSFER: SEND Regulations 2014 reg 15(2)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-05-20 | 2026-06-10 | a working day counts as day 1; skips the spring bank holiday
        2027-03-20 | 2027-04-13 | a Saturday: day 1 is the Monday; skips Good Friday and Easter Monday
        2022-05-25 | 2022-06-16 | skips the moved spring bank holiday and the Platinum Jubilee; 30 May 2022 counts
        2012-05-23 | 2012-06-14 | skips the Diamond Jubilee days; 28 May 2012 counts
        2002-05-22 | 2002-06-13 | skips the Golden Jubilee days; 27 May 2002 counts
        1999-12-20 | 2000-01-13 | skips Christmas, Boxing Day substitute, the millennium holiday and New Year substitute
        """)
    void planTransfer(String trigger, String due, String why) {
        check(Rule.PLAN_TRANSFER, "SEND Regulations 2014 reg 15(2)", trigger, due);
    }

    @Tag("NEW_LA_NOTIFICATION")
    @Tag("cite:SEND-Regulations-2014-reg-15-4")
    @DisplayName("NEW_LA_NOTIFICATION: SEND Regulations 2014 reg 15(4)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-07-01 | 2026-08-12 | six weeks
        2020-03-27 | 2020-05-08 | lands on the moved early May bank holiday (VE day) of 2020
        """)
    void newLaNotification(String trigger, String due, String why) {
        check(Rule.NEW_LA_NOTIFICATION, "SEND Regulations 2014 reg 15(4)", trigger, due);
    }
}
