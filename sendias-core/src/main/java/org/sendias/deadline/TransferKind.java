package org.sendias.deadline;

/** The phase transfer that Reg 18(1) times the review and amendment of a plan by. */
public enum TransferKind {
    /** Moving between schools (for example primary to secondary): amend before 15 February of the transfer year. */
    SCHOOL,
    /** Moving from secondary school to a post-16 institution: amend before 31 March of the transfer year. */
    POST16
}
