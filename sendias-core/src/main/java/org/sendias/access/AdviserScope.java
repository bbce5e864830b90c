package org.sendias.access;

/**
 * Which of the service's cases an {@link Role#ADVISER} may act on, where the adviser role is what grants the
 * operation. A principal who also holds a role granting the operation on every case (a service manager, say) is not
 * limited.
 */
public enum AdviserScope {
    /** Only the cases allocated to the adviser ({@link org.sendias.casework.Case#adviser()} is the user). */
    ALLOCATED_CASES,
    /** Every case of the service the adviser is not walled off from. */
    ALL_SERVICE_CASES
}
