package org.sendias.conflicts;

/** How a declared person is related to, or known by, the adviser who declares them. */
public enum Relationship {
    /** A spouse, civil partner or partner. */
    SPOUSE_OR_PARTNER,
    /** A parent or step-parent. */
    PARENT,
    /** A child or stepchild. */
    CHILD,
    /** A brother or sister, including half- and step-siblings. */
    SIBLING,
    /** Any other relative: a grandparent, aunt, cousin, in-law. */
    OTHER_RELATIVE,
    /** A friend. */
    FRIEND,
    /** A neighbour. */
    NEIGHBOUR,
    /** A former spouse or partner. */
    FORMER_PARTNER,
    /** A present or past colleague. */
    COLLEAGUE,
    /** Any other connection; the declaration's description says what. */
    OTHER
}
