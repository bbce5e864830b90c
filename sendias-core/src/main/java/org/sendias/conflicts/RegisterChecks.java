package org.sendias.conflicts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;

/**
 * The checks shared by the registers' values and commands, so that every value says the same thing about the same
 * problem. Text checks mirror {@code @NotBlank} and {@code @Size} exactly (blank as {@link String#isBlank()}, length
 * counted before stripping); optional text mirrors {@code @Pattern(regexp = HAS_TEXT)}; amounts mirror
 * {@code @DecimalMin("0.00")} and {@code @Digits(integer = 9, fraction = 2)}, which for a {@code BigDecimal} count its
 * scale as given ({@code 25.000} has three decimal places, even though they are zeros).
 */
final class RegisterChecks {
    /** Text with at least one character that is not white space (see {@code consent.Checks} for why a pattern). */
    static final String HAS_TEXT = "(?s).*\\S.*";
    private static final Pattern HAS_TEXT_PATTERN = Pattern.compile(HAS_TEXT);

    /** The longest name of a person or organisation. */
    static final int MAX_NAME_LENGTH = 200;
    /** The longest short description (a relationship's description, what a gift was). */
    static final int MAX_DESCRIPTION_LENGTH = 500;
    /** The longest free-text note. */
    static final int MAX_NOTE_LENGTH = 2000;
    /** The most digits before the decimal point in an amount of money. */
    static final int MAX_POUNDS_DIGITS = 9;

    /** The time zone in which an instant becomes the day something was recorded. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private RegisterChecks() {
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

    static <T> Optional<T> optional(Optional<T> value) {
        return Objects.requireNonNullElse(value, Optional.empty());
    }

    /** An amount in pounds sterling: not negative, whole pence, under a billion; returned with exactly 2 places. */
    static BigDecimal pounds(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        if (value.scale() > 2) {
            throw new InvalidInputException(field, "must be in pounds and pence, with at most 2 decimal places");
        }
        if (value.precision() - value.scale() > MAX_POUNDS_DIGITS) {
            throw new InvalidInputException(field, "must be less than 1,000,000,000 pounds");
        }
        return value.setScale(2);
    }

    /** Refuses {@code until} before {@code from}. */
    static void notBefore(Optional<LocalDate> until, LocalDate from, String field, String fromField) {
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new InvalidInputException(field, "must not be before " + fromField);
        }
    }

    /** The day an instant falls on in England. */
    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(required(at, "at"), ZONE);
    }

    /** Refuses a date after the day of {@code at}: nothing is declared, made or offered in the future. */
    static void notAfterDayOf(LocalDate date, Instant at, String field) {
        LocalDate today = day(at);
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "must not be after the day it is recorded (" + today + ")");
        }
    }
}
