package org.sendias.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Language;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/**
 * The commands that change an existing case. Each validates itself; {@link Case} checks what depends on the case's
 * state (a held referral allows only contact attempts and consent).
 */
public sealed interface CaseCommand {

    /** @return who issues the command */
    UserId by();

    /**
     * Adds a parent, carer, professional or organisation.
     *
     * @param party the party
     * @param by who adds it
     */
    record AddParty(@NotNull Party party, @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public AddParty {
            Validation.required(party, "party");
            Validation.required(by, "by");
        }
    }

    /**
     * Changes the domains and the level of help.
     *
     * @param domains the areas the case covers; at least one
     * @param helpLevel the level of help
     * @param by who changes them
     */
    record ChangeScope(@NotEmpty Set<Domain> domains, @NotNull HelpLevel helpLevel, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public ChangeScope {
            if (domains == null || domains.isEmpty()) {
                throw new InvalidInputException("domains", "at least one domain is needed");
            }
            domains = Set.copyOf(domains);
            Validation.required(helpLevel, "helpLevel");
            Validation.required(by, "by");
        }
    }

    /**
     * Allocates an adviser, relying on a conflict-of-interest clearance for this adviser and this version of the case.
     *
     * @param adviser the adviser
     * @param clearance the clearance from the conflict check
     * @param by who allocates
     */
    record AllocateAdviser(@NotNull UserId adviser, @NotNull Clearance clearance, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public AllocateAdviser {
            Validation.required(adviser, "adviser");
            Validation.required(clearance, "clearance");
            if (!clearance.adviser().equals(adviser)) {
                throw new InvalidInputException("clearance.adviser", "the clearance is for another adviser");
            }
            Validation.required(by, "by");
        }
    }

    /**
     * Records an adviser as walled off from the case after a conflict, and removes them if allocated.
     *
     * @param adviser the conflicted adviser
     * @param by who records it
     */
    record WallOff(@NotNull UserId adviser, @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public WallOff {
            Validation.required(adviser, "adviser");
            Validation.required(by, "by");
        }
    }

    /**
     * Records a contact or an attempt at one.
     *
     * @param channel how
     * @param duration how long
     * @param attempt whether it was only an attempt
     * @param interpreter the interpreter's language, if one was used
     * @param formats accessible formats used
     * @param by the member of staff
     */
    record RecordContact(@NotNull Contact.Channel channel, @NotNull Duration duration, boolean attempt,
            @NotNull Optional<Language> interpreter, @NotNull Set<AccessibleFormat> formats, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public RecordContact {
            Validation.required(channel, "channel");
            Validation.required(duration, "duration");
            interpreter = Objects.requireNonNullElse(interpreter, Optional.empty());
            formats = formats == null ? Set.of() : Set.copyOf(formats);
            Validation.required(by, "by");
        }

        /**
         * @param channel how the service tried to reach the family
         * @param by the member of staff
         * @return an attempt that did not reach anyone
         */
        public static RecordContact attempt(Contact.Channel channel, UserId by) {
            return new RecordContact(channel, Duration.ZERO, true, Optional.empty(), Set.of(), by);
        }
    }

    /**
     * Adds a note, or a correction that supersedes an earlier note (both stay).
     *
     * @param text the note
     * @param supersedes the current note it corrects, if it is a correction
     * @param by who writes it
     */
    record AddNote(@NotBlank @Size(max = Note.MAX_LENGTH) String text, @NotNull Optional<NoteId> supersedes,
            @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public AddNote {
            Validation.textAsGiven(text, "text", Note.MAX_LENGTH);
            supersedes = Objects.requireNonNullElse(supersedes, Optional.empty());
            Validation.required(by, "by");
        }

        /** Does not print the text. */
        @Override
        public String toString() {
            return "AddNote[" + supersedes.map(s -> "supersedes " + s + ", ").orElse("") + "by " + by + "]";
        }
    }

    /**
     * Moves the case to another status. Releasing a held referral needs consent: use {@link ReleaseReferral}.
     *
     * @param to the new status
     * @param by who
     */
    record ChangeStatus(@NotNull CaseStatus to, @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public ChangeStatus {
            Validation.required(to, "to");
            Validation.required(by, "by");
        }
    }

    /**
     * Releases a held third-party referral, relying on the consent to it of the person entitled to give it.
     *
     * @param by who releases it
     */
    record ReleaseReferral(@NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public ReleaseReferral {
            Validation.required(by, "by");
        }
    }

    /**
     * Records a party's equality monitoring answers, replacing earlier ones.
     *
     * @param partyId whose answers (a person in the case)
     * @param answers the answers
     * @param by who records them
     */
    record RecordEqualityMonitoring(@NotNull PartyId partyId, @NotNull EqualityMonitoring answers,
            @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public RecordEqualityMonitoring {
            Validation.required(partyId, "partyId");
            Validation.required(answers, "answers");
            Validation.required(by, "by");
        }
    }

