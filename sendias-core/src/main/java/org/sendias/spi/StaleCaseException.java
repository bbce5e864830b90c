package org.sendias.spi;

import org.sendias.CaseId;

/**
 * A change was made to a version of a case that is no longer the stored one (someone else saved first), or a new
 * case's id is already taken. Reload the case and apply the command again.
 */
public final class StaleCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CaseId caseId;

    /**
     * @param caseId the case
     * @param message what happened, with ids and versions only
     */
    public StaleCaseException(CaseId caseId, String message) {
        super(message);
        this.caseId = caseId;
    }

    /** @return the case */
    public CaseId caseId() {
        return caseId;
    }
}
