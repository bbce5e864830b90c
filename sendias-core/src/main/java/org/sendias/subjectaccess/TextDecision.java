package org.sendias.subjectaccess;

import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * What a subject access export does with one free-text item (a note, an advice summary, the reason for a
 * safeguarding disclosure).
 *
 * <ul>
 *   <li>{@link Redactor.Action#INCLUDE}: the item is released, as held or as the text given here (the held text
 *       with third parties' names masked, say), and may be flagged for a person to review before release;</li>
 *   <li>{@link Redactor.Action#REDACT}: the item appears, with the text given here (a label such as
 *       {@code "note (redacted)"}) in place of what is held;</li>
 *   <li>{@link Redactor.Action#DROP}: the item is left out (a dropped note leaves the export entirely).</li>
 * </ul>
 *
 * @param action include, redact or drop
 * @param text for {@code INCLUDE}, the text released in place of the held text (empty: as held); for
 *     {@code REDACT}, the label released in its place (required, not blank); for {@code DROP}, empty; at most
 *     {@value #MAX_TEXT_LENGTH} characters, and text that can be stored
 * @param flaggedForReview whether a person should read the item before the export is released; not with
 *     {@code DROP}
 */
public record TextDecision(Redactor.Action action, Optional<String> text, boolean flaggedForReview) {

    /** The longest text accepted: room for the longest note with every name in it replaced by a long label. */
    public static final int MAX_TEXT_LENGTH = 200_000;

    /** Validates the decision. */
    public TextDecision {
        Validation.required(action, "action");
        text = Validation.optional(text);
        if (text.isPresent()) {
            Validation.storable(text.get(), "text");
            if (text.get().length() > MAX_TEXT_LENGTH) {
                throw new InvalidInputException("text", "must be at most " + MAX_TEXT_LENGTH + " characters");
            }
        }
        if (action == Redactor.Action.REDACT && text.map(String::isBlank).orElse(true)) {
            throw new InvalidInputException("text", "a label is required to redact an item");
        }
        if (action == Redactor.Action.DROP && (text.isPresent() || flaggedForReview)) {
            throw new InvalidInputException("action", "a dropped item has no text and is not reviewed");
        }
    }

    /** @return release the item as held */
    public static TextDecision include() {
        return new TextDecision(Redactor.Action.INCLUDE, Optional.empty(), false);
    }

    /** @return release the item as held, flagged for review */
    public static TextDecision includeFlagged() {
        return new TextDecision(Redactor.Action.INCLUDE, Optional.empty(), true);
    }

    /**
     * @param text the text to release in place of the held text
     * @param flaggedForReview whether a person should read it before release
     * @return release the given text
     */
    public static TextDecision release(String text, boolean flaggedForReview) {
        return new TextDecision(Redactor.Action.INCLUDE, Optional.of(Validation.required(text, "text")),
            flaggedForReview);
    }

    /**
     * @param label what stands in for the item, for example {@code "note (redacted)"}
     * @return release the label in place of the item
     */
    public static TextDecision redact(String label) {
        return new TextDecision(Redactor.Action.REDACT, Optional.of(Validation.required(label, "text")), false);
    }

    /** @return leave the item out */
    public static TextDecision drop() {
        return new TextDecision(Redactor.Action.DROP, Optional.empty(), false);
    }

    /** @return the action and flag; never the text */
    @Override
    public String toString() {
        return "TextDecision[" + action + (text.isPresent() ? ", text given" : "") + (flaggedForReview
            ? ", flagged for review" : "") + "]";
    }
}
