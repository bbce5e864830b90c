package org.sendias.conflicts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * An interest an adviser has declared: a person they are connected to, or an organisation they have a role in, with
 * the dates it applies. The conflict check compares a case's parties with the declarations
 * {@link #isActiveOn(LocalDate, RegisterSettings) active} on the day it runs.
 *
 * <p>Declarations are made through {@link DeclarationRegister#declare}; this constructor rebuilds a stored one. The
 * effective dates are inclusive: a declaration applies from {@code from} to {@code until}, or with no end while
 * {@code until} is empty. {@link #toString()} shows ids, dates and the kind of interest only, never a person's name
 * or the note.
 *
 * @param id the declaration's id
 * @param tenant the service
 * @param adviser the adviser whose interest it is
 * @param declaredOn the day the adviser declared it
 * @param from the first day it applies
 * @param until the last day it applies, if it has ended or will end; not before {@code from}
 * @param subject whom or what the interest is in
 * @param note anything more the adviser wants on record, 1 to 2000 characters when given
 * @param recordedBy who entered it (the adviser, or a manager from a paper form)
 */
public record Declaration(DeclarationId id, TenantId tenant, UserId adviser, LocalDate declaredOn, LocalDate from,
        Optional<LocalDate> until, Subject subject, Optional<String> note, UserId recordedBy) {

    /** The longest note accepted. */
    public static final int MAX_NOTE_LENGTH = RegisterChecks.MAX_NOTE_LENGTH;

    /**
     * Whom or what a declared interest is in: a {@link DeclaredPerson} or a {@link DeclaredOrganisation}. Switch over
     * the two to read the details.
     */
    public sealed interface Subject permits DeclaredPerson, DeclaredOrganisation {
        /** @return the person's or organisation's name, which the conflict check matches against parties */
        String name();

        /**
         * Whether the connection itself counts as an interest on a day, leaving aside the declaration's dates.
         *
         * @param on the day
         * @param settings the service's register settings
         * @return {@code true} unless the connection has lapsed (a former employment past its period)
         */
        default boolean countsOn(LocalDate on, RegisterSettings settings) {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(settings, "settings");
            return true;
        }
    }

    /** Validates the declaration. */
    public Declaration {
        Validation.required(id, "declarationId");
        Validation.required(tenant, "tenant");
        Validation.required(adviser, "adviser");
        Validation.required(declaredOn, "declaredOn");
        Validation.required(from, "from");
        until = Validation.optional(until);
        RegisterChecks.notBefore(until, from, "until", "from (the first day the declaration applies)");
        Validation.required(subject, "subject");
        note = Validation.optionalText(note, "note", MAX_NOTE_LENGTH);
        Validation.required(recordedBy, "recordedBy");
    }

    /**
     * Whether this interest applies on a day: the day is within the effective dates, and the connection has not
     * lapsed (a former employment counts only for {@link RegisterSettings#formerEmploymentPeriod()} after it ended).
     *
     * @param on the day
     * @param settings the service's register settings
     * @return {@code true} if the conflict check should consider this declaration on that day
     */
    public boolean isActiveOn(LocalDate on, RegisterSettings settings) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(settings, "settings");
        if (on.isBefore(from) || until.map(on::isAfter).orElse(false)) {
            return false;
        }
        return subject.countsOn(on, settings);
    }

    /**
     * @param lastDay the new last day it applies
     * @return this declaration ending on {@code lastDay}
     */
    Declaration endingOn(LocalDate lastDay) {
        return new Declaration(id, tenant, adviser, declaredOn, from, Optional.of(lastDay), subject, note,
            recordedBy);
    }

    /** Shows ids, dates and the kind of interest, never a person's name or the note. */
    @Override
    public String toString() {
        return "Declaration[id=" + id + ", adviser=" + adviser + ", declaredOn=" + declaredOn + ", from=" + from
            + until.map(u -> ", until=" + u).orElse("") + ", " + subject + ", note="
            + (note.isPresent() ? "present" : "none") + "]";
    }
}
