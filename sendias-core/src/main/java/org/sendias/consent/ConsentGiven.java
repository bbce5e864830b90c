package org.sendias.consent;

import java.time.Instant;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A consent was recorded. Ids only, safe to log and forward.
 *
 * @param tenant the service
 * @param caseId the case
 * @param at when consent was given
 * @param by the member of staff who recorded it
 * @param consentId the new consent
 * @param givenBy who gave it
 * @param about whom it is about
 */
public record ConsentGiven(TenantId tenant, CaseId caseId, Instant at, UserId by, ConsentId consentId,
        PartyId givenBy, PartyId about) implements DomainEvent {

    /** The event's type name. */
    public static final String TYPE = "consent.given";

    /** Validates that every part is present. */
    public ConsentGiven {
        Validation.required(tenant, "tenant");
        Validation.required(caseId, "caseId");
        Validation.required(at, "at");
        Validation.required(by, "by");
        Validation.required(consentId, "consentId");
        Validation.required(givenBy, "givenBy");
        Validation.required(about, "about");
    }

    /** @return {@value #TYPE} */
    @Override
    public String type() {
        return TYPE;
    }
}
