package org.sendias.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendias.InvalidInputException;

/**
 * The public holidays of a UK division, or of the whole UK, as a {@link WorkingDayCalendar}: a working day is a
 * weekday that is not a bank holiday, a substitute day, Christmas Day or Good Friday.
 *
 * <p>The built-in calendars hold confirmed data from 1995 to {@value #CONFIRMED_THROUGH}, every one-off, moved and
 * substitute day included, and project the standing rules from then to {@value #LAST_YEAR}. A user can add or
 * correct years from gov.uk's {@code bank-holidays.json} with {@link #withBankHolidays(BankHolidayFile)}; each
 * loaded year replaces the built-in one, and a loaded year that follows the confirmed data extends the coverage.
 *
 * <p>Instances are immutable and thread-safe. Every query takes constant time from an index built once, when the
 * calendar is created.
 */
public final class HolidayCalendar implements WorkingDayCalendar {
    /** The version of the built-in data; it changes whenever a built-in date does. */
    public static final String DATA_VERSION = "2026.11";
    /** The first year any calendar answers for. */
    public static final int FIRST_YEAR = 1995;
    /** The last year of published data built in; later years are projected. */
    public static final int CONFIRMED_THROUGH = 2027;
    /** The last year any calendar answers for. */
    public static final int LAST_YEAR = 2099;

    /** The name of the calendar that unites the three divisions, for the Freedom of Information Act. */
    public static final String UNITED_KINGDOM = "united-kingdom";

    private final String name;
    private final String version;
    private final List<Part> parts;
    private final CalendarCoverage coverage;
    private final NavigableMap<LocalDate, Holiday> holidays;
    private final DayIndex index;

    private HolidayCalendar(String name, String version, List<Part> parts) {
        this.name = name;
        this.version = version;
        this.parts = List.copyOf(parts);
        int confirmedThrough = parts.stream().mapToInt(Part::confirmedThrough).min().orElseThrow();
        this.coverage = new CalendarCoverage(LocalDate.of(FIRST_YEAR, 1, 1),
            LocalDate.of(confirmedThrough, 12, 31), LocalDate.of(LAST_YEAR, 12, 31));
        this.holidays = Collections.unmodifiableNavigableMap(collect(parts));
        this.index = new DayIndex(name, coverage, this::computeWorkingDay);
    }

    /** @return the England and Wales calendar: the default for every statutory time limit in sendias */
    public static HolidayCalendar englandAndWales() {
        return BuiltIn.ENGLAND_AND_WALES;
    }

    /** @return Scotland's bank holidays */
    public static HolidayCalendar scotland() {
        return BuiltIn.SCOTLAND;
    }

    /** @return Northern Ireland's bank holidays */
    public static HolidayCalendar northernIreland() {
        return BuiltIn.NORTHERN_IRELAND;
    }

    /**
     * The UK-wide calendar: a day is not a working day if it is a bank holiday in any part of the UK. This is the
     * meaning of "working day" in the Freedom of Information Act 2000, s.10(6).
     *
     * @return the union of the three divisions
     */
    public static HolidayCalendar unitedKingdom() {
        return BuiltIn.UNITED_KINGDOM;
    }

