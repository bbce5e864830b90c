package org.sendias.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.deadline.CompulsorySchoolAge;
import org.sendias.internal.Validation;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/**
 * Who may consent for a child or young person on a given day, worked out by {@link #at}.
 *
 * <ul>
 *   <li>Until the last day of compulsory school age ({@link CompulsorySchoolAge#endsOn}), the {@link Parents}: every
 *       party in the {@link PartyRole#PARENT} role, that is, every person with parental responsibility. A carer
 *       ({@link PartyRole#CARER}) does not have parental responsibility and cannot consent, however involved.</li>
 *   <li>From the next day, the {@link YoungPerson}, as for decisions under Part 3 of the Children and Families Act
 *       2014 (s.83(2))...</li>
 *   <li>...unless a {@link CapacityRecord} applying on that day records that the young person lacks capacity: then
 *       the {@link Representative} recorded as acting for them.</li>
 * </ul>
 *
 * <p>An authority is tied to the day it was worked out for: {@link ConsentLedger} refuses one worked out for a
 * different day from the command or request it is used with. Build one with {@link #at}; the records' own
 * constructors are for stores and tests, and check only what they can see.
 */
public sealed interface ConsentAuthority {

    /** @return the child or young person consent is about */
    PartyId child();

    /** @return the day this authority was worked out for */
    LocalDate asOf();

    /**
     * @param party a party in the case
     * @return whether that party may give (or withdraw) consent on {@link #asOf()}
     */
    boolean mayConsent(PartyId party);

    /** @return in what capacity an entitled person consents under this authority */
    ConsentGiverRole giverRole();

    /** @return who may consent and why, in plain English without personal data */
    String describe();

    /**
     * Works out who may consent on a day.
     *
     * @param child the child or young person (their date of birth decides)
     * @param otherParties the case's other parties; those in the {@link PartyRole#PARENT} role are the parents
     * @param capacity a recorded lack of capacity, if any
     * @param asOf the day
     * @return the authority on that day
     * @throws InvalidInputException if the child is not in the child or young person role, or the capacity record
     *     is about someone else
     */
    static ConsentAuthority at(Party child, Collection<Party> otherParties, Optional<CapacityRecord> capacity,
            LocalDate asOf) {
        Validation.required(child, "child");
        if (child.role() != PartyRole.CHILD_OR_YOUNG_PERSON) {
            throw new InvalidInputException("child", "must be the party in the child or young person role");
        }
        Validation.required(otherParties, "otherParties");
        Optional<CapacityRecord> cap = Validation.optional(capacity);
        Validation.required(asOf, "asOf");
        Set<PartyId> parents = new LinkedHashSet<>();
        for (Party p : otherParties) {
            if (p == null) {
                throw new InvalidInputException("otherParties", "must not contain an empty entry");
            }
            if (p.role() == PartyRole.PARENT && !p.id().equals(child.id())) {
                parents.add(p.id());
            }
        }
        if (cap.isPresent() && !cap.get().youngPerson().equals(child.id())) {
            throw new InvalidInputException("capacity.youngPerson", "is not the child or young person given");
        }
        LocalDate lastDay = CompulsorySchoolAge.endsOn(child.dateOfBirth().orElseThrow());
        if (!asOf.isAfter(lastDay)) {
            return new Parents(child.id(), parents, asOf);
        }
        if (cap.isPresent() && cap.get().appliesOn(asOf)) {
            return new Representative(cap.get().actingFor(), cap.get(), asOf);
        }
        return new YoungPerson(child.id(), asOf);
    }

    /**
     * The child is of compulsory school age: each parent (person with parental responsibility) may consent. A carer
     * without parental responsibility may not. With no parent recorded, nobody can consent until one is.
     *
     * @param child the child
     * @param parents the parents recorded in the case; may be empty
     * @param asOf the day
     */
    record Parents(PartyId child, Set<PartyId> parents, LocalDate asOf) implements ConsentAuthority {

        /** Validates the authority. */
        public Parents {
            Validation.required(child, "child");
            Validation.required(parents, "parents");
            Validation.required(asOf, "asOf");
            for (PartyId p : parents) {
                if (p == null) {
                    throw new InvalidInputException("parents", "must not contain an empty entry");
                }
                if (p.equals(child)) {
                    throw new InvalidInputException("parents", "must not include the child");
                }
            }
            parents = Set.copyOf(parents);
        }

        @Override
        public boolean mayConsent(PartyId party) {
            return parents.contains(Objects.requireNonNull(party, "party"));
        }

        @Override
        public ConsentGiverRole giverRole() {
            return ConsentGiverRole.PARENT;
        }

        @Override
        public String describe() {
            String who = parents.isEmpty()
                ? "No parent is recorded in the case, so nobody can consent until a person with parental "
                    + "responsibility is added."
                : "Either parent may consent (" + parents.size() + (parents.size() == 1 ? " parent" : " parents")
                    + " recorded).";
            return "The child has not yet passed compulsory school age, so a parent decides: only a person with "
                + "parental responsibility may consent; a carer without parental responsibility may not. " + who;
        }
    }

    /**
     * The young person has passed compulsory school age and has not been recorded as lacking capacity: only they
     * may consent.
     *
     * @param youngPerson the young person
     * @param asOf the day
     */
    record YoungPerson(PartyId youngPerson, LocalDate asOf) implements ConsentAuthority {

        /** Validates the authority. */
        public YoungPerson {
            Validation.required(youngPerson, "youngPerson");
            Validation.required(asOf, "asOf");
        }

        @Override
        public PartyId child() {
            return youngPerson;
        }

        @Override
        public boolean mayConsent(PartyId party) {
            return youngPerson.equals(Objects.requireNonNull(party, "party"));
        }

        @Override
        public ConsentGiverRole giverRole() {
            return ConsentGiverRole.YOUNG_PERSON;
        }

        @Override
        public String describe() {
            return "The young person has passed compulsory school age, so they decide for themselves; a parent's "
                + "consent no longer counts.";
        }
    }

    /**
     * The young person has passed compulsory school age but is recorded as lacking capacity for the decision: the
     * person recorded as acting for them consents.
     *
     * @param actingFor who acts for the young person
     * @param capacity the record of the lack of capacity
     * @param asOf the day; the capacity record must apply on it
     */
    record Representative(PartyId actingFor, CapacityRecord capacity, LocalDate asOf) implements ConsentAuthority {

        /** Validates the authority. */
        public Representative {
            Validation.required(actingFor, "actingFor");
            Validation.required(capacity, "capacity");
            Validation.required(asOf, "asOf");
            if (!actingFor.equals(capacity.actingFor())) {
                throw new InvalidInputException("actingFor", "must be the person the capacity record names");
            }
            if (!capacity.appliesOn(asOf)) {
                throw new InvalidInputException("capacity", "does not apply on the day given");
            }
        }

        @Override
        public PartyId child() {
            return capacity.youngPerson();
        }

        @Override
        public boolean mayConsent(PartyId party) {
            return actingFor.equals(Objects.requireNonNull(party, "party"));
        }

        @Override
        public ConsentGiverRole giverRole() {
            return ConsentGiverRole.REPRESENTATIVE;
        }

        @Override
        public String describe() {
            return "The young person has passed compulsory school age but is recorded as lacking capacity for this "
                + "decision (Mental Capacity Act 2005), so the person acting for them decides: "
                + capacity.basis().inWords() + ".";
        }
    }
}
