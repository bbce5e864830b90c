package org.sendias.conflicts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * The registers' own checks and limits (the common ones are in {@link Validation}). Amounts mirror
 * {@code @DecimalMin("0.00")} and {@code @Digits(integer = 9, fraction = 2)}, which for a {@code BigDecimal} count its
 * scale as given ({@code 25.000} has three decimal places, even though they are zeros).
 */
final class RegisterChecks {
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

    /** An amount in pounds sterling: not negative, whole pence, under a billion; returned with exactly 2 places. */
    static BigDecimal pounds(BigDecimal value, String field) {
        Validation.required(value, field);
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
        return LocalDate.ofInstant(Validation.required(at, "at"), ZONE);
    }

    /** Refuses a date after the day of {@code at}: nothing is declared, made or offered in the future. */
    static void notAfterDayOf(LocalDate date, Instant at, String field) {
        LocalDate today = day(at);
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "must not be after the day it is recorded (" + today + ")");
        }
    }
}