    /** @return the names {@link #named(String)} accepts */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (Division d : Division.values()) {
            names.add(d.key);
        }
        names.add(UNITED_KINGDOM);
        return Collections.unmodifiableSet(names);
    }

    /**
     * Looks a built-in calendar up by name. There is no fallback: a name that is not exactly one of
     * {@link #names()} is refused.
     *
     * @param name {@code england-and-wales}, {@code scotland}, {@code northern-ireland} or {@code united-kingdom}
     * @return the calendar
     * @throws InvalidInputException for any other name
     */
    public static HolidayCalendar named(String name) {
        Objects.requireNonNull(name, "name");
        if (UNITED_KINGDOM.equals(name)) {
            return unitedKingdom();
        }
        Division division = Division.byKey(name);
        if (division == null) {
            throw new InvalidInputException("calendar", "unknown calendar '" + name + "'; known: "
                + String.join(", ", names()));
        }
        return switch (division) {
            case ENGLAND_AND_WALES -> englandAndWales();
            case SCOTLAND -> scotland();
            case NORTHERN_IRELAND -> northernIreland();
        };
    }

    /**
     * Returns this calendar with the years in gov.uk's file replacing the built-in ones. The file must contain
     * every division this calendar is made of (all three for {@code united-kingdom}).
     *
     * @param file a parsed {@code bank-holidays.json}
     * @return a new calendar whose version names the file's digest
     * @throws InvalidInputException if the file lacks a needed division or lists a date outside 1995-2099
     */
    public HolidayCalendar withBankHolidays(BankHolidayFile file) {
        Objects.requireNonNull(file, "file");
        List<Part> updated = new ArrayList<>(parts.size());
        for (Part part : parts) {
            List<Holiday> events = file.events(part.division.key);
            Map<Integer, List<Holiday>> years = new HashMap<>(part.loaded);
            Map<Integer, List<Holiday>> fromFile = new TreeMap<>();
            for (Holiday h : events) {
                int year = h.date().getYear();
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new InvalidInputException(part.division.key + ".events",
                        "the date " + h.date() + " is outside the years sendias calendars answer for ("
                            + FIRST_YEAR + " to " + LAST_YEAR + ")");
                }
                fromFile.computeIfAbsent(year, y -> new ArrayList<>()).add(h);
            }
            fromFile.forEach((year, list) -> years.put(year, withCommonLawDays(part.division, year, list)));
            updated.add(new Part(part.division, years));
        }
        return new HolidayCalendar(name, version + "+gov.uk:" + file.digest().substring(0, 12), updated);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public CalendarCoverage coverage() {
        return coverage;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return index.isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        return index.plusWorkingDays(Objects.requireNonNull(date, "date"), n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return index.workingDaysBetween(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }

    @Override
    public List<Holiday> holidays(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromInclusive)) {
            return List.of();
        }
        requireCovered(fromInclusive);
        requireCovered(toInclusive);
        return List.copyOf(holidays.subMap(fromInclusive, true, toInclusive, true).values());
    }

    /**
     * @param year a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @return that year's holidays, in date order, including common-law holidays that fall on a weekend
     */
    public List<Holiday> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            int representable = Math.max(Year.MIN_VALUE, Math.min(Year.MAX_VALUE, year));
            throw new CalendarRangeException("year " + year + " is outside the " + name + " calendar's range ("
                + FIRST_YEAR + " to " + LAST_YEAR + ")", LocalDate.of(representable, 1, 1), coverage);
        }
        return holidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * @param date a date
     * @return the holiday on that date, if any
     */
    public Optional<Holiday> holiday(LocalDate date) {
        requireCovered(Objects.requireNonNull(date, "date"));
        return Optional.ofNullable(holidays.get(date));
    }

    private void requireCovered(LocalDate date) {
        if (!coverage.contains(date)) {
            throw new CalendarRangeException(date + " is outside the " + name + " calendar's range ("
                + coverage.start() + " to " + coverage.end() + ")", date, coverage);
        }
    }

    /** Two holiday calendars are equal when they have the same name and version (the version names any loaded file). */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof HolidayCalendar c && name.equals(c.name) && version.equals(c.version);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + version.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + version + ", " + coverage + "]";
    }

    private boolean computeWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** Good Friday and Christmas Day are never working days, whatever a loaded file lists. */
    private static List<Holiday> withCommonLawDays(Division division, int year, List<Holiday> loaded) {
        List<Holiday> days = new ArrayList<>(loaded);
        for (Holiday standing : division.standing(year)) {
            if (standing.kind() == HolidayKind.COMMON_LAW
                && days.stream().noneMatch(h -> h.date().equals(standing.date()))) {
                days.add(standing);
            }
        }
        Collections.sort(days);
        return List.copyOf(days);
    }

    /** Holidays by date over the whole range; for several divisions, a day any of them keeps. */
    private static TreeMap<LocalDate, Holiday> collect(List<Part> parts) {
        TreeMap<LocalDate, List<Map.Entry<Division, Holiday>>> byDate = new TreeMap<>();
        for (Part part : parts) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (Holiday h : part.holidays(year)) {
                    byDate.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(Map.entry(part.division, h));
                }
            }
        }
        TreeMap<LocalDate, Holiday> result = new TreeMap<>();
        byDate.forEach((date, entries) -> result.put(date, merge(entries, parts.size())));
        return result;
    }

    private static Holiday merge(List<Map.Entry<Division, Holiday>> entries, int divisionCount) {
        Holiday first = entries.get(0).getValue();
        if (divisionCount == 1) {
            if (entries.size() == 1) {
                return first;
            }
            String names = entries.stream().map(e -> e.getValue().name()).distinct().collect(Collectors.joining(" / "));
            return new Holiday(first.date(), names, first.kind());
        }
        // name each holiday with the divisions that keep it, unless every division keeps it under one name
        Map<String, List<String>> divisionsByName = new LinkedHashMap<>();
        for (Map.Entry<Division, Holiday> e : entries) {
            divisionsByName.computeIfAbsent(e.getValue().name(), n -> new ArrayList<>()).add(e.getKey().displayName);
        }
        String name = divisionsByName.entrySet().stream()
            .map(e -> e.getValue().size() == divisionCount ? e.getKey()
                : e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
            .collect(Collectors.joining(" / "));
        return new Holiday(first.date(), name, first.kind());
    }

    /** One division's data: the built-in years, with any years loaded from gov.uk in place of them. */
    private record Part(Division division, Map<Integer, List<Holiday>> loaded) {
        Part {
            loaded = Map.copyOf(loaded);
        }

        List<Holiday> holidays(int year) {
            List<Holiday> fromFile = loaded.get(year);
            if (fromFile != null) {
                return fromFile;
            }
            return year <= CONFIRMED_THROUGH ? division.builtIn(year) : division.standing(year);
        }

        int confirmedThrough() {
            int year = CONFIRMED_THROUGH;
            while (loaded.containsKey(year + 1)) {
                year++;
            }
            return year;
        }
    }

    /** The built-in calendars, each built once, on first use (class initialisation is thread-safe). */
    private static final class BuiltIn {
        static final HolidayCalendar ENGLAND_AND_WALES = single(Division.ENGLAND_AND_WALES);
        static final HolidayCalendar SCOTLAND = single(Division.SCOTLAND);
        static final HolidayCalendar NORTHERN_IRELAND = single(Division.NORTHERN_IRELAND);
        static final HolidayCalendar UNITED_KINGDOM = new HolidayCalendar(HolidayCalendar.UNITED_KINGDOM,
            HolidayCalendar.UNITED_KINGDOM + "@" + DATA_VERSION,
            List.of(new Part(Division.ENGLAND_AND_WALES, Map.of()), new Part(Division.SCOTLAND, Map.of()),
                new Part(Division.NORTHERN_IRELAND, Map.of())));

        private static HolidayCalendar single(Division division) {
            return new HolidayCalendar(division.key, division.key + "@" + DATA_VERSION,
                List.of(new Part(division, Map.of())));
        }
    }
}
