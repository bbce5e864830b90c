package org.sendias.consent;

import java.time.Instant;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A safeguarding disclosure was recorded. Ids only (never the reason), safe to log and forward.
 *
 * @param tenant the service
 * @param caseId the case
 * @param at when the disclosure was made
 * @param by the member of staff who made or asked for it
 * @param disclosureId the disclosure
 * @param approvedBy the member of staff who approved it
 * @param about whom the information is about
 */
public record DisclosureRecorded(TenantId tenant, CaseId caseId, Instant at, UserId by, DisclosureId disclosureId,
        UserId approvedBy, PartyId about) implements DomainEvent {

    /** The event's type name. */
    public static final String TYPE = "disclosure.recorded";

    /** Validates that every part is present. */
    public DisclosureRecorded {
        Validation.required(tenant, "tenant");
        Validation.required(caseId, "caseId");
        Validation.required(at, "at");
        Validation.required(by, "by");
        Validation.required(disclosureId, "disclosureId");
        Validation.required(approvedBy, "approvedBy");
        Validation.required(about, "about");
    }

    /** @return {@value #TYPE} */
    @Override
    public String type() {
        return TYPE;
    }
}