    /**
     * Records that the young person lacks capacity and who acts for them.
     *
     * @param record the capacity record
     * @param by who records it
     */
    record RecordCapacity(@NotNull org.sendias.consent.CapacityRecord record, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public RecordCapacity {
            Validation.required(record, "record");
            Validation.required(by, "by");
        }
    }

    /**
     * Starts tracking a statutory process the family is in.
     *
     * @param process the kind of process
     * @param id the tracked process's id (see {@link ProcessId#random()})
     * @param by who
     */
    record TrackProcess(@NotNull ProcessType process, @NotNull ProcessId id, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public TrackProcess {
            Validation.required(process, "process");
            if (process == ProcessType.SERVICE_LEVEL) {
                throw new InvalidInputException("process", "the service's own targets are tracked for every case; "
                    + "record them with RecordKeyDate");
            }
            Validation.required(id, "id");
            Validation.required(by, "by");
        }
    }

    /**
     * Sets what some rules of a tracked process need besides events: the kind of a tribunal order, a phase transfer,
     * the school's calendar for rules counted in school days. An absent value leaves the current one.
     *
     * @param processId the tracked process
     * @param orderKind what a tribunal order requires
     * @param transferKind the phase transfer's kind, with {@code transferYear}
     * @param transferYear the phase transfer's year, with {@code transferKind}
     * @param schoolCalendar the school's terms and closure days
     * @param by who sets them
     */
    record SetProcessParameters(@NotNull ProcessId processId, @NotNull Optional<org.sendias.deadline.OrderKind> orderKind,
            @NotNull Optional<org.sendias.deadline.TransferKind> transferKind, @NotNull Optional<Integer> transferYear,
            @NotNull Optional<org.sendias.calendar.SchoolCalendar> schoolCalendar, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public SetProcessParameters {
            Validation.required(processId, "processId");
            orderKind = Objects.requireNonNullElse(orderKind, Optional.empty());
            transferKind = Objects.requireNonNullElse(transferKind, Optional.empty());
            transferYear = Objects.requireNonNullElse(transferYear, Optional.empty());
            schoolCalendar = Objects.requireNonNullElse(schoolCalendar, Optional.empty());
            if (transferKind.isPresent() != transferYear.isPresent()) {
                throw new InvalidInputException("transferYear", "a phase transfer needs both its kind and its year");
            }
            Validation.required(by, "by");
        }
    }

    /**
     * Records an event of a tracked process (replacing an earlier date for the same event).
     *
     * @param processId the tracked process
     * @param event the event, which must belong to the process
     * @param date when it happened
     * @param by who records it
     */
    record RecordProcessEvent(@NotNull ProcessId processId, @NotNull EventType event, @NotNull LocalDate date,
            @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public RecordProcessEvent {
            Validation.required(processId, "processId");
            Validation.required(event, "event");
            Validation.required(date, "date");
            Validation.required(by, "by");
        }
    }

    /**
     * Records one of the service's key dates: {@link EventType#REFERRAL_ACKNOWLEDGED} or
     * {@link EventType#FIRST_APPOINTMENT_HELD} (the referral's arrival is recorded when the case opens).
     *
     * @param event the key date
     * @param date when
     * @param by who records it
     */
    record RecordKeyDate(@NotNull EventType event, @NotNull LocalDate date, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public RecordKeyDate {
            Validation.required(event, "event");
            if (event != EventType.REFERRAL_ACKNOWLEDGED && event != EventType.FIRST_APPOINTMENT_HELD) {
                throw new InvalidInputException("event", "a key date is REFERRAL_ACKNOWLEDGED or "
                    + "FIRST_APPOINTMENT_HELD; the referral's arrival is recorded when the case opens");
            }
            Validation.required(date, "date");
            Validation.required(by, "by");
        }
    }

    /**
     * Records an outcome the commissioner's return counts: a tribunal avoided, an exclusion or a transition reported
     * by the family, a complaint or a commendation. Allowed on an open, paused, closed or reopened case (families
     * often report a transition after the case has closed), not on a held referral or an anonymised case.
     *
     * @param kind what happened or was reported
     * @param date the day it happened or was reported; not before the referral was received
     * @param by who records it
     */
    record RecordOutcome(@NotNull OutcomeKind kind, @NotNull LocalDate date, @NotNull UserId by)
            implements CaseCommand {
        /** Validates the command. */
        public RecordOutcome {
            Validation.required(kind, "kind");
            Validation.required(date, "date");
            Validation.required(by, "by");
        }
    }

