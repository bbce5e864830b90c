package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.deadline.Examples.check;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for processes EXCLUSION, INFORMATION_AND_COMPLAINTS and SERVICE_LEVEL. */
class ExclusionInformationServiceExamplesTest {
    private static final String SI_2012 = "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012 "
        + "(SI 2012/1033)";

    private static ProcessHistory school(Rule rule, String trigger) {
        return ProcessHistory.of(rule.process()).with(rule.triggers().get(0), LocalDate.parse(trigger))
            .withSchoolCalendar(Examples.SCHOOL);
    }

    @Tag("EXCLUSION_GOVERNORS_MEETING")
    @Tag("cite:School-Discipline-Pupil-Exclusions-and-Reviews-England-Regulations-2012-SI-2012-1033-regs-6-15-24")
    @DisplayName("EXCLUSION_GOVERNORS_MEETING: SI 2012/1033 regs 6, 15, 24")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-10-14 | 2026-11-11 | skips the October half-term
        2026-09-25 | 2026-10-19 | skips the training day on 9 October
        2026-12-01 | 2027-01-06 | skips the Christmas holidays
        2026-10-24 | 2026-11-20 | received in half-term: counting starts when the school meets again
        """)
    void governorsMeeting(String trigger, String due, String why) {
        check(Rule.EXCLUSION_GOVERNORS_MEETING, SI_2012 + " regs 6, 15, 24", school(Rule.EXCLUSION_GOVERNORS_MEETING,
            trigger), due);
    }

    @Tag("INDEPENDENT_REVIEW_APPLICATION")
    @Tag("cite:School-Discipline-Pupil-Exclusions-and-Reviews-England-Regulations-2012-SI-2012-1033-Sch-1-para-2-1")
    @DisplayName("INDEPENDENT_REVIEW_APPLICATION: SI 2012/1033 Sch 1 para 2(1)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-01 | 2027-01-06 | 15 school days after, across the Christmas holidays
        2026-11-02 | 2026-11-23 | three school weeks
        """)
    void independentReview(String trigger, String due, String why) {
        check(Rule.INDEPENDENT_REVIEW_APPLICATION, SI_2012 + " Sch 1 para 2(1)",
            school(Rule.INDEPENDENT_REVIEW_APPLICATION, trigger), due);
    }

    @Tag("SUBJECT_ACCESS_RESPONSE")
    @Tag("cite:UK-GDPR-Art-12-3-ICO-guidance-on-time-limits")
    @DisplayName("SUBJECT_ACCESS_RESPONSE: UK GDPR Art 12(3); ICO guidance on time limits")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-31 | 2026-03-02 | 28 February 2026 is a Saturday: the next working day
        2026-03-03 | 2026-04-07 | 3 April 2026 is Good Friday: past the weekend and Easter Monday
        2024-01-31 | 2024-02-29 | the last day of a leap February, a Thursday
        2026-09-15 | 2026-10-15 | corresponding date, a working day
        """)
    void subjectAccess(String trigger, String due, String why) {
        Deadline d = check(Rule.SUBJECT_ACCESS_RESPONSE, "UK GDPR Art 12(3); ICO guidance on time limits", trigger, due);
        assertEquals(RollForward.NEXT_WORKING_DAY, d.rule().rollForward());
    }

    @Tag("SUBJECT_ACCESS_EXTENDED")
    @Tag("cite:UK-GDPR-Art-12-3-ICO-guidance-on-time-limits")
    @DisplayName("SUBJECT_ACCESS_EXTENDED: UK GDPR Art 12(3); ICO guidance on time limits")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-31 | 2026-04-30 | three months: 30 April, a Thursday
        2025-11-30 | 2026-03-02 | 28 February 2026 is a Saturday: the next working day
        2026-09-25 | 2026-12-29 | 25 December, then the Boxing Day substitute: Tuesday 29 December
        """)
    void subjectAccessExtended(String trigger, String due, String why) {
        check(Rule.SUBJECT_ACCESS_EXTENDED, "UK GDPR Art 12(3); ICO guidance on time limits", trigger, due);
    }

    @Tag("EDUCATIONAL_RECORD")
    @Tag("cite:Education-Pupil-Information-England-Regulations-2005-reg-5-2")
    @DisplayName("EDUCATIONAL_RECORD: Education (Pupil Information) (England) Regulations 2005 reg 5(2)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-10-14 | 2026-11-11 | 15 school days, skipping half-term
        2026-12-10 | 2027-01-15 | skips the Christmas holidays
        """)
    void educationalRecord(String trigger, String due, String why) {
        check(Rule.EDUCATIONAL_RECORD, "Education (Pupil Information) (England) Regulations 2005 reg 5(2)",
            school(Rule.EDUCATIONAL_RECORD, trigger), due);
    }

    @Tag("FOI_RESPONSE")
    @Tag("cite:Freedom-of-Information-Act-2000-s.10-1-6")
    @DisplayName("FOI_RESPONSE: Freedom of Information Act 2000 s.10(1), (6)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-16 | 2026-12-15 | skips St Andrew's Day (Scotland), so a day later than in England
        2027-03-01 | 2027-04-01 | skips St Patrick's Day (Northern Ireland), Good Friday and Easter Monday
        2026-06-01 | 2026-06-30 | skips Scotland's World Cup bank holiday of 15 June 2026
        2026-07-27 | 2026-08-25 | skips Scotland's summer bank holiday on 3 August, but not England's on 31 August
        """)
    void foi(String trigger, String due, String why) {
        Deadline d = check(Rule.FOI_RESPONSE, "Freedom of Information Act 2000 s.10(1), (6)", trigger, due);
        assertTrue(d.calendarVersion().orElseThrow().startsWith("united-kingdom"), d.calendarVersion().toString());
    }

    @Tag("OMBUDSMAN_COMPLAINT")
    @Tag("cite:Local-Government-Act-1974-s.26B")
    @DisplayName("OMBUDSMAN_COMPLAINT: Local Government Act 1974 s.26B")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-01 | 2026-12-31 | 12 months beginning with 1 January
        2024-02-29 | 2025-02-27 | from a leap day: the day before 28 February 2025
        2026-12-26 | 2027-12-25 | ends on Christmas Day and stays
        """)
    void ombudsman(String trigger, String due, String why) {
        check(Rule.OMBUDSMAN_COMPLAINT, "Local Government Act 1974 s.26B", trigger, due);
    }

    @Tag("SERVICE_ACKNOWLEDGEMENT")
    @Tag("cite:Commissioning-specification-section-12-service-standard")
    @DisplayName("SERVICE_ACKNOWLEDGEMENT: Commissioning specification, section 12 (service standard)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-24 | 2026-12-30 | skips Christmas Day and the Boxing Day substitute
        2026-06-12 | 2026-06-16 | a Friday: two working days later is Tuesday
        """)
    void acknowledgement(String trigger, String due, String why) {
        check(Rule.SERVICE_ACKNOWLEDGEMENT, "Commissioning specification, section 12 (service standard)", trigger, due);
    }

    @Tag("SERVICE_FIRST_APPOINTMENT")
    @Tag("cite:Commissioning-specification-section-12-service-standard")
    @DisplayName("SERVICE_FIRST_APPOINTMENT: Commissioning specification, section 12 (service standard)")
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-04-01 | 2026-04-10 | skips Good Friday and Easter Monday
        2023-05-03 | 2023-05-11 | skips the coronation bank holiday of 8 May 2023
        """)
    void firstAppointment(String trigger, String due, String why) {
        check(Rule.SERVICE_FIRST_APPOINTMENT, "Commissioning specification, section 12 (service standard)", trigger,
            due);
    }

    @Test
    @Tag("SERVICE_FIRST_APPOINTMENT")
    @Tag("cite:Commissioning-specification-section-12-service-standard")
    void serviceTargetsComeFromTheContract() {
        ProcessHistory h = ProcessHistory.of(ProcessType.SERVICE_LEVEL)
            .with(EventType.REFERRAL_RECEIVED, LocalDate.parse("2026-04-01"))
            .withServiceTargets(1, 10);
        check(Rule.SERVICE_FIRST_APPOINTMENT, "Commissioning specification, section 12 (service standard)", h,
            "2026-04-17");
        check(Rule.SERVICE_ACKNOWLEDGEMENT, "Commissioning specification, section 12 (service standard)", h,
            "2026-04-02");
    }
}
