package org.sendias.consent;

import java.time.Instant;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A consent was withdrawn. Ids only, safe to log and forward.
 *
 * @param tenant the service
 * @param caseId the case
 * @param at when it was withdrawn
 * @param by the member of staff who recorded the withdrawal
 * @param consentId the consent
 * @param withdrawnBy who withdrew it
 */
public record ConsentWithdrawn(TenantId tenant, CaseId caseId, Instant at, UserId by, ConsentId consentId,
        PartyId withdrawnBy) implements DomainEvent {

    /** The event's type name. */
    public static final String TYPE = "consent.withdrawn";

    /** Validates that every part is present. */
    public ConsentWithdrawn {
        Validation.required(tenant, "tenant");
        Validation.required(caseId, "caseId");
        Validation.required(at, "at");
        Validation.required(by, "by");
        Validation.required(consentId, "consentId");
        Validation.required(withdrawnBy, "withdrawnBy");
    }

    /** @return {@value #TYPE} */
    @Override
    public String type() {
        return TYPE;
    }
}
