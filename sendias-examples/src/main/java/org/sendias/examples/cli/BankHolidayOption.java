package org.sendias.examples.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.calendar.BankHolidayFile;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.deadline.DeadlineEngine;

/**
 * The {@code --bank-holidays FILE} option: gov.uk's {@code bank-holidays.json}, read and applied, with every problem
 * reported under the option's name.
 */
final class BankHolidayOption {
    /** The option's name. */
    static final String NAME = "--bank-holidays";

    private BankHolidayOption() {
    }

    /**
     * @param file the file given, if any
     * @return an engine on the built-in calendars, updated from the file if one is given
     * @throws InvalidInputException if the file cannot be read or used
     */
    static DeadlineEngine engine(Optional<String> file) {
        if (file.isEmpty()) {
            return DeadlineEngine.create();
        }
        BankHolidayFile holidays = read(file.get());
        try {
            return DeadlineEngine.withBankHolidays(holidays);
        } catch (InvalidInputException e) {
            throw underOption(e);
        }
    }

    /**
     * @param calendar a calendar
     * @param file the file given, if any
     * @return the calendar, updated from the file if one is given
     * @throws InvalidInputException if the file cannot be read or used
     */
    static HolidayCalendar apply(HolidayCalendar calendar, Optional<String> file) {
        if (file.isEmpty()) {
            return calendar;
        }
        BankHolidayFile holidays = read(file.get());
        try {
            return calendar.withBankHolidays(holidays);
        } catch (InvalidInputException e) {
            throw underOption(e);
        }
    }

    private static BankHolidayFile read(String file) {
        try {
            return BankHolidayFile.read(Path.of(file));
        } catch (InvalidInputException e) {
            throw underOption(e);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(NAME, "no such file: " + file, e);
        } catch (IOException e) {
            throw new InvalidInputException(NAME, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(NAME, "not a valid file name: " + file, e);
        }
    }

    /** @return the problem with the file's content, reported under the option's name */
    private static InvalidInputException underOption(InvalidInputException e) {
        return new InvalidInputException(NAME, e.getMessage(), e);
    }
}
