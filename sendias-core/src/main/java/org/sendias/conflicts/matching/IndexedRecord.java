package org.sendias.conflicts.matching;

import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * One name held in a {@link MatchIndex}: a person or an organisation, under the caller's own id (a party of a past
 * case, a declaration).
 *
 * @param id the caller's id for the record, 1 to 200 characters; unique within an index
 * @param person the person's parsed name, for a {@link Kind#PERSON}
 * @param organisation the organisation's parsed name and identifier, for a {@link Kind#ORGANISATION}
 */
public record IndexedRecord(String id, Optional<PersonName> person, Optional<OrganisationName> organisation) {

    /** The longest id accepted. */
    public static final int MAX_ID_LENGTH = 200;

    /** What a record names. */
    public enum Kind {
        /** A person. */
        PERSON,
        /** An organisation. */
        ORGANISATION
    }

    /** Validates the record: an id, and exactly one of a person and an organisation. */
    public IndexedRecord {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("record.id", "is required");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("record.id", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        Validation.storable(id, "record.id");
        person = Objects.requireNonNullElse(person, Optional.empty());
        organisation = Objects.requireNonNullElse(organisation, Optional.empty());
        if (person.isPresent() == organisation.isPresent()) {
            throw new InvalidInputException("record", "must name either a person or an organisation");
        }
    }

    /**
     * @param id the caller's id for the record
     * @param name the person's parsed name
     * @return a person record
     */
    public static IndexedRecord person(String id, PersonName name) {
        return new IndexedRecord(id, Optional.ofNullable(name), Optional.empty());
    }

    /**
     * @param id the caller's id for the record
     * @param name the organisation's parsed name and identifier
     * @return an organisation record
     */
    public static IndexedRecord organisation(String id, OrganisationName name) {
        return new IndexedRecord(id, Optional.empty(), Optional.ofNullable(name));
    }

    /** @return whether the record names a person or an organisation */
    public Kind kind() {
        return person.isPresent() ? Kind.PERSON : Kind.ORGANISATION;
    }

    /** @return the id and kind, without the name (a person's name is personal data) */
    @Override
    public String toString() {
        return "IndexedRecord[id=" + id + ", kind=" + kind() + "]";
    }
}
