package org.sendias.conflicts;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;

/**
 * The command to record an offer of a gift or hospitality, handled by {@link GiftsRegister#record}. The register
 * supplies the id and the tenant.
 *
 * <p>The constructor applies the same rules as {@link Gift}, and the Bean Validation annotations declare the same
 * rules for embedders that validate at their edges. {@link #toString()} shows neither the giver's name, nor what was
 * offered, nor the note.
 *
 * @param adviser the adviser to whom it was offered
 * @param from who offered it, 1 to 200 characters
 * @param fromIdentifier the giver's public identifier, when an organisation with one
 * @param what what was offered, 1 to 500 characters
 * @param value its value in pounds: not negative, whole pence, less than a billion
 * @param offeredOn the day it was offered; not after the day it is recorded
 * @param decision whether the adviser accepted or declined it
 * @param recordedBy who enters it
 * @param note anything more, 1 to 2000 characters when given
 */
public record RecordGift(
        @NotNull UserId adviser,
        @NotBlank @Size(max = Gift.MAX_FROM_LENGTH) String from,
        Optional<OrganisationIdentifier> fromIdentifier,
        @NotBlank @Size(max = Gift.MAX_WHAT_LENGTH) String what,
        @NotNull @DecimalMin("0.00") @Digits(integer = Gift.MAX_POUNDS_DIGITS, fraction = 2) BigDecimal value,
        @NotNull LocalDate offeredOn,
        @NotNull GiftDecision decision,
        @NotNull UserId recordedBy,
        Optional<@Pattern(regexp = RecordGift.HAS_TEXT) @Size(max = Gift.MAX_NOTE_LENGTH) String> note) {

    /** Text with at least one character that is not white space: the rule for optional text when given. */
    public static final String HAS_TEXT = Validation.HAS_TEXT;

    /** Validates the command. */
    public RecordGift {
        Validation.required(adviser, "adviser");
        from = Validation.text(from, "from", Gift.MAX_FROM_LENGTH);
        fromIdentifier = Validation.optional(fromIdentifier);
        what = Validation.text(what, "what", Gift.MAX_WHAT_LENGTH);
        value = RegisterChecks.pounds(value, "value");
        Validation.required(offeredOn, "offeredOn");
        Validation.required(decision, "decision");
        Validation.required(recordedBy, "recordedBy");
        note = Validation.optionalText(note, "note", Gift.MAX_NOTE_LENGTH);
    }

    /**
     * An offer the adviser records themselves, without an identifier or note.
     *
     * @param adviser the adviser
     * @param from who offered it
     * @param what what was offered
     * @param value its value in pounds
     * @param offeredOn the day it was offered
     * @param decision accepted or declined
     * @return the command
     */
    public static RecordGift of(UserId adviser, String from, String what, BigDecimal value, LocalDate offeredOn,
            GiftDecision decision) {
        return new RecordGift(adviser, from, Optional.empty(), what, value, offeredOn, decision, adviser,
            Optional.empty());
    }

    /** Shows ids, the value, the date and the decision; never the giver's name, what, or the note. */
    @Override
    public String toString() {
        return "RecordGift[adviser=" + adviser + fromIdentifier.map(i -> ", fromIdentifier=" + i).orElse("")
            + ", value=" + value + ", offeredOn=" + offeredOn + ", decision=" + decision + ", recordedBy="
            + recordedBy + ", note=" + (note.isPresent() ? "present" : "none") + "]";
    }
}
