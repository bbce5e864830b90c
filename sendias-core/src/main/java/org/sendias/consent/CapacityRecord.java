package org.sendias.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A recorded finding that a young person lacks capacity for the decisions consent is about, and who acts for them.
 *
 * <p>Capacity is decision-specific under the Mental Capacity Act 2005 (s.2 and s.3), and a person is assumed to
 * have capacity unless it is established that they lack it (s.1(2)). sendias keeps the rule simple: the record
 * applies to consent decisions from {@link #assessedOn} until the day before {@link #endedOn}; the service records
 * a new one, or ends this one, when the finding changes. Under Part 6 of the Special Educational Needs and
 * Disability Regulations 2014 (regulation 64 and Schedule 3), where a young person lacks capacity their rights are
 * exercised by a representative: a deputy appointed by the Court of Protection, an attorney under a lasting power
 * of attorney, or otherwise a parent. Which paragraph of Schedule 3 applies to consent to share information has not
 * been confirmed here; services should check it with their own advice.
 *
 * @param youngPerson the young person the finding is about
 * @param actingFor the person who acts for them (a deputy, an attorney or a parent)
 * @param basis on what footing that person acts
 * @param assessedOn the day from which the record applies
 * @param recordedBy the member of staff who recorded it
 * @param endedOn the day from which it no longer applies, if ended; after {@code assessedOn}
 */
public record CapacityRecord(PartyId youngPerson, PartyId actingFor, Basis basis, LocalDate assessedOn,
        UserId recordedBy, Optional<LocalDate> endedOn) {

    /** On what footing a representative acts for a young person who lacks capacity. */
    public enum Basis {
        /** A deputy appointed by the Court of Protection (Mental Capacity Act 2005 s.16 and s.19). */
        COURT_APPOINTED_DEPUTY("a deputy appointed by the Court of Protection (Mental Capacity Act 2005 s.16)"),
        /** The donee of a lasting power of attorney (Mental Capacity Act 2005 s.9). */
        LASTING_POWER_OF_ATTORNEY("an attorney under a lasting power of attorney (Mental Capacity Act 2005 s.9)"),
        /**
         * A parent acting as the young person's representative where there is no deputy or attorney (SEND
         * Regulations 2014 Part 6, regulation 64 and Schedule 3; the paragraph is unconfirmed).
         */
        PARENT_AS_REPRESENTATIVE("a parent acting as representative (SEND Regulations 2014 regulation 64 and "
            + "Schedule 3)");

        private final String words;

        Basis(String words) {
            this.words = words;
        }

        /** @return the basis in plain words, with its citation */
        public String inWords() {
            return words;
        }
    }

    /** Validates the record. */
    public CapacityRecord {
        Validation.required(youngPerson, "capacity.youngPerson");
        Validation.required(actingFor, "capacity.actingFor");
        Validation.required(basis, "capacity.basis");
        Validation.required(assessedOn, "capacity.assessedOn");
        Validation.required(recordedBy, "capacity.recordedBy");
        endedOn = Validation.optional(endedOn);
        if (youngPerson.equals(actingFor)) {
            throw new InvalidInputException("capacity.actingFor", "must be someone other than the young person");
        }
        if (endedOn.isPresent() && !endedOn.get().isAfter(assessedOn)) {
            throw new InvalidInputException("capacity.endedOn", "must be after assessedOn");
        }
    }

    /**
     * @param youngPerson the young person
     * @param actingFor who acts for them
     * @param basis on what footing
     * @param assessedOn from which day
     * @param recordedBy who recorded it
     * @return a record that has not ended
     */
    public static CapacityRecord of(PartyId youngPerson, PartyId actingFor, Basis basis, LocalDate assessedOn,
            UserId recordedBy) {
        return new CapacityRecord(youngPerson, actingFor, basis, assessedOn, recordedBy, Optional.empty());
    }

    /**
     * @param on the day the record stops applying
     * @return the same record, ended
     */
    public CapacityRecord endedOn(LocalDate on) {
        return new CapacityRecord(youngPerson, actingFor, basis, assessedOn, recordedBy,
            Optional.of(Validation.required(on, "capacity.endedOn")));
    }

    /**
     * @param day a day
     * @return whether the record applies on it: {@code assessedOn <= day} and not yet ended
     */
    public boolean appliesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(assessedOn) && endedOn.map(day::isBefore).orElse(true);
    }
}
