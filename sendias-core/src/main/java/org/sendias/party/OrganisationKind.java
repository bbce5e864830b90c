package org.sendias.party;

/** The kinds of organisation a case involves, and the kinds of referrer. */
public enum OrganisationKind {
    /** A school, including academies, special schools and alternative provision. */
    SCHOOL,
    /** A further education college or other post-16 institution. */
    COLLEGE,
    /** An early-years setting (nursery, pre-school, childminder). */
    EARLY_YEARS_SETTING,
    /** The local authority (its SEN team, social care, or another department). */
    LOCAL_AUTHORITY,
    /** An NHS body: an integrated care board, a trust, a GP practice. */
    HEALTH_BODY,
    /** A charity or voluntary organisation. */
    CHARITY,
    /** Anything else. */
    OTHER
}
