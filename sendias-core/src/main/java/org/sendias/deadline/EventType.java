package org.sendias.deadline;

/**
 * The events a process records: those that start a time limit, those that discharge one, and the date of birth
 * for age thresholds. Names are those of the statutory catalogue and are stable.
 */
public enum EventType {
    // EHC needs assessment and re-assessment
    /** A request for an EHC needs assessment (or re-assessment) reached the local authority. */
    REQUEST_RECEIVED("the local authority received the request"),
    /** The local authority told the parent or young person whether it will assess. */
    ASSESSMENT_DECISION_NOTIFIED("the local authority notified its decision whether to assess"),
    /** The local authority asked for advice and information for the assessment. */
    ADVICE_REQUESTED("the local authority requested the advice"),
    /** The requested advice was received. */
    ADVICE_RECEIVED("the advice was received"),
    /** The local authority notified its decision not to issue a plan. */
    DECISION_NOT_TO_ISSUE_NOTIFIED("the local authority notified its decision not to issue a plan"),
    /** The draft plan was sent to the parent or young person. */
    DRAFT_PLAN_SERVED("the draft plan was served"),
    /** The parent or young person made representations or asked for a school to be named. */
    REPRESENTATIONS_MADE("representations were made"),
    /** The local authority consulted a school or institution about being named in the plan. */
    INSTITUTION_CONSULTED("the local authority consulted the school or institution"),
    /** The consulted school or institution responded. */
    INSTITUTION_RESPONDED("the school or institution responded"),
    /** The final plan was issued. */
    FINAL_PLAN_ISSUED("the final plan was issued"),

    // review
    /** An EHC plan was first issued (finalised). */
    PLAN_ISSUED("the plan was issued"),
    /** The most recent review of the plan was completed. */
    LAST_REVIEW("the last review was completed"),
    /** The review meeting takes (or took) place. */
    REVIEW_MEETING("the review meeting takes place", "the review meeting took place"),
    /** Invitations to the review meeting were sent. */
    MEETING_INVITATIONS_SENT("the invitations to the review meeting were sent"),
    /** The advice and information for the review meeting was circulated. */
    ADVICE_CIRCULATED("the advice and information was circulated"),
    /** The report of the review meeting was sent. */
    REVIEW_REPORT_SENT("the review report was sent"),
    /** The local authority notified its decision to keep, amend or cease the plan. */
    REVIEW_DECISION_NOTIFIED("the local authority notified its review decision"),
    /** The proposed amendments to the plan were sent. */
    PROPOSED_AMENDMENTS_SERVED("the proposed amendments were served"),
    /** The amended plan was issued. */
    AMENDED_PLAN_ISSUED("the amended plan was issued"),
    /** The plan was reviewed and amended for a phase transfer. */
    TRANSFER_AMENDMENTS_FINALISED("the plan was amended for the transfer"),
    /** The date of a transfer between post-16 institutions at another time than the usual phase transfer. */
    PROPOSED_TRANSFER_DATE("the proposed transfer takes place", "the transfer took place"),

    // re-assessment
    /** The local authority notified its decision to re-assess. */
    REASSESSMENT_NOTIFIED("the local authority notified its decision to re-assess"),
    /** The local authority notified its decision not to re-assess. */
    REASSESSMENT_REFUSED("the local authority notified its decision not to re-assess"),

    // transfer between local authorities
    /** The old local authority became aware of the move. */
    OLD_LA_AWARE("the old local authority became aware of the move"),
    /** The plan was transferred to the new local authority. */
    PLAN_TRANSFERRED("the plan was transferred"),
    /** The new local authority told the parent or young person about the transfer and its review. */
    NEW_LA_NOTIFIED("the new local authority notified the parent or young person"),

