package org.sendias.deadline;

import static org.sendias.deadline.CalendarKind.ENGLAND;
import static org.sendias.deadline.CalendarKind.SCHOOL;
import static org.sendias.deadline.Counting.AFTER_DAYS;
import static org.sendias.deadline.Counting.AFTER_MONTHS;
import static org.sendias.deadline.Counting.AFTER_SCHOOL_DAYS;
import static org.sendias.deadline.Counting.AFTER_WEEKS;
import static org.sendias.deadline.Counting.AFTER_WORKING_DAYS;
import static org.sendias.deadline.Counting.BEGINNING_DAYS;
import static org.sendias.deadline.Counting.BEGINNING_MONTHS;
import static org.sendias.deadline.Counting.WEEKS_BEFORE;
import static org.sendias.deadline.EventType.*;
import static org.sendias.deadline.ExceptionReason.ABSENT_FROM_AREA;
import static org.sendias.deadline.ExceptionReason.APPOINTMENT_NOT_KEPT;
import static org.sendias.deadline.ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES;
import static org.sendias.deadline.ExceptionReason.INSTITUTION_CLOSURE;
import static org.sendias.deadline.ProcessType.AGE;
import static org.sendias.deadline.ProcessType.ANNUAL_REVIEW;
import static org.sendias.deadline.ProcessType.APPEAL;
import static org.sendias.deadline.ProcessType.EHC_NEEDS_ASSESSMENT;
import static org.sendias.deadline.ProcessType.EXCLUSION;
import static org.sendias.deadline.ProcessType.INFORMATION_AND_COMPLAINTS;
import static org.sendias.deadline.ProcessType.LA_TRANSFER;
import static org.sendias.deadline.ProcessType.REASSESSMENT;
import static org.sendias.deadline.ProcessType.SERVICE_LEVEL;
import static org.sendias.deadline.RollForward.HESC_SEN_APPEAL;
import static org.sendias.deadline.RollForward.NEXT_WORKING_DAY;
import static org.sendias.deadline.RollForward.NONE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every time limit sendias computes, by its stable id from the statutory catalogue, with its process, trigger
 * events, counting convention, roll-forward policy, citation and the exceptions the law allows.
 */
