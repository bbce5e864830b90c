package org.sendias.dataprotection;

/** What a disposal run did with one case the plan said was due. */
public enum DisposalOutcome {
    /** The case was anonymised. */
    ANONYMISED("anonymised"),
    /** The case was deleted. */
    DELETED("deleted"),
    /** Skipped: a legal hold was placed after the plan was made. */
    SKIPPED_LEGAL_HOLD("skipped-legal-hold"),
    /** Skipped: the case was reopened after the plan was made. */
    SKIPPED_CASE_OPEN("skipped-case-open"),
    /** Skipped: the case was reopened and closed again after the plan was made, so its retention runs again. */
    SKIPPED_RETENTION_RUNNING("skipped-retention-running"),
    /** Skipped: the case was anonymised after the plan was made. */
    SKIPPED_ALREADY_ANONYMISED("skipped-already-anonymised"),
    /** Skipped: the case is no longer in the store. */
    SKIPPED_NOT_FOUND("skipped-not-found"),
    /** Skipped: another unit of work changed the case while the run was disposing of it; plan again. */
    SKIPPED_CHANGED_MEANWHILE("skipped-changed-meanwhile");

    private final String code;

    DisposalOutcome(String code) {
        this.code = code;
    }

    /** @return the outcome as a code, for reports and logs */
    public String code() {
        return code;
    }

    /** @return whether the case was disposed of */
    public boolean disposed() {
        return this == ANONYMISED || this == DELETED;
    }

    static DisposalOutcome skipped(DisposalStatus status) {
        return switch (status) {
            case LEGAL_HOLD -> SKIPPED_LEGAL_HOLD;
            case CASE_OPEN -> SKIPPED_CASE_OPEN;
            case RETENTION_RUNNING -> SKIPPED_RETENTION_RUNNING;
            case ALREADY_ANONYMISED -> SKIPPED_ALREADY_ANONYMISED;
            case DUE -> throw new IllegalArgumentException("status: a due case is not skipped");
        };
    }
}
