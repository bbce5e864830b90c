package org.sendias.reporting;

import org.sendias.casework.Arrival;

/** Where a referral came from: the family itself, or the kind of organisation that referred. */
public enum ReferralSource {
    /** The parent, carer or young person contacted the service themselves. */
    SELF_REFERRAL,
    /** A school. */
    SCHOOL,
    /** A college. */
    COLLEGE,
    /** An early years setting. */
    EARLY_YEARS_SETTING,
    /** The local authority. */
    LOCAL_AUTHORITY,
    /** A health body. */
    HEALTH_BODY,
    /** A charity. */
    CHARITY,
    /** Another kind of organisation. */
    OTHER;

    /**
     * @param arrival how a case arrived
     * @return where the referral came from
     */
    public static ReferralSource of(Arrival arrival) {
        if (arrival.route() == Arrival.Route.SELF_REFERRAL) {
            return SELF_REFERRAL;
        }
        return switch (arrival.referrerKind().orElseThrow()) {
            case SCHOOL -> SCHOOL;
            case COLLEGE -> COLLEGE;
            case EARLY_YEARS_SETTING -> EARLY_YEARS_SETTING;
            case LOCAL_AUTHORITY -> LOCAL_AUTHORITY;
            case HEALTH_BODY -> HEALTH_BODY;
            case CHARITY -> CHARITY;
            case OTHER -> OTHER;
        };
    }
}
