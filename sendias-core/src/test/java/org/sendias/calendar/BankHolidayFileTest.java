package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;

/**
 * Reading gov.uk's {@code bank-holidays.json} and loading it into a calendar.
 *
 * <p>The fixture {@code bank-holidays-sample.json} lists 2028 for the three divisions. Scotland's and Northern
 * Ireland's lists are the standing days. England and Wales's list differs from the standing rules on purpose: it
 * adds a made-up "Sample extra bank holiday" on Friday 7 July 2028 and leaves out the summer bank holiday of Monday
 * 28 August 2028, so a test can tell a loaded year from the built-in one.
 */
class BankHolidayFileTest {
    private static final String SAMPLE = "/bank-holidays-sample.json";
    private static final LocalDate MADE_UP = LocalDate.of(2028, 7, 7);
    private static final LocalDate LEFT_OUT = LocalDate.of(2028, 8, 28);

    private static byte[] sampleBytes;
    private static BankHolidayFile sample;

    @BeforeAll
    static void readSample() throws IOException {
        try (InputStream in = BankHolidayFileTest.class.getResourceAsStream(SAMPLE)) {
            sampleBytes = in.readAllBytes();
        }
        sample = BankHolidayFile.read(new ByteArrayInputStream(sampleBytes));
    }

    @Test
    void read_fromAPathAndFromAStream_giveTheSameFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.write(file, sampleBytes);
        BankHolidayFile fromPath = BankHolidayFile.read(file);
        assertEquals(Set.of("england-and-wales", "scotland", "northern-ireland"), fromPath.divisions());
        assertEquals(sample.divisions(), fromPath.divisions());
        for (String division : sample.divisions()) {
            assertEquals(sample.events(division), fromPath.events(division), division);
        }
        assertEquals(sample.digest(), fromPath.digest());
    }

    @Test
    void read_fromTheClasspathResourceAsAPath() throws IOException, URISyntaxException {
        Path path = Path.of(BankHolidayFileTest.class.getResource(SAMPLE).toURI());
        assertEquals(sample.digest(), BankHolidayFile.read(path).digest());
    }

    @Test
    void digest_isTheSha256OfTheBytes() throws NoSuchAlgorithmException {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sampleBytes));
        assertEquals(expected, sample.digest());
        assertEquals(64, sample.digest().length());
    }

    @Test
    void events_areInDateOrder_withKindsFromTitlesAndNotes() {
        List<Holiday> england = sample.events("england-and-wales");
        assertEquals(8, england.size());
        assertEquals(england.stream().sorted().collect(Collectors.toList()), england);
        assertEquals(new Holiday(LocalDate.of(2028, 1, 3), "New Year\u2019s Day (substitute day)", HolidayKind.SUBSTITUTE),
            england.get(0));
        assertEquals(new Holiday(LocalDate.of(2028, 4, 14), "Good Friday", HolidayKind.COMMON_LAW), england.get(1));
        assertEquals(new Holiday(LocalDate.of(2028, 4, 17), "Easter Monday", HolidayKind.BANK_HOLIDAY), england.get(2));
        assertEquals(new Holiday(MADE_UP, "Sample extra bank holiday", HolidayKind.BANK_HOLIDAY), england.get(5));
        assertEquals(new Holiday(LocalDate.of(2028, 12, 25), "Christmas Day", HolidayKind.COMMON_LAW), england.get(6));
        assertEquals(9, sample.events("scotland").size());
        assertEquals(10, sample.events("northern-ireland").size());
    }

    @Test
    void events_ofADivisionNotInTheFile_isRefused_namingTheDivision() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> sample.events("wales"));
        assertEquals("division", e.field());
        assertTrue(e.problem().contains("'wales'"), e.problem());
        assertTrue(e.problem().contains("england-and-wales"), "lists what the file has: " + e.problem());
    }

    @Test
    void withBankHolidays_replacesTheLoadedYear() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        HolidayCalendar loaded = england.withBankHolidays(sample);

        // the made-up holiday becomes a non-working day; the built-in summer holiday it leaves out becomes working
        assertFalse(loaded.isWorkingDay(MADE_UP));
        assertTrue(loaded.isWorkingDay(LEFT_OUT));
        assertEquals("Sample extra bank holiday", loaded.holiday(MADE_UP).orElseThrow().name());
        // days in both stay non-working
        assertFalse(loaded.isWorkingDay(LocalDate.of(2028, 1, 3)));
        assertFalse(loaded.isWorkingDay(LocalDate.of(2028, 4, 17)));
        assertEquals(sample.events("england-and-wales"), loaded.holidays(2028));
        // other years keep the built-in data
        for (int year : new int[] {1995, 2022, 2027, 2029, 2099}) {
            assertEquals(england.holidays(year), loaded.holidays(year), "year " + year);
        }
    }

    @Test
    void withBankHolidays_leavesTheOriginalCalendarUnchanged() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        String version = england.version();
        CalendarCoverage coverage = england.coverage();
        List<Holiday> year2028 = england.holidays(2028);

        HolidayCalendar loaded = england.withBankHolidays(sample);

        assertNotEquals(england, loaded);
        assertEquals(version, england.version());
        assertEquals(coverage, england.coverage());
        assertEquals(year2028, england.holidays(2028));
        assertTrue(england.isWorkingDay(MADE_UP));
        assertFalse(england.isWorkingDay(LEFT_OUT));
        assertTrue(HolidayCalendar.englandAndWales().isWorkingDay(MADE_UP), "the shared built-in instance too");
    }

    @Test
    void withBankHolidays_extendsTheConfirmedCoverage_byTheYearAfterTheBuiltInData() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        HolidayCalendar loaded = england.withBankHolidays(sample);
        assertEquals(LocalDate.of(2027, 12, 31), england.coverage().confirmedEnd());
        assertEquals(LocalDate.of(2028, 12, 31), loaded.coverage().confirmedEnd());
        assertEquals(england.coverage().start(), loaded.coverage().start());
        assertEquals(england.coverage().end(), loaded.coverage().end());
        assertTrue(england.coverage().isProjected(MADE_UP));
        assertFalse(loaded.coverage().isProjected(MADE_UP));
        assertTrue(loaded.coverage().isProjected(LocalDate.of(2029, 1, 1)));
    }

    @Test
    void withBankHolidays_forTheUnitedKingdom_needsAndUsesAllThreeDivisions() {
        HolidayCalendar uk = HolidayCalendar.unitedKingdom().withBankHolidays(sample);
        assertEquals(LocalDate.of(2028, 12, 31), uk.coverage().confirmedEnd());
        assertFalse(uk.isWorkingDay(MADE_UP), "England's made-up day");
        assertFalse(uk.isWorkingDay(LEFT_OUT), "still Northern Ireland's summer holiday");
        assertFalse(uk.isWorkingDay(LocalDate.of(2028, 8, 7)), "Scotland's summer holiday");

        BankHolidayFile englandOnly = parse("{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": "
            + "[{\"title\": \"Sample extra bank holiday\", \"date\": \"2028-07-07\"}]}}");
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> HolidayCalendar.unitedKingdom().withBankHolidays(englandOnly));
        assertEquals("division", e.field());
        assertTrue(e.problem().contains("scotland"), e.problem());
        // one division is enough for its own calendar
        assertFalse(HolidayCalendar.englandAndWales().withBankHolidays(englandOnly).isWorkingDay(MADE_UP));
        assertThrows(InvalidInputException.class, () -> HolidayCalendar.scotland().withBankHolidays(englandOnly));
    }

    @Test
    void withBankHolidays_namesTheFileInTheVersion() {
        HolidayCalendar england = HolidayCalendar.englandAndWales();
        HolidayCalendar loaded = england.withBankHolidays(sample);
        assertEquals(england.version() + "+gov.uk:" + sample.digest().substring(0, 12), loaded.version());
        assertTrue(loaded.version().startsWith("england-and-wales@"), loaded.version());
        assertEquals(england.name(), loaded.name());

        // a different file gives a different version, even for the same dates
        BankHolidayFile reformatted = parse(new String(sampleBytes, StandardCharsets.UTF_8).replace("\n", "\r\n"));
        assertNotEquals(sample.digest(), reformatted.digest());
        assertNotEquals(loaded.version(), england.withBankHolidays(reformatted).version());
        // loading the same file again gives the same version
        assertEquals(loaded.version(), england.withBankHolidays(sample).version());
    }

    @Test
    void withBankHolidays_canReplaceAConfirmedYear_withoutExtendingTheCoverage() {
        // a correction for 2024 that leaves out Easter Monday (1 April 2024) and adds nothing
        BankHolidayFile correction = parse(division("england-and-wales",
            event("New Year\u2019s Day", "2024-01-01", ""),
            event("Good Friday", "2024-03-29", ""),
            event("Christmas Day", "2024-12-25", ""),
            event("Boxing Day", "2024-12-26", "")));
        HolidayCalendar loaded = HolidayCalendar.englandAndWales().withBankHolidays(correction);
        assertTrue(loaded.isWorkingDay(LocalDate.of(2024, 4, 1)), "left out of the loaded 2024");
        assertTrue(loaded.isWorkingDay(LocalDate.of(2024, 8, 26)), "left out of the loaded 2024");
        assertFalse(loaded.isWorkingDay(LocalDate.of(2024, 12, 26)));
        assertEquals(LocalDate.of(2027, 12, 31), loaded.coverage().confirmedEnd());
        assertFalse(HolidayCalendar.englandAndWales().isWorkingDay(LocalDate.of(2024, 4, 1)));
    }

    @Test
    void withBankHolidays_aYearThatDoesNotFollowTheConfirmedData_doesNotExtendTheCoverage() {
        BankHolidayFile gap = parse(division("england-and-wales", event("Sample extra bank holiday", "2030-07-05", "")));
        HolidayCalendar loaded = HolidayCalendar.englandAndWales().withBankHolidays(gap);
        assertFalse(loaded.isWorkingDay(LocalDate.of(2030, 7, 5)));
        assertEquals(LocalDate.of(2027, 12, 31), loaded.coverage().confirmedEnd(), "2028 and 2029 are still projected");
    }

    @Test
    void withBankHolidays_keepsGoodFridayAndChristmasDay_evenIfTheFileLeavesThemOut() {
        BankHolidayFile without = parse(division("england-and-wales", event("Boxing Day", "2028-12-26", "")));
        HolidayCalendar loaded = HolidayCalendar.englandAndWales().withBankHolidays(without);
        assertEquals(List.of(
                new Holiday(LocalDate.of(2028, 4, 14), "Good Friday", HolidayKind.COMMON_LAW),
                new Holiday(LocalDate.of(2028, 12, 25), "Christmas Day", HolidayKind.COMMON_LAW),
                new Holiday(LocalDate.of(2028, 12, 26), "Boxing Day", HolidayKind.BANK_HOLIDAY)),
            loaded.holidays(2028));
        assertTrue(loaded.isWorkingDay(LocalDate.of(2028, 4, 17)), "Easter Monday is not kept: it is a bank holiday");
    }

    @Test
    void withBankHolidays_canBeAppliedTwice_theLaterFileWinning() {
        HolidayCalendar once = HolidayCalendar.englandAndWales().withBankHolidays(sample);
        BankHolidayFile second = parse(division("england-and-wales", event("Another made-up day", "2028-07-10", "")));
        HolidayCalendar twice = once.withBankHolidays(second);
        assertTrue(twice.isWorkingDay(MADE_UP), "2028 replaced again");
        assertFalse(twice.isWorkingDay(LocalDate.of(2028, 7, 10)));
        assertEquals(once.version() + "+gov.uk:" + second.digest().substring(0, 12), twice.version());
        assertEquals(LocalDate.of(2028, 12, 31), twice.coverage().confirmedEnd());
    }

    @Test
    void withBankHolidays_refusesADateOutsideTheRange() {
        BankHolidayFile old = parse(division("england-and-wales", event("New Year\u2019s Day", "1990-01-01", "")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> HolidayCalendar.englandAndWales().withBankHolidays(old));
        assertEquals("england-and-wales.events", e.field());
        assertTrue(e.problem().contains("1990-01-01"), e.problem());
        BankHolidayFile late = parse(division("england-and-wales", event("New Year\u2019s Day", "2100-01-01", "")));
        assertThrows(InvalidInputException.class, () -> HolidayCalendar.englandAndWales().withBankHolidays(late));
    }

    @Test
    void eventsOnTheSameDate_areMergedIntoOneHoliday() {
        BankHolidayFile file = parse(division("england-and-wales",
            event("First name", "2028-07-07", ""), event("Second name", "2028-07-07", "")));
        assertEquals(List.of(new Holiday(MADE_UP, "First name / Second name", HolidayKind.BANK_HOLIDAY)),
            file.events("england-and-wales"));
    }

    @Test
    void unknownFields_areIgnored() {
        BankHolidayFile file = parse("{\"england-and-wales\": {\"division\": \"england-and-wales\", \"colour\": "
            + "{\"a\": [1, 2]}, \"events\": [{\"title\": \"  Padded title  \", \"date\": \"2028-07-07\", "
            + "\"extra\": [true, {\"x\": null}], \"bunting\": true}]}}");
        assertEquals(List.of(new Holiday(MADE_UP, "Padded title", HolidayKind.BANK_HOLIDAY)),
            file.events("england-and-wales"));
    }

    @Test
    void theDivisionField_isOptional_butMustMatchItsKey() {
        BankHolidayFile noName = parse("{\"scotland\": {\"events\": []}}");
        assertEquals(List.of(), noName.events("scotland"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> parse("{\"scotland\": {\"division\": \"england-and-wales\", \"events\": []}}"));
        assertEquals("scotland.division", e.field());
    }

    /** A top-level key that is not one of gov.uk's divisions is refused, never silently ignored. */
    @Test
    void anUnknownTopLevelDivision_isRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("{\"england-and-wales\": "
            + "{\"events\": []}, \"wales\": {\"division\": \"wales\", \"events\": []}}"));
        assertEquals("wales", e.field());
        assertTrue(e.problem().contains("unknown division"), e.getMessage());
    }

    /** A key given twice would silently drop the first; the file is refused instead. */
    @Test
    void aDuplicateKey_isRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("{\"scotland\": "
            + "{\"events\": []}, \"scotland\": {\"events\": []}}"));
        assertEquals("bank-holidays.json", e.field());
        assertTrue(e.problem().toLowerCase(java.util.Locale.ROOT).contains("duplicate"), e.getMessage());
    }

    /** Each JSON is written with single quotes for readability; they become double quotes before parsing. */
    static Stream<Arguments> malformedFiles() {
        return Stream.of(
            Arguments.of("bank-holidays.json", "{'england-and-wales': {'events': [}}"),
            Arguments.of("bank-holidays.json", "{'england-and-wales': {'events': []}"),
            Arguments.of("bank-holidays.json", "not json"),
            Arguments.of("bank-holidays.json", "[]"),
            Arguments.of("bank-holidays.json", "{}"),
            Arguments.of("bank-holidays.json", "{'scotland': {'events': []}} {}"),
            Arguments.of("bank-holidays.json", ""),
            Arguments.of("england-and-wales", "{'england-and-wales': []}"),
            Arguments.of("england-and-wales.events", "{'england-and-wales': {'division': 'england-and-wales'}}"),
            Arguments.of("england-and-wales.events", "{'england-and-wales': {'events': {}}}"),
            Arguments.of("england-and-wales.division", "{'england-and-wales': {'division': 3, 'events': []}}"),
            Arguments.of("england-and-wales.events[0]", "{'england-and-wales': {'events': ['2028-07-07']}}"),
            Arguments.of("england-and-wales.events[0].title", "{'england-and-wales': {'events': [{'date': '2028-07-07'}]}}"),
            Arguments.of("england-and-wales.events[0].title", "{'england-and-wales': {'events': [{'title': '  ', 'date': '2028-07-07'}]}}"),
            Arguments.of("england-and-wales.events[0].title", "{'england-and-wales': {'events': [{'title': 7, 'date': '2028-07-07'}]}}"),
            Arguments.of("england-and-wales.events[1].date", "{'england-and-wales': {'events': [{'title': 'A', 'date': '2028-07-07'}, {'title': 'B'}]}}"),
            Arguments.of("england-and-wales.events[0].date", "{'england-and-wales': {'events': [{'title': 'A', 'date': '2028-02-30'}]}}"),
            Arguments.of("england-and-wales.events[0].date", "{'england-and-wales': {'events': [{'title': 'A', 'date': '07/07/2028'}]}}"),
            Arguments.of("england-and-wales.events[0].date", "{'england-and-wales': {'events': [{'title': 'A', 'date': 20280707}]}}"),
            Arguments.of("england-and-wales.events[0].notes", "{'england-and-wales': {'events': [{'title': 'A', 'date': '2028-07-07', 'notes': null}]}}"),
            Arguments.of("scotland.events[2].date", "{'scotland': {'events': [{'title': 'A', 'date': '2028-07-07'}, {'title': 'B', 'date': '2028-07-10'}, {'title': 'C', 'date': ''}]}}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedFiles")
    void malformedFiles_areRefused_namingTheField(String field, String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(json.replace('\'', '"')));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }

    @Test
    void aBadDate_isQuotedInTheProblem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(division("scotland",
            event("A", "2028-02-30", ""))));
        assertTrue(e.problem().contains("2028-02-30"), e.problem());
        assertTrue(e.problem().contains("YYYY-MM-DD"), e.problem());
    }

    @Test
    void malformedJson_saysWhere() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> parse("{\n  \"england-and-wales\": {\n    \"events\": [,]\n  }\n}"));
        assertEquals("bank-holidays.json", e.field());
        assertTrue(e.problem().contains("line 3"), e.problem());
    }

    @Test
    void nulls_areRefused() {
        assertThrows(NullPointerException.class, () -> BankHolidayFile.read((Path) null));
        assertThrows(NullPointerException.class, () -> BankHolidayFile.read((InputStream) null));
        assertThrows(NullPointerException.class, () -> HolidayCalendar.englandAndWales().withBankHolidays(null));
    }

    private static BankHolidayFile parse(String json) {
        try {
            return BankHolidayFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String division(String name, String... events) {
        return "{\"" + name + "\": {\"division\": \"" + name + "\", \"events\": [" + String.join(", ", events) + "]}}";
    }

    private static String event(String title, String date, String notes) {
        return "{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"notes\": \"" + notes + "\", \"bunting\": true}";
    }
}
