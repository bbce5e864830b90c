package org.sendias.casework;

/**
 * What a family reported, or what happened, that the commissioner's quarterly return counts (commissioning
 * specification, section 12, "Outcomes"). An appeal lodged is not an outcome: it is the
 * {@link org.sendias.deadline.EventType#APPEAL_REGISTERED} event of a tracked appeal.
 */
public enum OutcomeKind {
    /** The family wanted to go to the Tribunal, and another way to resolve the disagreement was found. */
    TRIBUNAL_WANTED_ALTERNATIVE_FOUND,
    /** The family reported that the child or young person was excluded from school. */
    EXCLUSION_REPORTED,
    /** The family reported that a transition between or within settings went well. */
    TRANSITION_REPORTED_SUCCESSFUL,
    /** The family reported that a transition between or within settings did not go well. */
    TRANSITION_REPORTED_UNSUCCESSFUL,
    /** A parent, carer or young person made a formal complaint about the service. */
    COMPLAINT,
    /** A parent, carer or young person commended the service. */
    COMMENDATION
}
