package org.sendias.dataprotection;

/** What happens to a record when its retention period ends. */
public enum DisposalMethod {
    /**
     * The record stays, without personal data, for the service's figures: see
     * {@link org.sendias.casework.Case#anonymise(org.sendias.UserId, java.time.Instant)}.
     */
    ANONYMISE,
    /** The record and everything of it is deleted from the store. */
    DELETE
}
