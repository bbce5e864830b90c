package org.sendias.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;

/**
 * One entry of the audit trail: who did what to which case, when. It holds ids and kinds only, never case content.
 * (What is audited, and how the trail resists tampering, is settled with the confidentiality work; this is the
 * storage contract.)
 *
 * @param tenant the service
 * @param at when
 * @param actor who
 * @param action what, for example {@code case.read} or {@code case.note-added}
 * @param caseId the case, if the action was on one
 */
public record AuditRecord(TenantId tenant, Instant at, UserId actor, String action, Optional<CaseId> caseId) {
    /** Validates the fields. */
    public AuditRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        caseId = Objects.requireNonNullElse(caseId, Optional.empty());
    }
}
