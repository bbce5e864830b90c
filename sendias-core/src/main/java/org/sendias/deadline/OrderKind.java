package org.sendias.deadline;

/** What a tribunal order on an SEN appeal requires the local authority to do (Reg 44(2)). */
public enum OrderKind {
    /** Amend the needs or provision in a plan: 5 weeks. */
    AMEND_PLAN,
    /** Change only the school or institution named: 2 weeks. */
    NAME_INSTITUTION,
    /** Make and maintain a plan: draft within 5 weeks, final within 11 weeks. */
    MAKE_AND_MAINTAIN_PLAN
}
