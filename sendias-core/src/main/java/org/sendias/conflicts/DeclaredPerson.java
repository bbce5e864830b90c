package org.sendias.conflicts;

import java.util.Optional;
import org.sendias.internal.Validation;

/**
 * A person an adviser declares an interest in: a relative, a friend, a neighbour. The name is personal data, so
 * {@link #toString()} shows the relationship only.
 *
 * @param name the person's name as the adviser gives it, 1 to 200 characters (stripped)
 * @param relationship how the adviser knows them
 * @param description more about the relationship, 1 to 500 characters when given (for example "sister-in-law")
 */
public record DeclaredPerson(String name, Relationship relationship, Optional<String> description)
        implements Declaration.Subject {

    /** Validates the person. */
    public DeclaredPerson {
        name = Validation.text(name, "person.name", RegisterChecks.MAX_NAME_LENGTH);
        Validation.required(relationship, "person.relationship");
        description = Validation.optionalText(description, "person.description",
            RegisterChecks.MAX_DESCRIPTION_LENGTH);
    }

    /**
     * @param name the person's name
     * @param relationship how the adviser knows them
     * @return the declared person, without a description
     */
    public static DeclaredPerson of(String name, Relationship relationship) {
        return new DeclaredPerson(name, relationship, Optional.empty());
    }

    /** Shows the relationship only: the name and description are personal data. */
    @Override
    public String toString() {
        return "DeclaredPerson[relationship=" + relationship + "]";
    }
}
