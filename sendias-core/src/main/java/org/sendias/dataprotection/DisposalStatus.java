package org.sendias.dataprotection;

/** Where a case stands against its retention schedule on a day: due for disposal, or why not. */
public enum DisposalStatus {
    /** Retention has ended: the case is due for its disposal method. */
    DUE("due"),
    /** The case is closed but its retention period has not ended. */
    RETENTION_RUNNING("retention-running"),
    /** The case is not closed, so it is not disposed of. */
    CASE_OPEN("case-open"),
    /** An active legal hold stops disposal, whatever the schedule says. */
    LEGAL_HOLD("legal-hold"),
    /** The schedule anonymises, and the case is already anonymised. */
    ALREADY_ANONYMISED("already-anonymised");

    private final String code;

    DisposalStatus(String code) {
        this.code = code;
    }

    /** @return the status as a code, for reports and logs */
    public String code() {
        return code;
    }
}
