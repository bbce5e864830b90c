package org.sendias.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendias.access.AccessPolicy;
import org.sendias.calendar.BankHolidayFile;

class SendiasModuleTest {

    @Test
    void theModuleWiresOneEngineAndPolicyAndClosesItsPool() {
        SendiasModule sendias = SendiasModule.start(ApiTourTest.h2());
        HikariDataSource pool = (HikariDataSource) sendias.dataSource();
        assertSame(AccessPolicy.standard(), sendias.accessPolicy());
        assertSame(sendias.accessPolicy(), sendias.caseService().policy());
        assertEquals(ApiTourTest.MONDAY, sendias.clock().instant());
        assertFalse(pool.isClosed());
        sendias.close();
        assertTrue(pool.isClosed());
    }

    @Test
    void theModuleUsesCalendarsUpdatedFromGovUksFile() throws Exception {
        BankHolidayFile file = BankHolidayFile.read(Path.of(getClass().getResource("bank-holidays-2028.json")
            .toURI()));
        try (SendiasModule sendias = SendiasModule.start(ApiTourTest.h2().withBankHolidays(file))) {
            assertFalse(sendias.deadlineEngine().england().isWorkingDay(LocalDate.of(2028, 6, 2)));
            assertTrue(sendias.deadlineEngine().england().version().endsWith(file.digest().substring(0, 12)));
        }
    }

    @Test
    void theTenantSettingIsForPostgresqlOnly() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SendiasModule.start(
            SendiasModule.Settings.of("jdbc:h2:mem:x").withTenantSetting(true)));
        assertTrue(refused.getMessage().startsWith("tenantSetting"), refused.getMessage());
    }

    @Test
    void settingsNeverShowThePassword() {
        SendiasModule.Settings settings = SendiasModule.Settings.of("jdbc:postgresql://db/sendias?password=hunter2")
            .withCredentials("sendias_app", "s3cret-pass");
        assertFalse(settings.toString().contains("s3cret-pass"), settings.toString());
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
        assertTrue(settings.toString().contains("sendias_app"), settings.toString());
    }
}
