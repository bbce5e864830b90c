package org.sendias.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The three bank-holiday divisions of the UK, as gov.uk names them, with their standing rules and the irregular
 * days (moved or one-off, by royal proclamation) of the years the built-in data confirms.
 *
 * <p>Standing rules: Banking and Financial Dealings Act 1971, Schedule 1, and the annual proclamations that fix the
 * early May, spring and (in England, Wales and Northern Ireland) summer holidays and the substitute days. Christmas
 * Day and Good Friday are common-law holidays everywhere.
 */
enum Division {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    static final String NEW_YEAR = "New Year\u2019s Day";
    static final String SECOND_JANUARY = "2nd January";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String SUMMER = "Summer bank holiday";
    static final String ST_PATRICK = "St Patrick\u2019s Day";
    static final String BOYNE = "Battle of the Boyne (Orangemen\u2019s Day)";
    static final String ST_ANDREW = "St Andrew\u2019s Day";
    static final String CHRISTMAS = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";
    static final String SUBSTITUTE_SUFFIX = " (substitute day)";

    /** The first year in which St Andrew's Day was a bank holiday in Scotland (St Andrew's Day Bank Holiday (Scotland) Act 2007). */
    static final int ST_ANDREW_FROM = 2007;

    final String key;
    final String displayName;

