package org.sendias.conflicts;

import java.time.Instant;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * Something that changed in a conflicts register, ready for a store to write to an outbox in the same transaction as
 * the change. Ids only, never names, descriptions or notes, so it can be logged and forwarded safely.
 *
 * <p>It is not a {@link org.sendias.DomainEvent}: those belong to a case, and the registers belong to the service
 * and its advisers, not to any case. A consumer that re-runs conflict checks when a declaration is added listens for
 * {@link #DECLARATION_MADE}.
 *
 * @param tenant the service
 * @param at when the change was recorded
 * @param by who recorded it
 * @param type a stable name for the kind of change: one of the constants of this type
 * @param adviser the adviser the register entry is about
 * @param reference the declaration's or gift's id, or for an annual declaration the declaration year
 */
public record RegisterEvent(TenantId tenant, Instant at, UserId by, String type, UserId adviser, String reference) {

    /** An interest was declared. */
    public static final String DECLARATION_MADE = "conflicts.declaration.made";
    /** A declaration was given an end date. */
    public static final String DECLARATION_ENDED = "conflicts.declaration.ended";
    /** An annual declaration (or nil return) was made. */
    public static final String ANNUAL_DECLARATION_MADE = "conflicts.annual-declaration.made";
    /** A gift or hospitality was recorded. */
    public static final String GIFT_RECORDED = "conflicts.gift.recorded";

    /** Validates that every part is present. */
    public RegisterEvent {
        Validation.required(tenant, "tenant");
        Validation.required(at, "at");
        Validation.required(by, "by");
        Validation.required(type, "type");
        Validation.required(adviser, "adviser");
        Validation.required(reference, "reference");
    }
}