public enum Rule {
    // EHC needs assessment
    /** Decide whether to assess: 6 weeks after the request (Regs 5(1); exceptions 5(4)). */
    EHC_DECISION_TO_ASSESS(EHC_NEEDS_ASSESSMENT,
        "The local authority must decide whether to carry out an EHC needs assessment and tell the parent or young person",
        AFTER_WEEKS, 6, NONE, ENGLAND, List.of(REQUEST_RECEIVED), List.of(ASSESSMENT_DECISION_NOTIFIED),
        "SEND Regulations 2014 reg 5(1); exceptions reg 5(4)", closurePersonalAbsence(), 4, null),
    /** Advice for the assessment: 6 weeks after the request for it (Regs 8(1); exceptions 8(2)). */
    EHC_ADVICE_DUE(EHC_NEEDS_ASSESSMENT,
        "Anyone asked for advice and information for the assessment must give it",
        AFTER_WEEKS, 6, NONE, ENGLAND, List.of(ADVICE_REQUESTED), List.of(ADVICE_RECEIVED),
        "SEND Regulations 2014 reg 8(1); exceptions reg 8(2)",
        EnumSet.of(EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, ABSENT_FROM_AREA, APPOINTMENT_NOT_KEPT), 4, null),
    /** Decision not to issue a plan: 16 weeks after the request (Regs 10(1); exceptions 10(4)). */
    EHC_DECISION_NOT_TO_ISSUE(EHC_NEEDS_ASSESSMENT,
        "If, after assessing, the local authority decides not to issue a plan, it must tell the parent or young person",
        AFTER_WEEKS, 16, NONE, ENGLAND, List.of(REQUEST_RECEIVED), List.of(DECISION_NOT_TO_ISSUE_NOTIFIED, DRAFT_PLAN_SERVED),
        "SEND Regulations 2014 reg 10(1); exceptions reg 10(4)", closurePersonalAbsence(), 4, null),
    /** Representations on the draft plan: 15 days beginning with service (Regs 13(1)(a)). */
    EHC_DRAFT_REPRESENTATIONS(EHC_NEEDS_ASSESSMENT,
        "The parent or young person has at least 15 days to comment on the draft plan and ask for a school or "
            + "institution to be named",
        BEGINNING_DAYS, 15, NONE, ENGLAND, List.of(DRAFT_PLAN_SERVED), List.of(REPRESENTATIONS_MADE),
        "SEND Regulations 2014 reg 13(1)(a)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** A consulted school's response: 15 days after consultation (guidance). */
    EHC_SCHOOL_CONSULTATION(EHC_NEEDS_ASSESSMENT,
        "A school or institution consulted about being named in the plan should respond",
        AFTER_DAYS, 15, NONE, ENGLAND, List.of(INSTITUTION_CONSULTED), List.of(INSTITUTION_RESPONDED),
        "SEND Code of Practice 0-25 (2015) para 9.83 (statutory guidance)", EnumSet.noneOf(ExceptionReason.class), 0,
        "This is guidance (\u201cshould\u201d), not a time limit in the Regulations."),
    /** The final plan: 20 weeks after the request (Regs 13(2); exceptions 13(3)). */
    EHC_FINAL_PLAN(EHC_NEEDS_ASSESSMENT,
        "The local authority must issue the final EHC plan",
        AFTER_WEEKS, 20, NONE, ENGLAND, List.of(REQUEST_RECEIVED), List.of(FINAL_PLAN_ISSUED),
        "SEND Regulations 2014 reg 13(2); exceptions reg 13(3)", closurePersonalAbsence(), 4, null),

    // review
    /** Review the plan: 12 months beginning with the plan or the last review (CFA s.44(1)). */
    REVIEW_DUE(ANNUAL_REVIEW,
        "The local authority must review the EHC plan",
        BEGINNING_MONTHS, 12, NONE, ENGLAND, List.of(LAST_REVIEW, PLAN_ISSUED), List.of(REVIEW_MEETING),
        "Children and Families Act 2014 s.44(1)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Notice of the review meeting: 2 weeks before it (Regs 20(3), 21(3)). */
    REVIEW_MEETING_NOTICE(ANNUAL_REVIEW,
        "Everyone invited to the review meeting must have at least two weeks\u2019 notice of its date",
        WEEKS_BEFORE, 2, NONE, ENGLAND, List.of(REVIEW_MEETING), List.of(MEETING_INVITATIONS_SENT),
        "SEND Regulations 2014 regs 20(3), 21(3)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Advice circulated: 2 weeks before the meeting (Regs 20(4), 21(4)). */
    REVIEW_ADVICE_CIRCULATED(ANNUAL_REVIEW,
        "The advice and information gathered for the review must be sent to everyone invited at least two weeks "
            + "before the meeting",
        WEEKS_BEFORE, 2, NONE, ENGLAND, List.of(REVIEW_MEETING), List.of(ADVICE_CIRCULATED),
        "SEND Regulations 2014 regs 20(4), 21(4)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** The review report: 2 weeks after the meeting (Regs 20(7), 21(7)). */
    REVIEW_REPORT(ANNUAL_REVIEW,
        "The report of the review meeting must be sent to everyone invited",
        AFTER_WEEKS, 2, NONE, ENGLAND, List.of(REVIEW_MEETING), List.of(REVIEW_REPORT_SENT),
        "SEND Regulations 2014 regs 20(7), 21(7)", EnumSet.noneOf(ExceptionReason.class), 0,
        "The paragraph number in reg 20 is unconfirmed; reg 21(7) has been checked."),
    /** The review decision: 4 weeks after the meeting (Regs 20, 21). */
    REVIEW_DECISION(ANNUAL_REVIEW,
        "The local authority must tell the parent or young person whether it will keep, amend or cease the plan, "
            + "sending any proposed amendments with the decision (R (L) v Devon CC [2022] EWHC 493 (Admin))",
        AFTER_WEEKS, 4, NONE, ENGLAND, List.of(REVIEW_MEETING), List.of(REVIEW_DECISION_NOTIFIED),
        "SEND Regulations 2014 regs 20(10), 21(8); R (L) v Devon CC [2022] EWHC 493 (Admin)",
        EnumSet.noneOf(ExceptionReason.class), 0,
        "The paragraph numbers in regs 20 and 21 are unconfirmed."),
    /** Representations on proposed amendments: 15 days beginning with service (Regs 22(2)(c)). */
    AMENDMENT_REPRESENTATIONS(ANNUAL_REVIEW,
        "The parent or young person has at least 15 days to comment on the proposed amendments",
        BEGINNING_DAYS, 15, NONE, ENGLAND, List.of(PROPOSED_AMENDMENTS_SERVED), List.of(REPRESENTATIONS_MADE),
        "SEND Regulations 2014 reg 22(2)(c)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** The amended plan: 8 weeks after the proposed amendments (Regs 22(3)). */
    AMENDED_PLAN_FINAL(ANNUAL_REVIEW,
        "The local authority must issue the amended plan",
        AFTER_WEEKS, 8, NONE, ENGLAND, List.of(PROPOSED_AMENDMENTS_SERVED), List.of(AMENDED_PLAN_ISSUED),
        "SEND Regulations 2014 reg 22(3)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Phase transfer: amend before 15 February or 31 March of the transfer year (Regs 18(1)). */
    PHASE_TRANSFER_AMENDMENT(ANNUAL_REVIEW,
        "Before a phase transfer the local authority must review the plan and finalise any amendments",
        Counting.BEFORE_FIXED_DATE, 0, NONE, ENGLAND, List.of(), List.of(TRANSFER_AMENDMENTS_FINALISED),
        "SEND Regulations 2014 reg 18(1)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Transfer between post-16 institutions at another time: 5 months before it (Regs 18(2)). */
    POST16_TRANSFER_AMENDMENT(ANNUAL_REVIEW,
        "For a move between post-16 institutions at another time of year, the local authority must review the plan "
            + "and finalise any amendments at least 5 months before the move",
        Counting.MONTHS_BEFORE, 5, NONE, ENGLAND, List.of(PROPOSED_TRANSFER_DATE),
        List.of(TRANSFER_AMENDMENTS_FINALISED),
        "SEND Regulations 2014 reg 18(2)", EnumSet.noneOf(ExceptionReason.class), 0, null),

    // re-assessment and moves
    /** Decide whether to re-assess: 15 days after the request (Regs 25(1)). */
    REASSESSMENT_DECISION(REASSESSMENT,
        "The local authority must tell the parent or young person whether it will re-assess",
        AFTER_DAYS, 15, NONE, ENGLAND, List.of(REQUEST_RECEIVED), List.of(REASSESSMENT_NOTIFIED, REASSESSMENT_REFUSED),
        "SEND Regulations 2014 reg 25(1)", EnumSet.noneOf(ExceptionReason.class), 0,
        "The 15-day figure comes from secondary sources and is unconfirmed against the regulation\u2019s text."),
    /** The plan after re-assessment: 14 weeks after notification (Regs 27(2); exceptions 27(3)). */
    REASSESSMENT_FINAL_PLAN(REASSESSMENT,
        "After re-assessing, the local authority must issue the final plan (or tell the family it will not amend it)",
        AFTER_WEEKS, 14, NONE, ENGLAND, List.of(REASSESSMENT_NOTIFIED), List.of(FINAL_PLAN_ISSUED),
        "SEND Regulations 2014 reg 27(2); exceptions reg 27(3)", closurePersonalAbsence(), 4, null),
    /** Transfer the plan: 15 working days beginning with awareness (Regs 15(2)). */
    PLAN_TRANSFER(LA_TRANSFER,
        "The old local authority must transfer the EHC plan to the new one",
        Counting.BEGINNING_WORKING_DAYS, 15, NONE, ENGLAND, List.of(OLD_LA_AWARE), List.of(PLAN_TRANSFERRED),
        "SEND Regulations 2014 reg 15(2)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** The new authority's notice: 6 weeks after the transfer (Regs 15(4)). */
    NEW_LA_NOTIFICATION(LA_TRANSFER,
        "The new local authority must tell the parent or young person that the plan has transferred and whether "
            + "it will re-assess",
        AFTER_WEEKS, 6, NONE, ENGLAND, List.of(PLAN_TRANSFERRED), List.of(NEW_LA_NOTIFIED),
        "SEND Regulations 2014 reg 15(4)", EnumSet.noneOf(ExceptionReason.class), 0, null),

    // disagreement, mediation and appeal
    /** Contact a mediation adviser: 2 months after the decision notice (CFA s.55; Regs 33). */
    MEDIATION_ADVISER_CONTACT(APPEAL,
        "Before appealing (unless the appeal is only about the school or institution named) the parent or young "
            + "person must contact a mediation adviser",
        AFTER_MONTHS, 2, NONE, ENGLAND, List.of(DECISION_NOTICE_SENT), List.of(MEDIATION_ADVISER_CONTACTED),
        "Children and Families Act 2014 s.55; SEND Regulations 2014 reg 33", EnumSet.noneOf(ExceptionReason.class), 0,
        null),
    /** Certificate when mediation is not wanted: 3 working days (Regs 34). */
    CERTIFICATE_NO_MEDIATION(APPEAL,
        "The mediation adviser must issue a certificate so that an appeal can be made",
        AFTER_WORKING_DAYS, 3, NONE, ENGLAND, List.of(ADVISER_TOLD_NO_MEDIATION), List.of(CERTIFICATE_ISSUED),
        "SEND Regulations 2014 reg 34", EnumSet.noneOf(ExceptionReason.class), 0,
        "The regulation number is unconfirmed against the regulation\u2019s text."),
    /** The mediation: 30 days after the authority is told it is wanted (Regs 37). */
    MEDIATION_MEETING(APPEAL,
        "The local authority must arrange for the mediation to take place",
        AFTER_DAYS, 30, NONE, ENGLAND, List.of(LA_TOLD_MEDIATION_WANTED), List.of(MEDIATION_HELD),
        "SEND Regulations 2014 reg 37", EnumSet.noneOf(ExceptionReason.class), 0,
        "The regulation number is unconfirmed against the regulation\u2019s text."),
    /** Certificate after mediation: 3 working days (Regs 39). */
    CERTIFICATE_AFTER_MEDIATION(APPEAL,
        "The mediator must issue a certificate after the mediation",
        AFTER_WORKING_DAYS, 3, NONE, ENGLAND, List.of(MEDIATION_CONCLUDED), List.of(CERTIFICATE_ISSUED),
        "SEND Regulations 2014 reg 39", EnumSet.noneOf(ExceptionReason.class), 0,
        "The regulation number is unconfirmed against the regulation\u2019s text."),
    /** Register the appeal: the later of 2 months and certificate + 1 month (HESC r.20(1)(c), r.12). */
    APPEAL_REGISTRATION(APPEAL,
        "An appeal to the First-tier Tribunal (SEND) must reach the tribunal",
        Counting.LATER_OF_APPEAL_PERIODS, 2, HESC_SEN_APPEAL, ENGLAND, List.of(DECISION_NOTICE_SENT),
        List.of(APPEAL_REGISTERED),
        "Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 r.20(1)(c), r.12(2)-(3); "
            + "Children and Families Act 2014 s.55",
        EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Disability discrimination claim: 6 months beginning with the conduct (EqA 2010 Sch 17 para 4(1)). */
    DISCRIMINATION_CLAIM(APPEAL,
        "A disability discrimination claim against a school must be made to the tribunal",
        BEGINNING_MONTHS, 6, NONE, ENGLAND, List.of(CONDUCT_DATE), List.of(CLAIM_MADE),
        "Equality Act 2010 Sch 17 para 4(1)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Comply with an order amending the plan: 5 weeks (Regs 44(2)). */
    ORDER_AMEND_PLAN(APPEAL,
        "After a tribunal order to amend the needs or provision in a plan, the local authority must issue the "
            + "amended plan",
        AFTER_WEEKS, 5, NONE, ENGLAND, List.of(TRIBUNAL_ORDER), List.of(AMENDED_PLAN_ISSUED),
        "SEND Regulations 2014 reg 44(2); exceptions reg 44(3)", personalAbsence(), 2,
        "The letter of the paragraph in reg 44(2) is unconfirmed."),
    /** Comply with an order about the institution named: 2 weeks (Regs 44(2)). */
    ORDER_NAME_SCHOOL(APPEAL,
        "After a tribunal order about the school or institution named, the local authority must issue the amended plan",
        AFTER_WEEKS, 2, NONE, ENGLAND, List.of(TRIBUNAL_ORDER), List.of(AMENDED_PLAN_ISSUED),
        "SEND Regulations 2014 reg 44(2); exceptions reg 44(3)", personalAbsence(), 2,
        "The letter of the paragraph in reg 44(2) is unconfirmed."),
    /** Draft plan after an order to make one: 5 weeks (Regs 44(2)(c)). */
    ORDER_ISSUE_DRAFT(APPEAL,
        "After a tribunal order to make and maintain a plan, the local authority must issue a draft plan",
        AFTER_WEEKS, 5, NONE, ENGLAND, List.of(TRIBUNAL_ORDER), List.of(DRAFT_PLAN_SERVED),
        "SEND Regulations 2014 reg 44(2)(c); exceptions reg 44(3)", personalAbsence(), 2, null),
    /** Final plan after an order to make one: 11 weeks (Regs 44(2)(c)). */
    ORDER_ISSUE_FINAL(APPEAL,
        "After a tribunal order to make and maintain a plan, the local authority must issue the final plan",
        AFTER_WEEKS, 11, NONE, ENGLAND, List.of(TRIBUNAL_ORDER), List.of(FINAL_PLAN_ISSUED),
        "SEND Regulations 2014 reg 44(2)(c); exceptions reg 44(3)", personalAbsence(), 2, null),
    /** Response to a health or social care recommendation: 5 weeks (SI 2017/1306 reg 6). */
    RECOMMENDATION_RESPONSE(APPEAL,
        "The health body or local authority must respond to the tribunal\u2019s recommendation",
        AFTER_WEEKS, 5, NONE, ENGLAND, List.of(TRIBUNAL_RECOMMENDATION), List.of(RECOMMENDATION_RESPONDED),
        "Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017 "
            + "(SI 2017/1306) reg 6", EnumSet.noneOf(ExceptionReason.class), 0,
        "The paragraph of reg 6 that sets 5 weeks is unconfirmed."),
    /** Judicial review: promptly, and in any event within 3 months (CPR 54.5(1)). */
    JUDICIAL_REVIEW(APPEAL,
        "A claim for judicial review must be filed promptly, and in any event within 3 months of the grounds arising",
        AFTER_MONTHS, 3, NONE, ENGLAND, List.of(GROUNDS_AROSE), List.of(JUDICIAL_REVIEW_FILED),
        "Civil Procedure Rules r.54.5(1)", EnumSet.noneOf(ExceptionReason.class), 0,
        "The duty is to act promptly: a claim filed within 3 months can still be refused as not prompt."),

    // exclusion
    /** Governors consider an exclusion: 15 school days after notice (SI 2012/1033 regs 6, 15, 24). */
    EXCLUSION_GOVERNORS_MEETING(EXCLUSION,
        "The governing board must consider the exclusion",
        AFTER_SCHOOL_DAYS, 15, NONE, SCHOOL, List.of(EXCLUSION_NOTICE_RECEIVED), List.of(GOVERNORS_MEETING_HELD),
        "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012 (SI 2012/1033) regs 6, 15, 24",
        EnumSet.noneOf(ExceptionReason.class), 0,
        "The paragraph numbers within regs 6, 15 and 24 are unconfirmed."),
    /** Apply for an independent review: 15 school days after the decision (SI 2012/1033 Sch 1 para 2(1)). */
    INDEPENDENT_REVIEW_APPLICATION(EXCLUSION,
        "An application for an independent review of the governors\u2019 decision must be made",
        AFTER_SCHOOL_DAYS, 15, NONE, SCHOOL, List.of(GOVERNORS_DECISION_NOTIFIED),
        List.of(INDEPENDENT_REVIEW_REQUESTED),
        "School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012 (SI 2012/1033) Sch 1 para 2(1)",
        EnumSet.noneOf(ExceptionReason.class), 0, null),

    // information rights and complaints
    /** Respond to a subject access request: 1 month (UK GDPR Art 12(3)). */
    SUBJECT_ACCESS_RESPONSE(INFORMATION_AND_COMPLAINTS,
        "The controller must respond to the subject access request, or within the same month tell the requester "
            + "that it is extending the time",
        AFTER_MONTHS, 1, NEXT_WORKING_DAY, ENGLAND, List.of(SAR_RECEIVED), List.of(SAR_RESPONDED, SAR_EXTENDED),
        "UK GDPR Art 12(3); ICO guidance on time limits", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Respond to an extended subject access request: 3 months (UK GDPR Art 12(3)). */
    SUBJECT_ACCESS_EXTENDED(INFORMATION_AND_COMPLAINTS,
        "If the controller extended the time because the request is complex or one of many, it must respond",
        AFTER_MONTHS, 3, NEXT_WORKING_DAY, ENGLAND, List.of(SAR_RECEIVED), List.of(SAR_RESPONDED),
        "UK GDPR Art 12(3); ICO guidance on time limits", EnumSet.noneOf(ExceptionReason.class), 0,
        "This limit applies only if the controller extends the time and tells the requester within the first month."),
    /** The educational record: 15 school days (Pupil Information Regulations 2005 reg 5(2)). */
    EDUCATIONAL_RECORD(INFORMATION_AND_COMPLAINTS,
        "The school must make the pupil\u2019s educational record available",
        AFTER_SCHOOL_DAYS, 15, NONE, SCHOOL, List.of(RECORD_REQUEST_RECEIVED), List.of(RECORD_DISCLOSED),
        "Education (Pupil Information) (England) Regulations 2005 reg 5(2)", EnumSet.noneOf(ExceptionReason.class), 0,
        null),
    /** Answer a freedom of information request: 20 working days, UK-wide holidays (FOIA s.10). */
    FOI_RESPONSE(INFORMATION_AND_COMPLAINTS,
        "The public authority must answer the freedom of information request",
        AFTER_WORKING_DAYS, 20, NONE, CalendarKind.UNITED_KINGDOM, List.of(FOI_RECEIVED), List.of(FOI_RESPONDED),
        "Freedom of Information Act 2000 s.10(1), (6)", EnumSet.noneOf(ExceptionReason.class), 0, null),
    /** Complain to the ombudsman: 12 months beginning with notice of the matter (LGA 1974 s.26B). */
    OMBUDSMAN_COMPLAINT(INFORMATION_AND_COMPLAINTS,
        "A complaint to the Local Government and Social Care Ombudsman should be made",
        BEGINNING_MONTHS, 12, NONE, ENGLAND, List.of(FIRST_NOTICE_OF_MATTER), List.of(OMBUDSMAN_COMPLAINT_MADE),
        "Local Government Act 1974 s.26B", EnumSet.noneOf(ExceptionReason.class), 0,
        "The ombudsman may accept a later complaint if there are good reasons."),

    // the service's own targets
    /** Acknowledge a referral: 2 working days by default (commissioning specification). */
    SERVICE_ACKNOWLEDGEMENT(SERVICE_LEVEL,
        "The service aims to acknowledge the referral",
        AFTER_WORKING_DAYS, 2, NONE, ENGLAND, List.of(REFERRAL_RECEIVED), List.of(REFERRAL_ACKNOWLEDGED),
        "Commissioning specification, section 12 (service standard)", EnumSet.noneOf(ExceptionReason.class), 0,
        null),
    /** First appointment: 5 working days by default (commissioning specification). */
    SERVICE_FIRST_APPOINTMENT(SERVICE_LEVEL,
        "The service aims to hold a first appointment",
        AFTER_WORKING_DAYS, 5, NONE, ENGLAND, List.of(REFERRAL_RECEIVED), List.of(FIRST_APPOINTMENT_HELD),
        "Commissioning specification, section 12 (service standard)", EnumSet.noneOf(ExceptionReason.class), 0,
        null),

    // age
    /** The end of compulsory school age (Education Act 1996 s.8; CFA s.83(2)). */
    COMPULSORY_SCHOOL_AGE_ENDS(AGE,
        "The child stops being of compulsory school age; from the next day the young person, not the parent, makes "
            + "decisions under Part 3 of the Children and Families Act 2014 (subject to mental capacity)",
        Counting.SCHOOL_LEAVING_DATE, 0, NONE, CalendarKind.NONE, List.of(DATE_OF_BIRTH), List.of(),
        "Education Act 1996 s.8(3); Education (School Leaving Date) Order 1997; Children and Families Act 2014 s.83(2)",
        EnumSet.noneOf(ExceptionReason.class), 0, null);

    private final ProcessType process;
    private final String duty;
    private final Counting counting;
    private final int period;
    private final RollForward rollForward;
    private final CalendarKind calendar;
    private final List<EventType> triggers;
    private final List<EventType> completions;
    private final EventType[] triggerArray;
    private final EventType[] completionArray;
    private final String citation;
    private final Set<ExceptionReason> exceptions;
    private final int absenceWeeks;
    private final String caveat;

    Rule(ProcessType process, String duty, Counting counting, int period, RollForward rollForward,
            CalendarKind calendar, List<EventType> triggers, List<EventType> completions, String citation,
            Set<ExceptionReason> exceptions, int absenceWeeks, String caveat) {
        this.process = process;
        this.duty = duty;
        this.counting = counting;
        this.period = period;
        this.rollForward = rollForward;
        this.calendar = calendar;
        this.triggers = triggers;
        this.completions = completions;
        this.triggerArray = triggers.toArray(new EventType[0]);
        this.completionArray = completions.toArray(new EventType[0]);
        this.citation = citation;
        this.exceptions = Collections.unmodifiableSet(exceptions);
        this.absenceWeeks = absenceWeeks;
        this.caveat = caveat;
    }

    private static Set<ExceptionReason> closurePersonalAbsence() {
        return EnumSet.of(INSTITUTION_CLOSURE, EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, ABSENT_FROM_AREA);
    }

    private static Set<ExceptionReason> personalAbsence() {
        return EnumSet.of(EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, ABSENT_FROM_AREA);
    }

    /** @return the process this rule belongs to */
    public ProcessType process() {
        return process;
    }

    /** @return the legal source, for example {@code SEND Regulations 2014 reg 5(1); exceptions reg 5(4)} */
    public String citation() {
        return citation;
    }

    /** @return what happens when the last day is not a working day */
    public RollForward rollForward() {
        return rollForward;
    }

    /**
     * The events that start the clock, in order of preference: the first one recorded is used (for
     * {@link #REVIEW_DUE}, the last review if there has been one, else the plan). Empty for
     * {@link #PHASE_TRANSFER_AMENDMENT}, which is started by the transfer parameters.
     *
     * @return the trigger events
     */
    public List<EventType> triggers() {
        return triggers;
    }

    /** @return the events that discharge the duty; the first recorded on or before the as-of date marks it met */
    public List<EventType> completions() {
        return completions;
    }

    /** @return the exceptions the law allows for this limit; empty when none does */
    public Set<ExceptionReason> allowedExceptions() {
        return exceptions;
    }

    /** @return the rules of a process, in catalogue order */
    public static List<Rule> of(ProcessType process) {
        return ByProcess.RULES.get(process);
    }

    /** @return every event a process accepts: its rules' triggers and completions */
    static Set<EventType> eventsOf(ProcessType process) {
        return ByProcess.EVENTS.get(process);
    }

    /** The triggers as an array, for the engine's hot path; never modified. */
    EventType[] triggerArray() {
        return triggerArray;
    }

    /** The completions as an array, for the engine's hot path; never modified. */
    EventType[] completionArray() {
        return completionArray;
    }

    /** The rules of a process as an array, for the engine's hot path; never modified. */
    static Rule[] arrayOf(ProcessType process) {
        return ByProcess.ARRAYS.get(process);
    }

    /** The events of a process as an array, for the engine's hot path; never modified. */
    static EventType[] eventArrayOf(ProcessType process) {
        return ByProcess.EVENT_ARRAYS.get(process);
    }

    String duty() {
        return duty;
    }

    Counting counting() {
        return counting;
    }

    int period() {
        return period;
    }

    CalendarKind calendar() {
        return calendar;
    }

    String caveat() {
        return caveat;
    }

    int absenceWeeks() {
        return absenceWeeks;
    }

    /** Rules and events indexed by process, built once. */
    private static final class ByProcess {
        static final Map<ProcessType, List<Rule>> RULES = new EnumMap<>(ProcessType.class);
        static final Map<ProcessType, Set<EventType>> EVENTS = new EnumMap<>(ProcessType.class);
        static final Map<ProcessType, Rule[]> ARRAYS = new EnumMap<>(ProcessType.class);
        static final Map<ProcessType, EventType[]> EVENT_ARRAYS = new EnumMap<>(ProcessType.class);

        static {
            for (ProcessType p : ProcessType.values()) {
                List<Rule> rules = new ArrayList<>();
                Set<EventType> events = EnumSet.noneOf(EventType.class);
                for (Rule r : Rule.values()) {
                    if (r.process == p) {
                        rules.add(r);
                        events.addAll(r.triggers);
                        events.addAll(r.completions);
                    }
                }
                if (p == APPEAL) {
                    events.add(CERTIFICATE_ISSUED);
                }
                RULES.put(p, List.copyOf(rules));
                EVENTS.put(p, Collections.unmodifiableSet(events));
                ARRAYS.put(p, rules.toArray(new Rule[0]));
                EVENT_ARRAYS.put(p, events.toArray(new EventType[0]));
            }
        }
    }
}
