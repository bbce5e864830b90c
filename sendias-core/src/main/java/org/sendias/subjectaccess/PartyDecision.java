package org.sendias.subjectaccess;

import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * What a subject access export does with one third party: a person or organisation in a case who is not the person
 * asking.
 *
 * <ul>
 *   <li>{@link Redactor.Action#INCLUDE}: the party's record is released as held: name, date of birth, organisation
 *       kind and identifier;</li>
 *   <li>{@link Redactor.Action#REDACT}: the party appears with its id, role, organisation kind and identifier, and
 *       the label in place of its name and date of birth; the standard free-text rule also puts the label in place
 *       of the name in notes ({@link FreeText#maskedText()});</li>
 *   <li>{@link Redactor.Action#DROP}: the party is left out; where a record the person asking may see refers to it
 *       (a consent it gave, say), the reference reads {@code "withheld"}.</li>
 * </ul>
 *
 * @param action include, redact or drop
 * @param label for {@code REDACT} only: what stands in for the name, 1 to {@value #MAX_LABEL_LENGTH} characters,
 *     for example {@code "parent (redacted)"}
 */
public record PartyDecision(Redactor.Action action, Optional<String> label) {

    /** The longest label accepted. */
    public static final int MAX_LABEL_LENGTH = 200;

    /** Validates the decision: a label with, and only with, {@code REDACT}. */
    public PartyDecision {
        Validation.required(action, "action");
        label = Validation.optionalText(label, "label", MAX_LABEL_LENGTH);
        if (action == Redactor.Action.REDACT && label.isEmpty()) {
            throw new InvalidInputException("label", "is required to redact a third party");
        }
        if (action != Redactor.Action.REDACT && label.isPresent()) {
            throw new InvalidInputException("label", "is only given to redact a third party");
        }
    }

    /** @return release the party as held */
    public static PartyDecision include() {
        return new PartyDecision(Redactor.Action.INCLUDE, Optional.empty());
    }

    /**
     * @param label what stands in for the party's name, for example {@code "parent (redacted)"}
     * @return release the party with the label in place of its name and date of birth
     */
    public static PartyDecision redact(String label) {
        return new PartyDecision(Redactor.Action.REDACT, Optional.of(Validation.required(label, "label")));
    }

    /** @return leave the party out */
    public static PartyDecision drop() {
        return new PartyDecision(Redactor.Action.DROP, Optional.empty());
    }
}
