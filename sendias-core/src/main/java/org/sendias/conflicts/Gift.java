package org.sendias.conflicts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;

/**
 * An entry in the gifts and hospitality register: an offer made to an adviser, what it was worth, and whether they
 * accepted it (seed 001 section 5: staff must not accept gifts that could influence professional judgement).
 *
 * <p>Gifts are recorded through {@link GiftsRegister#record}; this constructor rebuilds a stored one. The giver may be
 * a person (a parent's thank-you) or an organisation (a school's hospitality), so {@link #toString()} shows neither
 * the giver's name nor what was given nor the note, only ids, the value, the date and the decision.
 *
 * @param id the entry's id
 * @param tenant the service
 * @param adviser the adviser to whom it was offered
 * @param from who offered it, as a person's or organisation's name, 1 to 200 characters (stripped)
 * @param fromIdentifier the giver's public identifier when the giver is an organisation that has one
 * @param what what was offered, 1 to 500 characters (stripped)
 * @param value its value in pounds (an estimate is fine): not negative, whole pence, less than a billion; kept with
 *     2 decimal places
 * @param offeredOn the day it was offered
 * @param decision whether the adviser accepted or declined it
 * @param recordedBy who entered it
 * @param note anything more, 1 to 2000 characters when given
 */
public record Gift(GiftId id, TenantId tenant, UserId adviser, String from,
        Optional<OrganisationIdentifier> fromIdentifier, String what, BigDecimal value, LocalDate offeredOn,
        GiftDecision decision, UserId recordedBy, Optional<String> note) {

    /** The longest giver's name accepted. */
    public static final int MAX_FROM_LENGTH = RegisterChecks.MAX_NAME_LENGTH;
    /** The longest description of what was offered. */
    public static final int MAX_WHAT_LENGTH = RegisterChecks.MAX_DESCRIPTION_LENGTH;
    /** The longest note accepted. */
    public static final int MAX_NOTE_LENGTH = RegisterChecks.MAX_NOTE_LENGTH;
    /** The most digits of whole pounds in a value. */
    public static final int MAX_POUNDS_DIGITS = RegisterChecks.MAX_POUNDS_DIGITS;

    /** Validates the entry. */
    public Gift {
        Validation.required(id, "giftId");
        Validation.required(tenant, "tenant");
        Validation.required(adviser, "adviser");
        from = Validation.text(from, "from", MAX_FROM_LENGTH);
        fromIdentifier = Validation.optional(fromIdentifier);
        what = Validation.text(what, "what", MAX_WHAT_LENGTH);
        value = RegisterChecks.pounds(value, "value");
        Validation.required(offeredOn, "offeredOn");
        Validation.required(decision, "decision");
        Validation.required(recordedBy, "recordedBy");
        note = Validation.optionalText(note, "note", MAX_NOTE_LENGTH);
    }

    /** Shows ids, the giver's identifier, the value, the date and the decision; never names, what, or the note. */
    @Override
    public String toString() {
        return "Gift[id=" + id + ", adviser=" + adviser + fromIdentifier.map(i -> ", fromIdentifier=" + i).orElse("")
            + ", value=" + value + ", offeredOn=" + offeredOn + ", decision=" + decision + ", note="
            + (note.isPresent() ? "present" : "none") + "]";
    }
}
