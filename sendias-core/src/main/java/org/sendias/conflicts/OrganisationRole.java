package org.sendias.conflicts;

/** How an adviser is connected to a declared organisation. */
public enum OrganisationRole {
    /** The adviser works there (paid, including a second job). */
    EMPLOYEE,
    /**
     * The adviser used to work there. It counts as an interest for {@link RegisterSettings#formerEmploymentPeriod()}
     * after employment ended, so the declaration needs the date it ended.
     */
    FORMER_EMPLOYEE,
    /** The adviser is a governor (of a school) or sits on an equivalent board. */
    GOVERNOR,
    /** The adviser is a trustee (of a charity or academy trust). */
    TRUSTEE,
    /** The adviser volunteers there. */
    VOLUNTEER,
    /** A relative or partner of the adviser works there. */
    RELATIVE_WORKS_THERE,
    /** The adviser provides services to it under contract. */
    CONTRACTOR,
    /** Any other connection; the declaration's note says what. */
    OTHER
}
