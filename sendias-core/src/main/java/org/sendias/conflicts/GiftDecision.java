package org.sendias.conflicts;

/** What an adviser did with an offer of a gift or hospitality. */
public enum GiftDecision {
    /** Accepted. At or above the threshold, an accepted gift counts as an interest in its giver. */
    ACCEPTED,
    /** Declined. Recorded all the same, so that offers from one giver can be seen together. */
    DECLINED
}
