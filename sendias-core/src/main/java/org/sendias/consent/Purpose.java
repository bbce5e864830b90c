package org.sendias.consent;

/**
 * What a consent allows the service to do: a closed set, so that a sharing decision never depends on matching free
 * text. Two purposes keep information within the service ({@link #staysWithinService()}); every other purpose sends
 * information to a named recipient.
 */
public enum Purpose {
    /** The family agrees that the service acts on a referral made by someone else (a school, the LA, health). */
    ACCEPT_REFERRAL(true),
    /** The recipient may contact the family, or the service may discuss the case with the recipient. */
    CONTACT_ABOUT_CASE(false),
    /** The service may advocate for or represent the family to the recipient (meetings, reviews, complaints). */
    ADVOCACY_AND_REPRESENTATION(false),
    /** The service may ask the recipient for information it holds about the child or young person. */
    REQUEST_INFORMATION(false),
    /** The service may refer the family on to the recipient, sending the information a referral needs. */
    MAKE_REFERRAL(false),
    /** The service may share information for mediation or a tribunal appeal (the mediator, the Tribunal, the LA). */
    MEDIATION_OR_TRIBUNAL(false),
    /** The service may use equality monitoring answers in its own de-identified reports to the commissioner. */
    EQUALITY_REPORTING(true);

    private final boolean withinService;

    Purpose(boolean withinService) {
        this.withinService = withinService;
    }

    /**
     * @return true for {@link #ACCEPT_REFERRAL} and {@link #EQUALITY_REPORTING}, which send nothing about the family
     *     outside the service and so have no recipient
     */
    public boolean staysWithinService() {
        return withinService;
    }
}