    Division(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    static Division byKey(String key) {
        for (Division d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The holidays of a year by the standing rules alone: what a year looks like when nothing has been proclaimed
     * beyond the usual.
     */
    List<Holiday> standing(int year) {
        List<Holiday> days = new ArrayList<>(12);
        LocalDate easter = easterSunday(year);
        switch (this) {
            case SCOTLAND -> {
                newYearScotland(year, days);
                days.add(common(easter.minusDays(2), GOOD_FRIDAY));
                days.add(bank(first(year, Month.MAY, MONDAY), EARLY_MAY));
                days.add(bank(last(year, Month.MAY, MONDAY), SPRING));
                days.add(bank(first(year, Month.AUGUST, MONDAY), SUMMER));
                if (year >= ST_ANDREW_FROM) {
                    nextMondayIfWeekend(LocalDate.of(year, 11, 30), ST_ANDREW, days);
                }
                christmas(year, days);
            }
            case ENGLAND_AND_WALES, NORTHERN_IRELAND -> {
                nextMondayIfWeekend(LocalDate.of(year, 1, 1), NEW_YEAR, days);
                if (this == NORTHERN_IRELAND) {
                    nextMondayIfWeekend(LocalDate.of(year, 3, 17), ST_PATRICK, days);
                }
                days.add(common(easter.minusDays(2), GOOD_FRIDAY));
                days.add(bank(easter.plusDays(1), EASTER_MONDAY));
                days.add(bank(first(year, Month.MAY, MONDAY), EARLY_MAY));
                days.add(bank(last(year, Month.MAY, MONDAY), SPRING));
                if (this == NORTHERN_IRELAND) {
                    nextMondayIfWeekend(LocalDate.of(year, 7, 12), BOYNE, days);
                }
                days.add(bank(last(year, Month.AUGUST, MONDAY), SUMMER));
                christmas(year, days);
            }
        }
        Collections.sort(days);
        return days;
    }

    /** The holidays of a year in the built-in data: the standing rules with that year's proclamations applied. */
    List<Holiday> builtIn(int year) {
        List<Holiday> days = standing(year);
        for (Irregular change : IRREGULAR.getOrDefault(this, List.of())) {
            if (change.holiday.date().getYear() != year) {
                continue;
            }
            if (change.replaces != null) {
                boolean removed = days.removeIf(h -> h.date().equals(change.replaces));
                if (!removed) {
                    throw new IllegalStateException(key + ": no standing holiday on " + change.replaces + " to move");
                }
            }
            days.add(change.holiday);
        }
        Collections.sort(days);
        return days;
    }

    /** A moved standing day ({@code replaces} is the standing date) or a one-off ({@code replaces} is null). */
    private record Irregular(LocalDate replaces, Holiday holiday) {
    }

    private static Irregular moved(String from, String to, String name) {
        return new Irregular(LocalDate.parse(from), new Holiday(LocalDate.parse(to), name, HolidayKind.MOVED));
    }

    private static Irregular oneOff(String date, String name) {
        return new Irregular(null, new Holiday(LocalDate.parse(date), name, HolidayKind.ONE_OFF));
    }

    /** The UK-wide proclamations, common to the three divisions. */
    private static final List<Irregular> UK_WIDE = List.of(
        moved("1995-05-01", "1995-05-08", "Early May bank holiday (VE day)"),
        oneOff("1999-12-31", "Millennium celebrations"),
        moved("2002-05-27", "2002-06-03", SPRING),
        oneOff("2002-06-04", "Golden Jubilee bank holiday"),
        oneOff("2011-04-29", "Royal wedding"),
        moved("2012-05-28", "2012-06-04", SPRING),
        oneOff("2012-06-05", "Queen\u2019s Diamond Jubilee"),
        moved("2020-05-04", "2020-05-08", "Early May bank holiday (VE day)"),
        moved("2022-05-30", "2022-06-02", SPRING),
        oneOff("2022-06-03", "Platinum Jubilee bank holiday"),
        oneOff("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        oneOff("2023-05-08", "Bank holiday for the coronation of King Charles III"));

    /**
     * Scotland: in 1995 the VE-day holiday on 8 May was added to Scotland's 1 May holiday rather than replacing it,
     * and 15 June 2026 was proclaimed for Scotland alone.
     */
    private static final List<Irregular> SCOTLAND_ONLY = scotland();

    private static List<Irregular> scotland() {
        List<Irregular> list = new ArrayList<>();
        for (Irregular change : UK_WIDE) {
            if (change.holiday.date().equals(LocalDate.of(1995, 5, 8))) {
                list.add(oneOff("1995-05-08", change.holiday.name()));
            } else {
                list.add(change);
            }
        }
        list.add(oneOff("2026-06-15", "World Cup bank holiday"));
        return List.copyOf(list);
    }

    private static final Map<Division, List<Irregular>> IRREGULAR = Map.of(
        ENGLAND_AND_WALES, UK_WIDE,
        SCOTLAND, SCOTLAND_ONLY,
        NORTHERN_IRELAND, UK_WIDE);

    private static void christmas(int year, List<Holiday> days) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        days.add(common(christmas, CHRISTMAS));
        DayOfWeek dow = christmas.getDayOfWeek();
        if (dow == SATURDAY) {
            days.add(substitute(LocalDate.of(year, 12, 27), CHRISTMAS));
            days.add(substitute(LocalDate.of(year, 12, 28), BOXING_DAY));
        } else if (dow == SUNDAY) {
            days.add(bank(LocalDate.of(year, 12, 26), BOXING_DAY));
            days.add(substitute(LocalDate.of(year, 12, 27), CHRISTMAS));
        } else if (dow == FRIDAY) {
            days.add(substitute(LocalDate.of(year, 12, 28), BOXING_DAY));
        } else {
            days.add(bank(LocalDate.of(year, 12, 26), BOXING_DAY));
        }
    }

    /** Scotland's 1 and 2 January: a day on a weekend moves to the next weekday not already a holiday. */
    private static void newYearScotland(int year, List<Holiday> days) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate second = first.plusDays(1);
        switch (first.getDayOfWeek()) {
            case FRIDAY -> { // 2 January is a Saturday
                days.add(bank(first, NEW_YEAR));
                days.add(substitute(LocalDate.of(year, 1, 4), SECOND_JANUARY));
            }
            case SATURDAY -> {
                days.add(substitute(LocalDate.of(year, 1, 3), NEW_YEAR));
                days.add(substitute(LocalDate.of(year, 1, 4), SECOND_JANUARY));
            }
            case SUNDAY -> {
                days.add(bank(second, SECOND_JANUARY));
                days.add(substitute(LocalDate.of(year, 1, 3), NEW_YEAR));
            }
            default -> {
                days.add(bank(first, NEW_YEAR));
                days.add(bank(second, SECOND_JANUARY));
            }
        }
    }

    private static void nextMondayIfWeekend(LocalDate date, String name, List<Holiday> days) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == SATURDAY || dow == SUNDAY) {
            days.add(substitute(date.with(TemporalAdjusters.next(MONDAY)), name));
        } else {
            days.add(bank(date, name));
        }
    }

    private static Holiday common(LocalDate date, String name) {
        return new Holiday(date, name, HolidayKind.COMMON_LAW);
    }

    private static Holiday bank(LocalDate date, String name) {
        return new Holiday(date, name, HolidayKind.BANK_HOLIDAY);
    }

    private static Holiday substitute(LocalDate date, String name) {
        return new Holiday(date, name + SUBSTITUTE_SUFFIX, HolidayKind.SUBSTITUTE);
    }

    private static LocalDate first(int year, Month month, DayOfWeek dow) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(dow));
    }

    private static LocalDate last(int year, Month month, DayOfWeek dow) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dow));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876, as given by Meeus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
