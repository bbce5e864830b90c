package org.sendias.access;

/**
 * Why an {@link AccessDecision} allows or denies, as a stable code with a plain-English explanation. Codes and
 * explanations never contain names or case content.
 */
public enum AccessReason {
    /** One of the principal's roles is granted the operation by the policy. */
    ROLE_GRANTS(true, "one of the user's roles is granted this operation by the service's policy"),
    /** The adviser is the case's allocated adviser, as a policy limited to allocated cases requires. */
    ALLOCATED_ADVISER(true, "the user is the adviser allocated to this case"),
    /** None of the principal's roles is granted the operation. */
    ROLE_NOT_GRANTED(false, "none of the user's roles is granted this operation by the service's policy"),
    /** A role outside the service team asked for an operation that exposes personal data or case content. */
    ARMS_LENGTH(false, "the service works at arm's length: local authority, commissioner and host roles see "
        + "aggregated reports only, never personal data or case content"),
    /** The user is walled off from the case after a conflict of interest. */
    ETHICAL_WALL(false, "the user is walled off from this case after a conflict of interest"),
    /** The policy limits advisers to their allocated cases, and the case is not allocated to this adviser. */
    NOT_ALLOCATED(false, "the service's policy limits advisers to the cases allocated to them, and this case is not "
        + "allocated to the user"),
    /** The case belongs to another service. */
    OTHER_TENANT(false, "the case belongs to another service"),
    /** The operation acts on one case and no case was given. */
    CASE_REQUIRED(false, "the operation acts on one case, and no case was given");

    private final boolean allows;
    private final String explanation;

    AccessReason(boolean allows, String explanation) {
        this.allows = allows;
        this.explanation = explanation;
    }

    /** @return true for a reason that supports allowing; false for a reason to deny */
    public boolean allows() {
        return allows;
    }

    /** @return the reason in plain English, for a caseworker; never contains names or case content */
    public String explanation() {
        return explanation;
    }
}
