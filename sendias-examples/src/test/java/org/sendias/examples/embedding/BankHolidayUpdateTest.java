package org.sendias.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.calendar.Holiday;
import org.sendias.calendar.HolidayKind;
import org.sendias.deadline.DeadlineEngine;

/**
 * The update from a file in gov.uk's format for 2028: the standing holidays of each division, and a made-up one-off
 * bank holiday on Friday 2 June 2028.
 */
class BankHolidayUpdateTest {
    static final LocalDate ONE_OFF = LocalDate.of(2028, 6, 2);

    Path file(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
    }

    @Test
    void theOneOffHolidayIsAddedAndNothingElseChanges() throws Exception {
        BankHolidayUpdate.Update update = BankHolidayUpdate.apply(file("bank-holidays-2028.json"));
        assertEquals(List.of(new Holiday(ONE_OFF, "Example one-off bank holiday", HolidayKind.BANK_HOLIDAY)),
            update.added());
        assertEquals(List.of(), update.removed());
        assertEquals("england-and-wales@2026.11", update.before().version());
        assertTrue(update.after().version().startsWith("england-and-wales@2026.11+gov.uk:"),
            update.after().version());
    }

    @Test
    void theFileConfirmsTheYearItLists() throws Exception {
        BankHolidayUpdate.Update update = BankHolidayUpdate.apply(file("bank-holidays-2028.json"));
        assertEquals(LocalDate.of(2027, 12, 31), update.before().coverage().confirmedEnd());
        assertEquals(LocalDate.of(2028, 12, 31), update.coverage().confirmedEnd());
        assertTrue(update.before().coverage().isProjected(ONE_OFF));
        assertTrue(!update.coverage().isProjected(ONE_OFF));
    }

    @Test
    void aReferralTheDayBeforeTheOneOffIsAcknowledgedADayLater() throws Exception {
        LocalDate thursday = ONE_OFF.minusDays(1);
        DeadlineEngine updated = BankHolidayUpdate.apply(file("bank-holidays-2028.json")).engine();
        // built in: Friday and Monday are the two working days; updated: Friday is a holiday, so Monday and Tuesday
        assertEquals(Optional.of(LocalDate.of(2028, 6, 5)),
            BankHolidayUpdate.acknowledgementDue(DeadlineEngine.create(), thursday));
        assertEquals(Optional.of(LocalDate.of(2028, 6, 6)), BankHolidayUpdate.acknowledgementDue(updated, thursday));
        // the UK-wide calendar (Freedom of Information Act) has it too
        assertTrue(!updated.unitedKingdom().isWorkingDay(ONE_OFF));
    }

    @Test
    void aFileWithoutEveryDivisionIsRefused() throws Exception {
        Path partial = file("bank-holidays-no-northern-ireland.json");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
            () -> BankHolidayUpdate.apply(partial));
        assertEquals("division", refused.field());
        assertTrue(refused.getMessage().contains("northern-ireland"), refused.getMessage());
    }
}
