package org.sendias.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * A question put to {@link ConsentLedger#decide}: may this case's information in these categories be used for this
 * purpose (and, when it leaves the service, go to this recipient) at this instant?
 *
 * <p>The recipient is required for a purpose that sends information out of the service and must be absent for one
 * that stays within it ({@link Purpose#staysWithinService()}).
 *
 * @param caseId the case
 * @param recipient who would receive the information
 * @param purpose what for
 * @param categories the categories of information, at least one
 * @param at when
 */
public record SharingRequest(
        @NotNull CaseId caseId,
        Optional<Recipient> recipient,
        @NotNull Purpose purpose,
        @NotNull @Size(min = 1) Set<@NotNull DataCategory> categories,
        @NotNull Instant at) {

    /** Validates the request. */
    public SharingRequest {
        Validation.required(caseId, "caseId");
        recipient = Validation.optional(recipient);
        Validation.required(purpose, "purpose");
        categories = Validation.nonEmpty(categories, DataCategory.class, "categories", "category of information");
        Validation.required(at, "at");
        if (!purpose.staysWithinService() && recipient.isEmpty()) {
            throw new InvalidInputException("recipient", "is required: " + purpose
                + " sends information out of the service");
        }
        if (purpose.staysWithinService() && recipient.isPresent()) {
            throw new InvalidInputException("recipient", "must be absent: " + purpose
                + " keeps information within the service");
        }
    }

    /**
     * @param caseId the case
     * @param recipient who would receive the information
     * @param purpose a purpose that leaves the service
     * @param categories the categories of information
     * @param at when
     * @return the request
     */
    public static SharingRequest to(CaseId caseId, Recipient recipient, Purpose purpose,
            Set<DataCategory> categories, Instant at) {
        return new SharingRequest(caseId, Optional.of(Validation.required(recipient, "recipient")), purpose, categories,
            at);
    }

    /**
     * @param caseId the case
     * @param purpose a purpose that stays within the service
     * @param categories the categories of information
     * @param at when
     * @return the request
     */
    public static SharingRequest withinService(CaseId caseId, Purpose purpose, Set<DataCategory> categories,
            Instant at) {
        return new SharingRequest(caseId, Optional.empty(), purpose, categories, at);
    }
}
