package org.sendias.equality;

import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * A person's answer to the gender question: a {@link Gender} and, only for {@link Gender#IN_ANOTHER_WAY}, an optional
 * description in their own words. The description is personal and never appears in reports or in
 * {@link #toString()}.
 *
 * @param gender the answer
 * @param selfDescription the person's own words, at most {@value #MAX_SELF_DESCRIPTION_LENGTH} characters; blank
 *     means none
 */
public record GenderAnswer(Gender gender, Optional<String> selfDescription) {

    /** The longest self-description accepted. */
    public static final int MAX_SELF_DESCRIPTION_LENGTH = 100;

    /** Validates the answer. */
    public GenderAnswer {
        if (gender == null) {
            throw new InvalidInputException("gender", "is required (PREFER_NOT_TO_SAY is an answer)");
        }
        selfDescription = Validation.optionalStorable(selfDescription, "gender.selfDescription").map(String::strip)
            .filter(s -> !s.isEmpty());
        if (selfDescription.isPresent()) {
            if (gender != Gender.IN_ANOTHER_WAY) {
                throw new InvalidInputException("gender.selfDescription", "is only recorded with IN_ANOTHER_WAY");
            }
            if (selfDescription.get().length() > MAX_SELF_DESCRIPTION_LENGTH) {
                throw new InvalidInputException("gender.selfDescription",
                    "must be at most " + MAX_SELF_DESCRIPTION_LENGTH + " characters");
            }
        }
    }

    /**
     * @param gender the answer
     * @return the answer without a self-description
     */
    public static GenderAnswer of(Gender gender) {
        return new GenderAnswer(gender, Optional.empty());
    }

    /**
     * @param selfDescription the person's own words
     * @return an {@link Gender#IN_ANOTHER_WAY} answer with the description
     */
    public static GenderAnswer selfDescribed(String selfDescription) {
        return new GenderAnswer(Gender.IN_ANOTHER_WAY, Optional.ofNullable(selfDescription));
    }

    /** @return the gender and whether there is a self-description; never the description */
    @Override
    public String toString() {
        return "GenderAnswer[" + gender + (selfDescription.isPresent() ? ", self-described" : "") + "]";
    }
}
