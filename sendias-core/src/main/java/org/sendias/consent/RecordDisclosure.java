package org.sendias.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * The command to record a safeguarding disclosure made without consent, handled by
 * {@link ConsentLedger#recordDisclosure}. It meets the same rules as {@link SafeguardingDisclosure}: an Article 9
 * condition when any category is special category data, a Schedule 1 condition when that condition needs one, an
 * approver who is not the requester, and a reason why the family was not told when they were not.
 *
 * <p>{@link #toString()} never shows the reason or why the family was not told.
 *
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
 * @param whyNotTold why not, 1 to 2000 characters: required when the family was not told, absent when they were
 */
public record RecordDisclosure(
        @NotNull PartyId about,
        @NotNull Recipient recipient,
        @NotNull @Size(min = 1) Set<@NotNull DataCategory> categories,
        @NotNull Article6Basis article6,
        Optional<Article9Condition> article9,
        Optional<Schedule1Condition> schedule1,
        @NotNull UserId requestedBy,
        @NotNull UserId approvedBy,
        @NotBlank @Size(max = MAX_REASON_LENGTH) String reason,
        boolean familyTold,
        Optional<@Pattern(regexp = HAS_TEXT) @Size(max = MAX_REASON_LENGTH) String>
            whyNotTold) {

    /** The longest reason (and reason for not telling the family) accepted. */
    public static final int MAX_REASON_LENGTH = DisclosureRules.MAX_REASON_LENGTH;
    /** Text with at least one character that is not white space. */
    public static final String HAS_TEXT = Validation.HAS_TEXT;

    /** Validates the command. */
    public RecordDisclosure {
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
        DisclosureRules.check(categories, article9, schedule1, requestedBy, approvedBy, familyTold, whyNotTold);
    }

    /** Shows the legal conditions and who acted, never the reason or why the family was not told. */
    @Override
    public String toString() {
        return "RecordDisclosure[about=" + about + ", " + recipient + ", categories=" + categories + ", "
            + article6.citation() + article9.map(c -> ", " + c.citation()).orElse("")
            + schedule1.map(c -> ", " + c.citation()).orElse("") + ", requestedBy=" + requestedBy + ", approvedBy="
            + approvedBy + ", familyTold=" + familyTold + "]";
    }
}
