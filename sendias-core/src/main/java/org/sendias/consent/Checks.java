package org.sendias.consent;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;

/**
 * The checks shared by this package's constructors, so that every value says the same thing about the same problem.
 * Text checks mirror {@code @NotBlank} and {@code @Size} exactly (blank as {@link String#isBlank()}, length counted
 * before stripping), and optional text mirrors {@code @Pattern(regexp = HAS_TEXT)}, so the constraint annotations on
 * commands agree with the constructors.
 */
final class Checks {
    /**
     * Text with at least one character other than an ASCII space, tab or line break. Used for optional text, where
     * {@code @NotBlank} cannot be put on the element of an {@code Optional} (an empty Optional reads as null, which
     * {@code @NotBlank} refuses); {@code @Pattern} with this expression accepts null and so agrees with the
     * constructors, which apply the same expression.
     */
    static final String HAS_TEXT = "(?s).*\\S.*";
    private static final Pattern HAS_TEXT_PATTERN = Pattern.compile(HAS_TEXT);

    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    static Optional<String> optionalText(Optional<String> value, String field, int max) {
        Optional<String> v = Objects.requireNonNullElse(value, Optional.empty());
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

    static <T> Optional<T> optional(Optional<T> value) {
        return Objects.requireNonNullElse(value, Optional.empty());
    }

    /** A non-empty set of enum constants, copied into declaration order so output is stable. */
    static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, Class<E> type, String field, String what) {
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
