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
 *
 * <p>Every text check also refuses text that cannot be stored ({@link #storable(String, String)}): U+0000, which
 * PostgreSQL refuses in text columns, and an unpaired surrogate, which UTF-8 cannot encode. Other control, invisible
 * and direction-changing characters are accepted. The messages give positions, never the text, which may be personal
 * data.
 */
public final class Validation {
    /**
     * Text with at least one character that is not white space. Used for optional text, where {@code @NotBlank}
     * cannot be put on the element of an {@code Optional} (an empty Optional reads as null, which {@code @NotBlank}
     * refuses); {@code @Pattern} with this expression accepts null and so agrees with the constructors.
     */
    public static final String HAS_TEXT = "(?s).*\\S.*";
    private static final Pattern HAS_TEXT_PATTERN = Pattern.compile(HAS_TEXT);
    /** The form of a code ({@link #code(String, String, int)}), for {@code @Pattern} on commands. */
    public static final String CODE = "[a-z0-9]+(?:[.-][a-z0-9]+)*";
    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

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
     * A code: lower-case letters and digits in groups separated by single dots or hyphens, such as
     * {@code typing-error} or {@code ico.investigation}. Codes name reasons and kinds, so they can be logged and
     * audited; a value that fails the check is not repeated in the message, since it may be free text.
     *
     * @param value the code
     * @param field its field
     * @param max its longest length
     * @return the code
     * @throws InvalidInputException if it is null, too long or not a code
     */
    public static String code(String value, String field, int max) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        if (!CODE_PATTERN.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be a code of lower-case letters and digits separated by "
                + "dots or hyphens");
        }
        return value;
    }

    /**
     * @param value required text
     * @param field its field
     * @param max its longest length
     * @return the text without surrounding white space
     * @throws InvalidInputException if it is null, blank, too long or cannot be stored
     */
    public static String text(String value, String field, int max) {
        return textAsGiven(value, field, max).strip();
    }

    /**
     * @param value required text that is kept exactly as given (a note)
     * @param field its field
     * @param max its longest length
     * @return the text, unchanged
     * @throws InvalidInputException if it is null, blank, too long or cannot be stored
     */
    public static String textAsGiven(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return storable(value, field);
    }

    /**
     * @param value optional text: empty, or text with something other than white space
     * @param field its field
     * @param max its longest length
     * @return the text without surrounding white space, or empty
     * @throws InvalidInputException if it is given but blank, too long or cannot be stored
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
        return Optional.of(storable(s, field).strip());
    }

    /**
     * Refuses text that a store cannot keep: U+0000 (NUL), which PostgreSQL refuses in text columns, and an unpaired
     * surrogate (a high surrogate not followed by a low one, or a low surrogate not preceded by a high one), which
     * is not valid Unicode and which UTF-8 cannot encode. Every other character is accepted, including tab, line
     * breaks, other control characters, zero-width and direction-changing characters and a byte order mark. Every
     * text check in this class applies it; a constructor that checks text by hand calls it directly.
     *
     * <p>The message names the field and the position of the first offending character (a UTF-16 index, as
     * {@link String#charAt(int)} counts), never the text, which may be personal data.
     *
     * @param value the text
     * @param field its field, for the message
     * @return the text, unchanged
     * @throws InvalidInputException if it is null, contains U+0000 or contains an unpaired surrogate
     */
    public static String storable(String value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return unicode(value, field, true);
    }

    /**
     * Checks that text is well-formed Unicode: every surrogate is half of a pair.
     *
     * @param value the text, not null
     * @param field the field's name, for the message
     * @return the text
     * @throws InvalidInputException naming the field and the index of an unpaired surrogate (never the text)
     */
    public static String wellFormed(String value, String field) {
        return unicode(value, field, false);
    }

    /** Reports the first unpaired surrogate, or NUL if {@code noNul}, in the order they come. */
    private static String unicode(String value, String field, boolean noNul) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (noNul && c == '\0') {
                throw new InvalidInputException(field, "contains U+0000 (NUL), which cannot be stored");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidInputException(field, "contains an unpaired surrogate at index " + i
                        + ", which is not valid Unicode");
                }
            }
        }
        return value;
    }

    /**
     * Applies {@link #storable(String, String)} to optional text.
     *
     * @param value optional text, possibly null (read as empty)
     * @param field its field, for the message
     * @return the optional, or empty for null
     * @throws InvalidInputException if the text is given and cannot be stored
     */
    public static Optional<String> optionalStorable(Optional<String> value, String field) {
        Optional<String> v = optional(value);
        v.ifPresent(s -> storable(s, field));
        return v;
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
