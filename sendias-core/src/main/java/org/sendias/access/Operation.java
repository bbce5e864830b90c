package org.sendias.access;

/**
 * Everything the library offers that an {@link AccessPolicy} decides on.
 *
 * <p>{@link #personalData()} says whether the operation's result or effect exposes personal data or case content;
 * only {@link #READ_AGGREGATE_REPORT} does not, and only it can be open to roles outside the service team. The audit
 * trail holds ids only, but it shows who touched which case, so reading or verifying it counts as personal data.
 *
 * <p>{@link #onCase()} says whether the operation targets one case, which must then be given to
 * {@link AccessPolicy#decide}. Operations that are not on one case may still be asked about a case (reading one
 * case's audit trail, say), and then the case-level checks apply too.
 */
public enum Operation {
    /** Read a case: its parties, notes, contacts, consents, processes and evidence. */
    READ_CASE(true, true),
    /** Open a new case (the case does not exist yet, so none is targeted). */
    OPEN_CASE(true, false),
    /** Change a case: parties, scope, contacts, notes, status, consents, processes, advice notes. */
    CHANGE_CASE(true, true),
    /** Allocate an adviser to a case after the conflict check. */
    ALLOCATE(true, true),
    /** Record a manager's waiver of a potential conflict of interest on a case. */
    WAIVE_CONFLICT(true, true),
    /** Wall an adviser off from a case after a conflict of interest. */
    WALL_OFF(true, true),
    /** Decide whether information from a case may be shared with a recipient. */
    DECIDE_SHARING(true, true),
    /** Record a safeguarding disclosure from a case. */
    RECORD_DISCLOSURE(true, true),
    /** Draw a random sample of closed cases for quality review. */
    QUALITY_SAMPLE(true, false),
    /** Keep the declarations and gifts registers (staff's relationships and hospitality). */
    MANAGE_REGISTERS(true, false),
    /** Read the audit trail: who read or changed which case, and when (ids only, but revealing). */
    READ_AUDIT_TRAIL(true, false),
    /** Verify that the audit trail has not been altered; the result names the records that fail. */
    VERIFY_AUDIT_TRAIL(true, false),
    /** Export everything held about a person in answer to a subject access request. */
    EXPORT_SUBJECT_ACCESS(true, false),
    /** Rectify inaccurate personal data in a case. */
    RECTIFY(true, true),
    /** Decide a request to erase a case's personal data. */
    DECIDE_ERASURE(true, true),
    /** List the cases whose retention period has ended and what would be disposed of or anonymised. */
    PLAN_DISPOSAL(true, false),
    /** Dispose of or anonymise the cases whose retention period has ended. */
    RUN_DISPOSAL(true, false),
    /** Place a legal hold on a case, stopping its disposal. */
    PLACE_LEGAL_HOLD(true, true),
    /** Release a legal hold on a case. */
    RELEASE_LEGAL_HOLD(true, true),
    /** Rotate the keys that protect stored records and the audit trail. */
    ROTATE_KEYS(true, false),
    /** Read aggregated, de-identified figures with small counts suppressed; no case content. */
    READ_AGGREGATE_REPORT(false, false);

    private final boolean personalData;
    private final boolean onCase;

    Operation(boolean personalData, boolean onCase) {
        this.personalData = personalData;
        this.onCase = onCase;
    }

    /** @return whether the operation's result or effect exposes personal data or case content */
    public boolean personalData() {
        return personalData;
    }

    /** @return whether the operation targets one case, which must be given when deciding */
    public boolean onCase() {
        return onCase;
    }
}
