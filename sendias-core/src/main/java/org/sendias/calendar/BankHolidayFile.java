package org.sendias.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sendias.InvalidInputException;
import org.sendias.internal.Digests;

/**
 * gov.uk's {@code bank-holidays.json} (published at https://www.gov.uk/bank-holidays.json), parsed and checked.
 *
 * <p>The file is an object keyed by division ({@code england-and-wales}, {@code scotland},
 * {@code northern-ireland}); each division has a {@code division} name and an array of {@code events}, each with a
 * {@code title}, a {@code date} ({@code YYYY-MM-DD}), {@code notes} ({@code "Substitute day"} marks a substitute)
 * and {@code bunting}. Fields gov.uk may add later are ignored; anything malformed is refused with the path of the
 * offending field. Load it into a calendar with {@link HolidayCalendar#withBankHolidays(BankHolidayFile)}.
 */
public final class BankHolidayFile {
    private static final JsonFactory JSON = JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, List<Holiday>> divisions;
    private final String digest;

    private BankHolidayFile(Map<String, List<Holiday>> divisions, String digest) {
        this.divisions = divisions;
        this.digest = digest;
    }

    /**
     * Reads a file.
     *
     * @param path the file
     * @return the parsed file
     * @throws IOException if it cannot be read
     * @throws InvalidInputException if it is not a valid bank-holidays file
     */
    public static BankHolidayFile read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return parse(Files.readAllBytes(path));
    }

    /**
     * Reads a stream to its end; the caller closes it.
     *
     * @param in the stream
     * @return the parsed file
     * @throws IOException if it cannot be read
     * @throws InvalidInputException if it is not a valid bank-holidays file
     */
    public static BankHolidayFile read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parse(in.readAllBytes());
    }

    /** @return the division names in the file */
    public Set<String> divisions() {
        return divisions.keySet();
    }

    /**
     * @param division a division name in the file
     * @return its holidays in date order
     * @throws InvalidInputException if the file has no such division (there is no fallback to another one)
     */
    public List<Holiday> events(String division) {
        Objects.requireNonNull(division, "division");
        List<Holiday> events = divisions.get(division);
        if (events == null) {
            throw new InvalidInputException("division", "the bank-holidays file has no division '" + division
                + "'; it has: " + String.join(", ", divisions.keySet()));
        }
        return events;
    }

    /** @return the SHA-256 of the file's bytes, in hex: calendars built from it carry it in their version */
    public String digest() {
        return digest;
    }

    private static BankHolidayFile parse(byte[] bytes) throws IOException {
        Map<String, List<Holiday>> divisions = new TreeMap<>();
        try (JsonParser p = JSON.createParser(bytes)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "bank-holidays.json", "an object keyed by division");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (Division.byKey(key) == null) {
                    throw new InvalidInputException(key, "unknown division; gov.uk's divisions are "
                        + "england-and-wales, scotland and northern-ireland");
                }
                expect(p, p.nextToken(), JsonToken.START_OBJECT, key, "an object with 'division' and 'events'");
                divisions.put(key, readDivision(p, key));
            }
            if (p.nextToken() != null) {
                throw new InvalidInputException("bank-holidays.json", "unexpected content after the top-level object");
            }
        } catch (JsonParseException e) {
            throw new InvalidInputException("bank-holidays.json", "malformed JSON at line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                + e.getOriginalMessage(), e);
        }
        if (divisions.isEmpty()) {
            throw new InvalidInputException("bank-holidays.json", "the file lists no divisions");
        }
        return new BankHolidayFile(Collections.unmodifiableMap(divisions), Digests.sha256Hex(bytes));
    }

    private static List<Holiday> readDivision(JsonParser p, String key) throws IOException {
        String named = null;
        List<Holiday> events = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "division" -> {
                    expect(p, value, JsonToken.VALUE_STRING, key + ".division", "a string");
                    named = p.getText();
                }
                case "events" -> {
                    expect(p, value, JsonToken.START_ARRAY, key + ".events", "an array");
                    events = readEvents(p, key + ".events");
                }
                default -> p.skipChildren();
            }
        }
        if (named != null && !named.equals(key)) {
            throw new InvalidInputException(key + ".division", "is '" + named + "' under the key '" + key + "'");
        }
        if (events == null) {
            throw new InvalidInputException(key + ".events", "missing");
        }
        return events;
    }

    private static List<Holiday> readEvents(JsonParser p, String path) throws IOException {
        Map<LocalDate, Holiday> byDate = new LinkedHashMap<>();
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            String at = path + "[" + i + "]";
            expect(p, t, JsonToken.START_OBJECT, at, "an object with 'title' and 'date'");
            String title = null;
            String notes = "";
            LocalDate date = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "title" -> {
                        expect(p, value, JsonToken.VALUE_STRING, at + ".title", "a string");
                        title = p.getText().strip();
                    }
                    case "notes" -> {
                        expect(p, value, JsonToken.VALUE_STRING, at + ".notes", "a string");
                        notes = p.getText();
                    }
                    case "date" -> {
                        expect(p, value, JsonToken.VALUE_STRING, at + ".date", "a date string (YYYY-MM-DD)");
                        date = parseDate(p.getText(), at + ".date");
                    }
                    default -> p.skipChildren();
                }
            }
            if (title == null || title.isEmpty()) {
                throw new InvalidInputException(at + ".title", "missing");
            }
            if (date == null) {
                throw new InvalidInputException(at + ".date", "missing");
            }
            Holiday holiday = toHoliday(date, title, notes);
            byDate.merge(date, holiday, (a, b) -> new Holiday(a.date(), a.name() + " / " + b.name(), a.kind()));
        }
        List<Holiday> events = new ArrayList<>(byDate.values());
        Collections.sort(events);
        return List.copyOf(events);
    }

    private static Holiday toHoliday(LocalDate date, String title, String notes) {
        if (notes.toLowerCase(java.util.Locale.ROOT).contains("substitute")) {
            return new Holiday(date, title + Division.SUBSTITUTE_SUFFIX, HolidayKind.SUBSTITUTE);
        }
        boolean commonLaw = title.equals(Division.GOOD_FRIDAY)
            || (title.equals(Division.CHRISTMAS) && date.getMonthValue() == 12 && date.getDayOfMonth() == 25);
        return new Holiday(date, title, commonLaw ? HolidayKind.COMMON_LAW : HolidayKind.BANK_HOLIDAY);
    }

    private static LocalDate parseDate(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a valid date (expected YYYY-MM-DD)", e);
        }
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String field, String what) {
        if (actual != expected) {
            throw new InvalidInputException(field, "expected " + what + ", found "
                + (actual == null ? "the end of the file" : describe(actual)) + " at line "
                + p.currentTokenLocation().getLineNr());
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

}
