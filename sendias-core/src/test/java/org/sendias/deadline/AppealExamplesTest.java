package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.deadline.Examples.check;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for process APPEAL, including the tribunal's Christmas and August window. */
class AppealExamplesTest {
    private static final String HESC = "Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 r.20(1)(c), "
        + "r.12(2)-(3); Children and Families Act 2014 s.55";

    @Tag("MEDIATION_ADVISER_CONTACT")
    @Tag("cite:Children-and-Families-Act-2014-s.55-SEND-Regulations-2014-reg-33")
    @DisplayName("MEDIATION_ADVISER_CONTACT: Children and Families Act 2014 s.55; SEND Regulations 2014 reg 33")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-08-31 | 2026-10-31 | 31 August + 2 months is 31 October (corresponding date)
        2025-12-31 | 2026-02-28 | 31 December + 2 months is 28 February
        2023-12-31 | 2024-02-29 | ... and 29 February in a leap year
        2026-06-15 | 2026-08-15 | a Saturday in August: the SEND Regulations do not move it
        """)
    void mediationAdviserContact(String trigger, String due, String why) {
        check(Rule.MEDIATION_ADVISER_CONTACT,
            "Children and Families Act 2014 s.55; SEND Regulations 2014 reg 33", trigger, due);
    }

    @Tag("CERTIFICATE_NO_MEDIATION")
    @Tag("cite:SEND-Regulations-2014-reg-34")
    @DisplayName("CERTIFICATE_NO_MEDIATION: SEND Regulations 2014 reg 34")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2022-09-15 | 2022-09-21 | skips the state funeral of 19 September 2022
        2026-12-23 | 2026-12-30 | skips Christmas Day and the Boxing Day substitute
        2026-06-12 | 2026-06-17 | a Friday: three working days after is Wednesday
        """)
    void certificateNoMediation(String trigger, String due, String why) {
        check(Rule.CERTIFICATE_NO_MEDIATION, "SEND Regulations 2014 reg 34", trigger, due);
    }

    @Tag("MEDIATION_MEETING")
    @Tag("cite:SEND-Regulations-2014-reg-37")
    @DisplayName("MEDIATION_MEETING: SEND Regulations 2014 reg 37")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-02-01 | 2026-03-03 | 30 days through a 28-day February
        2024-02-01 | 2024-03-02 | 30 days through a 29-day February
        """)
    void mediationMeeting(String trigger, String due, String why) {
        check(Rule.MEDIATION_MEETING, "SEND Regulations 2014 reg 37", trigger, due);
    }

    @Tag("CERTIFICATE_AFTER_MEDIATION")
    @Tag("cite:SEND-Regulations-2014-reg-39")
    @DisplayName("CERTIFICATE_AFTER_MEDIATION: SEND Regulations 2014 reg 39")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2023-05-04 | 2023-05-10 | skips the coronation bank holiday of 8 May 2023
        2011-04-27 | 2011-05-04 | skips the royal wedding (29 April 2011) and the early May bank holiday
        """)
    void certificateAfterMediation(String trigger, String due, String why) {
        check(Rule.CERTIFICATE_AFTER_MEDIATION, "SEND Regulations 2014 reg 39", trigger, due);
    }

    @Tag("APPEAL_REGISTRATION")
    @Tag("cite:Tribunal-Procedure-First-tier-Tribunal-HESC-Rules-2008-r.20-1-c-r.12-2-3-Children-and-Families-Act-2014-s.55")
    @DisplayName("APPEAL_REGISTRATION: HESC r.20(1)(c), r.12(2)-(3)")
    @ParameterizedTest(name = "decision {0}, certificate {1} -> {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2026-06-15 | -          | 2026-09-01 | 15 August is in August: the first working day after 31 August (31 August 2026 is a bank holiday)
        2027-06-30 | -          | 2027-09-01 | 30 August 2027, a bank holiday in August: 1 September
        2026-10-28 | -          | 2027-01-04 | 28 December is in the Christmas window: the first working day after 1 January
        2026-11-01 | -          | 2027-01-04 | ends on 1 January itself, still in the window
        2025-11-01 | -          | 2026-01-02 | 1 January 2026 is a Thursday: Friday 2 January
        2026-10-24 | -          | 2026-12-24 | 24 December is outside the window and a working day
        2019-12-31 | -          | 2020-03-02 | 29 February 2020 is a Saturday: r.12(2) moves it to Monday
        2026-03-02 | 2026-04-20 | 2026-05-20 | certificate + 1 month is later than decision + 2 months
        2026-03-02 | 2026-03-10 | 2026-05-05 | decision + 2 months is later: Saturday 2 May, then the early May bank holiday
        2026-05-15 | 2026-07-20 | 2026-09-01 | certificate + 1 month falls in August
        """)
    void appealRegistration(String decision, String certificate, String due, String why) {
        ProcessHistory h = ProcessHistory.of(ProcessType.APPEAL)
            .with(EventType.DECISION_NOTICE_SENT, LocalDate.parse(decision));
        if (certificate != null) {
            h = h.with(EventType.CERTIFICATE_ISSUED, LocalDate.parse(certificate));
        }
        Deadline d = check(Rule.APPEAL_REGISTRATION, HESC, h, due);
        assertEquals(RollForward.HESC_SEN_APPEAL, d.rule().rollForward());
        assertEquals(certificate == null ? 1 : 2, d.triggers().size());
    }

    @Tag("DISCRIMINATION_CLAIM")
    @Tag("cite:Equality-Act-2010-Sch-17-para-4-1")
    @DisplayName("DISCRIMINATION_CLAIM: Equality Act 2010 Sch 17 para 4(1)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-03-01 | 2026-08-31 | 6 months beginning with 1 March end on 31 August, a bank holiday: no August window for claims
        2026-02-20 | 2026-08-19 | in August, and not moved: r.12(3) no longer applies to claims
        2025-08-31 | 2026-02-27 | from 31 August: the day before the corresponding date (28 February)
        2023-08-31 | 2024-02-28 | ... in a leap year the day before 29 February
        2026-06-26 | 2026-12-25 | ends on Christmas Day and is not moved
        """)
    void discriminationClaim(String trigger, String due, String why) {
        Deadline d = check(Rule.DISCRIMINATION_CLAIM, "Equality Act 2010 Sch 17 para 4(1)", trigger, due);
        LocalDate dueDate = LocalDate.parse(due);
        if (!Examples.ENGINE.england().isWorkingDay(dueDate)) {
            assertTrue(d.explanation().stream().anyMatch(s -> s.startsWith("Because the tribunal")),
                "advises filing earlier: " + d.explanation());
        }
    }

    @Tag("ORDER_AMEND_PLAN")
    @Tag("cite:SEND-Regulations-2014-reg-44-2-exceptions-reg-44-3")
    @DisplayName("ORDER_AMEND_PLAN: SEND Regulations 2014 reg 44(2); exceptions reg 44(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-07-24 | 2026-08-28 | five weeks; the SEND Regulations have no August rule
        2024-02-01 | 2024-03-07 | across a leap day
        """)
    void orderAmendPlan(String order, String due, String why) {
        check(Rule.ORDER_AMEND_PLAN, "SEND Regulations 2014 reg 44(2); exceptions reg 44(3)", order(order,
            OrderKind.AMEND_PLAN), due);
    }

    @Tag("ORDER_NAME_SCHOOL")
    @Tag("cite:SEND-Regulations-2014-reg-44-2-exceptions-reg-44-3")
    @DisplayName("ORDER_NAME_SCHOOL: SEND Regulations 2014 reg 44(2); exceptions reg 44(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-11 | 2026-12-25 | two weeks, lands on Christmas Day and stays
        2026-03-02 | 2026-03-16 | two weeks
        """)
    void orderNameSchool(String order, String due, String why) {
        check(Rule.ORDER_NAME_SCHOOL, "SEND Regulations 2014 reg 44(2); exceptions reg 44(3)", order(order,
            OrderKind.NAME_INSTITUTION), due);
    }

    @Tag("ORDER_ISSUE_DRAFT")
    @Tag("cite:SEND-Regulations-2014-reg-44-2-c-exceptions-reg-44-3")
    @DisplayName("ORDER_ISSUE_DRAFT: SEND Regulations 2014 reg 44(2)(c); exceptions reg 44(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-05 | 2026-02-09 | five weeks
        2023-04-03 | 2023-05-08 | lands on the coronation bank holiday
        """)
    void orderIssueDraft(String order, String due, String why) {
        check(Rule.ORDER_ISSUE_DRAFT, "SEND Regulations 2014 reg 44(2)(c); exceptions reg 44(3)", order(order,
            OrderKind.MAKE_AND_MAINTAIN_PLAN), due);
    }

    @Tag("ORDER_ISSUE_FINAL")
    @Tag("cite:SEND-Regulations-2014-reg-44-2-c-exceptions-reg-44-3")
    @DisplayName("ORDER_ISSUE_FINAL: SEND Regulations 2014 reg 44(2)(c); exceptions reg 44(3)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-05 | 2026-03-23 | eleven weeks
        2019-12-20 | 2020-03-06 | eleven weeks across 29 February 2020
        """)
    void orderIssueFinal(String order, String due, String why) {
        check(Rule.ORDER_ISSUE_FINAL, "SEND Regulations 2014 reg 44(2)(c); exceptions reg 44(3)", order(order,
            OrderKind.MAKE_AND_MAINTAIN_PLAN), due);
    }

    @Tag("RECOMMENDATION_RESPONSE")
    @Tag("cite:Special-Educational-Needs-and-Disability-First-tier-Tribunal-Recommendations-Power-Regulations-2017-SI-2017-1306-reg-6")
    @DisplayName("RECOMMENDATION_RESPONSE: SI 2017/1306 reg 6")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-04-01 | 2026-05-06 | five weeks
        2026-07-27 | 2026-08-31 | lands on the summer bank holiday and stays
        """)
    void recommendationResponse(String trigger, String due, String why) {
        check(Rule.RECOMMENDATION_RESPONSE, "Special Educational Needs and Disability (First-tier Tribunal "
            + "Recommendations Power) Regulations 2017 (SI 2017/1306) reg 6", trigger, due);
    }

    @Tag("JUDICIAL_REVIEW")
    @Tag("cite:Civil-Procedure-Rules-r.54.5-1")
    @DisplayName("JUDICIAL_REVIEW: Civil Procedure Rules r.54.5(1)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-30 | 2027-02-28 | 30 November + 3 months: the last day of February, a Sunday
        2027-11-30 | 2028-02-29 | ... the leap day in 2028
        2026-05-15 | 2026-08-15 | corresponding date
        """)
    void judicialReview(String trigger, String due, String why) {
        Deadline d = check(Rule.JUDICIAL_REVIEW, "Civil Procedure Rules r.54.5(1)", trigger, due);
        assertTrue(d.explanation().stream().anyMatch(s -> s.contains("promptly")));
    }

    private static ProcessHistory order(String date, OrderKind kind) {
        return ProcessHistory.of(ProcessType.APPEAL).with(EventType.TRIBUNAL_ORDER, LocalDate.parse(date))
            .withOrderKind(kind);
    }
}