    /**
     * Places a legal hold on the case, which stops its disposal and any erasure until the hold is released. Allowed
     * in every status, and on an anonymised case.
     *
     * @param reasonCode why, as a code such as {@code tribunal-appeal}, {@code complaint}, {@code ico-investigation}
     *     or {@code litigation}
     * @param description a short description, at most {@value LegalHold#MAX_DESCRIPTION_LENGTH} characters; never
     *     logged, and removed by anonymisation
     * @param by who places it
     */
    record PlaceLegalHold(@NotNull @Pattern(regexp = Validation.CODE) @Size(max = LegalHold.MAX_REASON_CODE_LENGTH) String reasonCode,
            @NotNull Optional<@Pattern(regexp = Validation.HAS_TEXT) @Size(max = LegalHold.MAX_DESCRIPTION_LENGTH)
                String> description,
            @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public PlaceLegalHold {
            reasonCode = Validation.code(reasonCode, "reasonCode", LegalHold.MAX_REASON_CODE_LENGTH);
            description = Validation.optionalText(description, "description", LegalHold.MAX_DESCRIPTION_LENGTH);
            Validation.required(by, "by");
        }

        /** Does not print the description. */
        @Override
        public String toString() {
            return "PlaceLegalHold[" + reasonCode + ", by " + by + "]";
        }
    }

    /**
     * Releases an active legal hold. Allowed in every status, and on an anonymised case.
     *
     * @param holdId the hold
     * @param by who releases it
     */
    record ReleaseLegalHold(@NotNull LegalHoldId holdId, @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public ReleaseLegalHold {
            Validation.required(holdId, "holdId");
            Validation.required(by, "by");
        }
    }

    /**
     * Corrects details of a party (rectification, UK GDPR Article 16): any of its name, its date of birth (a
     * person's), the kind of organisation and an organisation's identifier. Each detail given must differ from the
     * one held; each appends a {@link Correction} that keeps the superseded value. Allowed in every status except on
     * an anonymised case.
     *
     * @param partyId the party
     * @param name the corrected name, if it is corrected
     * @param dateOfBirth the corrected date of birth, if it is corrected
     * @param organisationKind the corrected kind of organisation, if it is corrected
     * @param identifier the corrected public identifier, if it is corrected
     * @param reasonCode why, as a code such as {@code typing-error}, {@code subject-request},
     *     {@code verified-document} or {@code name-changed}
     * @param by who makes the correction
     */
    record CorrectParty(@NotNull PartyId partyId,
            @NotNull Optional<@Pattern(regexp = Validation.HAS_TEXT) @Size(max = Party.MAX_NAME_LENGTH) String> name,
            @NotNull Optional<LocalDate> dateOfBirth, @NotNull Optional<OrganisationKind> organisationKind,
            @NotNull Optional<OrganisationIdentifier> identifier,
            @NotNull @Pattern(regexp = Validation.CODE) @Size(max = Correction.MAX_REASON_CODE_LENGTH) String reasonCode,
            @NotNull UserId by) implements CaseCommand {
        /** Validates the command. */
        public CorrectParty {
            Validation.required(partyId, "partyId");
            name = Validation.optionalText(name, "name", Party.MAX_NAME_LENGTH);
            dateOfBirth = Validation.optional(dateOfBirth);
            organisationKind = Validation.optional(organisationKind);
            identifier = Validation.optional(identifier);
            if (name.isEmpty() && dateOfBirth.isEmpty() && organisationKind.isEmpty() && identifier.isEmpty()) {
                throw new InvalidInputException("name", "give at least one detail to correct");
            }
            reasonCode = Validation.code(reasonCode, "reasonCode", Correction.MAX_REASON_CODE_LENGTH);
            Validation.required(by, "by");
        }

        /**
         * @param partyId the party
         * @param name the corrected name
         * @param reasonCode why
         * @param by who
         * @return a correction of the name only
         */
        public static CorrectParty name(PartyId partyId, String name, String reasonCode, UserId by) {
            return new CorrectParty(partyId, Optional.ofNullable(name), Optional.empty(), Optional.empty(),
                Optional.empty(), reasonCode, by);
        }

        /**
         * @param partyId the party
         * @param dateOfBirth the corrected date of birth
         * @param reasonCode why
         * @param by who
         * @return a correction of the date of birth only
         */
        public static CorrectParty dateOfBirth(PartyId partyId, LocalDate dateOfBirth, String reasonCode, UserId by) {
            return new CorrectParty(partyId, Optional.empty(), Optional.ofNullable(dateOfBirth), Optional.empty(),
                Optional.empty(), reasonCode, by);
        }

        /** Shows the party, which details are corrected and the reason code; never the values. */
        @Override
        public String toString() {
            return "CorrectParty[" + partyId + (name.isPresent() ? ", name" : "")
                + (dateOfBirth.isPresent() ? ", dateOfBirth" : "") + (organisationKind.isPresent()
                ? ", organisationKind" : "") + (identifier.isPresent() ? ", identifier" : "") + ", " + reasonCode
                + ", by " + by + "]";
        }
    }
}
