package org.sendias.audit;

import java.util.List;
import java.util.Objects;
import org.sendias.TenantId;

/**
 * What {@link AuditVerifier} found in a tenant's stored audit events.
 *
 * @param tenant the service
 * @param checked how many events were read
 * @param head the head reached: the last event read, in stored order, whose hash is right for its content (the
 *     genesis head if there is none); for an intact chain, the chain's head
 * @param problems the problems found, by position, at most {@link #MAX_PROBLEMS}
 * @param problemCount how many problems were found in all (more than {@code problems} holds when it is full)
 */
public record AuditVerification(TenantId tenant, long checked, AuditHead head, List<Problem> problems,
        long problemCount) {
    /** The most problems kept; the rest are only counted. */
    public static final int MAX_PROBLEMS = 100;

    /** Copies the problems. */
    public AuditVerification {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(head, "head");
        problems = List.copyOf(problems);
        if (checked < 0 || problemCount < problems.size()) {
            throw new IllegalArgumentException("checked and problemCount must cover what was found");
        }
    }

    /** @return whether no problem was found: the events form one unbroken chain (reaching the anchor, if given) */
    public boolean intact() {
        return problemCount == 0;
    }

    /** What was done to the stored events, as far as the chain shows it. */
    public enum Kind {
        /** An event's content (any field, its sequence or its hashes) is not what was hashed when it was chained. */
        MODIFIED,
        /** Events are missing: the sequence skips. */
        DELETED,
        /**
         * An event that is not part of the chain: it repeats a sequence that is already there, belongs to another
         * tenant, or has a hash that is right for its own content but does not link to the event before it (so it
         * was added, or the event before it was replaced and its hash recomputed).
         */
        INSERTED,
        /** An event is stored out of order: before an event with a lower sequence, or after a higher one. */
        REORDERED,
        /** The chain does not reach the anchored head: it ends before it, or holds another event at its sequence. */
        TRUNCATED
    }

    /**
     * One problem.
     *
     * @param kind what was done
     * @param sequence the sequence it concerns: the event's (for {@code DELETED}, the first missing one; for
     *     {@code TRUNCATED}, the first sequence that no longer reaches the anchor)
     * @param position where, counted from 0 in the order the events were read (the number read, for a problem
     *     found at the end; {@link Integer#MAX_VALUE} beyond that)
     * @param explanation what was found, in words, with sequences and positions only
     */
    public record Problem(Kind kind, long sequence, int position, String explanation) {
        /** Requires the kind and explanation. */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
