package org.sendias.examples.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sendias.InvalidInputException;
import org.sendias.calendar.BankHolidayFile;

/** Reads the file named by {@code --bank-holidays}, reporting every problem under that option's name. */
final class BankHolidayOption {
    /** The option's name. */
    static final String NAME = "--bank-holidays";

    private BankHolidayOption() {
    }

    /**
     * @param file the file name given
     * @return the parsed gov.uk {@code bank-holidays.json}
     * @throws InvalidInputException if the file cannot be read or is not a valid bank-holidays file
     */
    static BankHolidayFile read(String file) {
        try {
            return BankHolidayFile.read(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(NAME, "no such file: " + file, e);
        } catch (IOException e) {
            throw new InvalidInputException(NAME, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(NAME, e.getMessage(), e);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(NAME, "not a valid file name", e);
        }
    }
}
