package org.sendias.deadline;

/** The processes whose time limits sendias computes, named as in the statutory catalogue. */
public enum ProcessType {
    /** An education, health and care needs assessment, from the request to the final plan. */
    EHC_NEEDS_ASSESSMENT,
    /** The review of an EHC plan, its amendment and the phase transfers. */
    ANNUAL_REVIEW,
    /** A request to re-assess a child or young person with a plan. */
    REASSESSMENT,
    /** The transfer of a plan when the family moves to another local authority. */
    LA_TRANSFER,
    /** Disagreement resolution: mediation, tribunal appeals and claims, orders, judicial review. */
    APPEAL,
    /** A school exclusion: the governors' meeting and the independent review. */
    EXCLUSION,
    /** Subject access, educational records, freedom of information and ombudsman complaints. */
    INFORMATION_AND_COMPLAINTS,
    /** The information, advice and support service's own contractual targets. */
    SERVICE_LEVEL,
    /** Age thresholds that change who makes decisions. */
    AGE;

    /** @return the events this process records: the triggers and completions of its rules */
    public java.util.Set<EventType> events() {
        return Rule.eventsOf(this);
    }

    /** @return the rules of this process, in catalogue order */
    public java.util.List<Rule> rules() {
        return Rule.of(this);
    }
}
