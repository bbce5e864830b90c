package org.sendias.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;

/**
 * The checks every constructor and command repeats, so that every value says the same thing about the same problem.
 * Text checks mirror {@code @NotBlank} and {@code @Size} exactly (blank as {@link String#isBlank()}, length counted
 * before stripping), and optional text mirrors {@code @Pattern(regexp = HAS_TEXT)}, so the constraint annotations on
 * commands agree with the constructors.
 */
public final class Validation {
    /**
     * Text with at least one character that is not white space. Used for optional text, where {@code @NotBlank}
     * cannot be put on the element of an {@code Optional} (an empty Optional reads as null, which {@code @NotBlank}
     * refuses); {@code @Pattern} with this expression accepts null and so agrees with the constructors.
     */
    public static final String HAS_TEXT = "(?s).*\\S.*";
    private static final Pattern HAS_TEXT_PATTERN = Pattern.compile(HAS_TEXT);

    private Validation() {
    }

    /**
     * @param <T> the value's type
     * @param value a value
     * @param field its field, for the message
     * @return the value
     * @throws InvalidInputException if it is null
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /**
     * @param value required text
     * @param field its field
     * @param max its longest length
     * @return the text without surrounding white space
     */
    public static String text(String value, String field, int max) {
        return textAsGiven(value, field, max).strip();
    }

    /**
     * @param value required text that is kept exactly as given (a note)
     * @param field its field
     * @param max its longest length
     * @return the text, unchanged
     */
    public static String textAsGiven(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value;
    }

    /**
     * @param value optional text: empty, or text with something other than white space
     * @param field its field
     * @param max its longest length
     * @return the text without surrounding white space, or empty
     */
    public static Optional<String> optionalText(Optional<String> value, String field, int max) {
        Optional<String> v = optional(value);
        if (v.isEmpty()) {
            return v;
        }
        String s = v.get();
        if (!HAS_TEXT_PATTERN.matcher(s).matches()) {
            throw new InvalidInputException(field, "must not be blank when given");
        }
        if (s.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return Optional.of(s.strip());
    }

    /**
     * @param <T> the value's type
     * @param value an optional, possibly null
     * @return the optional, or empty for null
     */
    public static <T> Optional<T> optional(Optional<T> value) {
        return Objects.requireNonNullElse(value, Optional.empty());
    }

    /**
     * A non-empty set of enum constants, copied into declaration order so output is stable.
     *
     * @param <E> the enum
     * @param values the set
     * @param type the enum's class
     * @param field its field
     * @param what one element in words, for the message
     * @return an unmodifiable copy
     */
    public static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, Class<E> type, String field, String what) {
        if (values == null) {
            throw new InvalidInputException(field, "is required");
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E e : values) {
            if (e == null) {
                throw new InvalidInputException(field, "must not contain an empty entry");
            }
            copy.add(e);
        }
        if (copy.isEmpty()) {
            throw new InvalidInputException(field, "at least one " + what + " is required");
        }
        return Collections.unmodifiableSet(copy);
    }
}
