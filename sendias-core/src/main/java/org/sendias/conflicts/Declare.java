package org.sendias.conflicts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * The command to declare an interest, handled by {@link DeclarationRegister#declare}. The register supplies the id
 * and the tenant.
 *
 * <p>The constructor applies the same rules as {@link Declaration}. The Bean Validation annotations declare the
 * single-field rules for embedders that validate at their edges; the cross-field rule ({@code until} not before
 * {@code from}) is the constructor's alone, and the subject is valid by construction. {@link #toString()} never shows
 * a person's name or the note.
 *
 * @param adviser the adviser whose interest it is
 * @param declaredOn the day the adviser declared it; not after the day it is recorded
 * @param from the first day it applies
 * @param until the last day it applies, if known; not before {@code from}
 * @param subject whom or what the interest is in
 * @param note anything more the adviser wants on record, 1 to 2000 characters when given
 * @param recordedBy who enters it
 */
public record Declare(
        @NotNull UserId adviser,
        @NotNull LocalDate declaredOn,
        @NotNull LocalDate from,
        Optional<LocalDate> until,
        @NotNull Declaration.Subject subject,
        Optional<@Pattern(regexp = Declare.HAS_TEXT) @Size(max = Declaration.MAX_NOTE_LENGTH) String> note,
        @NotNull UserId recordedBy) {

    /** Text with at least one character that is not white space: the rule for optional text when given. */
    public static final String HAS_TEXT = Validation.HAS_TEXT;

    /** Validates the command. */
    public Declare {
        Validation.required(adviser, "adviser");
        Validation.required(declaredOn, "declaredOn");
        Validation.required(from, "from");
        until = Validation.optional(until);
        RegisterChecks.notBefore(until, from, "until", "from (the first day the declaration applies)");
        Validation.required(subject, "subject");
        note = Validation.optionalText(note, "note", Declaration.MAX_NOTE_LENGTH);
        Validation.required(recordedBy, "recordedBy");
    }

    /**
     * A declaration the adviser makes and records themselves, open-ended and without a note.
     *
     * @param adviser the adviser
     * @param declaredOn the day of the declaration, which is also the first day it applies
     * @param subject whom or what the interest is in
     * @return the command
     */
    public static Declare of(UserId adviser, LocalDate declaredOn, Declaration.Subject subject) {
        return new Declare(adviser, declaredOn, declaredOn, Optional.empty(), subject, Optional.empty(), adviser);
    }

    /** Shows ids, dates and the kind of interest, never a person's name or the note. */
    @Override
    public String toString() {
        return "Declare[adviser=" + adviser + ", declaredOn=" + declaredOn + ", from=" + from
            + until.map(u -> ", until=" + u).orElse("") + ", " + subject + ", note="
            + (note.isPresent() ? "present" : "none") + ", recordedBy=" + recordedBy + "]";
    }
}
