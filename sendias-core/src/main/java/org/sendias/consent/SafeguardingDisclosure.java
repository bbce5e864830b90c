package org.sendias.consent;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A disclosure of a family's information without their consent, for safeguarding: a recorded event, not a consent.
 * It carries the legal conditions relied on (UK GDPR Article 6, and Article 9 with a DPA 2018 Schedule 1 condition
 * where special category data is involved), who asked and who approved (different people), the reason, and whether
 * the family was told and, if not, why.
 *
 * <p>A disclosure never permits later sharing: {@link ConsentLedger#decide} looks at consents only.
 * {@link #toString()} never shows the reason or why the family was not told.
 *
 * @param id the disclosure's id
 * @param tenant the service
 * @param caseId the case
 * @param about the child or young person the information is about
 * @param recipient who received it
 * @param categories the categories of information disclosed
 * @param article6 the UK GDPR Article 6 basis
 * @param article9 the Article 9 condition, required when any category is special category data
 * @param schedule1 the DPA 2018 Schedule 1 condition, required with Art 9(2)(b), (g) or (h) and absent otherwise
 * @param requestedBy the member of staff who made or asked for the disclosure
 * @param approvedBy the member of staff who approved it: a different person
 * @param reason why the disclosure was necessary, 1 to 2000 characters
 * @param familyTold whether the family was told
 * @param whyNotTold why not: required when the family was not told, absent when they were
 * @param at when the disclosure was made
 */
public record SafeguardingDisclosure(DisclosureId id, TenantId tenant, CaseId caseId, PartyId about,
        Recipient recipient, Set<DataCategory> categories, Article6Basis article6,
        Optional<Article9Condition> article9, Optional<Schedule1Condition> schedule1, UserId requestedBy,
        UserId approvedBy, String reason, boolean familyTold, Optional<String> whyNotTold, Instant at) {

    /** Validates the disclosure. */
    public SafeguardingDisclosure {
        Validation.required(id, "disclosureId");
        Validation.required(tenant, "tenant");
        Validation.required(caseId, "caseId");
        Validation.required(about, "about");
        Validation.required(recipient, "recipient");
        categories = Validation.nonEmpty(categories, DataCategory.class, "categories", "category of information");
        Validation.required(article6, "article6");
        article9 = Validation.optional(article9);
        schedule1 = Validation.optional(schedule1);
        Validation.required(requestedBy, "requestedBy");
        Validation.required(approvedBy, "approvedBy");
        reason = Validation.text(reason, "reason", DisclosureRules.MAX_REASON_LENGTH);
        whyNotTold = Validation.optionalText(whyNotTold, "whyNotTold", DisclosureRules.MAX_REASON_LENGTH);
        Validation.required(at, "at");
        DisclosureRules.check(categories, article9, schedule1, requestedBy, approvedBy, familyTold, whyNotTold);
    }

    /**
     * @param id the new disclosure's id
     * @param tenant the service
     * @param caseId the case
     * @param command the validated command
     * @param at when the disclosure was made
     * @return the disclosure
     */
    public static SafeguardingDisclosure from(DisclosureId id, TenantId tenant, CaseId caseId,
            RecordDisclosure command, Instant at) {
        RecordDisclosure c = Validation.required(command, "command");
        return new SafeguardingDisclosure(id, tenant, caseId, c.about(), c.recipient(), c.categories(), c.article6(),
            c.article9(), c.schedule1(), c.requestedBy(), c.approvedBy(), c.reason(), c.familyTold(), c.whyNotTold(),
            at);
    }

    /** Shows the ids, legal conditions and who acted, never the reason or why the family was not told. */
    @Override
    public String toString() {
        return "SafeguardingDisclosure[" + id + ", case " + caseId + ", about=" + about + ", " + recipient
            + ", categories=" + categories + ", " + article6.citation() + article9.map(c -> ", " + c.citation())
            .orElse("") + schedule1.map(c -> ", " + c.citation()).orElse("") + ", requestedBy=" + requestedBy
            + ", approvedBy=" + approvedBy + ", familyTold=" + familyTold + ", at=" + at + "]";
    }
}