    // disagreement, mediation and appeal
    /** The local authority sent the decision notice that carries the right of appeal. */
    DECISION_NOTICE_SENT("the decision notice was sent"),
    /** The parent or young person contacted the mediation adviser. */
    MEDIATION_ADVISER_CONTACTED("the mediation adviser was contacted"),
    /** The parent or young person told the mediation adviser they do not want mediation. */
    ADVISER_TOLD_NO_MEDIATION("the mediation adviser was told that mediation is not wanted"),
    /** The local authority was told that the parent or young person wants mediation. */
    LA_TOLD_MEDIATION_WANTED("the local authority was told that mediation is wanted"),
    /** The mediation took place. */
    MEDIATION_HELD("the mediation took place"),
    /** The mediation concluded. */
    MEDIATION_CONCLUDED("the mediation concluded"),
    /** A mediation certificate was issued. */
    CERTIFICATE_ISSUED("the mediation certificate was issued"),
    /** The appeal was registered by the tribunal. */
    APPEAL_REGISTERED("the appeal was registered"),
    /** The conduct complained of in a disability discrimination claim (or the end of a continuing act). */
    CONDUCT_DATE("the conduct complained of took place"),
    /** The disability discrimination claim was made. */
    CLAIM_MADE("the claim was made"),
    /** The tribunal made its order; see {@link OrderKind}. */
    TRIBUNAL_ORDER("the tribunal's order was made"),
    /** The tribunal made a recommendation about health or social care. */
    TRIBUNAL_RECOMMENDATION("the tribunal's recommendation was made"),
    /** The body responded to the tribunal's recommendation. */
    RECOMMENDATION_RESPONDED("the response to the recommendation was sent"),
    /** The grounds for a judicial review first arose. */
    GROUNDS_AROSE("the grounds for the claim first arose"),
    /** The claim for judicial review was filed. */
    JUDICIAL_REVIEW_FILED("the claim for judicial review was filed"),

    // exclusion
    /** The parent received notice of a permanent exclusion (or one that triggers a governors' meeting). */
    EXCLUSION_NOTICE_RECEIVED("the notice of exclusion was received"),
    /** The governors met to consider the exclusion. */
    GOVERNORS_MEETING_HELD("the governors met"),
    /** The governors' decision not to reinstate was notified. */
    GOVERNORS_DECISION_NOTIFIED("the governors' decision was notified"),
    /** An independent review was applied for. */
    INDEPENDENT_REVIEW_REQUESTED("an independent review was applied for"),

    // information rights and complaints
    /** A subject access request was received. */
    SAR_RECEIVED("the subject access request was received"),
    /** The controller told the requester it is extending the time to respond. */
    SAR_EXTENDED("the requester was told of the extension"),
    /** The controller responded to the subject access request. */
    SAR_RESPONDED("the response was sent"),
    /** A request to see or copy a pupil's educational record was received. */
    RECORD_REQUEST_RECEIVED("the request for the educational record was received"),
    /** The educational record was made available. */
    RECORD_DISCLOSED("the educational record was made available"),
    /** A freedom of information request was received. */
    FOI_RECEIVED("the freedom of information request was received"),
    /** The freedom of information request was answered. */
    FOI_RESPONDED("the freedom of information request was answered"),
    /** The complainant first had notice of the matter complained about. */
    FIRST_NOTICE_OF_MATTER("the complainant first had notice of the matter"),
    /** The complaint was made to the ombudsman. */
    OMBUDSMAN_COMPLAINT_MADE("the complaint was made to the ombudsman"),

    // the service's own targets
    /** A referral reached the service. */
    REFERRAL_RECEIVED("the service received the referral"),
    /** The service acknowledged the referral. */
    REFERRAL_ACKNOWLEDGED("the service acknowledged the referral"),
    /** The first appointment took place. */
    FIRST_APPOINTMENT_HELD("the first appointment took place"),

    // age
    /** The child's date of birth. Never shown in messages or logs. */
    DATE_OF_BIRTH("the child was born");

    private final String happened;
    private final String done;

    EventType(String happened) {
        this(happened, happened);
    }

    EventType(String happened, String done) {
        this.happened = happened;
        this.done = done;
    }

    /**
     * @return the event as a clause for explanations, for example {@code the decision notice was sent}; for a meeting
     *     or transfer that may still be ahead, in the present tense
     */
    public String happened() {
        return happened;
    }

    /** @return the event as a clause in the past tense, for an event that met a deadline */
    String done() {
        return done;
    }
}
