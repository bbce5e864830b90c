package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    @Test
    void listsTheYearsNonWorkingDaysWithTheirNames() {
        Cli.Result result = Cli.run("", "calendar", "--year", "2027");

        assertEquals(0, result.status(), result.err());
        JsonNode json = result.json();
        assertEquals("england-and-wales", json.get("calendar").asText());
        assertTrue(json.get("version").asText().startsWith("england-and-wales@"));
        assertTrue(json.get("coverage").asText().startsWith("confirmed 1995-01-01"));
        assertEquals(2027, json.get("year").asInt());
        assertFalse(json.get("projected").asBoolean());
        Map<String, JsonNode> days = byDate(json);
        assertEquals("New Year\u2019s Day", days.get("2027-01-01").get("name").asText());
        assertEquals("Good Friday", days.get("2027-03-26").get("name").asText());
        assertEquals("SUBSTITUTE", days.get("2027-12-27").get("kind").asText());
        assertEquals("SUBSTITUTE", days.get("2027-12-28").get("kind").asText());
        assertTrue(days.get("2027-12-27").get("name").asText().contains("substitute"));
    }

    @Test
    void theYearDefaultsToThisYear() {
        assertEquals(2026, Cli.run("", "calendar").json().get("year").asInt());
    }

    @Test
    void aLaterYearIsProjected() {
        assertTrue(Cli.run("", "calendar", "--year", "2040").json().get("projected").asBoolean());
    }

    @Test
    void textFormatWritesOneLinePerDay() {
        Cli.Result result = Cli.run("", "calendar", "--year", "2027", "--format", "text");

        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("2027-01-01  Friday  New Year\u2019s Day\n"), result.out());
        assertTrue(result.out().contains("2027-03-26  Friday  Good Friday\n"));
        assertEquals(9, result.out().lines().count());
    }

    @Test
    void scotlandHasItsOwnHolidays() {
        Cli.Result result = Cli.run("", "calendar", "--year", "2027", "--calendar", "scotland");

        assertEquals(0, result.status(), result.err());
        JsonNode json = result.json();
        assertEquals("scotland", json.get("calendar").asText());
        Map<String, JsonNode> days = byDate(json);
        assertTrue(days.get("2027-11-30").get("name").asText().startsWith("St Andrew"));
        assertFalse(days.containsKey("2027-03-29"), "Easter Monday is not a bank holiday in Scotland");
    }

    @Test
    void anUnknownCalendarIsRefusedWithTheValidNames() {
        Cli.Result result = Cli.run("", "calendar", "--calendar", "narnia");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("--calendar: unknown calendar"), result.err());
        assertTrue(result.err().contains("scotland"));
    }

    @Test
    void badOptionValuesAreRefused() {
        assertRefused("--year: must be from 1995 to 2099", "calendar", "--year", "1900");
        assertRefused("--year: expected a year", "calendar", "--year", "next");
        assertRefused("--format: expected json or text", "calendar", "--format", "xml");
        assertRefused("--bank-holidays: no such file", "calendar", "--bank-holidays", "/no/such/file.json");
    }

    @Test
    void aBankHolidayFileUpdatesTheCalendar(@TempDir Path dir) throws IOException {
        Path file = bankHolidays(dir);

        Cli.Result result = Cli.run("", "calendar", "--year", "2028", "--bank-holidays", file.toString());

        assertEquals(0, result.status(), result.err());
        JsonNode json = result.json();
        assertTrue(json.get("version").asText().contains("+gov.uk:"));
        assertFalse(json.get("projected").asBoolean());
        assertEquals("Extra bank holiday", byDate(json).get("2028-06-05").get("name").asText());
    }

    @Test
    void aBankHolidayFileUpdatesTheDeadlineEngine(@TempDir Path dir) throws IOException {
        Path file = bankHolidays(dir);
        String input = Cli.json("{'process': 'SERVICE_LEVEL', 'events': {'REFERRAL_RECEIVED': '2028-06-02'}, "
            + "'asOf': '2028-06-02'}");

        Cli.Result result = Cli.run(input, "deadlines", "--bank-holidays", file.toString());

        assertEquals(0, result.status(), result.err());
        assertTrue(result.json().get("calendar").asText().contains("+gov.uk:"));
        // 2 working days after Friday 2 June, skipping the weekend and Monday 5 June
        assertEquals("2028-06-07",
            DeadlinesCommandTest.deadline(result.json(), "SERVICE_ACKNOWLEDGEMENT").get("due").asText());
    }

    @Test
    void anInvalidBankHolidayFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bank-holidays.json"), "{\"scotland\": ");
        assertRefused("--bank-holidays: ", "calendar", "--bank-holidays", file.toString());
        assertRefused("--bank-holidays: ", "deadlines", "--bank-holidays", file.toString());
    }

    private static void assertRefused(String expected, String... args) {
        Cli.Result result = Cli.run("{}", args);
        assertEquals(2, result.status(), result.err());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(expected), () -> "expected " + expected + "\n     got " + result.err());
        assertEquals(1, result.err().lines().count());
    }

    private static Path bankHolidays(Path dir) throws IOException {
        String events = "[{'title': 'Extra bank holiday', 'date': '2028-06-05', 'notes': '', 'bunting': true}]";
        String json = Cli.json("{'england-and-wales': {'division': 'england-and-wales', 'events': " + events + "}, "
            + "'scotland': {'division': 'scotland', 'events': []}, "
            + "'northern-ireland': {'division': 'northern-ireland', 'events': []}}");
        return Files.writeString(dir.resolve("bank-holidays.json"), json, StandardCharsets.UTF_8);
    }

    private static Map<String, JsonNode> byDate(JsonNode calendar) {
        Map<String, JsonNode> days = new HashMap<>();
        calendar.get("days").forEach(day -> days.put(day.get("date").asText(), day));
        return days;
    }
}
