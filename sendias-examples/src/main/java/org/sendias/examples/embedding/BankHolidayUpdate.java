package org.sendias.examples.embedding;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendias.calendar.BankHolidayFile;
import org.sendias.calendar.CalendarCoverage;
import org.sendias.calendar.Holiday;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;

/**
 * Brings the bank-holiday calendars up to date from gov.uk's {@code bank-holidays.json} (published at
 * https://www.gov.uk/bank-holidays.json), and says what changed. The built-in calendars hold published dates up to
 * {@value HolidayCalendar#CONFIRMED_THROUGH} and project the standing rules after that; a special bank holiday
 * proclaimed later is only known once gov.uk lists it. Each year in the file replaces the built-in year, and a year
 * after the built-in data extends the calendar's confirmed coverage.
 *
 * <p>The file must hold all three of gov.uk's divisions: the UK-wide calendar, which the Freedom of Information Act
 * counts in, is made of all three, and a missing division is refused rather than filled in from the built-in data.
 */
public final class BankHolidayUpdate {
    private BankHolidayUpdate() {
    }

    /**
     * What an update changed in the England and Wales calendar, the one statutory time limits in England count in.
     *
     * @param before the calendar before (its {@code version()} and {@code coverage()} say what it held)
     * @param after the calendar after; its version names the file's digest
     * @param added the holidays the file adds, in the years it lists
     * @param removed the holidays the file takes away, in the years it lists
     * @param engine a deadline engine on the updated calendars (England and Wales, and UK-wide)
     */
    public record Update(HolidayCalendar before, HolidayCalendar after, List<Holiday> added, List<Holiday> removed,
            DeadlineEngine engine) {
        /** Copies the lists. */
        public Update {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            Objects.requireNonNull(engine, "engine");
        }

        /** @return the updated calendar's coverage: how far its dates are published rather than projected */
        public CalendarCoverage coverage() {
            return after.coverage();
        }
    }

    /**
     * Reads gov.uk's file and applies it.
     *
     * @param file the downloaded {@code bank-holidays.json}
     * @return what changed, and an engine on the updated calendars
     * @throws IOException if the file cannot be read
     * @throws org.sendias.InvalidInputException if the file is not gov.uk's format, lacks a division, or lists a date
     *     outside the years the calendars answer for
     */
    public static Update apply(Path file) throws IOException {
        // 1. Read and check the file (any malformed field is refused, naming its path in the file)
        BankHolidayFile holidays = BankHolidayFile.read(file);

        // 2. Update the calendars: the England and Wales one here, and both of the engine's
        HolidayCalendar before = HolidayCalendar.englandAndWales();
        HolidayCalendar after = before.withBankHolidays(holidays);
        DeadlineEngine engine = DeadlineEngine.withBankHolidays(holidays);

        // 3. Compare the years the file lists
        List<Holiday> listed = holidays.events("england-and-wales");
        List<Holiday> added = new ArrayList<>();
        List<Holiday> removed = new ArrayList<>();
        if (!listed.isEmpty()) {
            LocalDate from = LocalDate.of(listed.get(0).date().getYear(), 1, 1);
            LocalDate to = LocalDate.of(listed.get(listed.size() - 1).date().getYear(), 12, 31);
            List<LocalDate> old = before.holidays(from, to).stream().map(Holiday::date).toList();
            List<LocalDate> now = after.holidays(from, to).stream().map(Holiday::date).toList();
            after.holidays(from, to).stream().filter(h -> !old.contains(h.date())).forEach(added::add);
            before.holidays(from, to).stream().filter(h -> !now.contains(h.date())).forEach(removed::add);
        }
        return new Update(before, after, added, removed, engine);
    }

    /**
     * The service's target for acknowledging a referral (two working days), on an engine: the simplest deadline a
     * bank holiday moves.
     *
     * @param engine the deadline engine
     * @param referralReceived the day the referral arrived
     * @return the day the acknowledgement is due
     */
    public static Optional<LocalDate> acknowledgementDue(DeadlineEngine engine, LocalDate referralReceived) {
        ProcessHistory referral = ProcessHistory.of(ProcessType.SERVICE_LEVEL)
            .with(EventType.REFERRAL_RECEIVED, referralReceived);
        return engine.compute(referral, referralReceived).deadline(Rule.SERVICE_ACKNOWLEDGEMENT)
            .flatMap(Deadline::due);
    }
}
