package org.sendias.access;

import java.util.Objects;

/**
 * Thrown by {@link AccessPolicy#require} when the policy denies an operation. It carries the
 * {@link AccessDecision}. The message names the operation, the role codes, the case id if any and the reason codes,
 * never the user's or anyone else's name; for example
 * {@code READ_CASE denied to roles [ADVISER] on case 3f2c...: [NOT_ALLOCATED]}.
 */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serialised: a deserialised exception keeps its message only. */
    private final transient AccessDecision decision;

    /**
     * Creates the exception.
     *
     * @param decision a denied decision
     * @throws IllegalArgumentException if the decision allows
     */
    public AccessDeniedException(AccessDecision decision) {
        super(message(decision));
        if (decision.allowed()) {
            throw new IllegalArgumentException("an allowed decision is not a denial");
        }
        this.decision = decision;
    }

    private static String message(AccessDecision d) {
        Objects.requireNonNull(d, "decision");
        return d.operation() + " denied to roles " + d.roles()
            + d.caseId().map(c -> " on case " + c.value()).orElse("") + ": " + d.reasons();
    }

    /** @return the denial, with its reasons; null only after deserialisation */
    public AccessDecision decision() {
        return decision;
    }
}
